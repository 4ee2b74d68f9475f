package dev.plumbline.validator.model.elb;

import dev.plumbline.validator.model.Canonical;
import dev.plumbline.validator.model.Element;
import dev.plumbline.validator.model.Origin;
import java.util.List;

/**
 * An ELBv2 target group. {@code id} is the ARN. GWLB target groups use GENEVE on port 6081, pick
 * an appliance per flow by a hash of the 5-, 3- or 2-tuple ({@link Stickiness}), and keep existing
 * flows on a failed target unless {@code rebalanceOnFailover}. {@code crossZone} overrides the
 * load balancer's setting when not {@code null}. Targets see the NLB's address as source on
 * PrivateLink traffic; proxy protocol v2 carries the client address in a header.
 *
 * @see <a href="https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/target-groups.html">GWLB target groups</a>
 */
public record TargetGroup(String id, String name, String protocol, int port, TargetType targetType, String vpcId,
        HealthCheck healthCheck, Stickiness stickiness, boolean rebalanceOnFailover, boolean proxyProtocolV2,
        Boolean crossZone, List<Target> targets, Origin origin) implements Element {

    public enum TargetType {
        INSTANCE, IP, ALB, LAMBDA
    }

    /** GWLB flow stickiness: which fields of the flow the appliance choice hashes. */
    public enum Stickiness {
        FIVE_TUPLE, THREE_TUPLE, TWO_TUPLE
    }

    public TargetGroup {
        name = Canonical.text(name);
        protocol = Canonical.text(protocol);
        targetType = targetType == null ? TargetType.INSTANCE : targetType;
        vpcId = Canonical.text(vpcId);
        healthCheck = healthCheck == null ? new HealthCheck(true, protocol, "traffic-port", "", 30, 10, 5, 2) : healthCheck;
        stickiness = stickiness == null ? Stickiness.FIVE_TUPLE : stickiness;
        targets = Canonical.list(targets);
        origin = Canonical.origin(origin);
    }

    @Override
    public String kind() {
        return "target group";
    }
}
