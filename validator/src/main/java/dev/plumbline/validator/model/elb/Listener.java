package dev.plumbline.validator.model.elb;

import dev.plumbline.validator.model.Canonical;
import dev.plumbline.validator.model.Element;
import dev.plumbline.validator.model.Origin;
import java.util.List;

/**
 * A load balancer listener and the target groups its default action forwards to. A GWLB has
 * exactly one listener with no port or protocol ({@code port} 0). Traffic to an NLB port with no
 * listener is dropped.
 */
public record Listener(String id, String loadBalancerArn, int port, String protocol,
        List<String> forwardTargetGroupArns, Origin origin) implements Element {

    public Listener {
        protocol = Canonical.text(protocol);
        forwardTargetGroupArns = Canonical.list(forwardTargetGroupArns);
        origin = Canonical.origin(origin);
    }

    @Override
    public String name() {
        return port == 0 ? "listener" : protocol + ":" + port;
    }

    @Override
    public String kind() {
        return "listener";
    }
}
