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
 * One stage of a {@link dev.plumbline.GwlbInspectionChain}: a Gateway Load Balancer in the
 * appliance VPC with its GENEVE target group and endpoint service, and one Gateway Load Balancer
 * endpoint per zone in the protected VPC.
 */
public final class InspectionStageArgs extends ResourceArgs {

    @Import(name = "name", required = true)
    private String name;

    @Import(name = "applianceVpcId", required = true)
    private Output<String> applianceVpcId;

    @Import(name = "applianceSubnets", required = true)
    private List<ZonalSubnetArgs> applianceSubnets;

    @Import(name = "targetType")
    private String targetType;

    @Import(name = "targets", required = true)
    private List<TargetArgs> targets;

    @Import(name = "healthCheck")
    private GwlbHealthCheckArgs healthCheck;

    @Import(name = "flowStickiness")
    private String flowStickiness;

    @Import(name = "targetFailover")
    private String targetFailover;

    @Import(name = "crossZoneEnabled")
    private Boolean crossZoneEnabled;

    @Import(name = "acceptanceRequired")
    private Boolean acceptanceRequired;

    @Import(name = "allowedPrincipals")
    private Output<List<String>> allowedPrincipals;

    @Import(name = "endpointSubnets", required = true)
    private List<ZonalSubnetArgs> endpointSubnets;

    private InspectionStageArgs() {
    }

    /**
     * Stage name used in child names, e.g. firewall: lower case, starts with a letter, up to 20
     * characters, unique in the chain.
     */
    public String name() {
        return name;
    }

    /** VPC of the appliances (the GENEVE target group is created in it). */
    public Output<String> applianceVpcId() {
        return applianceVpcId;
    }

    /**
     * Subnets of the Gateway Load Balancer, one per zone; every zone of the application subnets
     * must be among them.
     */
    public List<ZonalSubnetArgs> applianceSubnets() {
        return applianceSubnets;
    }

    /** instance (default) or ip: what the targets are. */
    public Optional<String> targetType() {
        return Optional.ofNullable(targetType);
    }

    /**
     * The appliances: instance ids or private IPs, each with a name of your choice (e.g. fw-a); at
     * least one.
     */
    public List<TargetArgs> targets() {
        return targets;
    }

    /** Target health check. Default: TCP on port 80, every 10 s. */
    public Optional<GwlbHealthCheckArgs> healthCheck() {
        return Optional.ofNullable(healthCheck);
    }

    /**
     * 5-tuple (default), 3-tuple (source IP, destination IP, protocol) or 2-tuple (source and
     * destination IP).
     */
    public Optional<String> flowStickiness() {
        return Optional.ofNullable(flowStickiness);
    }

    /**
     * What happens to existing flows when a target fails or is deregistered, set for both cases
     * alike as AWS requires: no_rebalance (default) or rebalance.
     */
    public Optional<String> targetFailover() {
        return Optional.ofNullable(targetFailover);
    }

    /** Cross-zone load balancing on the Gateway Load Balancer. Default false. */
    public Optional<Boolean> crossZoneEnabled() {
        return Optional.ofNullable(crossZoneEnabled);
    }

    /**
     * Whether endpoint connections to the stage's endpoint service need acceptance. Default false.
     * When true the component accepts its own endpoints.
     */
    public Optional<Boolean> acceptanceRequired() {
        return Optional.ofNullable(acceptanceRequired);
    }

    /**
     * IAM principals allowed to create endpoints to the stage's service, needed when the protected
     * VPC belongs to another account.
     */
    public Optional<Output<List<String>>> allowedPrincipals() {
        return Optional.ofNullable(allowedPrincipals);
    }

    /**
     * Dedicated subnets in the protected VPC for this stage's endpoints, exactly one per zone of
     * the application subnets, used by nothing else.
     */
    public List<ZonalSubnetArgs> endpointSubnets() {
        return endpointSubnets;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link InspectionStageArgs}; arguments are validated when the component is constructed. */
    public static final class Builder {

        private final InspectionStageArgs args = new InspectionStageArgs();

        private Builder() {
        }

        /** See {@link InspectionStageArgs#name()}. */
        public Builder name(String name) {
            this.args.name = name;
            return this;
        }

        /** See {@link InspectionStageArgs#applianceVpcId()}. */
        public Builder applianceVpcId(Output<String> applianceVpcId) {
            this.args.applianceVpcId = applianceVpcId;
            return this;
        }

        /** See {@link InspectionStageArgs#applianceVpcId()}. */
        public Builder applianceVpcId(String applianceVpcId) {
            return applianceVpcId(Output.of(applianceVpcId));
        }

        /** See {@link InspectionStageArgs#applianceSubnets()}. */
        public Builder applianceSubnets(List<ZonalSubnetArgs> applianceSubnets) {
            this.args.applianceSubnets = applianceSubnets == null ? null : Collections.unmodifiableList(new ArrayList<>(applianceSubnets));
            return this;
        }

        /** See {@link InspectionStageArgs#applianceSubnets()}. */
        public Builder applianceSubnets(ZonalSubnetArgs... applianceSubnets) {
            return applianceSubnets(Arrays.asList(applianceSubnets));
        }

        /** See {@link InspectionStageArgs#targetType()}. */
        public Builder targetType(String targetType) {
            this.args.targetType = targetType;
            return this;
        }

        /** See {@link InspectionStageArgs#targets()}. */
        public Builder targets(List<TargetArgs> targets) {
            this.args.targets = targets == null ? null : Collections.unmodifiableList(new ArrayList<>(targets));
            return this;
        }

        /** See {@link InspectionStageArgs#targets()}. */
        public Builder targets(TargetArgs... targets) {
            return targets(Arrays.asList(targets));
        }

        /** Adds one target to {@link InspectionStageArgs#targets()}. */
        public Builder target(String name, Output<String> id) {
            List<TargetArgs> list = new ArrayList<>();
            if (this.args.targets != null) {
                list.addAll(this.args.targets);
            }
            list.add(TargetArgs.builder().name(name).id(id).build());
            return targets(list);
        }

        /** Adds one target to {@link InspectionStageArgs#targets()}. */
        public Builder target(String name, String id) {
            return target(name, Output.of(id));
        }

        /** See {@link InspectionStageArgs#healthCheck()}. */
        public Builder healthCheck(GwlbHealthCheckArgs healthCheck) {
            this.args.healthCheck = healthCheck;
            return this;
        }

        /** See {@link InspectionStageArgs#flowStickiness()}. */
        public Builder flowStickiness(String flowStickiness) {
            this.args.flowStickiness = flowStickiness;
            return this;
        }

        /** See {@link InspectionStageArgs#targetFailover()}. */
        public Builder targetFailover(String targetFailover) {
            this.args.targetFailover = targetFailover;
            return this;
        }

        /** See {@link InspectionStageArgs#crossZoneEnabled()}. */
        public Builder crossZoneEnabled(Boolean crossZoneEnabled) {
            this.args.crossZoneEnabled = crossZoneEnabled;
            return this;
        }

        /** See {@link InspectionStageArgs#acceptanceRequired()}. */
        public Builder acceptanceRequired(Boolean acceptanceRequired) {
            this.args.acceptanceRequired = acceptanceRequired;
            return this;
        }

        /** See {@link InspectionStageArgs#allowedPrincipals()}. */
        public Builder allowedPrincipals(Output<List<String>> allowedPrincipals) {
            this.args.allowedPrincipals = allowedPrincipals;
            return this;
        }

        /** See {@link InspectionStageArgs#allowedPrincipals()}. */
        public Builder allowedPrincipals(List<String> allowedPrincipals) {
            return allowedPrincipals(Output.of(allowedPrincipals));
        }

        /** See {@link InspectionStageArgs#allowedPrincipals()}. */
        public Builder allowedPrincipals(String... allowedPrincipals) {
            return allowedPrincipals(Arrays.asList(allowedPrincipals));
        }

        /** See {@link InspectionStageArgs#endpointSubnets()}. */
        public Builder endpointSubnets(List<ZonalSubnetArgs> endpointSubnets) {
            this.args.endpointSubnets = endpointSubnets == null ? null : Collections.unmodifiableList(new ArrayList<>(endpointSubnets));
            return this;
        }

        /** See {@link InspectionStageArgs#endpointSubnets()}. */
        public Builder endpointSubnets(ZonalSubnetArgs... endpointSubnets) {
            return endpointSubnets(Arrays.asList(endpointSubnets));
        }

        public InspectionStageArgs build() {
            return args;
        }
    }
}
