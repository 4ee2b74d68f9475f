package dev.plumbline.validator.check.routing;

import dev.plumbline.validator.check.CheckContext;
import dev.plumbline.validator.check.Rule;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.NatGateway;
import dev.plumbline.validator.model.RouteTable;
import dev.plumbline.validator.model.RouteTarget;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.sim.RouteLookup;
import dev.plumbline.validator.sim.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A public NAT gateway needs an Elastic IP and a route to an internet gateway in its own subnet;
 * a private NAT gateway's traffic is dropped by an internet gateway.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-troubleshooting.html">NAT troubleshooting</a>
 */
public final class NatGatewayPlacement implements Rule {

    /** An address on the internet used to ask "where does the NAT subnet send internet traffic". */
    private static final Ipv4 PROBE = Ipv4.of(203, 0, 113, 10);

    @Override
    public String id() {
        return "nat.no-internet-route";
    }

    @Override
    public String family() {
        return "nat";
    }

    @Override
    public String description() {
        return "a public NAT gateway without an Elastic IP or without a route to an internet gateway in its subnet; "
                + "a private NAT gateway routed to an internet gateway";
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        Topology topology = context.topology();
        List<Diagnostic> out = new ArrayList<>();
        for (NatGateway nat : topology.network().natGateways()) {
            boolean isPublic = nat.connectivity() == NatGateway.Connectivity.PUBLIC;
            if (isPublic && (nat.addresses().isEmpty() || nat.addresses().get(0).publicIp().isAbsent())) {
                out.add(Diagnostic.error("nat.no-elastic-ip", nat.origin(), nat.label()
                        + " is a public NAT gateway without an Elastic IP: the internet gateway cannot translate its address",
                        "allocate an Elastic IP and give it to the NAT gateway (allocationId)"));
            }
            Optional<Subnet> subnet = topology.subnet(nat.subnetId());
            Optional<RouteTable> table = subnet.flatMap(topology::effectiveRouteTable);
            if (table.isEmpty()) {
                continue;
            }
            RouteLookup lookup = topology.compiled(table.get()).lookup(PROBE);
            boolean toIgw = !lookup.isEmpty() && !lookup.isAmbiguous() && !lookup.route().blackhole()
                    && lookup.route().target() instanceof RouteTarget.InternetGateway;
            if (isPublic && !toIgw) {
                out.add(Diagnostic.error(id(), nat.origin(), nat.label() + " sits in " + subnet.get().label()
                        + ", whose route table " + table.get().label() + " sends internet traffic "
                        + (lookup.isEmpty() ? "nowhere" : "to " + lookup.routes().get(0).target().render())
                        + " instead of an internet gateway: clients behind the NAT gateway cannot reach the internet",
                        "put the NAT gateway in a public subnet (0.0.0.0/0 -> internet gateway)"));
            }
            if (!isPublic && toIgw) {
                out.add(Diagnostic.warning("nat.private-to-igw", nat.origin(), nat.label() + " is a private NAT gateway "
                        + "whose subnet routes internet traffic to an internet gateway, which drops private NAT traffic",
                        "route private NAT traffic through a transit gateway or virtual private gateway, or make it public"));
            }
        }
        return out;
    }
}
