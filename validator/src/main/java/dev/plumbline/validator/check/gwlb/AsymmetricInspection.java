package dev.plumbline.validator.check.gwlb;

import dev.plumbline.validator.check.CheckContext;
import dev.plumbline.validator.check.Rule;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.Instance;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.RouteTable;
import dev.plumbline.validator.model.SecurityGroup;
import dev.plumbline.validator.model.SgPeer;
import dev.plumbline.validator.model.SgRule;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.model.endpoint.GwlbEndpoint;
import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.net.Protocol;
import dev.plumbline.validator.sim.Hop;
import dev.plumbline.validator.sim.Inspection;
import dev.plumbline.validator.sim.Place;
import dev.plumbline.validator.sim.Topology;
import dev.plumbline.validator.sim.Trace;
import dev.plumbline.validator.sim.TraceRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Return traffic not inspected by the same appliance as its request. For every VPC with GWLB
 * endpoints, the simulator traces representative flows of each workload subnet both ways: from
 * each instance (or, with none, a host standing for the subnet) to the internet, and from the
 * internet to each that has a public address, on a port its security groups open to the internet
 * (443 otherwise). The appliances the request passed ({@link Trace#inspections()}) are compared
 * with those the reply passed, in reverse order.
 *
 * <p>Severity follows what the flow does (reference 6.7): when the GWLB saw only the reply, or the
 * two directions met different appliances, or the reply is dropped, the flow breaks (an error).
 * When the GWLB saw the request and the reply bypasses it, AWS lets the flow through, but the
 * appliance sees one direction only; a stateful appliance drops or half-inspects it (a warning).
 * Routing is per subnet, so each direction of a subnet is decided by its first workload whose flow
 * completes; one finding per workload subnet and direction.
 *
 * @see <a href="https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/gateway-load-balancers.html">GWLB flow handling</a>
 */
public final class AsymmetricInspection implements Rule {

    static final int DEFAULT_PORT = 443;

    @Override
    public String id() {
        return "gwlb.asymmetric-inspection";
    }

    @Override
    public String family() {
        return "gwlb";
    }

    @Override
    public String description() {
        return "a flow whose reply is not inspected by the same GWLB appliance as its request";
    }

    private record Workload(Place place, String label, int inboundPort, boolean reachableFromInternet) {
    }

    private enum Kind {
        REPLY_BYPASSES, REQUEST_BYPASSES, DIFFERENT_APPLIANCES
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        Topology topology = context.topology();
        List<Diagnostic> out = new ArrayList<>();
        for (InspectionLayout layout : InspectionLayout.of(topology)) {
            Place internet = new Place.Internet(layout.internet(), true);
            for (Subnet subnet : layout.workloadSubnets) {
                Outcome outbound = Outcome.PENDING;
                Outcome inbound = Outcome.PENDING;
                for (Workload workload : workloads(topology, subnet)) {
                    if (outbound.pending()) {
                        Trace trace = context.simulator().trace(TraceRequest.tcp(workload.place(), internet, DEFAULT_PORT));
                        outbound = compare(layout, subnet, workload, trace, true);
                    }
                    if (inbound.pending() && workload.reachableFromInternet()) {
                        Trace trace = context.simulator().trace(TraceRequest.tcp(internet, workload.place(), workload.inboundPort()));
                        inbound = compare(layout, subnet, workload, trace, false);
                    }
                    if (!outbound.pending() && !inbound.pending()) {
                        break;
                    }
                }
                outbound.finding().ifPresent(out::add);
                inbound.finding().ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * One direction of a subnet: still to be decided (no flow of it has completed yet), or decided,
     * with or without a finding. Routing is per subnet, so the first completed flow decides.
     */
    private record Outcome(boolean pending, Optional<Diagnostic> finding) {
        static final Outcome PENDING = new Outcome(true, Optional.empty());
        static final Outcome SYMMETRIC = new Outcome(false, Optional.empty());
    }

    private Outcome compare(InspectionLayout layout, Subnet subnet, Workload workload, Trace trace, boolean outbound) {
        if (!trace.disposition().isSuccess() || trace.returnPath().isEmpty()) {
            return Outcome.PENDING;
        }
        Trace reply = trace.returnPath().get();
        List<Inspection> request = trace.inspections().stream().filter(i -> !i.reply()).toList();
        List<Inspection> back = new ArrayList<>(reply.inspections());
        Collections.reverse(back);
        if (appliances(request).equals(appliances(back))) {
            return Outcome.SYMMETRIC;
        }
        Kind kind = request.isEmpty() ? Kind.REQUEST_BYPASSES : back.isEmpty() ? Kind.REPLY_BYPASSES : Kind.DIFFERENT_APPLIANCES;
        boolean broken = kind != Kind.REPLY_BYPASSES || !reply.disposition().isSuccess();
        String flow = outbound ? "to the internet" : "from the internet";
        String consequence = switch (kind) {
            case REPLY_BYPASSES -> reply.disposition().isSuccess()
                    ? "the GWLB lets this through (it saw the first packet), but the appliance sees only one direction "
                            + "of each connection: a stateful appliance drops such flows or inspects half of them"
                    : "the appliance never sees the reply, which is then dropped ("
                            + reply.finalStep().map(s -> s.detail()).orElse(reply.disposition().name()) + ")";
            case REQUEST_BYPASSES -> "the GWLB sees only the reply of a flow it never saw start, so the flow breaks"
                    + (outbound ? "" : "; the request also reached " + workload.label() + " uninspected");
            case DIFFERENT_APPLIANCES -> "each appliance sees one direction only and has no state for the other, so a "
                    + "stateful appliance drops the flow";
        };
        String message = "flows " + flow + " of " + workload.label() + " in workload subnet " + subnet.label()
                + " are not inspected symmetrically: the request " + describe(request) + ", the reply " + describe(back)
                + " (" + trace.flow().render() + "): " + consequence + ". Request path: " + path(trace) + "; reply path: "
                + path(reply);
        Fix fix = fix(layout, subnet, request, back, outbound);
        return new Outcome(false, Optional.of(broken ? Diagnostic.error(id(), fix.origin(), message, fix.hint())
                : Diagnostic.warning(id(), fix.origin(), message, fix.hint())));
    }

    private record Fix(Origin origin, String hint) {
    }

    /**
     * The closest fix: the leg entering from the internet is steered by the internet gateway's edge
     * table, the leg leaving by the subnet's own table; each should use the subnet's endpoint.
     */
    private Fix fix(InspectionLayout layout, Subnet subnet, List<Inspection> request, List<Inspection> back, boolean outbound) {
        Optional<GwlbEndpoint> expected = layout.endpointFor(subnet);
        String endpoint = expected.map(e -> "the GWLB endpoint " + e.id() + " (" + subnet.azName() + ")")
                .orElse("a GWLB endpoint in " + subnet.azName());
        List<Inspection> entering = outbound ? back : request;
        List<Inspection> leaving = outbound ? request : back;
        List<String> hints = new ArrayList<>();
        Origin origin = Origin.NONE;
        if (!passes(entering, expected, false)) {
            String edge = layout.edgeTable.map(RouteTable::label).orElse("a gateway route table edge-associated with "
                    + layout.internetGateway.map(g -> g.id()).orElse("the internet gateway"));
            hints.add("in " + edge + ", route " + subnet.cidr() + " to " + endpoint);
            origin = layout.edgeTable.map(RouteTable::origin)
                    .orElse(layout.internetGateway.map(g -> g.origin()).orElse(Origin.NONE));
        }
        if (!passes(leaving, expected, true)) {
            Optional<RouteTable> table = layout.tableOf(subnet);
            hints.add("in " + table.map(RouteTable::label).orElse("the route table of " + subnet.label())
                    + ", route 0.0.0.0/0 to " + endpoint);
            if (hints.size() == 1) {
                origin = table.map(RouteTable::origin).orElse(Origin.NONE);
            }
        }
        if (!origin.isKnown()) {
            origin = subnet.origin();
        }
        return new Fix(origin, hints.isEmpty() ? "send both directions through " + endpoint : String.join("; and ", hints));
    }

    /**
     * Whether a leg passes the subnet's endpoint where it should: first when leaving the subnet,
     * last when entering it (a chain is crossed in reverse order on the way in).
     */
    private static boolean passes(List<Inspection> leg, Optional<GwlbEndpoint> expected, boolean leaving) {
        if (leg.isEmpty() || expected.isEmpty()) {
            return false;
        }
        Inspection at = leaving ? leg.get(0) : leg.get(leg.size() - 1);
        return at.endpointId().equals(expected.get().id());
    }

    private static List<String> appliances(List<Inspection> inspections) {
        return inspections.stream().map(i -> i.loadBalancerId() + "/" + i.applianceId()).toList();
    }

    private static String describe(List<Inspection> inspections) {
        if (inspections.isEmpty()) {
            return "passes no appliance";
        }
        return "is inspected by " + String.join(", then ", inspections.stream().map(i -> "appliance " + i.applianceId()
                + " behind " + (i.loadBalancerName().isEmpty() ? i.loadBalancerId() : i.loadBalancerName())
                + " (via " + i.endpointId() + ")").toList());
    }

    /** The hops of a trace, by name: {@code internet -> igw-1 -> rt-edge -> ...}. */
    private static String path(Trace trace) {
        List<String> names = new ArrayList<>();
        for (Hop hop : trace.hops()) {
            String name = hop.nodeName().isEmpty() ? hop.nodeId() : hop.nodeName();
            if (names.isEmpty() || !names.get(names.size() - 1).equals(name)) {
                names.add(name);
            }
        }
        return String.join(" -> ", names);
    }

    private static List<Workload> workloads(Topology topology, Subnet subnet) {
        List<Workload> out = new ArrayList<>();
        for (Instance instance : topology.network().instances()) {
            Optional<NetworkInterface> eni = topology.networkInterface(instance.primaryInterfaceId())
                    .filter(e -> e.subnetId().equals(subnet.id()));
            if (eni.isEmpty() || eni.get().privateIp().isAbsent()) {
                continue;
            }
            boolean reachable = topology.publicAddressOf(eni.get()).isPresent();
            out.add(new Workload(new Place.AtInterface(eni.get()), instance.label(), inboundPort(topology, eni.get()),
                    reachable));
        }
        if (out.isEmpty()) {
            Ipv4 address = subnet.firstUsableHost();
            while (subnet.cidr().contains(address.plus(1))
                    && !topology.interfacesWithPrivateIp(subnet.vpcId(), address).isEmpty()) {
                address = address.plus(1);
            }
            out.add(new Workload(new Place.SubnetHost(subnet, address, List.of()), "a host " + address, DEFAULT_PORT,
                    subnet.mapPublicIpOnLaunch()));
        }
        return out;
    }

    /** A TCP port the interface's security groups open to the whole internet, else 443. */
    private static int inboundPort(Topology topology, NetworkInterface eni) {
        for (String groupId : eni.securityGroupIds()) {
            for (SgRule rule : topology.securityGroup(groupId).map(SecurityGroup::ingress).orElse(List.of())) {
                boolean tcp = rule.match().protocol().isAll() || rule.match().protocol().equals(Protocol.TCP);
                if (tcp && rule.peer() instanceof SgPeer.Cidr cidr && cidr.prefix().length() == 0) {
                    return rule.match().ports().isAll() || rule.match().ports().contains(DEFAULT_PORT)
                            ? DEFAULT_PORT : rule.match().ports().from();
                }
            }
        }
        return DEFAULT_PORT;
    }
}
