package dev.plumbline;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import dev.plumbline.inputs.NewNetworkLoadBalancerArgs;
import dev.plumbline.inputs.TagArgs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Arguments of {@link EndpointService}: the provider side of PrivateLink. Give either
 * networkLoadBalancerArn (an existing NLB) or newLoadBalancer (the component creates the NLB, its
 * listeners, target groups and attachments), not both.
 */
public final class EndpointServiceArgs extends ResourceArgs {

    @Import(name = "networkLoadBalancerArn")
    private Output<String> networkLoadBalancerArn;

    @Import(name = "newLoadBalancer")
    private NewNetworkLoadBalancerArgs newLoadBalancer;

    @Import(name = "acceptanceRequired")
    private Output<Boolean> acceptanceRequired;

    @Import(name = "allowedPrincipals")
    private Output<List<String>> allowedPrincipals;

    @Import(name = "privateDnsName")
    private Output<String> privateDnsName;

    @Import(name = "supportedRegions")
    private Output<List<String>> supportedRegions;

    @Import(name = "supportedIpAddressTypes")
    private Output<List<String>> supportedIpAddressTypes;

    @Import(name = "tags")
    private List<TagArgs> tags;

    private EndpointServiceArgs() {
    }

    /**
     * ARN of an existing Network Load Balancer to put behind the service. Mutually exclusive with
     * newLoadBalancer.
     */
    public Optional<Output<String>> networkLoadBalancerArn() {
        return Optional.ofNullable(networkLoadBalancerArn);
    }

    /**
     * An internal Network Load Balancer for the component to create, with one listener and target
     * group per listener entry. Mutually exclusive with networkLoadBalancerArn.
     */
    public Optional<NewNetworkLoadBalancerArgs> newLoadBalancer() {
        return Optional.ofNullable(newLoadBalancer);
    }

    /** Whether each endpoint connection must be accepted by the service owner. Default true. */
    public Optional<Output<Boolean>> acceptanceRequired() {
        return Optional.ofNullable(acceptanceRequired);
    }

    /**
     * IAM principals (arn:aws:iam::<account>:root, role or user ARNs, or *) allowed to create
     * endpoints to the service. Default: none, so only the owner account can connect.
     */
    public Optional<Output<List<String>>> allowedPrincipals() {
        return Optional.ofNullable(allowedPrincipals);
    }

    /**
     * A private DNS name for consumers (e.g. api.example.com). AWS makes it usable only after the
     * domain's TXT record is verified.
     */
    public Optional<Output<String>> privateDnsName() {
        return Optional.ofNullable(privateDnsName);
    }

    /**
     * Regions (e.g. eu-west-1) from which consumers may connect across Regions. Default: the
     * service's own Region only.
     */
    public Optional<Output<List<String>>> supportedRegions() {
        return Optional.ofNullable(supportedRegions);
    }

    /** IP address types the service supports: ipv4 and/or ipv6. Default: ipv4. */
    public Optional<Output<List<String>>> supportedIpAddressTypes() {
        return Optional.ofNullable(supportedIpAddressTypes);
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

    /** Builds {@link EndpointServiceArgs}; arguments are validated when the component is constructed. */
    public static final class Builder {

        private final EndpointServiceArgs args = new EndpointServiceArgs();

        private Builder() {
        }

        /** See {@link EndpointServiceArgs#networkLoadBalancerArn()}. */
        public Builder networkLoadBalancerArn(Output<String> networkLoadBalancerArn) {
            this.args.networkLoadBalancerArn = networkLoadBalancerArn;
            return this;
        }

        /** See {@link EndpointServiceArgs#networkLoadBalancerArn()}. */
        public Builder networkLoadBalancerArn(String networkLoadBalancerArn) {
            return networkLoadBalancerArn(Output.of(networkLoadBalancerArn));
        }

        /** See {@link EndpointServiceArgs#newLoadBalancer()}. */
        public Builder newLoadBalancer(NewNetworkLoadBalancerArgs newLoadBalancer) {
            this.args.newLoadBalancer = newLoadBalancer;
            return this;
        }

        /** See {@link EndpointServiceArgs#acceptanceRequired()}. */
        public Builder acceptanceRequired(Output<Boolean> acceptanceRequired) {
            this.args.acceptanceRequired = acceptanceRequired;
            return this;
        }

        /** See {@link EndpointServiceArgs#acceptanceRequired()}. */
        public Builder acceptanceRequired(Boolean acceptanceRequired) {
            return acceptanceRequired(Output.of(acceptanceRequired));
        }

        /** See {@link EndpointServiceArgs#allowedPrincipals()}. */
        public Builder allowedPrincipals(Output<List<String>> allowedPrincipals) {
            this.args.allowedPrincipals = allowedPrincipals;
            return this;
        }

        /** See {@link EndpointServiceArgs#allowedPrincipals()}. */
        public Builder allowedPrincipals(List<String> allowedPrincipals) {
            return allowedPrincipals(Output.of(allowedPrincipals));
        }

        /** See {@link EndpointServiceArgs#allowedPrincipals()}. */
        public Builder allowedPrincipals(String... allowedPrincipals) {
            return allowedPrincipals(Arrays.asList(allowedPrincipals));
        }

        /** See {@link EndpointServiceArgs#privateDnsName()}. */
        public Builder privateDnsName(Output<String> privateDnsName) {
            this.args.privateDnsName = privateDnsName;
            return this;
        }

        /** See {@link EndpointServiceArgs#privateDnsName()}. */
        public Builder privateDnsName(String privateDnsName) {
            return privateDnsName(Output.of(privateDnsName));
        }

        /** See {@link EndpointServiceArgs#supportedRegions()}. */
        public Builder supportedRegions(Output<List<String>> supportedRegions) {
            this.args.supportedRegions = supportedRegions;
            return this;
        }

        /** See {@link EndpointServiceArgs#supportedRegions()}. */
        public Builder supportedRegions(List<String> supportedRegions) {
            return supportedRegions(Output.of(supportedRegions));
        }

        /** See {@link EndpointServiceArgs#supportedRegions()}. */
        public Builder supportedRegions(String... supportedRegions) {
            return supportedRegions(Arrays.asList(supportedRegions));
        }

        /** See {@link EndpointServiceArgs#supportedIpAddressTypes()}. */
        public Builder supportedIpAddressTypes(Output<List<String>> supportedIpAddressTypes) {
            this.args.supportedIpAddressTypes = supportedIpAddressTypes;
            return this;
        }

        /** See {@link EndpointServiceArgs#supportedIpAddressTypes()}. */
        public Builder supportedIpAddressTypes(List<String> supportedIpAddressTypes) {
            return supportedIpAddressTypes(Output.of(supportedIpAddressTypes));
        }

        /** See {@link EndpointServiceArgs#supportedIpAddressTypes()}. */
        public Builder supportedIpAddressTypes(String... supportedIpAddressTypes) {
            return supportedIpAddressTypes(Arrays.asList(supportedIpAddressTypes));
        }

        /** See {@link EndpointServiceArgs#tags()}. */
        public Builder tags(List<TagArgs> tags) {
            this.args.tags = tags == null ? null : Collections.unmodifiableList(new ArrayList<>(tags));
            return this;
        }

        /** See {@link EndpointServiceArgs#tags()}. */
        public Builder tags(TagArgs... tags) {
            return tags(Arrays.asList(tags));
        }

        /** Sets {@link EndpointServiceArgs#tags()} from a map (Java convenience; the schema takes a list of key and value). */
        public Builder tags(Map<String, String> tags) {
            List<TagArgs> list = new ArrayList<>();
            tags.forEach((key, value) -> list.add(TagArgs.builder().key(key).value(value).build()));
            return tags(list);
        }

        /** Adds one tag to {@link EndpointServiceArgs#tags()}. */
        public Builder tag(String key, Output<String> value) {
            List<TagArgs> list = new ArrayList<>();
            if (this.args.tags != null) {
                list.addAll(this.args.tags);
            }
            list.add(TagArgs.builder().key(key).value(value).build());
            return tags(list);
        }

        /** Adds one tag to {@link EndpointServiceArgs#tags()}. */
        public Builder tag(String key, String value) {
            return tag(key, Output.of(value));
        }

        public EndpointServiceArgs build() {
            return args;
        }
    }
}
