package dev.plumbline;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import dev.plumbline.inputs.AppSubnetArgs;
import dev.plumbline.inputs.InspectionStageArgs;
import dev.plumbline.inputs.TagArgs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Arguments of {@link GwlbInspectionChain}: north-south inspection of a protected VPC's internet
 * traffic through one or more Gateway Load Balancer stages, in order from the internet gateway
 * inwards.
 */
public final class GwlbInspectionChainArgs extends ResourceArgs {

    @Import(name = "vpcId", required = true)
    private Output<String> vpcId;

    @Import(name = "internetGatewayId", required = true)
    private Output<String> internetGatewayId;

    @Import(name = "appSubnets", required = true)
    private List<AppSubnetArgs> appSubnets;

    @Import(name = "stages", required = true)
    private List<InspectionStageArgs> stages;

    @Import(name = "tags")
    private List<TagArgs> tags;

    private GwlbInspectionChainArgs() {
    }

    /** The protected VPC (route tables are created in it). */
    public Output<String> vpcId() {
        return vpcId;
    }

    /** The protected VPC's internet gateway (igw-...); gets the edge route table. */
    public Output<String> internetGatewayId() {
        return internetGatewayId;
    }

    /**
     * Application subnets whose internet traffic is inspected. The component takes over their route
     * table association.
     */
    public List<AppSubnetArgs> appSubnets() {
        return appSubnets;
    }

    /**
     * Inspection stages in the order inbound traffic meets them (e.g. firewall, then IDS); return
     * traffic meets them in reverse. At least one.
     */
    public List<InspectionStageArgs> stages() {
        return stages;
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

    /** Builds {@link GwlbInspectionChainArgs}; arguments are validated when the component is constructed. */
    public static final class Builder {

        private final GwlbInspectionChainArgs args = new GwlbInspectionChainArgs();

        private Builder() {
        }

        /** See {@link GwlbInspectionChainArgs#vpcId()}. */
        public Builder vpcId(Output<String> vpcId) {
            this.args.vpcId = vpcId;
            return this;
        }

        /** See {@link GwlbInspectionChainArgs#vpcId()}. */
        public Builder vpcId(String vpcId) {
            return vpcId(Output.of(vpcId));
        }

        /** See {@link GwlbInspectionChainArgs#internetGatewayId()}. */
        public Builder internetGatewayId(Output<String> internetGatewayId) {
            this.args.internetGatewayId = internetGatewayId;
            return this;
        }

        /** See {@link GwlbInspectionChainArgs#internetGatewayId()}. */
        public Builder internetGatewayId(String internetGatewayId) {
            return internetGatewayId(Output.of(internetGatewayId));
        }

        /** See {@link GwlbInspectionChainArgs#appSubnets()}. */
        public Builder appSubnets(List<AppSubnetArgs> appSubnets) {
            this.args.appSubnets = appSubnets == null ? null : Collections.unmodifiableList(new ArrayList<>(appSubnets));
            return this;
        }

        /** See {@link GwlbInspectionChainArgs#appSubnets()}. */
        public Builder appSubnets(AppSubnetArgs... appSubnets) {
            return appSubnets(Arrays.asList(appSubnets));
        }

        /** See {@link GwlbInspectionChainArgs#stages()}. */
        public Builder stages(List<InspectionStageArgs> stages) {
            this.args.stages = stages == null ? null : Collections.unmodifiableList(new ArrayList<>(stages));
            return this;
        }

        /** See {@link GwlbInspectionChainArgs#stages()}. */
        public Builder stages(InspectionStageArgs... stages) {
            return stages(Arrays.asList(stages));
        }

        /** See {@link GwlbInspectionChainArgs#tags()}. */
        public Builder tags(List<TagArgs> tags) {
            this.args.tags = tags == null ? null : Collections.unmodifiableList(new ArrayList<>(tags));
            return this;
        }

        /** See {@link GwlbInspectionChainArgs#tags()}. */
        public Builder tags(TagArgs... tags) {
            return tags(Arrays.asList(tags));
        }

        /** Sets {@link GwlbInspectionChainArgs#tags()} from a map (Java convenience; the schema takes a list of key and value). */
        public Builder tags(Map<String, String> tags) {
            List<TagArgs> list = new ArrayList<>();
            tags.forEach((key, value) -> list.add(TagArgs.builder().key(key).value(value).build()));
            return tags(list);
        }

        /** Adds one tag to {@link GwlbInspectionChainArgs#tags()}. */
        public Builder tag(String key, Output<String> value) {
            List<TagArgs> list = new ArrayList<>();
            if (this.args.tags != null) {
                list.addAll(this.args.tags);
            }
            list.add(TagArgs.builder().key(key).value(value).build());
            return tags(list);
        }

        /** Adds one tag to {@link GwlbInspectionChainArgs#tags()}. */
        public Builder tag(String key, String value) {
            return tag(key, Output.of(value));
        }

        public GwlbInspectionChainArgs build() {
            return args;
        }
    }
}
