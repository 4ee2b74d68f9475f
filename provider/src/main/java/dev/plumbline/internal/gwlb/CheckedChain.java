package dev.plumbline.internal.gwlb;

import com.pulumi.core.Output;
import dev.plumbline.internal.tagging.Tags;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The arguments of a {@link dev.plumbline.GwlbInspectionChain} after validation: defaults applied,
 * plain values checked, and every deploy-time value gated by its rule (see
 * {@link dev.plumbline.internal.validation.ArgsCheck}).
 */
public record CheckedChain(
        Output<String> vpcId,
        Output<String> internetGatewayId,
        List<AppSubnet> appSubnets,
        List<Stage> stages,
        Tags tags) {

    /** An application subnet. */
    public record AppSubnet(String name, String zone, Output<String> subnetId, Output<String> cidrBlock) {
    }

    /** One inspection stage; {@code endpointSubnetIds} is keyed by zone. */
    public record Stage(
            String name,
            Output<String> applianceVpcId,
            List<Output<String>> applianceSubnetIds,
            String targetType,
            SortedMap<String, Output<String>> targets,
            HealthCheck healthCheck,
            Optional<String> stickinessType,
            String targetFailover,
            boolean crossZoneEnabled,
            boolean acceptanceRequired,
            Optional<Output<List<String>>> allowedPrincipals,
            SortedMap<String, Output<String>> endpointSubnetIds) {
    }

    /** A GENEVE target group's health check with AWS defaults filled in. */
    public record HealthCheck(String protocol, int port, Optional<String> path, int intervalSeconds, int timeoutSeconds,
            int healthyThreshold, int unhealthyThreshold) {
    }
}
