package dev.plumbline;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import dev.plumbline.inputs.TagArgs;
import dev.plumbline.inputs.ZonalSubnetArgs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Arguments of {@link EndpointConsumer}: an interface VPC endpoint with its own security group.
 */
public final class EndpointConsumerArgs extends ResourceArgs {

    @Import(name = "serviceName", required = true)
    private Output<String> serviceName;

    @Import(name = "vpcId", required = true)
    private Output<String> vpcId;

    @Import(name = "subnets", required = true)
    private List<ZonalSubnetArgs> subnets;

    @Import(name = "ports", required = true)
    private List<Integer> ports;

    @Import(name = "clientCidrBlocks")
    private Output<List<String>> clientCidrBlocks;

    @Import(name = "clientSecurityGroupIds")
    private Output<List<String>> clientSecurityGroupIds;

    @Import(name = "additionalSecurityGroupIds")
    private Output<List<String>> additionalSecurityGroupIds;

    @Import(name = "privateDnsEnabled")
    private Output<Boolean> privateDnsEnabled;

    @Import(name = "serviceRegion")
    private Output<String> serviceRegion;

    @Import(name = "sameAccountServiceId")
    private Output<String> sameAccountServiceId;

    @Import(name = "tags")
    private List<TagArgs> tags;

    private EndpointConsumerArgs() {
    }

    /**
     * Service to connect to: com.amazonaws.<region>.<service> for AWS services,
     * com.amazonaws.vpce.<region>.vpce-svc-... for endpoint services.
     */
    public Output<String> serviceName() {
        return serviceName;
    }

    /** VPC of the endpoint (and of its security group). */
    public Output<String> vpcId() {
        return vpcId;
    }

    /**
     * Subnets for the endpoint's network interfaces, at most one per Availability Zone (AWS allows
     * one per zone).
     */
    public List<ZonalSubnetArgs> subnets() {
        return subnets;
    }

    /** Service ports the security group admits (TCP), e.g. [443]. */
    public List<Integer> ports() {
        return ports;
    }

    /** Client networks admitted on the ports. Give this, clientSecurityGroupIds, or both. */
    public Optional<Output<List<String>>> clientCidrBlocks() {
        return Optional.ofNullable(clientCidrBlocks);
    }

    /** Client security groups admitted on the ports. Give this, clientCidrBlocks, or both. */
    public Optional<Output<List<String>>> clientSecurityGroupIds() {
        return Optional.ofNullable(clientSecurityGroupIds);
    }

    /** Further security groups to put on the endpoint next to the one the component creates. */
    public Optional<Output<List<String>>> additionalSecurityGroupIds() {
        return Optional.ofNullable(additionalSecurityGroupIds);
    }

    /**
     * Private DNS for the service name in the VPC. Default: true for AWS services, false for
     * endpoint services (com.amazonaws.vpce.*), whose private DNS works only when the provider
     * verified a domain.
     */
    public Optional<Output<Boolean>> privateDnsEnabled() {
        return Optional.ofNullable(privateDnsEnabled);
    }

    /** Region of the service for a cross-Region endpoint. Default: the endpoint's Region. */
    public Optional<Output<String>> serviceRegion() {
        return Optional.ofNullable(serviceRegion);
    }

    /**
     * Id (vpce-svc-...) of the endpoint service when it belongs to the same account and requires
     * acceptance: the component accepts its own endpoint with a VpcEndpointConnectionAccepter.
     */
    public Optional<Output<String>> sameAccountServiceId() {
        return Optional.ofNullable(sameAccountServiceId);
    }

    /**
     * Tags for every taggable child, on top of a Name tag equal to the child's logical name (a Name
     * given here wins). At most 49, keys unique and not starting with aws:. A list of key and value
     * rather than a map, because pulumi-java 1.36 cannot read map inputs in multi-language
     * programs.
     */
    public Optional<List<TagArgs>> tags() {
        return Optional.ofNullable(tags);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link EndpointConsumerArgs}; arguments are validated when the component is constructed. */
    public static final class Builder {

        private final EndpointConsumerArgs args = new EndpointConsumerArgs();

        private Builder() {
        }

        /** See {@link EndpointConsumerArgs#serviceName()}. */
        public Builder serviceName(Output<String> serviceName) {
            this.args.serviceName = serviceName;
            return this;
        }

        /** See {@link EndpointConsumerArgs#serviceName()}. */
        public Builder serviceName(String serviceName) {
            return serviceName(Output.of(serviceName));
        }

        /** See {@link EndpointConsumerArgs#vpcId()}. */
        public Builder vpcId(Output<String> vpcId) {
            this.args.vpcId = vpcId;
            return this;
        }

        /** See {@link EndpointConsumerArgs#vpcId()}. */
        public Builder vpcId(String vpcId) {
            return vpcId(Output.of(vpcId));
        }

        /** See {@link EndpointConsumerArgs#subnets()}. */
        public Builder subnets(List<ZonalSubnetArgs> subnets) {
            this.args.subnets = subnets == null ? null : Collections.unmodifiableList(new ArrayList<>(subnets));
            return this;
        }

        /** See {@link EndpointConsumerArgs#subnets()}. */
        public Builder subnets(ZonalSubnetArgs... subnets) {
            return subnets(Arrays.asList(subnets));
        }

        /** See {@link EndpointConsumerArgs#ports()}. */
        public Builder ports(List<Integer> ports) {
            this.args.ports = ports == null ? null : Collections.unmodifiableList(new ArrayList<>(ports));
            return this;
        }

        /** See {@link EndpointConsumerArgs#ports()}. */
        public Builder ports(Integer... ports) {
            return ports(Arrays.asList(ports));
        }

        /** See {@link EndpointConsumerArgs#clientCidrBlocks()}. */
        public Builder clientCidrBlocks(Output<List<String>> clientCidrBlocks) {
            this.args.clientCidrBlocks = clientCidrBlocks;
            return this;
        }

        /** See {@link EndpointConsumerArgs#clientCidrBlocks()}. */
        public Builder clientCidrBlocks(List<String> clientCidrBlocks) {
            return clientCidrBlocks(Output.of(clientCidrBlocks));
        }

        /** See {@link EndpointConsumerArgs#clientCidrBlocks()}. */
        public Builder clientCidrBlocks(String... clientCidrBlocks) {
            return clientCidrBlocks(Arrays.asList(clientCidrBlocks));
        }

        /** See {@link EndpointConsumerArgs#clientSecurityGroupIds()}. */
        public Builder clientSecurityGroupIds(Output<List<String>> clientSecurityGroupIds) {
            this.args.clientSecurityGroupIds = clientSecurityGroupIds;
            return this;
        }

        /** See {@link EndpointConsumerArgs#clientSecurityGroupIds()}. */
        public Builder clientSecurityGroupIds(List<String> clientSecurityGroupIds) {
            return clientSecurityGroupIds(Output.of(clientSecurityGroupIds));
        }

        /** See {@link EndpointConsumerArgs#clientSecurityGroupIds()}. */
        public Builder clientSecurityGroupIds(String... clientSecurityGroupIds) {
            return clientSecurityGroupIds(Arrays.asList(clientSecurityGroupIds));
        }

        /** See {@link EndpointConsumerArgs#additionalSecurityGroupIds()}. */
        public Builder additionalSecurityGroupIds(Output<List<String>> additionalSecurityGroupIds) {
            this.args.additionalSecurityGroupIds = additionalSecurityGroupIds;
            return this;
        }

        /** See {@link EndpointConsumerArgs#additionalSecurityGroupIds()}. */
        public Builder additionalSecurityGroupIds(List<String> additionalSecurityGroupIds) {
            return additionalSecurityGroupIds(Output.of(additionalSecurityGroupIds));
        }

        /** See {@link EndpointConsumerArgs#additionalSecurityGroupIds()}. */
        public Builder additionalSecurityGroupIds(String... additionalSecurityGroupIds) {
            return additionalSecurityGroupIds(Arrays.asList(additionalSecurityGroupIds));
        }

        /** See {@link EndpointConsumerArgs#privateDnsEnabled()}. */
        public Builder privateDnsEnabled(Output<Boolean> privateDnsEnabled) {
            this.args.privateDnsEnabled = privateDnsEnabled;
            return this;
        }

        /** See {@link EndpointConsumerArgs#privateDnsEnabled()}. */
        public Builder privateDnsEnabled(Boolean privateDnsEnabled) {
            return privateDnsEnabled(Output.of(privateDnsEnabled));
        }

        /** See {@link EndpointConsumerArgs#serviceRegion()}. */
        public Builder serviceRegion(Output<String> serviceRegion) {
            this.args.serviceRegion = serviceRegion;
            return this;
        }

        /** See {@link EndpointConsumerArgs#serviceRegion()}. */
        public Builder serviceRegion(String serviceRegion) {
            return serviceRegion(Output.of(serviceRegion));
        }

        /** See {@link EndpointConsumerArgs#sameAccountServiceId()}. */
        public Builder sameAccountServiceId(Output<String> sameAccountServiceId) {
            this.args.sameAccountServiceId = sameAccountServiceId;
            return this;
        }

        /** See {@link EndpointConsumerArgs#sameAccountServiceId()}. */
        public Builder sameAccountServiceId(String sameAccountServiceId) {
            return sameAccountServiceId(Output.of(sameAccountServiceId));
        }

        /** See {@link EndpointConsumerArgs#tags()}. */
        public Builder tags(List<TagArgs> tags) {
            this.args.tags = tags == null ? null : Collections.unmodifiableList(new ArrayList<>(tags));
            return this;
        }

        /** See {@link EndpointConsumerArgs#tags()}. */
        public Builder tags(TagArgs... tags) {
            return tags(Arrays.asList(tags));
        }

        /** Sets {@link EndpointConsumerArgs#tags()} from a map (Java convenience; the schema takes a list of key and value). */
        public Builder tags(Map<String, String> tags) {
            List<TagArgs> list = new ArrayList<>();
            tags.forEach((key, value) -> list.add(TagArgs.builder().key(key).value(value).build()));
            return tags(list);
        }

        /** Adds one tag to {@link EndpointConsumerArgs#tags()}. */
        public Builder tag(String key, Output<String> value) {
            List<TagArgs> list = new ArrayList<>();
            if (this.args.tags != null) {
                list.addAll(this.args.tags);
            }
            list.add(TagArgs.builder().key(key).value(value).build());
            return tags(list);
        }

        /** Adds one tag to {@link EndpointConsumerArgs#tags()}. */
        public Builder tag(String key, String value) {
            return tag(key, Output.of(value));
        }

        public EndpointConsumerArgs build() {
            return args;
        }
    }
}
