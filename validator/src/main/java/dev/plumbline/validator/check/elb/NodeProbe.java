package dev.plumbline.validator.check.elb;

import dev.plumbline.validator.model.Instance;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.elb.LoadBalancer;
import dev.plumbline.validator.net.Protocol;
import dev.plumbline.validator.sim.Disposition;
import dev.plumbline.validator.sim.Hop;
import dev.plumbline.validator.sim.Place;
import dev.plumbline.validator.sim.Simulator;
import dev.plumbline.validator.sim.Step;
import dev.plumbline.validator.sim.StepCode;
import dev.plumbline.validator.sim.Topology;
import dev.plumbline.validator.sim.Trace;
import dev.plumbline.validator.sim.TraceRequest;
import java.util.List;
import java.util.Optional;

/**
 * Traffic a load balancer's nodes send to a target: listener traffic (PrivateLink), GENEVE and
 * health checks all leave from the node's private address in its subnet. Traced with the
 * simulator from that address (a host standing in the node's subnet that filters nothing itself),
 * so network ACLs, routing and the target's security groups are applied as for any packet; only a
 * refusal by the target's own security groups is reported here.
 *
 * <p>Which nodes send to a target: health checks come from every node of the load balancer (each
 * node checks every target); traffic comes from the nodes of the target's AZ, or from every node
 * with cross-zone load balancing on.
 *
 * @see <a href="https://docs.aws.amazon.com/elasticloadbalancing/latest/network/target-group-health-checks.html">Health checks</a>
 */
public final class NodeProbe {

    /** Source port of the probes: inside the range AWS load balancers use. */
    static final int SOURCE_PORT = 40000;

    /** A node the target's security groups refuse, with the simulator's explanation. */
    public record Refusal(Topology.LoadBalancerNode node, String explanation) {
    }

    private NodeProbe() {
    }

    /** Nodes of {@code lb} that send traffic to a target in {@code targetZone} (AZ name; empty: any). */
    public static List<Topology.LoadBalancerNode> trafficNodes(Topology topology, LoadBalancer lb, String targetZone,
            boolean crossZone) {
        return topology.nodesOf(lb.id()).stream()
                .filter(n -> crossZone || targetZone.isEmpty() || targetZone.equals(n.subnet().azName())).toList();
    }

    /** Whether the target's security groups refuse {@code protocol}/{@code port} from {@code node}. */
    public static Optional<Refusal> refused(Simulator simulator, Topology.LoadBalancerNode node, NetworkInterface target,
            Protocol protocol, int port) {
        Place from = new Place.SubnetHost(node.subnet(), node.address().address(), List.of());
        Trace trace = simulator.trace(new TraceRequest(from, new Place.AtInterface(target), protocol, port, SOURCE_PORT));
        if (trace.disposition() != Disposition.DENIED_IN || trace.hops().isEmpty()) {
            return Optional.empty();
        }
        Hop last = trace.hops().get(trace.hops().size() - 1);
        Optional<Step> step = trace.finalStep().filter(s -> s.code() == StepCode.SG_INGRESS_DENY);
        String instanceId = simulator.topology().instanceOf(target).map(Instance::id).orElse("");
        if (step.isEmpty() || !(last.nodeId().equals(target.id()) || last.nodeId().equals(instanceId))) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(node, step.get().detail()));
    }

    /** {@code 10.0.1.10 (us-east-1a)}, saying when the address is a stand-in for one AWS will assign. */
    public static String render(Topology.LoadBalancerNode node) {
        return node.address().isExact() ? node.address().address() + " (" + node.subnet().azName() + ")"
                : "the address AWS will assign in " + node.subnet().label() + " (" + node.subnet().azName() + ")";
    }
}
