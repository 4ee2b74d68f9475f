package dev.plumbline.validator.ingest.graph;

import dev.plumbline.validator.model.NatGateway;
import dev.plumbline.validator.model.Route;
import dev.plumbline.validator.model.elb.LoadBalancer;
import dev.plumbline.validator.model.elb.TargetGroup;
import dev.plumbline.validator.model.elb.TargetHealth;
import dev.plumbline.validator.model.endpoint.EndpointService;
import dev.plumbline.validator.model.lattice.AuthType;
import dev.plumbline.validator.model.lattice.HeaderMatch;
import dev.plumbline.validator.model.lattice.LatticeProtocol;
import dev.plumbline.validator.model.lattice.LatticeTargetGroup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Constants of Plumbline's graph format ({@code schemas/graph.schema.json}, version 1): the
 * top-level element arrays in order, and how the model's enums are spelled in the file (as AWS
 * APIs spell them where AWS has a spelling).
 */
public final class GraphFormat {

    public static final String FORMAT = "graph";
    public static final String SCHEMA = "graph.schema.json";
    public static final String SCHEMA_URI = "https://plumbline.dev/schemas/graph.schema.json";
    public static final int VERSION = 1;

    /** The top-level element arrays in file (and {@code Network}) order. */
    static final List<Kind> KINDS = List.of(
            new Kind("vpcs", "VPC"),
            new Kind("subnets", "subnet"),
            new Kind("routeTables", "route table"),
            new Kind("internetGateways", "internet gateway"),
            new Kind("elasticIps", "Elastic IP"),
            new Kind("natGateways", "NAT gateway"),
            new Kind("networkInterfaces", "network interface"),
            new Kind("instances", "instance"),
            new Kind("securityGroups", "security group"),
            new Kind("networkAcls", "network ACL"),
            new Kind("prefixLists", "prefix list"),
            new Kind("peeringConnections", "VPC peering connection"),
            new Kind("gatewayEndpoints", "gateway endpoint"),
            new Kind("interfaceEndpoints", "interface endpoint"),
            new Kind("gwlbEndpoints", "GWLB endpoint"),
            new Kind("endpointServices", "endpoint service"),
            new Kind("loadBalancers", "load balancer"),
            new Kind("targetGroups", "target group"),
            new Kind("listeners", "listener"),
            new Kind("serviceNetworks", "service network"),
            new Kind("vpcAssociations", "service network VPC association"),
            new Kind("serviceAssociations", "service network service association"),
            new Kind("latticeServices", "Lattice service"),
            new Kind("latticeListeners", "Lattice listener"),
            new Kind("latticeRules", "Lattice rule"),
            new Kind("latticeTargetGroups", "Lattice target group"));

    /** A top-level array ({@code subnets}) and the noun for one of its elements ({@code subnet}). */
    record Kind(String key, String noun) {
    }

    static final Map<String, Route.Source> ROUTE_SOURCES = spelled(
            "local", Route.Source.LOCAL, "static", Route.Source.STATIC,
            "gatewayEndpoint", Route.Source.GATEWAY_ENDPOINT, "propagated", Route.Source.PROPAGATED);
    static final Map<String, NatGateway.Connectivity> CONNECTIVITY = spelled(
            "public", NatGateway.Connectivity.PUBLIC, "private", NatGateway.Connectivity.PRIVATE);
    static final Map<String, LoadBalancer.Type> LB_TYPES = spelled(
            "network", LoadBalancer.Type.NETWORK, "gateway", LoadBalancer.Type.GATEWAY,
            "application", LoadBalancer.Type.APPLICATION);
    static final Map<String, TargetGroup.TargetType> TARGET_TYPES = spelled(
            "instance", TargetGroup.TargetType.INSTANCE, "ip", TargetGroup.TargetType.IP,
            "alb", TargetGroup.TargetType.ALB, "lambda", TargetGroup.TargetType.LAMBDA);
    static final Map<String, TargetGroup.Stickiness> STICKINESS = spelled(
            "5-tuple", TargetGroup.Stickiness.FIVE_TUPLE, "3-tuple", TargetGroup.Stickiness.THREE_TUPLE,
            "2-tuple", TargetGroup.Stickiness.TWO_TUPLE);
    static final Map<String, EndpointService.Kind> SERVICE_KINDS = spelled(
            "Interface", EndpointService.Kind.INTERFACE, "GatewayLoadBalancer", EndpointService.Kind.GATEWAY_LOAD_BALANCER);
    static final Map<String, TargetHealth> HEALTH = lowerCase(TargetHealth.values());
    static final Map<String, HeaderMatch.Type> HEADER_MATCH_TYPES = lowerCase(HeaderMatch.Type.values());
    static final Map<String, AuthType> AUTH_TYPES = upperCase(AuthType.values());
    static final Map<String, LatticeProtocol> LATTICE_PROTOCOLS = upperCase(LatticeProtocol.values());
    static final Map<String, LatticeTargetGroup.Type> LATTICE_TARGET_TYPES = upperCase(LatticeTargetGroup.Type.values());

    private GraphFormat() {
    }

    static Kind kind(String key) {
        for (Kind kind : KINDS) {
            if (kind.key().equals(key)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("not a graph element array: " + key);
    }

    /** How {@code value} is spelled in the file. */
    static <E> String spelling(Map<String, E> spellings, E value) {
        for (Map.Entry<String, E> entry : spellings.entrySet()) {
            if (entry.getValue().equals(value)) {
                return entry.getKey();
            }
        }
        throw new IllegalArgumentException("no spelling for " + value);
    }

    @SuppressWarnings("unchecked")
    private static <E> Map<String, E> spelled(Object... pairs) {
        Map<String, E> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (E) pairs[i + 1]);
        }
        return Map.copyOf(map);
    }

    private static <E extends Enum<E>> Map<String, E> lowerCase(E[] values) {
        Map<String, E> map = new LinkedHashMap<>();
        for (E value : values) {
            map.put(value.name().toLowerCase(Locale.ROOT), value);
        }
        return Map.copyOf(map);
    }

    private static <E extends Enum<E>> Map<String, E> upperCase(E[] values) {
        Map<String, E> map = new LinkedHashMap<>();
        for (E value : values) {
            map.put(value.name(), value);
        }
        return Map.copyOf(map);
    }
}
