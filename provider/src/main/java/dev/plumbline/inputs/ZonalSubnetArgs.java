package dev.plumbline.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

/**
 * A subnet together with its Availability Zone. The zone is needed at construction (to place one
 * endpoint per zone and pair zones up) while the subnet id may come from another resource. Use one
 * spelling for zones throughout a component: names (us-east-1a) or ids (use1-az1); across accounts
 * only ids agree.
 */
public final class ZonalSubnetArgs extends ResourceArgs {

    @Import(name = "subnetId", required = true)
    private Output<String> subnetId;

    @Import(name = "availabilityZone", required = true)
    private String availabilityZone;

    private ZonalSubnetArgs() {
    }

    /** Subnet id (subnet-...). */
    public Output<String> subnetId() {
        return subnetId;
    }

    /** Availability Zone of the subnet. */
    public String availabilityZone() {
        return availabilityZone;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ZonalSubnetArgs}; arguments are validated when the component is constructed. */
    public static final class Builder {

        private final ZonalSubnetArgs args = new ZonalSubnetArgs();

        private Builder() {
        }

        /** See {@link ZonalSubnetArgs#subnetId()}. */
        public Builder subnetId(Output<String> subnetId) {
            this.args.subnetId = subnetId;
            return this;
        }

        /** See {@link ZonalSubnetArgs#subnetId()}. */
        public Builder subnetId(String subnetId) {
            return subnetId(Output.of(subnetId));
        }

        /** See {@link ZonalSubnetArgs#availabilityZone()}. */
        public Builder availabilityZone(String availabilityZone) {
            this.args.availabilityZone = availabilityZone;
            return this;
        }

        public ZonalSubnetArgs build() {
            return args;
        }
    }
}
