package dev.plumbline.validator.check.routing;

import dev.plumbline.validator.check.CheckContext;
import dev.plumbline.validator.check.Rule;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.Instance;
import dev.plumbline.validator.model.NetworkInterface;
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
 * An instance in a subnet that routes the internet to an internet gateway, but with no public or
 * Elastic IP: the gateway cannot translate its address, so it has no internet access at all.
 */
public final class PublicRouteWithoutPublicIp implements Rule {

    private static final Ipv4 PROBE = Ipv4.of(203, 0, 113, 10);

    @Override
    public String id() {
        return "internet.no-public-ip";
    }

    @Override
    public String family() {
        return "internet";
    }

    @Override
    public String description() {
        return "an instance in a subnet routed to an internet gateway, without a public IP";
    }

    /** The table's route for internet traffic when it leads to an internet gateway attached to the table's VPC. */
    private static Optional<dev.plumbline.validator.model.Route> routeToAttachedGateway(Topology topology, RouteTable table) {
        RouteLookup lookup = topology.compiled(table).lookup(PROBE);
        if (lookup.isEmpty() || lookup.isAmbiguous() || lookup.route().blackhole()
                || !(lookup.route().target() instanceof RouteTarget.InternetGateway igw)) {
            return Optional.empty();
        }
        boolean attached = topology.internetGateway(igw.targetId())
                .map(g -> g.attachedVpcIds().contains(table.vpcId())).orElse(false);
        return attached ? Optional.of(lookup.route()) : Optional.empty();
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        Topology topology = context.topology();
        List<Diagnostic> out = new ArrayList<>();
        java.util.Map<String, Optional<dev.plumbline.validator.model.Route>> internetRoute = new java.util.HashMap<>();
        for (Instance instance : topology.network().instances()) {
            Optional<NetworkInterface> eni = topology.networkInterface(instance.primaryInterfaceId());
            Optional<Subnet> subnet = eni.flatMap(e -> topology.subnet(e.subnetId()));
            Optional<RouteTable> table = subnet.flatMap(topology::effectiveRouteTable);
            if (eni.isEmpty() || table.isEmpty()) {
                continue;
            }
            Optional<dev.plumbline.validator.model.Route> toGateway = internetRoute.computeIfAbsent(table.get().id(),
                    id -> routeToAttachedGateway(topology, table.get()));
            boolean toIgw = toGateway.isPresent();
            if (toIgw && topology.publicAddressOf(eni.get()).isAbsent()) {
                out.add(Diagnostic.warning(id(), instance.origin(), instance.label() + " is in " + subnet.get().label()
                        + ", which routes the internet to " + toGateway.get().target().render()
                        + ", but it has no public or Elastic IP: it cannot reach the internet and the internet cannot reach it",
                        "give it a public IP (or an Elastic IP), or place it in a private subnet behind a NAT gateway"));
            }
        }
        return out;
    }
}
