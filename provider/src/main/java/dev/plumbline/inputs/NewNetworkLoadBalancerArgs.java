package dev.plumbline.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * An internal Network Load Balancer that {@link dev.plumbline.EndpointService} creates: the NLB in
 * the given subnets, and per listener a listener and a target group with the targets attached.
 */
public final class NewNetworkLoadBalancerArgs extends ResourceArgs {

    @Import(name = "vpcId", required = true)
    private Output<String> vpcId;

    @Import(name = "subnetIds", required = true)
    private Output<List<String>> subnetIds;

    @Import(name = "listeners", required = true)
    private List<NlbListenerArgs> listeners;

    @Import(name = "targetType")
    private String targetType;

    @Import(name = "targets", required = true)
    private List<TargetArgs> targets;

    @Import(name = "crossZoneEnabled")
    private Boolean crossZoneEnabled;

    private NewNetworkLoadBalancerArgs() {
    }

    /** VPC of the targets (the target groups are created in it). */
    public Output<String> vpcId() {
        return vpcId;
    }

    /**
     * Subnets of the NLB, one per Availability Zone; the service is offered only in these zones.
     */
    public Output<List<String>> subnetIds() {
        return subnetIds;
    }

    /** At least one listener; ports must be distinct. */
    public List<NlbListenerArgs> listeners() {
        return listeners;
    }

    /** instance (default) or ip: what the targets are. */
    public Optional<String> targetType() {
        return Optional.ofNullable(targetType);
    }

    /**
     * Targets attached to every listener's target group: instance ids (targetType instance) or
     * private IPs (targetType ip), each with a name of your choice.
     */
    public List<TargetArgs> targets() {
        return targets;
    }

    /**
     * Cross-zone load balancing. Default false: an endpoint in one zone reaches only targets in
     * that zone.
     */
    public Optional<Boolean> crossZoneEnabled() {
        return Optional.ofNullable(crossZoneEnabled);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link NewNetworkLoadBalancerArgs}; arguments are validated when the component is constructed. */
    public static final class Builder {

        private final NewNetworkLoadBalancerArgs args = new NewNetworkLoadBalancerArgs();

        private Builder() {
        }

        /** See {@link NewNetworkLoadBalancerArgs#vpcId()}. */
        public Builder vpcId(Output<String> vpcId) {
            this.args.vpcId = vpcId;
            return this;
        }

        /** See {@link NewNetworkLoadBalancerArgs#vpcId()}. */
        public Builder vpcId(String vpcId) {
            return vpcId(Output.of(vpcId));
        }

        /** See {@link NewNetworkLoadBalancerArgs#subnetIds()}. */
        public Builder subnetIds(Output<List<String>> subnetIds) {
            this.args.subnetIds = subnetIds;
            return this;
        }

        /** See {@link NewNetworkLoadBalancerArgs#subnetIds()}. */
        public Builder subnetIds(List<String> subnetIds) {
            return subnetIds(Output.of(subnetIds));
        }

        /** See {@link NewNetworkLoadBalancerArgs#subnetIds()}. */
        public Builder subnetIds(String... subnetIds) {
            return subnetIds(Arrays.asList(subnetIds));
        }

        /** See {@link NewNetworkLoadBalancerArgs#listeners()}. */
        public Builder listeners(List<NlbListenerArgs> listeners) {
            this.args.listeners = listeners == null ? null : Collections.unmodifiableList(new ArrayList<>(listeners));
            return this;
        }

        /** See {@link NewNetworkLoadBalancerArgs#listeners()}. */
        public Builder listeners(NlbListenerArgs... listeners) {
            return listeners(Arrays.asList(listeners));
        }

        /** See {@link NewNetworkLoadBalancerArgs#targetType()}. */
        public Builder targetType(String targetType) {
            this.args.targetType = targetType;
            return this;
        }

        /** See {@link NewNetworkLoadBalancerArgs#targets()}. */
        public Builder targets(List<TargetArgs> targets) {
            this.args.targets = targets == null ? null : Collections.unmodifiableList(new ArrayList<>(targets));
            return this;
        }

        /** See {@link NewNetworkLoadBalancerArgs#targets()}. */
        public Builder targets(TargetArgs... targets) {
            return targets(Arrays.asList(targets));
        }

        /** Adds one target to {@link NewNetworkLoadBalancerArgs#targets()}. */
        public Builder target(String name, Output<String> id) {
            List<TargetArgs> list = new ArrayList<>();
            if (this.args.targets != null) {
                list.addAll(this.args.targets);
            }
            list.add(TargetArgs.builder().name(name).id(id).build());
            return targets(list);
        }

        /** Adds one target to {@link NewNetworkLoadBalancerArgs#targets()}. */
        public Builder target(String name, String id) {
            return target(name, Output.of(id));
        }

        /** See {@link NewNetworkLoadBalancerArgs#crossZoneEnabled()}. */
        public Builder crossZoneEnabled(Boolean crossZoneEnabled) {
            this.args.crossZoneEnabled = crossZoneEnabled;
            return this;
        }

        public NewNetworkLoadBalancerArgs build() {
            return args;
        }
    }
}
