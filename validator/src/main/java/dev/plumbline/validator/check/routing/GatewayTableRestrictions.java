package dev.plumbline.validator.check.routing;

import dev.plumbline.validator.check.CheckContext;
import dev.plumbline.validator.check.Rule;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.Route;
import dev.plumbline.validator.model.RouteDestination;
import dev.plumbline.validator.model.RouteTable;
import dev.plumbline.validator.model.RouteTarget;
import dev.plumbline.validator.model.Vpc;
import dev.plumbline.validator.net.Prefix;
import dev.plumbline.validator.sim.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A gateway route table (edge-associated with an internet gateway) may only route the whole VPC
 * CIDR or a whole subnet CIDR, only to {@code local}, a Gateway Load Balancer endpoint or a network
 * interface, and may not use prefix lists; AWS refuses the association otherwise.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/userguide/gateway-route-tables.html">Gateway route tables</a>
 */
public final class GatewayTableRestrictions implements Rule {

    @Override
    public String id() {
        return "route.edge-table-invalid";
    }

    @Override
    public String family() {
        return "routing";
    }

    @Override
    public String description() {
        return "a gateway route table with a destination or target AWS does not allow there";
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        Topology topology = context.topology();
        List<Diagnostic> out = new ArrayList<>();
        for (RouteTable table : topology.network().routeTables()) {
            if (!table.isGatewayTable()) {
                continue;
            }
            Optional<Vpc> vpc = topology.vpc(table.vpcId());
            java.util.Set<Prefix> subnetCidrs = new java.util.HashSet<>();
            topology.subnetsOf(table.vpcId()).forEach(s -> subnetCidrs.add(s.cidr()));
            for (Route route : table.routes()) {
                var where = route.origin().isKnown() ? route.origin() : table.origin();
                if (route.destination() instanceof RouteDestination.PrefixListRef) {
                    out.add(Diagnostic.error(id(), where, "gateway route table " + table.label() + " has prefix-list route "
                            + route.render() + ": AWS refuses the edge association", "use the subnet's CIDR as destination"));
                    continue;
                }
                Prefix destination = ((RouteDestination.Cidr) route.destination()).prefix();
                boolean wholeVpc = vpc.map(v -> v.cidrs().contains(destination)).orElse(false);
                boolean wholeSubnet = subnetCidrs.contains(destination);
                if (!wholeVpc && !wholeSubnet) {
                    out.add(Diagnostic.error(id(), where, "gateway route table " + table.label() + " routes " + destination
                            + ", which is neither the VPC's CIDR nor a subnet's CIDR: AWS refuses the edge association",
                            "route exactly a subnet CIDR (or the VPC CIDR) in a gateway route table"));
                }
                RouteTarget target = route.target();
                boolean allowed = target instanceof RouteTarget.Local || target instanceof RouteTarget.NetworkInterface
                        || target instanceof RouteTarget.Instance
                        || target instanceof RouteTarget.VpcEndpoint endpoint
                                && topology.vpcEndpoint(endpoint.targetId()).map(e -> e.kind().equals("GWLB endpoint")).orElse(true);
                if (!allowed) {
                    out.add(Diagnostic.error(id(), where, "gateway route table " + table.label() + " routes to "
                            + target.render() + ": a gateway route table may only target local, a GWLB endpoint or a network interface",
                            "send the traffic to a GWLB endpoint or an appliance interface"));
                }
            }
        }
        return out;
    }
}
