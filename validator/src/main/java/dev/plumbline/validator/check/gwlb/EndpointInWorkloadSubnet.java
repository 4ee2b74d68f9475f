package dev.plumbline.validator.check.gwlb;

import dev.plumbline.validator.check.CheckContext;
import dev.plumbline.validator.check.Rule;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.Instance;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.Route;
import dev.plumbline.validator.model.RouteTable;
import dev.plumbline.validator.model.RouteTarget;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.model.endpoint.GwlbEndpoint;
import dev.plumbline.validator.model.endpoint.VpcEndpoint;
import dev.plumbline.validator.sim.RouteLookup;
import dev.plumbline.validator.sim.Topology;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A GWLB endpoint placed in a protected subnet: one that holds workloads, or whose inbound traffic
 * the internet gateway's edge table sends through inspection. (A subnet whose own table routes to
 * another GWLB endpoint is not enough: that is how chains of endpoints are built.) The endpoint's
 * subnet must send inspected traffic on to its destination, usually the internet gateway, and
 * workloads sharing that subnet share the route, so their traffic skips inspection (a security
 * warning). When the subnet's own table routes to
 * the very endpoint it holds, traffic returning from the appliances goes straight back into the
 * endpoint: a loop (an error).
 *
 * <p>Workloads are instances and plain interfaces, not interfaces of endpoints, NAT gateways,
 * load balancers or GWLB appliances.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/userguide/gwlb-route.html">Routing for a GWLB</a>
 */
public final class EndpointInWorkloadSubnet implements Rule {

    @Override
    public String id() {
        return "gwlb.endpoint-in-workload-subnet";
    }

    @Override
    public String family() {
        return "gwlb";
    }

    @Override
    public String description() {
        return "a GWLB endpoint placed in a subnet with workloads or in a subnet that is itself inspected";
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        Topology topology = context.topology();
        Set<String> appliances = InspectionLayout.applianceInterfaces(topology);
        List<Diagnostic> out = new ArrayList<>();
        for (VpcEndpoint endpoint : topology.network().vpcEndpoints()) {
            if (!(endpoint instanceof GwlbEndpoint ge)) {
                continue;
            }
            Optional<Subnet> found = topology.subnet(ge.subnetId());
            if (found.isEmpty()) {
                continue;
            }
            Subnet subnet = found.get();
            Optional<RouteTable> table = topology.effectiveRouteTable(subnet);
            Optional<Route> loop = table.flatMap(t -> t.routes().stream()
                    .filter(r -> !r.blackhole() && r.target() instanceof RouteTarget.VpcEndpoint v && v.targetId().equals(ge.id()))
                    .findFirst());
            if (loop.isPresent()) {
                out.add(Diagnostic.error(id(), ge.origin(), "GWLB endpoint " + ge.label() + " sits in " + subnet.label()
                        + ", whose route table " + table.get().label() + " sends " + loop.get().render()
                        + ": traffic returning from the appliances is routed by that same table, straight back into the "
                        + "endpoint, so it loops and never arrives",
                        "put the endpoint in a dedicated subnet whose route table sends its destinations on (0.0.0.0/0 to the "
                                + "internet gateway), and keep the route to the endpoint in the workload subnets' tables"));
                continue;
            }
            List<String> reasons = new ArrayList<>();
            List<String> workloads = workloads(topology, subnet, ge, appliances);
            if (!workloads.isEmpty()) {
                reasons.add("it holds workloads (" + String.join(", ", workloads) + ")");
            }
            protectedBy(topology, subnet).ifPresent(reasons::add);
            if (reasons.isEmpty()) {
                continue;
            }
            out.add(Diagnostic.warning(id(), ge.origin(), "GWLB endpoint " + ge.label() + " sits in " + subnet.label()
                    + ", a protected subnet: " + String.join("; ", reasons) + ". The endpoint's subnet must send "
                    + "inspected traffic on towards its destination (usually the internet gateway), and workloads in the "
                    + "same subnet share that route, so their traffic skips inspection",
                    "move the endpoint to a dedicated subnet in " + subnet.azName() + " whose route table sends 0.0.0.0/0 "
                            + "to the internet gateway, and route the workload subnets through it"));
        }
        return out;
    }

    private static List<String> workloads(Topology topology, Subnet subnet, GwlbEndpoint endpoint, Set<String> appliances) {
        Set<String> names = new LinkedHashSet<>();
        for (NetworkInterface eni : topology.interfacesInSubnet(subnet.id())) {
            if (eni.id().equals(endpoint.networkInterfaceId()) || eni.attachedTo().equals(endpoint.id())
                    || !"interface".equals(eni.interfaceType()) || appliances.contains(eni.id())) {
                continue;
            }
            names.add(topology.instanceOf(eni).map(Instance::label).orElse(eni.label()));
        }
        return List.copyOf(names);
    }

    /** Why the design sends the subnet's own traffic through inspection: the edge table's route for its CIDR. */
    private static Optional<String> protectedBy(Topology topology, Subnet subnet) {
        Optional<RouteTable> edge = topology.internetGatewayOf(subnet.vpcId()).flatMap(g -> topology.edgeRouteTable(g.id()));
        if (edge.isEmpty()) {
            return Optional.empty();
        }
        RouteLookup lookup = topology.compiled(edge.get()).lookup(subnet.cidr());
        if (lookup.isEmpty() || lookup.isAmbiguous() || !InspectionLayout.isGwlbEndpoint(topology, lookup.route().target())) {
            return Optional.empty();
        }
        return Optional.of("the internet gateway's route table " + edge.get().label() + " sends its inbound traffic "
                + "through inspection (" + lookup.route().render() + ")");
    }
}
