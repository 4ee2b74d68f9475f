package dev.plumbline.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Association of a VPC with a {@link dev.plumbline.LatticeServiceNetwork}. */
public final class LatticeVpcAssociationArgs extends ResourceArgs {

    @Import(name = "name", required = true)
    private String name;

    @Import(name = "vpcId", required = true)
    private Output<String> vpcId;

    @Import(name = "securityGroupIds")
    private Output<List<String>> securityGroupIds;

    private LatticeVpcAssociationArgs() {
    }

    /** Key of the association in child names, e.g. the VPC's role (clients). */
    public String name() {
        return name;
    }

    /** The VPC (vpc-...). */
    public Output<String> vpcId() {
        return vpcId;
    }

    /** Up to 5 security groups that gate the VPC's clients. Once set, at least one must remain. */
    public Optional<Output<List<String>>> securityGroupIds() {
        return Optional.ofNullable(securityGroupIds);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link LatticeVpcAssociationArgs}; arguments are validated when the component is constructed. */
    public static final class Builder {

        private final LatticeVpcAssociationArgs args = new LatticeVpcAssociationArgs();

        private Builder() {
        }

        /** See {@link LatticeVpcAssociationArgs#name()}. */
        public Builder name(String name) {
            this.args.name = name;
            return this;
        }

        /** See {@link LatticeVpcAssociationArgs#vpcId()}. */
        public Builder vpcId(Output<String> vpcId) {
            this.args.vpcId = vpcId;
            return this;
        }

        /** See {@link LatticeVpcAssociationArgs#vpcId()}. */
        public Builder vpcId(String vpcId) {
            return vpcId(Output.of(vpcId));
        }

        /** See {@link LatticeVpcAssociationArgs#securityGroupIds()}. */
        public Builder securityGroupIds(Output<List<String>> securityGroupIds) {
            this.args.securityGroupIds = securityGroupIds;
            return this;
        }

        /** See {@link LatticeVpcAssociationArgs#securityGroupIds()}. */
        public Builder securityGroupIds(List<String> securityGroupIds) {
            return securityGroupIds(Output.of(securityGroupIds));
        }

        /** See {@link LatticeVpcAssociationArgs#securityGroupIds()}. */
        public Builder securityGroupIds(String... securityGroupIds) {
            return securityGroupIds(Arrays.asList(securityGroupIds));
        }

        public LatticeVpcAssociationArgs build() {
            return args;
        }
    }
}
