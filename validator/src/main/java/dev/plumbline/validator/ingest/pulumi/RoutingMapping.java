package dev.plumbline.validator.ingest.pulumi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.Route;
import dev.plumbline.validator.model.RouteDestination;
import dev.plumbline.validator.model.RouteTable;
import dev.plumbline.validator.model.RouteTarget;
import dev.plumbline.validator.model.Vpc;
import dev.plumbline.validator.net.Prefix;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Route tables, their routes (inline {@code routes} and separate {@code aws:ec2/route:Route}
 * resources), subnet and gateway (edge) associations, and which table is the VPC's main table.
 * Every table gets a {@code local} route per VPC CIDR, as AWS adds them.
 */
final class RoutingMapping {

    static final String ROUTE_TABLE = "aws:ec2/routeTable:RouteTable";
    static final String DEFAULT_ROUTE_TABLE = "aws:ec2/defaultRouteTable:DefaultRouteTable";
    static final String ROUTE = "aws:ec2/route:Route";
    static final String ASSOCIATION = "aws:ec2/routeTableAssociation:RouteTableAssociation";
    static final String MAIN_ASSOCIATION = "aws:ec2/mainRouteTableAssociation:MainRouteTableAssociation";

    /** Route target properties of the AWS provider, and the resource types each may name. */
    private static final Map<String, Set<String>> TARGETS = new LinkedHashMap<>();

    static {
        TARGETS.put("gatewayId", Set.of(VpcMapping.IGW, VpcMapping.VPN_GATEWAY, EndpointMapping.VPC_ENDPOINT));
        TARGETS.put("natGatewayId", Set.of(VpcMapping.NAT));
        TARGETS.put("networkInterfaceId", Set.of(ComputeMapping.ENI));
        TARGETS.put("instanceId", Set.of(ComputeMapping.INSTANCE));
        TARGETS.put("vpcPeeringConnectionId", Set.of(VpcMapping.PEERING));
        TARGETS.put("vpcEndpointId", Set.of(EndpointMapping.VPC_ENDPOINT));
        TARGETS.put("transitGatewayId", Set.of(VpcMapping.TRANSIT_GATEWAY));
        TARGETS.put("egressOnlyGatewayId", Set.of("aws:ec2/egressOnlyInternetGateway:EgressOnlyInternetGateway"));
        TARGETS.put("carrierGatewayId", Set.of());
        TARGETS.put("localGatewayId", Set.of());
        TARGETS.put("coreNetworkArn", Set.of());
    }

    private final MappingContext ctx;
    private final VpcMapping vpcs;

    RoutingMapping(MappingContext ctx, VpcMapping vpcs) {
        this.ctx = ctx;
        this.vpcs = vpcs;
    }

    void map() {
        Map<String, PulumiResource> mains = mainTables();
        for (PulumiResource r : ctx.ofType(ROUTE_TABLE)) {
            table(r, mains, false);
        }
        for (PulumiResource r : ctx.ofType(DEFAULT_ROUTE_TABLE)) {
            table(r, mains, true);
        }
        Map<String, List<PulumiResource>> unclaimed = unclaimedRoutesByTableOrVpc();
        for (Vpc vpc : vpcs.vpcs.values()) {
            if (!mains.containsKey(vpc.id())) {
                PulumiResource vpcResource = ctx.byModelId(vpc.id()).orElseThrow();
                String id = VpcMapping.output(vpcResource, "mainRouteTableId", vpcResource.urn() + "#main-route-table");
                List<Route> routes = new ArrayList<>(localRoutes(vpc));
                List<PulumiResource> candidates = new ArrayList<>(unclaimed.getOrDefault(id, List.of()));
                candidates.addAll(unclaimed.getOrDefault(VpcMapping.output(vpcResource, "defaultRouteTableId", "-"), List.of()));
                candidates.addAll(unclaimed.getOrDefault(vpcResource.urn(), List.of()));
                for (PulumiResource separate : candidates) {
                    if (!ctx.isMapped(separate) && inMainTable(separate, vpcResource, id)) {
                        ctx.markMapped(separate);
                        RouteTarget target = targets(separate, null, List.of(separate.merged())).get(0);
                        route(separate, separate.merged(), target, "").ifPresent(routes::add);
                    }
                }
                ctx.net.add(new RouteTable(id, vpc.name() + " main route table", vpc.id(), true, routes,
                        List.of(), List.of(), vpcResource.origin()));
            }
        }
        orphans(ROUTE, "route");
        orphans(ASSOCIATION, "route table association");
    }

    /**
     * Routes no table of the plan claimed, by their known {@code routeTableId}, and those whose table
     * is unknown by each resource their {@code routeTableId} depends on: the candidates for the main
     * tables AWS creates, found without scanning every route for every VPC.
     */
    private Map<String, List<PulumiResource>> unclaimedRoutesByTableOrVpc() {
        Map<String, List<PulumiResource>> unclaimed = new java.util.HashMap<>();
        for (PulumiResource route : ctx.ofType(ROUTE)) {
            if (ctx.isMapped(route)) {
                continue;
            }
            JsonNode value = route.value("routeTableId");
            if (PulumiValues.isKnown(value)) {
                unclaimed.computeIfAbsent(value.asText(), k -> new ArrayList<>()).add(route);
            } else {
                for (String urn : route.dependenciesOf("routeTableId")) {
                    unclaimed.computeIfAbsent(urn, k -> new ArrayList<>()).add(route);
                }
            }
        }
        return unclaimed;
    }

    /**
     * A Route added to the main table AWS created with the VPC ({@code routeTableId} set from the
     * VPC's {@code mainRouteTableId} or {@code defaultRouteTableId}): the id itself, or in a preview
     * an unknown value whose property dependencies name the VPC and no route table.
     */
    private boolean inMainTable(PulumiResource route, PulumiResource vpc, String mainTableId) {
        JsonNode value = route.value("routeTableId");
        if (PulumiValues.isKnown(value)) {
            String id = value.asText();
            return id.equals(mainTableId) || id.equals(VpcMapping.output(vpc, "defaultRouteTableId", "-"));
        }
        List<String> dependencies = route.dependenciesOf("routeTableId");
        return PulumiValues.isUnknown(value) && dependencies.contains(vpc.urn()) && dependencies.stream()
                .map(ctx::byUrn).flatMap(Optional::stream)
                .noneMatch(r -> r.type().equals(ROUTE_TABLE) || r.type().equals(DEFAULT_ROUTE_TABLE));
    }

    /**
     * Routes and associations no table of the plan claimed. When their {@code routeTableId} cannot be
     * told from the plan (a preview where it came from an output holding several tables' ids, say a
     * component's map), the route may change what is simulated: an error finding, not a silent drop.
     * When it names a table outside the plan, a note.
     */
    private void orphans(String type, String what) {
        for (PulumiResource r : ctx.ofType(type)) {
            if (ctx.isMapped(r)) {
                continue;
            }
            ctx.markMapped(r);
            Planned<String> table = ctx.ref(r, "routeTableId", Set.of(ROUTE_TABLE, DEFAULT_ROUTE_TABLE));
            if (table instanceof Planned.Unknown<String> unknown) {
                ctx.error(r, "routeTableId", "which route table the " + what + " belongs to cannot be told from the plan"
                        + (unknown.reason().isEmpty() ? "" : ": " + unknown.reason()) + "; it is left out of the simulation",
                        "reference the route table resource directly (not through a map or list output), or check the "
                                + "offline run or a stack export, which have every id");
            } else {
                ctx.info(r, r.urn() + ": the " + what + "'s route table " + table.orElse("(none)") + " is not in the plan; "
                        + "it is left out of the simulation");
            }
        }
    }

    /** VPC id to the resource that is its main table: a MainRouteTableAssociation's table, or a DefaultRouteTable. */
    private Map<String, PulumiResource> mainTables() {
        Map<String, PulumiResource> mains = new LinkedHashMap<>();
        for (PulumiResource association : ctx.ofType(MAIN_ASSOCIATION)) {
            Planned<String> vpc = ctx.ref(association, "vpcId", Set.of(VpcMapping.VPC));
            Planned<String> table = ctx.ref(association, "routeTableId", Set.of(ROUTE_TABLE));
            ctx.markMapped(association);
            ctx.byModelId(table.orElse("")).ifPresent(t -> mains.put(vpc.orElse(""), t));
        }
        for (PulumiResource table : ctx.ofType(DEFAULT_ROUTE_TABLE)) {
            for (PulumiResource vpc : ctx.ofType(VpcMapping.VPC)) {
                if (vpcs.managesDefault(vpc, DEFAULT_ROUTE_TABLE)) {
                    mains.putIfAbsent(MappingContext.modelId(vpc), table);
                }
            }
        }
        return mains;
    }

    private void table(PulumiResource r, Map<String, PulumiResource> mains, boolean isDefault) {
        ctx.markMapped(r);
        String vpcId = isDefault ? mains.entrySet().stream().filter(e -> e.getValue() == r).map(Map.Entry::getKey)
                .findFirst().orElse("") : ctx.ref(r, "vpcId", Set.of(VpcMapping.VPC)).orElse("");
        Vpc vpc = vpcs.vpcs.get(vpcId);
        if (vpc == null) {
            ctx.error(r, "vpcId", "the route table's VPC is not in the plan", "create the route table in a VPC of the plan");
            return;
        }
        String id = MappingContext.modelId(r);
        List<Route> routes = new ArrayList<>(localRoutes(vpc));
        List<JsonNode> inline = MappingContext.list(r.value("routes"));
        List<RouteTarget> targets = targets(r, "routes", inline);
        for (int i = 0; i < inline.size(); i++) {
            route(r, inline.get(i), targets.get(i), "routes[" + i + "]").ifPresent(routes::add);
        }
        for (PulumiResource separate : ctx.referencing(ROUTE, "routeTableId", Set.of(ROUTE_TABLE, DEFAULT_ROUTE_TABLE), id)) {
            ctx.markMapped(separate);
            RouteTarget target = targets(separate, null, List.of(separate.merged())).get(0);
            route(separate, separate.merged(), target, "").ifPresent(routes::add);
        }
        List<String> subnets = new ArrayList<>();
        List<String> gateways = new ArrayList<>();
        for (PulumiResource association : ctx.referencing(ASSOCIATION, "routeTableId", Set.of(ROUTE_TABLE,
                DEFAULT_ROUTE_TABLE), id)) {
            ctx.markMapped(association);
            ctx.ref(association, "subnetId", Set.of(VpcMapping.SUBNET)).toOptional().ifPresent(subnets::add);
            ctx.ref(association, "gatewayId", Set.of(VpcMapping.IGW, VpcMapping.VPN_GATEWAY)).toOptional()
                    .ifPresent(gateways::add);
        }
        boolean main = mains.get(vpcId) == r;
        ctx.net.add(new RouteTable(id, r.name(), vpcId, main, routes, subnets, gateways, r.origin()));
    }



    /**
     * The targets of a list of routes, resolved together per target kind (the property
     * dependencies of {@code routes} name every target of every route at once). For a separate
     * route resource {@code property} is null and each target property has its own dependencies.
     */
    private List<RouteTarget> targets(PulumiResource owner, String property, List<JsonNode> routes) {
        List<RouteTarget> out = new ArrayList<>();
        for (JsonNode route : routes) {
            out.add(null);
        }
        for (Map.Entry<String, Set<String>> kind : TARGETS.entrySet()) {
            List<MappingContext.Slot> slots = new ArrayList<>();
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < routes.size(); i++) {
                JsonNode value = routes.get(i).get(kind.getKey());
                if (value != null && !value.isNull() && !(value.isTextual() && value.asText().isEmpty())) {
                    String destination = MappingContext.text(routes.get(i), "cidrBlock")
                            + MappingContext.text(routes.get(i), "destinationCidrBlock");
                    slots.add(new MappingContext.Slot(value, kind.getValue(), destination,
                            (property == null ? "" : property + "[" + i + "].") + kind.getKey()));
                    positions.add(i);
                }
            }
            if (slots.isEmpty()) {
                continue;
            }
            List<Planned<String>> resolved = ctx.refs(owner, property == null ? kind.getKey() : property, slots);
            for (int k = 0; k < positions.size(); k++) {
                out.set(positions.get(k), target(kind.getKey(), resolved.get(k), slots.get(k).value()));
            }
        }
        return out;
    }

    private RouteTarget target(String property, Planned<String> id, JsonNode raw) {
        if (id instanceof Planned.Unknown<String> unknown) {
            return new RouteTarget.Unresolved(unknown);
        }
        String value = id.orElse("");
        Optional<PulumiResource> resource = ctx.byModelId(value);
        String type = resource.map(PulumiResource::type).orElse("");
        return switch (property) {
            case "gatewayId" -> {
                if (value.equals("local")) {
                    yield new RouteTarget.Local();
                }
                if (type.equals(VpcMapping.VPN_GATEWAY) || value.startsWith("vgw-")) {
                    yield new RouteTarget.VpnGateway(value);
                }
                if (type.equals(EndpointMapping.VPC_ENDPOINT) || value.startsWith("vpce-")) {
                    yield new RouteTarget.VpcEndpoint(value);
                }
                yield new RouteTarget.InternetGateway(value);
            }
            case "natGatewayId" -> new RouteTarget.NatGateway(value);
            case "networkInterfaceId" -> new RouteTarget.NetworkInterface(value);
            case "instanceId" -> new RouteTarget.Instance(value);
            case "vpcPeeringConnectionId" -> new RouteTarget.Peering(value);
            case "vpcEndpointId" -> new RouteTarget.VpcEndpoint(value);
            case "transitGatewayId" -> new RouteTarget.TransitGateway(value);
            case "egressOnlyGatewayId" -> new RouteTarget.EgressOnlyInternetGateway(value);
            default -> new RouteTarget.Opaque(property.replace("Id", "").replace("Arn", ""), value);
        };
    }

    /** One route from an inline entry or a Route resource; empty (with a note) when it cannot be placed. */
    private Optional<Route> route(PulumiResource owner, JsonNode entry, RouteTarget target, String path) {
        String prefix = path.isEmpty() ? "" : path + ".";
        JsonNode cidrValue = entry.has("cidrBlock") ? entry.get("cidrBlock") : entry.get("destinationCidrBlock");
        JsonNode listValue = entry.get("destinationPrefixListId");
        RouteDestination destination;
        if (PulumiValues.isKnown(listValue) && !listValue.asText().isEmpty()) {
            destination = new RouteDestination.PrefixListRef(listValue.asText());
        } else if (PulumiValues.isKnown(cidrValue) && !cidrValue.asText().isEmpty()) {
            Optional<Prefix> cidr = ctx.cidr(owner, cidrValue, prefix + "destinationCidrBlock");
            if (cidr.isEmpty()) {
                return Optional.empty();
            }
            destination = new RouteDestination.Cidr(cidr.get());
        } else if (PulumiValues.isUnknown(cidrValue) || PulumiValues.isUnknown(listValue)) {
            ctx.error(owner, prefix + "destinationCidrBlock", "the route's destination is not known from the plan",
                    "use a destination known before apply");
            return Optional.empty();
        } else {
            JsonNode ipv6 = entry.get("ipv6CidrBlock") != null ? entry.get("ipv6CidrBlock") : entry.get("destinationIpv6CidrBlock");
            if (PulumiValues.isKnown(ipv6)) {
                ctx.info(owner, owner.urn() + ": IPv6 route " + ipv6.asText() + " skipped: Plumbline models IPv4 only");
                return Optional.empty();
            }
            ctx.error(owner, prefix + "destinationCidrBlock", "a route needs a destination CIDR or prefix list",
                    "set destinationCidrBlock or destinationPrefixListId");
            return Optional.empty();
        }
        if (target == null) {
            ctx.error(owner, path.isEmpty() ? "target" : path, "the route names no target", "set a target such as gatewayId or natGatewayId");
            return Optional.empty();
        }
        return Optional.of(new Route(destination, target, Route.Source.STATIC, false,
                path.isEmpty() ? owner.origin() : owner.origin().child("/inputs/" + path.replace('[', '/').replace("]", ""))));
    }

    static List<Route> localRoutes(Vpc vpc) {
        List<Route> routes = new ArrayList<>();
        for (Prefix cidr : vpc.cidrs()) {
            routes.add(new Route(new RouteDestination.Cidr(cidr), new RouteTarget.Local(), Route.Source.LOCAL, false,
                    vpc.origin()));
        }
        return routes;
    }
}
