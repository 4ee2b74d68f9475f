package dev.plumbline.internal.lattice;

import com.pulumi.core.Output;
import dev.plumbline.internal.tagging.Tags;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/** The arguments of a {@link dev.plumbline.LatticeServiceNetwork} after validation, defaults applied. */
public record CheckedNetwork(
        String name,
        String authType,
        Optional<Output<String>> authPolicy,
        Optional<Output<String>> accessLogDestinationArn,
        List<VpcAssociation> vpcAssociations,
        List<Service> services,
        Tags tags) {

    /** A VPC association. */
    public record VpcAssociation(String name, Output<String> vpcId, Optional<Output<List<String>>> securityGroupIds) {
    }

    /** A service with its target groups and listeners. */
    public record Service(String name, String authType, Optional<Output<String>> authPolicy, Optional<Output<String>> customDomainName,
            Optional<Output<String>> certificateArn, List<TargetGroup> targetGroups, List<Listener> listeners) {
    }

    /** A target group; {@code vpcId}, {@code port} and {@code protocol} are empty for LAMBDA. */
    public record TargetGroup(String name, String type, Optional<Output<String>> vpcId, Optional<Integer> port,
            Optional<String> protocol, Optional<String> protocolVersion, Optional<HealthCheck> healthCheck,
            SortedMap<String, Target> targets) {
    }

    /** A target. */
    public record Target(Output<String> id, Optional<Integer> port) {
    }

    /** A target group health check; empty fields keep AWS's defaults. */
    public record HealthCheck(boolean enabled, Optional<String> protocol, Optional<Integer> port, Optional<String> path,
            Optional<Integer> intervalSeconds, Optional<Integer> timeoutSeconds, Optional<Integer> healthyThreshold,
            Optional<Integer> unhealthyThreshold, Optional<String> matcher) {
    }

    /** A listener with its port resolved. */
    public record Listener(String name, String protocol, int port, Action defaultAction, List<Rule> rules) {
    }

    /** A listener rule. */
    public record Rule(String name, int priority, Match match, Action action) {
    }

    /** An HTTP match. */
    public record Match(Optional<String> pathExact, Optional<String> pathPrefix, boolean pathCaseSensitive, Optional<String> method,
            List<HeaderMatch> headers) {
    }

    /** A header condition: {@code kind} is exact, prefix or contains. */
    public record HeaderMatch(String name, String kind, String value, boolean caseSensitive) {
    }

    /** Forward to weighted target groups (by name), or a fixed response. */
    public record Action(List<WeightedTarget> forward, Optional<Integer> fixedResponseStatusCode) {
    }

    /** A target group in a forward action. */
    public record WeightedTarget(String targetGroup, int weight) {
    }
}
