package dev.plumbline.internal.privatelink;

import com.pulumi.core.Output;
import dev.plumbline.internal.tagging.Tags;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/** The arguments of a {@link dev.plumbline.EndpointService} after validation, defaults applied. */
public record CheckedService(
        Optional<Output<String>> existingLoadBalancerArn,
        Optional<NewLoadBalancer> newLoadBalancer,
        Output<Boolean> acceptanceRequired,
        Optional<Output<List<String>>> allowedPrincipals,
        Optional<Output<String>> privateDnsName,
        Optional<Output<List<String>>> supportedRegions,
        Optional<Output<List<String>>> supportedIpAddressTypes,
        Tags tags) {

    /** The NLB to create; {@code targets} sorted by key. */
    public record NewLoadBalancer(Output<String> vpcId, Output<List<String>> subnetIds, List<Listener> listeners,
            String targetType, SortedMap<String, Output<String>> targets, boolean crossZoneEnabled) {
    }

    /** One NLB listener and its target group. */
    public record Listener(int port, String protocol, int targetPort, Optional<Output<String>> certificateArn) {
    }
}
