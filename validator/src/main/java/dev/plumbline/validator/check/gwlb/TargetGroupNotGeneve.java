package dev.plumbline.validator.check.gwlb;

import dev.plumbline.validator.check.CheckContext;
import dev.plumbline.validator.check.Rule;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.elb.LoadBalancer;
import dev.plumbline.validator.model.elb.TargetGroup;
import dev.plumbline.validator.sim.Topology;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A target group behind a Gateway Load Balancer that is not GENEVE on port 6081: a GWLB talks to
 * its appliances only in GENEVE on 6081, so no appliance receives traffic (the simulator drops it).
 *
 * @see <a href="https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/target-groups.html">GWLB target groups</a>
 */
public final class TargetGroupNotGeneve implements Rule {

    static final int GENEVE_PORT = 6081;

    @Override
    public String id() {
        return "gwlb.target-group-not-geneve";
    }

    @Override
    public String family() {
        return "gwlb";
    }

    @Override
    public String description() {
        return "a Gateway Load Balancer target group that is not GENEVE on port 6081";
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        Topology topology = context.topology();
        List<Diagnostic> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (LoadBalancer lb : topology.network().loadBalancers()) {
            if (lb.type() != LoadBalancer.Type.GATEWAY) {
                continue;
            }
            for (TargetGroup group : topology.targetGroupsOf(lb.id())) {
                if (("GENEVE".equalsIgnoreCase(group.protocol()) && group.port() == GENEVE_PORT) || !seen.add(group.id())) {
                    continue;
                }
                out.add(Diagnostic.error(id(), group.origin(), group.label() + " behind Gateway Load Balancer " + lb.label()
                        + " uses " + (group.protocol().isEmpty() ? "no protocol" : group.protocol()) + " on port " + group.port()
                        + ": a Gateway Load Balancer sends traffic to its appliances only in GENEVE on UDP port 6081, so "
                        + "no appliance of this group receives any and the inspected traffic is dropped",
                        "create the target group with protocol GENEVE and port 6081 (both are fixed for GWLB target groups)"));
            }
        }
        return out;
    }
}
