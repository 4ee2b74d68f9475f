package dev.plumbline;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import dev.plumbline.inputs.LatticeServiceArgs;
import dev.plumbline.inputs.LatticeVpcAssociationArgs;
import dev.plumbline.inputs.TagArgs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Arguments of {@link LatticeServiceNetwork}: a VPC Lattice service network, its VPC associations
 * and its services.
 */
public final class LatticeServiceNetworkArgs extends ResourceArgs {

    @Import(name = "name")
    private String name;

    @Import(name = "authType")
    private String authType;

    @Import(name = "authPolicy")
    private Output<String> authPolicy;

    @Import(name = "accessLogDestinationArn")
    private Output<String> accessLogDestinationArn;

    @Import(name = "vpcAssociations")
    private List<LatticeVpcAssociationArgs> vpcAssociations;

    @Import(name = "services")
    private List<LatticeServiceArgs> services;

    @Import(name = "tags")
    private List<TagArgs> tags;

    private LatticeServiceNetworkArgs() {
    }

    /**
     * Name of the service network. Default: the component's name, which must then be a valid
     * Lattice name (3-63 lower-case letters, digits and single hyphens).
     */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** NONE (default) or AWS_IAM. */
    public Optional<String> authType() {
        return Optional.ofNullable(authType);
    }

    /**
     * Auth policy (IAM policy JSON, at most 10 KB) of the service network; only with authType
     * AWS_IAM.
     */
    public Optional<Output<String>> authPolicy() {
        return Optional.ofNullable(authPolicy);
    }

    /**
     * ARN of an S3 bucket, CloudWatch Logs group or Firehose stream that receives the network's
     * access logs.
     */
    public Optional<Output<String>> accessLogDestinationArn() {
        return Optional.ofNullable(accessLogDestinationArn);
    }

    /**
     * VPCs whose clients reach the network's services. A VPC can be associated with only one
     * service network.
     */
    public Optional<List<LatticeVpcAssociationArgs>> vpcAssociations() {
        return Optional.ofNullable(vpcAssociations);
    }

    /** Services of the network; each is associated with it. */
    public Optional<List<LatticeServiceArgs>> services() {
        return Optional.ofNullable(services);
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

    /** Builds {@link LatticeServiceNetworkArgs}; arguments are validated when the component is constructed. */
    public static final class Builder {

        private final LatticeServiceNetworkArgs args = new LatticeServiceNetworkArgs();

        private Builder() {
        }

        /** See {@link LatticeServiceNetworkArgs#name()}. */
        public Builder name(String name) {
            this.args.name = name;
            return this;
        }

        /** See {@link LatticeServiceNetworkArgs#authType()}. */
        public Builder authType(String authType) {
            this.args.authType = authType;
            return this;
        }

        /** See {@link LatticeServiceNetworkArgs#authPolicy()}. */
        public Builder authPolicy(Output<String> authPolicy) {
            this.args.authPolicy = authPolicy;
            return this;
        }

        /** See {@link LatticeServiceNetworkArgs#authPolicy()}. */
        public Builder authPolicy(String authPolicy) {
            return authPolicy(Output.of(authPolicy));
        }

        /** See {@link LatticeServiceNetworkArgs#accessLogDestinationArn()}. */
        public Builder accessLogDestinationArn(Output<String> accessLogDestinationArn) {
            this.args.accessLogDestinationArn = accessLogDestinationArn;
            return this;
        }

        /** See {@link LatticeServiceNetworkArgs#accessLogDestinationArn()}. */
        public Builder accessLogDestinationArn(String accessLogDestinationArn) {
            return accessLogDestinationArn(Output.of(accessLogDestinationArn));
        }

        /** See {@link LatticeServiceNetworkArgs#vpcAssociations()}. */
        public Builder vpcAssociations(List<LatticeVpcAssociationArgs> vpcAssociations) {
            this.args.vpcAssociations = vpcAssociations == null ? null : Collections.unmodifiableList(new ArrayList<>(vpcAssociations));
            return this;
        }

        /** See {@link LatticeServiceNetworkArgs#vpcAssociations()}. */
        public Builder vpcAssociations(LatticeVpcAssociationArgs... vpcAssociations) {
            return vpcAssociations(Arrays.asList(vpcAssociations));
        }

        /** See {@link LatticeServiceNetworkArgs#services()}. */
        public Builder services(List<LatticeServiceArgs> services) {
            this.args.services = services == null ? null : Collections.unmodifiableList(new ArrayList<>(services));
            return this;
        }

        /** See {@link LatticeServiceNetworkArgs#services()}. */
        public Builder services(LatticeServiceArgs... services) {
            return services(Arrays.asList(services));
        }

        /** See {@link LatticeServiceNetworkArgs#tags()}. */
        public Builder tags(List<TagArgs> tags) {
            this.args.tags = tags == null ? null : Collections.unmodifiableList(new ArrayList<>(tags));
            return this;
        }

        /** See {@link LatticeServiceNetworkArgs#tags()}. */
        public Builder tags(TagArgs... tags) {
            return tags(Arrays.asList(tags));
        }

        /** Sets {@link LatticeServiceNetworkArgs#tags()} from a map (Java convenience; the schema takes a list of key and value). */
        public Builder tags(Map<String, String> tags) {
            List<TagArgs> list = new ArrayList<>();
            tags.forEach((key, value) -> list.add(TagArgs.builder().key(key).value(value).build()));
            return tags(list);
        }

        /** Adds one tag to {@link LatticeServiceNetworkArgs#tags()}. */
        public Builder tag(String key, Output<String> value) {
            List<TagArgs> list = new ArrayList<>();
            if (this.args.tags != null) {
                list.addAll(this.args.tags);
            }
            list.add(TagArgs.builder().key(key).value(value).build());
            return tags(list);
        }

        /** Adds one tag to {@link LatticeServiceNetworkArgs#tags()}. */
        public Builder tag(String key, String value) {
            return tag(key, Output.of(value));
        }

        public LatticeServiceNetworkArgs build() {
            return args;
        }
    }
}
