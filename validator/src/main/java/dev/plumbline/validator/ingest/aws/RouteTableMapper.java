package dev.plumbline.validator.ingest.aws;

import dev.plumbline.validator.model.Route;
import dev.plumbline.validator.model.RouteDestination;
import dev.plumbline.validator.model.RouteTable;
import dev.plumbline.validator.model.RouteTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps {@code describe-route-tables}. A table is the VPC's main table when one of its associations
 * says {@code Main}; an association with a {@code SubnetId} is explicit, one with a
 * {@code GatewayId} is an edge association (a gateway route table). Associations not in state
 * {@code associated} are left out. Route origins: {@code CreateRouteTable} is the local route,
 * {@code CreateRoute} a static route (or, with a prefix-list destination and a gateway endpoint
 * target, the route the endpoint added), {@code EnableVgwRoutePropagation} a propagated route.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Route.html">Route</a>
 */
final class RouteTableMapper {

    private final IngestLog log;
    private final SnapshotIndex index;
    private final NetworkSink sink;

    RouteTableMapper(IngestLog log, SnapshotIndex index, NetworkSink sink) {
        this.log = log;
        this.index = index;
        this.sink = sink;
    }

    void map(RegionSnapshot region) {
        region.entries("RouteTables").forEach(this::routeTable);
    }

    private void routeTable(Located table) {
        String id = table.text("RouteTableId");
        boolean main = false;
        List<String> subnets = new ArrayList<>();
        List<String> edges = new ArrayList<>();
        for (Located association : table.items("Associations")) {
            String state = association.child("AssociationState").text("State");
            if (!state.isEmpty() && !"associated".equals(state)) {
                log.info(IngestLog.SKIPPED, association.origin(),
                        "skipped an association of " + id + ": its state is " + state, "");
                continue;
            }
            main |= association.bool("Main", false);
            association.optionalText("SubnetId").ifPresent(subnets::add);
            association.optionalText("GatewayId").ifPresent(edges::add);
        }
        List<Route> routes = new ArrayList<>();
        for (Located route : table.items("Routes")) {
            route(id, route).ifPresent(routes::add);
        }
        sink.add(new RouteTable(id, table.name(), table.text("VpcId"), main, routes, subnets, edges, table.origin()));
    }

    private Optional<Route> route(String tableId, Located route) {
        if (!route.has("DestinationCidrBlock") && !route.has("DestinationPrefixListId")) {
            if (route.has("DestinationIpv6CidrBlock")) {
                log.skippedIpv6(route, "IPv6 route " + route.text("DestinationIpv6CidrBlock") + " of " + tableId);
            } else {
                log.error(IngestLog.BAD_VALUE, route.origin(), "the route names no destination",
                        "expected DestinationCidrBlock, DestinationPrefixListId or DestinationIpv6CidrBlock");
            }
            return Optional.empty();
        }
        Optional<RouteTarget> target = target(route);
        if (target.isEmpty()) {
            log.error(IngestLog.BAD_VALUE, route.origin(), "the route names no target",
                    "expected one of GatewayId, NatGatewayId, NetworkInterfaceId, InstanceId, VpcPeeringConnectionId,"
                            + " TransitGatewayId, EgressOnlyInternetGatewayId, LocalGatewayId, CarrierGatewayId, CoreNetworkArn");
            return Optional.empty();
        }
        RouteDestination destination;
        if (route.has("DestinationCidrBlock")) {
            var cidr = log.prefix(route, "DestinationCidrBlock");
            if (cidr.isEmpty()) {
                return Optional.empty();
            }
            destination = new RouteDestination.Cidr(cidr.get());
        } else {
            destination = new RouteDestination.PrefixListRef(route.text("DestinationPrefixListId"));
        }
        return Optional.of(new Route(destination, target.get(), source(route, destination, target.get()),
                "blackhole".equals(route.text("State")), route.origin()));
    }

    private Route.Source source(Located route, RouteDestination destination, RouteTarget target) {
        switch (route.text("Origin")) {
            case "CreateRouteTable":
                return Route.Source.LOCAL;
            case "EnableVgwRoutePropagation":
                return Route.Source.PROPAGATED;
            case "":
                if (target instanceof RouteTarget.Local) {
                    return Route.Source.LOCAL;
                }
                break;
            default:
                break;
        }
        boolean endpointRoute = destination instanceof RouteDestination.PrefixListRef
                && target instanceof RouteTarget.VpcEndpoint endpoint
                && (index.isGatewayEndpoint(endpoint.targetId()) || !index.isKnownEndpoint(endpoint.targetId()));
        return endpointRoute ? Route.Source.GATEWAY_ENDPOINT : Route.Source.STATIC;
    }

    /**
     * The route's target. A route to an instance names both the instance and its interface; the
     * interface is what traffic is sent to, so it wins.
     */
    static Optional<RouteTarget> target(Located route) {
        if (route.has("NatGatewayId")) {
            return Optional.of(new RouteTarget.NatGateway(route.text("NatGatewayId")));
        }
        if (route.has("TransitGatewayId")) {
            return Optional.of(new RouteTarget.TransitGateway(route.text("TransitGatewayId")));
        }
        if (route.has("VpcPeeringConnectionId")) {
            return Optional.of(new RouteTarget.Peering(route.text("VpcPeeringConnectionId")));
        }
        if (route.has("EgressOnlyInternetGatewayId")) {
            return Optional.of(new RouteTarget.EgressOnlyInternetGateway(route.text("EgressOnlyInternetGatewayId")));
        }
        if (route.has("LocalGatewayId")) {
            return Optional.of(new RouteTarget.Opaque("local gateway", route.text("LocalGatewayId")));
        }
        if (route.has("CarrierGatewayId")) {
            return Optional.of(new RouteTarget.Opaque("carrier gateway", route.text("CarrierGatewayId")));
        }
        if (route.has("CoreNetworkArn")) {
            return Optional.of(new RouteTarget.Opaque("core network", route.text("CoreNetworkArn")));
        }
        if (route.has("NetworkInterfaceId")) {
            return Optional.of(new RouteTarget.NetworkInterface(route.text("NetworkInterfaceId")));
        }
        if (route.has("InstanceId")) {
            return Optional.of(new RouteTarget.Instance(route.text("InstanceId")));
        }
        String gateway = route.text("GatewayId");
        if (gateway.isEmpty()) {
            return Optional.empty();
        }
        if ("local".equals(gateway)) {
            return Optional.of(new RouteTarget.Local());
        }
        if (gateway.startsWith("igw-")) {
            return Optional.of(new RouteTarget.InternetGateway(gateway));
        }
        if (gateway.startsWith("vgw-")) {
            return Optional.of(new RouteTarget.VpnGateway(gateway));
        }
        if (gateway.startsWith("vpce-")) {
            return Optional.of(new RouteTarget.VpcEndpoint(gateway));
        }
        return Optional.of(new RouteTarget.Opaque("gateway", gateway));
    }
}
