package dev.plumbline.validator.check.gwlb;

import dev.plumbline.validator.check.CheckContext;
import dev.plumbline.validator.check.Rule;
import dev.plumbline.validator.check.elb.NodeProbe;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.elb.LoadBalancer;
import dev.plumbline.validator.model.elb.Target;
import dev.plumbline.validator.model.elb.TargetGroup;
import dev.plumbline.validator.net.Protocol;
import dev.plumbline.validator.sim.TargetResolution;
import dev.plumbline.validator.sim.Topology;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An appliance behind a Gateway Load Balancer whose security groups refuse what the GWLB's nodes
 * send it: either GENEVE (UDP 6081, {@code gwlb.geneve-blocked}) from the nodes serving its AZ
 * (every node with cross-zone on), or the health check (TCP to the health check port,
 * {@code gwlb.health-check-blocked}) from any node. Both leave from the nodes' private addresses.
 * Traced with the simulator ({@link NodeProbe}). One class for two rules: the same walk over
 * appliances, with a different probe.
 *
 * @see <a href="https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/health-checks.html">GWLB health checks</a>
 */
public final class ApplianceRefusesLoadBalancer implements Rule {

    private final boolean healthCheck;

    private ApplianceRefusesLoadBalancer(boolean healthCheck) {
        this.healthCheck = healthCheck;
    }

    /** {@code gwlb.geneve-blocked}: the appliance refuses UDP 6081 from the GWLB. */
    public static ApplianceRefusesLoadBalancer geneve() {
        return new ApplianceRefusesLoadBalancer(false);
    }

    /** {@code gwlb.health-check-blocked}: the appliance refuses the GWLB's health check. */
    public static ApplianceRefusesLoadBalancer healthCheck() {
        return new ApplianceRefusesLoadBalancer(true);
    }

    @Override
    public String id() {
        return healthCheck ? "gwlb.health-check-blocked" : "gwlb.geneve-blocked";
    }

    @Override
    public String family() {
        return "gwlb";
    }

    @Override
    public String description() {
        return healthCheck ? "a GWLB appliance whose security groups refuse the health check from the GWLB nodes"
                : "a GWLB appliance whose security groups refuse GENEVE (UDP 6081) from the GWLB nodes";
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
                if (healthCheck && !group.healthCheck().enabled()) {
                    continue;
                }
                for (Target target : group.targets()) {
                    NetworkInterface eni = TargetResolution.interfaceOf(topology, target, group.vpcId());
                    if (eni != null && seen.add(lb.id() + "|" + group.id() + "|" + target.id())) {
                        probe(context, lb, group, target, eni).ifPresent(out::add);
                    }
                }
            }
        }
        return out;
    }

    private Optional<Diagnostic> probe(CheckContext context, LoadBalancer lb, TargetGroup group, Target target,
            NetworkInterface eni) {
        Topology topology = context.topology();
        boolean crossZone = group.crossZone() != null ? group.crossZone() : lb.crossZone();
        List<Topology.LoadBalancerNode> nodes = healthCheck ? topology.nodesOf(lb.id())
                : NodeProbe.trafficNodes(topology, lb, TargetResolution.zoneOf(topology, target, eni), crossZone);
        Protocol protocol = healthCheck ? Protocol.TCP : Protocol.UDP;
        int port = healthCheck ? group.healthCheck().effectivePort(TargetGroupNotGeneve.GENEVE_PORT) : TargetGroupNotGeneve.GENEVE_PORT;
        List<NodeProbe.Refusal> refusals = new ArrayList<>();
        for (Topology.LoadBalancerNode node : nodes) {
            NodeProbe.refused(context.simulator(), node, eni, protocol, port).ifPresent(refusals::add);
        }
        if (refusals.isEmpty()) {
            return Optional.empty();
        }
        String from = String.join(", ", refusals.stream().map(r -> NodeProbe.render(r.node())).distinct().toList());
        Set<String> cidrs = new LinkedHashSet<>();
        refusals.forEach(r -> cidrs.add(r.node().subnet().cidr().toString()));
        String what = healthCheck ? "the " + (group.healthCheck().protocol().isEmpty() ? "TCP" : group.healthCheck().protocol())
                + " health check on TCP port " + port : "GENEVE (UDP 6081)";
        String consequence = healthCheck
                ? "the GWLB marks it unhealthy; with every appliance unhealthy it fails open to one and the traffic is dropped"
                : "the encapsulated traffic the GWLB hands it is dropped before inspection, so flows through "
                        + lb.label() + " that hash to it fail";
        return Optional.of(Diagnostic.error(id(), group.origin(), "appliance " + target.id() + " ("
                + eni.privateIp().render() + ") of " + group.label() + " refuses " + what + " from the nodes of "
                + lb.label() + " at " + from + " (" + refusals.get(0).explanation() + "): " + consequence,
                "allow " + (healthCheck ? "TCP " + port : "UDP 6081") + " inbound from " + String.join(", ", cidrs)
                        + " (the GWLB's subnets) in the security groups of " + eni.label()));
    }
}
