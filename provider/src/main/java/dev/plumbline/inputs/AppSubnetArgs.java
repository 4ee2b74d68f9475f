package dev.plumbline.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

/** An application subnet protected by a {@link dev.plumbline.GwlbInspectionChain}. */
public final class AppSubnetArgs extends ResourceArgs {

    @Import(name = "name", required = true)
    private String name;

    @Import(name = "subnetId", required = true)
    private Output<String> subnetId;

    @Import(name = "cidrBlock", required = true)
    private Output<String> cidrBlock;

    @Import(name = "availabilityZone", required = true)
    private String availabilityZone;

    private AppSubnetArgs() {
    }

    /**
     * Key of the subnet in child names, e.g. web-a: lower case, up to 20 characters, unique in the
     * chain. Keeps names stable when the list is reordered.
     */
    public String name() {
        return name;
    }

    /** Subnet id (subnet-...). */
    public Output<String> subnetId() {
        return subnetId;
    }

    /** The subnet's IPv4 CIDR block; the edge route table routes it to the first stage. */
    public Output<String> cidrBlock() {
        return cidrBlock;
    }

    /**
     * Availability Zone of the subnet; its traffic is inspected through endpoints in the same zone.
     */
    public String availabilityZone() {
        return availabilityZone;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link AppSubnetArgs}; arguments are validated when the component is constructed. */
    public static final class Builder {

        private final AppSubnetArgs args = new AppSubnetArgs();

        private Builder() {
        }

        /** See {@link AppSubnetArgs#name()}. */
        public Builder name(String name) {
            this.args.name = name;
            return this;
        }

        /** See {@link AppSubnetArgs#subnetId()}. */
        public Builder subnetId(Output<String> subnetId) {
            this.args.subnetId = subnetId;
            return this;
        }

        /** See {@link AppSubnetArgs#subnetId()}. */
        public Builder subnetId(String subnetId) {
            return subnetId(Output.of(subnetId));
        }

        /** See {@link AppSubnetArgs#cidrBlock()}. */
        public Builder cidrBlock(Output<String> cidrBlock) {
            this.args.cidrBlock = cidrBlock;
            return this;
        }

        /** See {@link AppSubnetArgs#cidrBlock()}. */
        public Builder cidrBlock(String cidrBlock) {
            return cidrBlock(Output.of(cidrBlock));
        }

        /** See {@link AppSubnetArgs#availabilityZone()}. */
        public Builder availabilityZone(String availabilityZone) {
            this.args.availabilityZone = availabilityZone;
            return this;
        }

        public AppSubnetArgs build() {
            return args;
        }
    }
}
