package dev.plumbline.validator.ingest.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.validator.model.AclEntry;
import dev.plumbline.validator.model.ElasticIp;
import dev.plumbline.validator.model.Instance;
import dev.plumbline.validator.model.InternetGateway;
import dev.plumbline.validator.model.NatAddress;
import dev.plumbline.validator.model.NatGateway;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.model.NetworkAcl;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.PeeringConnection;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.PrefixList;
import dev.plumbline.validator.model.Route;
import dev.plumbline.validator.model.RouteDestination;
import dev.plumbline.validator.model.RouteTable;
import dev.plumbline.validator.model.RouteTarget;
import dev.plumbline.validator.model.SecurityGroup;
import dev.plumbline.validator.model.SgPeer;
import dev.plumbline.validator.model.SgRule;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.model.Vpc;
import dev.plumbline.validator.model.elb.HealthCheck;
import dev.plumbline.validator.model.elb.LbZone;
import dev.plumbline.validator.model.elb.Listener;
import dev.plumbline.validator.model.elb.LoadBalancer;
import dev.plumbline.validator.model.elb.Target;
import dev.plumbline.validator.model.elb.TargetGroup;
import dev.plumbline.validator.model.elb.TargetHealth;
import dev.plumbline.validator.model.endpoint.EndpointConnection;
import dev.plumbline.validator.model.endpoint.EndpointService;
import dev.plumbline.validator.model.endpoint.GatewayEndpoint;
import dev.plumbline.validator.model.endpoint.GwlbEndpoint;
import dev.plumbline.validator.model.endpoint.InterfaceEndpoint;
import dev.plumbline.validator.model.lattice.AuthType;
import dev.plumbline.validator.model.lattice.HeaderMatch;
import dev.plumbline.validator.model.lattice.HttpMatch;
import dev.plumbline.validator.model.lattice.LatticeAction;
import dev.plumbline.validator.model.lattice.LatticeListener;
import dev.plumbline.validator.model.lattice.LatticeProtocol;
import dev.plumbline.validator.model.lattice.LatticeRule;
import dev.plumbline.validator.model.lattice.LatticeService;
import dev.plumbline.validator.model.lattice.LatticeTarget;
import dev.plumbline.validator.model.lattice.LatticeTargetGroup;
import dev.plumbline.validator.model.lattice.PathMatch;
import dev.plumbline.validator.model.lattice.ServiceAssociation;
import dev.plumbline.validator.model.lattice.ServiceNetwork;
import dev.plumbline.validator.model.lattice.VpcAssociation;
import dev.plumbline.validator.model.lattice.WeightedTargetGroup;
import dev.plumbline.validator.net.Prefix;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Maps a schema-valid graph tree to the model: every element with its origin (file and JSON
 * pointer), absent keys filled in per {@link GraphDefaults}, the {@code local} routes and
 * gateway-endpoint routes AWS would add, values parsed strictly. Problems go to {@link Problems};
 * an element with a problem is left out of the network (which is then never returned).
 */
final class GraphMapper {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode root;
    private final Problems problems;
    private final Map<String, Vpc> vpcs = new LinkedHashMap<>();
    private final Map<String, Subnet> subnets = new LinkedHashMap<>();
    private final Map<String, LoadBalancer> loadBalancers = new LinkedHashMap<>();
    private final List<NetworkInterface> interfaces = new ArrayList<>();
    private Map<String, List<String>> interfacesByOwner = Map.of();

    GraphMapper(JsonNode root, Problems problems) {
        this.root = root;
        this.problems = problems;
    }

    Network map() {
        Network.Builder network = Network.builder();
        map("vpcs", this::vpc).forEach(vpc -> vpcs.put(vpc.id(), vpc));
        map("subnets", this::subnet).forEach(subnet -> subnets.put(subnet.id(), subnet));
        interfaces.addAll(map("networkInterfaces", this::networkInterface));
        interfacesByOwner = GraphDefaults.interfacesByOwner(interfaces);
        map("loadBalancers", this::loadBalancer).forEach(lb -> loadBalancers.put(lb.id(), lb));
        List<GatewayEndpoint> gatewayEndpoints = map("gatewayEndpoints", this::gatewayEndpoint);

        network.vpcs.addAll(vpcs.values());
        network.subnets.addAll(subnets.values());
        network.routeTables.addAll(withImplicitRoutes(map("routeTables", this::routeTable), gatewayEndpoints));
        network.internetGateways.addAll(map("internetGateways", this::internetGateway));
        network.elasticIps.addAll(map("elasticIps", this::elasticIp));
        network.natGateways.addAll(map("natGateways", this::natGateway));
        network.networkInterfaces.addAll(interfaces);
        network.instances.addAll(map("instances", this::instance));
        network.securityGroups.addAll(map("securityGroups", this::securityGroup));
        network.networkAcls.addAll(map("networkAcls", this::networkAcl));
        network.prefixLists.addAll(map("prefixLists", this::prefixList));
        network.peeringConnections.addAll(map("peeringConnections", this::peeringConnection));
        network.vpcEndpoints.addAll(gatewayEndpoints);
        network.vpcEndpoints.addAll(map("interfaceEndpoints", this::interfaceEndpoint));
        network.vpcEndpoints.addAll(map("gwlbEndpoints", this::gwlbEndpoint));
        network.endpointServices.addAll(map("endpointServices", this::endpointService));
        network.loadBalancers.addAll(loadBalancers.values());
        network.targetGroups.addAll(map("targetGroups", this::targetGroup));
        network.listeners.addAll(map("listeners", this::listener));
        network.serviceNetworks.addAll(map("serviceNetworks", this::serviceNetwork));
        network.vpcAssociations.addAll(map("vpcAssociations", this::vpcAssociation));
        network.serviceAssociations.addAll(map("serviceAssociations", this::serviceAssociation));
        network.latticeServices.addAll(map("latticeServices", this::latticeService));
        network.latticeListeners.addAll(map("latticeListeners", this::latticeListener));
        network.latticeRules.addAll(map("latticeRules", this::latticeRule));
        network.latticeTargetGroups.addAll(map("latticeTargetGroups", this::latticeTargetGroup));
        return network.build();
    }

    private <T> List<T> map(String key, Function<GraphNode, T> element) {
        List<T> elements = new ArrayList<>();
        for (GraphNode node : new GraphNode(root, "", problems).items(key)) {
            int before = problems.count();
            try {
                T mapped = element.apply(node);
                if (problems.count() == before) {
                    elements.add(mapped);
                }
            } catch (IllegalArgumentException e) {
                problems.add(GraphNode.RULE_VALUE, node.pointer(), e.getMessage(),
                        "see schemas/" + GraphFormat.SCHEMA + " for what this element accepts");
            }
        }
        return elements;
    }

    private Vpc vpc(GraphNode n) {
        return new Vpc(n.text("id"), n.text("name"), n.text("region"), n.text("accountId"), n.prefixes("cidrs"), n.origin(),
                n.text("accountScope"));
    }

    private Subnet subnet(GraphNode n) {
        return new Subnet(n.text("id"), n.text("name"), n.text("vpcId"), n.prefix("cidr"), n.text("azName"),
                n.plannedString("azId"), n.bool("mapPublicIpOnLaunch", false), n.origin());
    }

    private String vpcOfSubnet(String subnetId) {
        Subnet subnet = subnets.get(subnetId);
        return subnet == null ? "" : subnet.vpcId();
    }

    private RouteTable routeTable(GraphNode n) {
        List<Route> routes = n.items("routes").stream().map(this::route).toList();
        return new RouteTable(n.text("id"), n.text("name"), n.text("vpcId"), n.bool("main", false), routes,
                n.texts("subnetIds"), n.texts("edgeGatewayIds"), n.origin());
    }

    private Route route(GraphNode n) {
        RouteDestination destination = n.has("cidr") ? new RouteDestination.Cidr(n.prefix("cidr"))
                : new RouteDestination.PrefixListRef(n.text("prefixList"));
        RouteTarget target = routeTarget(n.json().get("target"));
        Route.Source source = n.choice("source", GraphFormat.ROUTE_SOURCES, GraphDefaults.routeSource(target));
        return new Route(destination, target, source, n.bool("blackhole", false), n.origin());
    }

    private static RouteTarget routeTarget(JsonNode target) {
        if (GraphNode.isUnknown(target)) {
            return new RouteTarget.Unresolved(GraphNode.unknown(target));
        }
        String kind = target.fieldNames().next();
        JsonNode value = target.get(kind);
        String id = value.asText();
        return switch (kind) {
            case "local" -> new RouteTarget.Local();
            case "internetGateway" -> new RouteTarget.InternetGateway(id);
            case "egressOnlyInternetGateway" -> new RouteTarget.EgressOnlyInternetGateway(id);
            case "natGateway" -> new RouteTarget.NatGateway(id);
            case "networkInterface" -> new RouteTarget.NetworkInterface(id);
            case "instance" -> new RouteTarget.Instance(id);
            case "peering" -> new RouteTarget.Peering(id);
            case "vpcEndpoint" -> new RouteTarget.VpcEndpoint(id);
            case "transitGateway" -> new RouteTarget.TransitGateway(id);
            case "vpnGateway" -> new RouteTarget.VpnGateway(id);
            case "opaque" -> new RouteTarget.Opaque(value.get("kind").asText(), value.get("id").asText());
            default -> throw new IllegalArgumentException("route target kind '" + kind + "' is not in the schema");
        };
    }

    /**
     * Adds what AWS puts in every table: a {@code local} route per VPC CIDR the table does not
     * route itself (first, as AWS lists them), and the route of each associated gateway endpoint
     * from its prefix list (last).
     */
    private List<RouteTable> withImplicitRoutes(List<RouteTable> tables, List<GatewayEndpoint> gatewayEndpoints) {
        Map<String, List<GatewayEndpoint>> endpointsByTable = new HashMap<>();
        for (GatewayEndpoint endpoint : gatewayEndpoints) {
            if (!endpoint.prefixListId().isEmpty()) {
                endpoint.routeTableIds().forEach(tableId ->
                        endpointsByTable.computeIfAbsent(tableId, id -> new ArrayList<>()).add(endpoint));
            }
        }
        List<RouteTable> completed = new ArrayList<>();
        for (RouteTable table : tables) {
            List<Route> routes = new ArrayList<>();
            Vpc vpc = vpcs.get(table.vpcId());
            for (Prefix cidr : vpc == null ? List.<Prefix>of() : vpc.cidrs()) {
                RouteDestination destination = new RouteDestination.Cidr(cidr);
                if (table.routes().stream().noneMatch(route -> route.destination().equals(destination))) {
                    routes.add(new Route(destination, new RouteTarget.Local(), Route.Source.LOCAL, false, table.origin()));
                }
            }
            routes.addAll(table.routes());
            for (GatewayEndpoint endpoint : endpointsByTable.getOrDefault(table.id(), List.of())) {
                RouteDestination destination = new RouteDestination.PrefixListRef(endpoint.prefixListId());
                if (routes.stream().noneMatch(route -> route.destination().equals(destination))) {
                    routes.add(new Route(destination, new RouteTarget.VpcEndpoint(endpoint.id()), Route.Source.GATEWAY_ENDPOINT,
                            false, endpoint.origin()));
                }
            }
            completed.add(new RouteTable(table.id(), table.name(), table.vpcId(), table.main(), routes, table.subnetIds(),
                    table.edgeGatewayIds(), table.origin()));
        }
        return completed;
    }

    private InternetGateway internetGateway(GraphNode n) {
        return new InternetGateway(n.text("id"), n.text("name"), n.texts("attachedVpcIds"), n.origin());
    }

    private ElasticIp elasticIp(GraphNode n) {
        return new ElasticIp(n.text("id"), n.text("name"), n.plannedIpv4("publicIp"), n.text("networkInterfaceId"),
                n.text("instanceId"), n.plannedIpv4("privateIp"), n.origin());
    }

    private NatGateway natGateway(GraphNode n) {
        List<NatAddress> addresses = new ArrayList<>();
        List<GraphNode> items = n.items("addresses");
        for (int i = 0; i < items.size(); i++) {
            GraphNode a = items.get(i);
            addresses.add(new NatAddress(a.plannedIpv4("privateIp"), a.plannedIpv4("publicIp"), a.text("allocationId"),
                    a.bool("primary", GraphDefaults.primary(i))));
        }
        String subnetId = n.text("subnetId");
        return new NatGateway(n.text("id"), n.text("name"), subnetId, n.text("vpcId", vpcOfSubnet(subnetId)),
                n.choice("connectivity", GraphFormat.CONNECTIVITY, NatGateway.Connectivity.PUBLIC),
                n.text("state", GraphDefaults.AVAILABLE), addresses, n.origin());
    }

    private NetworkInterface networkInterface(GraphNode n) {
        String subnetId = n.text("subnetId");
        return new NetworkInterface(n.text("id"), n.text("name"), subnetId, n.text("vpcId", vpcOfSubnet(subnetId)),
                n.text("interfaceType", GraphDefaults.INTERFACE_TYPE), n.text("attachedTo"), n.plannedIpv4("privateIp"),
                n.ipv4s("secondaryPrivateIps"), n.plannedIpv4("publicIp"), n.texts("securityGroupIds"),
                n.bool("sourceDestCheck", true), n.origin());
    }

    private Instance instance(GraphNode n) {
        String id = n.text("id");
        List<String> interfaceIds = n.has("networkInterfaceIds") ? n.texts("networkInterfaceIds")
                : attachedTo(id);
        return new Instance(id, n.text("name"), n.text("subnetId"), interfaceIds, n.text("state", GraphDefaults.RUNNING),
                n.origin());
    }

    private List<String> attachedTo(String ownerId) {
        return interfacesByOwner.getOrDefault(ownerId, List.of());
    }

    private SecurityGroup securityGroup(GraphNode n) {
        String id = n.text("id");
        boolean isDefault = n.bool("isDefault", false);
        List<SgRule> ingress = n.has("ingress") ? n.items("ingress").stream().map(this::sgRule).toList()
                : GraphDefaults.ingress(id, isDefault, n.origin());
        List<SgRule> egress = n.has("egress") ? n.items("egress").stream().map(this::sgRule).toList()
                : GraphDefaults.egress(n.origin());
        return new SecurityGroup(id, n.text("name"), n.text("vpcId"), isDefault, ingress, egress, n.origin());
    }

    private SgRule sgRule(GraphNode n) {
        SgPeer peer;
        if (n.has("cidr")) {
            peer = new SgPeer.Cidr(n.prefix("cidr"));
        } else if (n.has("prefixList")) {
            peer = new SgPeer.PrefixListRef(n.text("prefixList"));
        } else if (GraphNode.isUnknown(n.json().get("securityGroup"))) {
            peer = new SgPeer.Unresolved(GraphNode.unknown(n.json().get("securityGroup")));
        } else {
            peer = new SgPeer.Group(n.text("securityGroup"), n.text("ownerAccount"));
        }
        return new SgRule(n.trafficMatch(), peer, n.text("description"), n.origin());
    }

    private NetworkAcl networkAcl(GraphNode n) {
        boolean isDefault = n.bool("isDefault", false);
        List<AclEntry> entries = n.has("entries") ? n.items("entries").stream().map(this::aclEntry).toList()
                : GraphDefaults.aclEntries(isDefault, n.origin());
        return new NetworkAcl(n.text("id"), n.text("name"), n.text("vpcId"), isDefault, entries, n.texts("subnetIds"),
                n.origin());
    }

    private AclEntry aclEntry(GraphNode n) {
        Prefix cidr = n.prefix("cidr");
        return new AclEntry(n.integer("ruleNumber", 0), n.bool("egress", false), n.trafficMatch(),
                cidr == null ? Prefix.ANY : cidr, n.bool("allow", false), n.origin());
    }

    private PrefixList prefixList(GraphNode n) {
        List<Prefix> cidrs = n.prefixes("cidrs");
        return new PrefixList(n.text("id"), n.text("name"), cidrs, n.integer("maxEntries", cidrs.size()),
                n.bool("awsManaged", false), n.origin());
    }

    private PeeringConnection peeringConnection(GraphNode n) {
        String requester = n.text("requesterVpcId");
        String accepter = n.text("accepterVpcId");
        return new PeeringConnection(n.text("id"), n.text("name"), requester,
                n.has("requesterCidrs") ? n.prefixes("requesterCidrs") : GraphDefaults.peeringCidrs(requester, vpcs),
                accepter, n.has("accepterCidrs") ? n.prefixes("accepterCidrs") : GraphDefaults.peeringCidrs(accepter, vpcs),
                n.text("status", GraphDefaults.ACTIVE), n.origin());
    }

    private GatewayEndpoint gatewayEndpoint(GraphNode n) {
        return new GatewayEndpoint(n.text("id"), n.text("name"), n.text("vpcId"), n.text("serviceName"),
                n.text("state", GraphDefaults.AVAILABLE), n.texts("routeTableIds"), n.text("prefixListId"), n.origin());
    }

    private InterfaceEndpoint interfaceEndpoint(GraphNode n) {
        String id = n.text("id");
        List<String> subnetIds = n.texts("subnetIds");
        String vpcId = n.text("vpcId", subnetIds.isEmpty() ? "" : vpcOfSubnet(subnetIds.get(0)));
        List<String> interfaceIds = n.has("networkInterfaceIds") ? n.texts("networkInterfaceIds")
                : attachedTo(id);
        return new InterfaceEndpoint(id, n.text("name"), vpcId, n.plannedString("serviceName"),
                n.text("endpointServiceId"), n.text("serviceRegion"), subnetIds, interfaceIds, n.texts("securityGroupIds"),
                n.bool("privateDnsEnabled", true), n.text("state", GraphDefaults.AVAILABLE), n.text("ownerAccount"),
                n.texts("dnsNames"), n.origin());
    }

    private GwlbEndpoint gwlbEndpoint(GraphNode n) {
        String id = n.text("id");
        String subnetId = n.text("subnetId");
        List<String> attached = attachedTo(id);
        return new GwlbEndpoint(id, n.text("name"), n.text("vpcId", vpcOfSubnet(subnetId)), n.plannedString("serviceName"),
                n.text("endpointServiceId"), subnetId, n.text("networkInterfaceId", attached.isEmpty() ? "" : attached.get(0)),
                n.text("state", GraphDefaults.AVAILABLE), n.text("ownerAccount"), n.origin());
    }

    private EndpointService endpointService(GraphNode n) {
        List<String> loadBalancerArns = n.texts("loadBalancerArns");
        List<EndpointConnection> connections = n.items("connections").stream()
                .map(c -> new EndpointConnection(c.text("endpointId"), c.text("state"), c.text("ownerAccount"), c.origin()))
                .toList();
        return new EndpointService(n.text("id"), n.text("name"), n.plannedString("serviceName"),
                n.choice("serviceKind", GraphFormat.SERVICE_KINDS, GraphDefaults.serviceKind(loadBalancerArns, loadBalancers)),
                loadBalancerArns, n.bool("acceptanceRequired", true), n.texts("allowedPrincipals"),
                n.text("privateDnsName"), n.text("privateDnsState"), n.texts("supportedRegions"),
                n.has("supportedIpAddressTypes") ? n.texts("supportedIpAddressTypes") : GraphDefaults.IP_ADDRESS_TYPES,
                n.text("region"), n.text("ownerAccount"),
                n.has("availabilityZones") ? n.texts("availabilityZones")
                        : GraphDefaults.availabilityZones(loadBalancerArns, loadBalancers),
                n.text("state", GraphDefaults.SERVICE_AVAILABLE), connections, n.origin());
    }

    private LoadBalancer loadBalancer(GraphNode n) {
        LoadBalancer.Type type = n.choice("type", GraphFormat.LB_TYPES, LoadBalancer.Type.NETWORK);
        List<LbZone> zones = n.items("zones").stream().map(this::lbZone).toList();
        String vpcId = n.text("vpcId", zones.isEmpty() ? "" : vpcOfSubnet(zones.get(0).subnetId()));
        return new LoadBalancer(n.text("id"), n.text("name"), type, n.bool("internal", false), vpcId, zones,
                n.texts("securityGroupIds"), n.bool("crossZone", GraphDefaults.crossZone(type)),
                n.bool("enforceSgInboundOnPrivateLink", true), n.text("state", GraphDefaults.ACTIVE), n.origin());
    }

    private LbZone lbZone(GraphNode n) {
        Subnet subnet = subnets.get(n.text("subnetId"));
        String azName = n.text("azName", subnet == null ? "" : subnet.azName());
        Planned<String> azId = n.has("azId") || subnet == null ? n.plannedString("azId") : subnet.azId();
        return new LbZone(n.text("subnetId"), azName, azId, n.plannedIpv4s("addresses"));
    }

    private TargetGroup targetGroup(GraphNode n) {
        String protocol = n.text("protocol");
        int port = n.integer("port", 0);
        List<Target> targets = n.items("targets").stream()
                .map(t -> new Target(t.text("id"), t.integer("port", port), t.text("azName"),
                        t.choice("health", GraphFormat.HEALTH, TargetHealth.UNKNOWN), t.origin()))
                .toList();
        return new TargetGroup(n.text("id"), n.text("name"), protocol, port,
                n.choice("targetType", GraphFormat.TARGET_TYPES, TargetGroup.TargetType.INSTANCE), n.text("vpcId"),
                healthCheck(n.child("healthCheck"), GraphDefaults.healthCheck(protocol)),
                n.choice("stickiness", GraphFormat.STICKINESS, TargetGroup.Stickiness.FIVE_TUPLE),
                n.bool("rebalanceOnFailover", false), n.bool("proxyProtocolV2", false), n.optionalBool("crossZone"),
                targets, n.origin());
    }

    private static HealthCheck healthCheck(GraphNode n, HealthCheck base) {
        if (n == null) {
            return base;
        }
        String port = base.port();
        if (n.has("port")) {
            JsonNode value = n.json().get("port");
            port = value.isInt() ? Integer.toString(value.asInt()) : value.asText();
        }
        return new HealthCheck(n.bool("enabled", base.enabled()), n.text("protocol", base.protocol()), port,
                n.text("path", base.path()), n.integer("intervalSeconds", base.intervalSeconds()),
                n.integer("timeoutSeconds", base.timeoutSeconds()), n.integer("healthyThreshold", base.healthyThreshold()),
                n.integer("unhealthyThreshold", base.unhealthyThreshold()));
    }

    private Listener listener(GraphNode n) {
        return new Listener(n.text("id"), n.text("loadBalancerArn"), n.integer("port", 0), n.text("protocol"),
                n.texts("forwardTargetGroupArns"), n.origin());
    }

    private ServiceNetwork serviceNetwork(GraphNode n) {
        return new ServiceNetwork(n.text("id"), n.text("arn"), n.text("name"),
                n.choice("authType", GraphFormat.AUTH_TYPES, AuthType.NONE), policy(n), n.origin());
    }

    /** An auth policy written as a JSON object is kept as its compact JSON text. */
    private static String policy(GraphNode n) {
        JsonNode policy = n.json().get("authPolicy");
        if (policy == null) {
            return "";
        }
        if (policy.isTextual()) {
            return policy.asText();
        }
        try {
            return JSON.writeValueAsString(policy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed JSON object did not serialise", e);
        }
    }

    private VpcAssociation vpcAssociation(GraphNode n) {
        return new VpcAssociation(n.text("id"), n.text("serviceNetworkId"), n.text("vpcId"), n.texts("securityGroupIds"),
                n.text("status", GraphDefaults.LATTICE_ACTIVE), n.origin());
    }

    private ServiceAssociation serviceAssociation(GraphNode n) {
        return new ServiceAssociation(n.text("id"), n.text("serviceNetworkId"), n.text("serviceId"),
                n.text("status", GraphDefaults.LATTICE_ACTIVE), n.origin());
    }

    private LatticeService latticeService(GraphNode n) {
        return new LatticeService(n.text("id"), n.text("arn"), n.text("name"), n.plannedString("dnsName"),
                n.text("customDomainName"), n.choice("authType", GraphFormat.AUTH_TYPES, AuthType.NONE), policy(n),
                n.origin());
    }

    private LatticeListener latticeListener(GraphNode n) {
        LatticeProtocol protocol = n.choice("protocol", GraphFormat.LATTICE_PROTOCOLS, LatticeProtocol.HTTPS);
        return new LatticeListener(n.text("id"), n.text("serviceId"), n.text("name"), protocol,
                n.integer("port", GraphDefaults.latticePort(protocol)), action(n.child("defaultAction")), n.origin());
    }

    private static LatticeAction action(GraphNode n) {
        if (n.has("forward")) {
            return new LatticeAction.Forward(n.items("forward").stream()
                    .map(w -> new WeightedTargetGroup(w.plannedString("targetGroupId"), w.integer("weight", GraphDefaults.WEIGHT)))
                    .toList());
        }
        return new LatticeAction.FixedResponse(n.integer("fixedResponse", 0));
    }

    private LatticeRule latticeRule(GraphNode n) {
        GraphNode match = n.child("match");
        return new LatticeRule(n.text("id"), n.text("listenerId"), n.text("name"), n.integer("priority", 0),
                match == null ? HttpMatch.ANY : httpMatch(match), action(n.child("action")), n.origin());
    }

    private static HttpMatch httpMatch(GraphNode n) {
        GraphNode path = n.child("path");
        PathMatch pathMatch = path == null ? null
                : new PathMatch(path.text("value"), path.bool("exact", false), path.bool("caseSensitive", true));
        List<HeaderMatch> headers = n.items("headers").stream()
                .map(h -> new HeaderMatch(h.text("name"), h.choice("type", GraphFormat.HEADER_MATCH_TYPES, HeaderMatch.Type.EXACT),
                        h.text("value"), h.bool("caseSensitive", false)))
                .toList();
        return new HttpMatch(n.text("method"), pathMatch, headers);
    }

    private LatticeTargetGroup latticeTargetGroup(GraphNode n) {
        int port = n.integer("port", 0);
        List<LatticeTarget> targets = n.items("targets").stream()
                .map(t -> new LatticeTarget(t.text("id"), t.integer("port", port),
                        t.choice("health", GraphFormat.HEALTH, TargetHealth.UNKNOWN), t.origin()))
                .toList();
        return new LatticeTargetGroup(n.text("id"), n.text("arn"), n.text("name"),
                n.choice("type", GraphFormat.LATTICE_TARGET_TYPES, LatticeTargetGroup.Type.INSTANCE), port,
                n.text("protocol"), n.text("vpcId"), n.optionalBool("healthCheckEnabled"), targets, n.origin());
    }
}
