package dev.plumbline.validator.check.privatelink;

import dev.plumbline.validator.check.CheckContext;
import dev.plumbline.validator.check.Rule;
import dev.plumbline.validator.check.elb.NodeProbe;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.elb.Listener;
import dev.plumbline.validator.model.elb.LoadBalancer;
import dev.plumbline.validator.model.elb.Target;
import dev.plumbline.validator.model.elb.TargetGroup;
import dev.plumbline.validator.model.endpoint.EndpointService;
import dev.plumbline.validator.net.Protocol;
import dev.plumbline.validator.sim.TargetResolution;
import dev.plumbline.validator.sim.Topology;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A target of an NLB behind an interface endpoint service whose security groups refuse the NLB's
 * own addresses. PrivateLink traffic reaches targets with the NLB node's private address as source
 * (client IP preservation has no effect on it), and health checks come from the nodes too; a
 * target that admits only the consumers' CIDRs receives neither. Traced with the simulator
 * ({@link NodeProbe}): listener traffic from the nodes that serve the target's AZ (all with
 * cross-zone on), health checks from every node.
 *
 * @see <a href="https://docs.aws.amazon.com/elasticloadbalancing/latest/network/target-group-register-targets.html#target-security-groups">Target security groups</a>
 */
public final class TargetRefusesLoadBalancer implements Rule {

    @Override
    public String id() {
        return "privatelink.target-sg-blocks-nlb";
    }

    @Override
    public String family() {
        return "privatelink";
    }

    @Override
    public String description() {
        return "a target behind an endpoint service whose security groups refuse the NLB nodes' addresses";
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        Topology topology = context.topology();
        List<Diagnostic> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (EndpointService service : topology.network().endpointServices()) {
            if (service.serviceKind() != EndpointService.Kind.INTERFACE) {
                continue;
            }
            for (String arn : service.loadBalancerArns()) {
                Optional<LoadBalancer> lb = topology.loadBalancer(arn).filter(l -> l.type() == LoadBalancer.Type.NETWORK);
                if (lb.isEmpty()) {
                    continue;
                }
                for (Listener listener : topology.listenersOf(arn)) {
                    Optional<TargetGroup> group = listener.forwardTargetGroupArns().stream().findFirst()
                            .flatMap(topology::targetGroup);
                    if (group.isEmpty() || !carriesTcp(listener.protocol())) {
                        continue;
                    }
                    for (Target target : group.get().targets()) {
                        if (seen.add(group.get().id() + "|" + target.id() + "|" + listener.port())) {
                            finding(context, service, lb.get(), listener, group.get(), target).ifPresent(out::add);
                        }
                    }
                }
            }
        }
        return out;
    }

    private Optional<Diagnostic> finding(CheckContext context, EndpointService service, LoadBalancer lb, Listener listener,
            TargetGroup group, Target target) {
        Topology topology = context.topology();
        NetworkInterface eni = TargetResolution.interfaceOf(topology, target, group.vpcId());
        if (eni == null) {
            return Optional.empty();
        }
        String zone = TargetResolution.zoneOf(topology, target, eni);
        boolean crossZone = group.crossZone() != null ? group.crossZone() : lb.crossZone();
        int trafficPort = target.port() > 0 ? target.port() : group.port() > 0 ? group.port() : listener.port();
        List<NodeProbe.Refusal> traffic = new ArrayList<>();
        for (Topology.LoadBalancerNode node : NodeProbe.trafficNodes(topology, lb, zone, crossZone)) {
            NodeProbe.refused(context.simulator(), node, eni, Protocol.TCP, trafficPort).ifPresent(traffic::add);
        }
        List<NodeProbe.Refusal> checks = new ArrayList<>();
        int checkPort = group.healthCheck().effectivePort(trafficPort);
        if (group.healthCheck().enabled() && checkPort != trafficPort) {
            for (Topology.LoadBalancerNode node : topology.nodesOf(lb.id())) {
                NodeProbe.refused(context.simulator(), node, eni, Protocol.TCP, checkPort).ifPresent(checks::add);
            }
        }
        if (traffic.isEmpty() && checks.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        if (!traffic.isEmpty()) {
            parts.add("TCP " + trafficPort + (group.healthCheck().enabled() && checkPort == trafficPort
                    ? " (traffic and health checks)" : "") + " from " + nodes(traffic));
        }
        if (!checks.isEmpty()) {
            parts.add("health checks on TCP " + checkPort + " from " + nodes(checks));
        }
        NodeProbe.Refusal first = traffic.isEmpty() ? checks.get(0) : traffic.get(0);
        Set<String> cidrs = new LinkedHashSet<>();
        topology.nodesOf(lb.id()).forEach(n -> cidrs.add(n.subnet().cidr().toString()));
        Set<String> ports = new LinkedHashSet<>();
        if (!traffic.isEmpty()) {
            ports.add(Integer.toString(trafficPort));
        }
        if (!checks.isEmpty()) {
            ports.add(Integer.toString(checkPort));
        }
        return Optional.of(Diagnostic.error(id(), group.origin(), "target " + target.id() + " (" + eni.privateIp().render()
                + ") of " + group.label() + " refuses " + String.join(", and ", parts) + ", the nodes of " + lb.label()
                + ": " + first.explanation() + ". " + lb.label() + " fronts endpoint service " + service.label()
                + ", and PrivateLink traffic reaches targets from the load balancer's own private addresses, never the "
                + "clients', so " + (traffic.isEmpty()
                        ? "the failing health checks mark the target unhealthy and it receives nothing"
                        : "connections through the endpoint service fail at this target"),
                "allow TCP " + String.join(" and ", ports) + " from " + String.join(", ", cidrs)
                        + " (the load balancer's subnets) in the security groups of " + eni.label()));
    }

    private static String nodes(List<NodeProbe.Refusal> refusals) {
        return String.join(", ", refusals.stream().map(r -> NodeProbe.render(r.node())).distinct().toList());
    }

    private static boolean carriesTcp(String protocol) {
        String p = protocol.toUpperCase(Locale.ROOT);
        return p.isEmpty() || p.equals("TCP") || p.equals("TLS") || p.equals("TCP_UDP");
    }
}
