package dev.plumbline.validator.check.gwlb;

import dev.plumbline.validator.check.CheckContext;
import dev.plumbline.validator.check.Rule;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.Route;
import dev.plumbline.validator.model.RouteTable;
import dev.plumbline.validator.model.RouteTarget;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.model.endpoint.GwlbEndpoint;
import dev.plumbline.validator.sim.Topology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A workload subnet with a route straight to the internet gateway in a VPC built for north-south
 * inspection (its internet gateway's edge table, or some subnet's internet route, targets a GWLB
 * endpoint): traffic matching the route leaves without passing an appliance. A security warning:
 * the path works, the inspection does not happen. Subnets holding inspection infrastructure (GWLB
 * endpoints, GWLB nodes, appliances, NAT gateways) are expected to route to the gateway and are
 * not reported ({@link InspectionLayout}). VPCs whose GWLB endpoints serve only east-west
 * inspection are left alone.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/userguide/gwlb-route.html">Routing for a GWLB</a>
 */
public final class InspectionBypassRoute implements Rule {

    @Override
    public String id() {
        return "gwlb.inspection-bypass";
    }

    @Override
    public String family() {
        return "gwlb";
    }

    @Override
    public String description() {
        return "a workload subnet routed straight to the internet gateway in a VPC that inspects north-south traffic";
    }

    private record Bypass(RouteTable table, Route route, List<Subnet> subnets, InspectionLayout layout) {
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        Topology topology = context.topology();
        Map<String, Bypass> bypasses = new LinkedHashMap<>();
        for (InspectionLayout layout : InspectionLayout.of(topology)) {
            if (!layout.northSouth) {
                continue;
            }
            for (Subnet subnet : layout.workloadSubnets) {
                Optional<RouteTable> table = topology.effectiveRouteTable(subnet);
                if (table.isEmpty()) {
                    continue;
                }
                for (Route route : table.get().routes()) {
                    if (!route.blackhole() && route.target() instanceof RouteTarget.InternetGateway igw
                            && layout.internetGateway.map(g -> g.id().equals(igw.targetId())).orElse(false)) {
                        bypasses.computeIfAbsent(table.get().id() + "|" + route.render(),
                                k -> new Bypass(table.get(), route, new ArrayList<>(), layout)).subnets().add(subnet);
                    }
                }
            }
        }
        List<Diagnostic> out = new ArrayList<>();
        for (Bypass bypass : bypasses.values()) {
            Subnet first = bypass.subnets().get(0);
            Optional<GwlbEndpoint> endpoint = bypass.layout().endpointFor(first);
            String subnets = String.join(", ", bypass.subnets().stream().map(Subnet::label).toList());
            out.add(Diagnostic.warning(id(), bypass.route().origin().isKnown() ? bypass.route().origin() : bypass.table().origin(),
                    "route " + bypass.route().render() + " in " + bypass.table().label() + " sends the traffic of workload "
                            + "subnet(s) " + subnets + " straight to the internet gateway, although " + bypass.layout().vpc.label()
                            + " inspects north-south traffic through GWLB endpoints ("
                            + String.join(", ", bypass.layout().endpoints.stream().map(GwlbEndpoint::label).toList())
                            + "): flows matching it bypass the appliances",
                    "route " + bypass.route().destination().render() + " to "
                            + endpoint.map(e -> "the GWLB endpoint " + e.id() + " in " + first.azName())
                                    .orElse("a GWLB endpoint in " + first.azName())
                            + " instead, and keep the internet gateway route only in the endpoint subnets"));
        }
        return out;
    }
}
