package dev.plumbline.validator.model.elb;

import dev.plumbline.validator.model.Canonical;
import dev.plumbline.validator.model.Element;
import dev.plumbline.validator.model.Origin;
import java.util.List;

/**
 * An Elastic Load Balancing v2 load balancer: network (behind PrivateLink endpoint services),
 * gateway (behind GWLB endpoints) or application. {@code id} is the ARN. Cross-zone load balancing
 * is off by default for NLBs and GWLBs. An NLB with security groups checks PrivateLink traffic
 * against their inbound rules with the client's private IP as source, unless
 * {@code enforceSgInboundOnPrivateLink} is off.
 *
 * @see <a href="https://docs.aws.amazon.com/elasticloadbalancing/latest/network/network-load-balancers.html">NLBs</a>
 * @see <a href="https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/gateway-load-balancers.html">GWLBs</a>
 */
public record LoadBalancer(String id, String name, Type type, boolean internal, String vpcId, List<LbZone> zones,
        List<String> securityGroupIds, boolean crossZone, boolean enforceSgInboundOnPrivateLink, String state,
        Origin origin) implements Element {

    public enum Type {
        NETWORK, GATEWAY, APPLICATION
    }

    public LoadBalancer {
        name = Canonical.text(name);
        type = type == null ? Type.NETWORK : type;
        zones = Canonical.list(zones);
        securityGroupIds = Canonical.list(securityGroupIds);
        state = Canonical.text(state);
        origin = Canonical.origin(origin);
    }

    @Override
    public String kind() {
        return switch (type) {
            case NETWORK -> "network load balancer";
            case GATEWAY -> "gateway load balancer";
            case APPLICATION -> "application load balancer";
        };
    }
}
