package dev.plumbline.validator.check.routing;

import dev.plumbline.validator.check.CheckContext;
import dev.plumbline.validator.check.Rule;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.InternetGateway;
import dev.plumbline.validator.model.Route;
import dev.plumbline.validator.model.RouteDestination;
import dev.plumbline.validator.model.RouteTable;
import dev.plumbline.validator.model.RouteTarget;
import dev.plumbline.validator.sim.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Routes that cannot deliver: blackholes (the target is gone), routes to an internet gateway that
 * is not attached to the table's VPC (AWS marks them blackhole), and routes whose target is not in
 * the input at all. Also routes to a prefix list whose entries are not in the input: the simulator
 * cannot tell which destinations they cover, so traces follow the table's other routes.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Route.html">Route state</a>
 */
public final class BrokenRouteTarget implements Rule {

    @Override
    public String id() {
        return "route.blackhole";
    }

    @Override
    public String family() {
        return "routing";
    }

    @Override
    public String description() {
        return "a route whose target is gone, detached from the VPC, or missing from the input";
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        Topology topology = context.topology();
        List<Diagnostic> out = new ArrayList<>();
        for (RouteTable table : topology.network().routeTables()) {
            for (Route route : table.routes()) {
                if (route.blackhole()) {
                    out.add(Diagnostic.error(id(), route.origin().isKnown() ? route.origin() : table.origin(),
                            "route " + route.render() + " in " + table.label() + " is a blackhole: its target no longer "
                                    + "exists and matching packets are dropped",
                            "point the route at a live target or delete it"));
                    continue;
                }
                if (route.target() instanceof RouteTarget.InternetGateway igw) {
                    Optional<InternetGateway> gateway = topology.internetGateway(igw.targetId());
                    if (gateway.isPresent() && !gateway.get().attachedVpcIds().contains(table.vpcId())) {
                        out.add(Diagnostic.error("route.igw-not-attached", origin(route, table), "route " + route.render()
                                + " in " + table.label() + " points at " + gateway.get().label()
                                + ", which is not attached to VPC " + table.vpcId() + ": the route is a blackhole",
                                "attach the internet gateway to the VPC, or use the VPC's own gateway"));
                        continue;
                    }
                }
                if (route.destination() instanceof RouteDestination.PrefixListRef list
                        && topology.prefixList(list.prefixListId()).isEmpty()) {
                    out.add(Diagnostic.warning("route.prefix-list-missing", origin(route, table), "route "
                            + route.render() + " in " + table.label() + " sends the destinations of prefix list "
                            + list.prefixListId() + ", whose entries are not in the input: traces cannot match it "
                            + "and follow the table's other routes", "add the prefix list with its entries to the input "
                            + "(aws ec2 describe-managed-prefix-lists and get-managed-prefix-list-entries for a "
                            + "snapshot), or route its CIDRs directly"));
                }
                if (!exists(topology, route.target())) {
                    out.add(Diagnostic.warning("route.target-missing", origin(route, table), "route " + route.render()
                            + " in " + table.label() + " points at " + route.target().targetId()
                            + ", which is not in the input", "add the target to the input, or check the route"));
                }
            }
        }
        return out;
    }

    private static dev.plumbline.validator.model.Origin origin(Route route, RouteTable table) {
        return route.origin().isKnown() ? route.origin() : table.origin();
    }

    private static boolean exists(Topology topology, RouteTarget target) {
        if (target instanceof RouteTarget.InternetGateway t) {
            return topology.internetGateway(t.targetId()).isPresent();
        }
        if (target instanceof RouteTarget.NatGateway t) {
            return topology.natGateway(t.targetId()).isPresent();
        }
        if (target instanceof RouteTarget.NetworkInterface t) {
            return topology.networkInterface(t.targetId()).isPresent();
        }
        if (target instanceof RouteTarget.Instance t) {
            return topology.instance(t.targetId()).isPresent();
        }
        if (target instanceof RouteTarget.Peering t) {
            return topology.peering(t.targetId()).isPresent();
        }
        if (target instanceof RouteTarget.VpcEndpoint t) {
            return topology.vpcEndpoint(t.targetId()).isPresent();
        }
        return true;
    }
}
