package dev.plumbline.validator.ingest.graph;

import dev.plumbline.validator.model.AclEntry;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.Route;
import dev.plumbline.validator.model.RouteTarget;
import dev.plumbline.validator.model.SgPeer;
import dev.plumbline.validator.model.SgRule;
import dev.plumbline.validator.model.TrafficMatch;
import dev.plumbline.validator.model.Vpc;
import dev.plumbline.validator.model.elb.HealthCheck;
import dev.plumbline.validator.model.elb.LbZone;
import dev.plumbline.validator.model.elb.LoadBalancer;
import dev.plumbline.validator.model.endpoint.EndpointService;
import dev.plumbline.validator.model.lattice.LatticeProtocol;
import dev.plumbline.validator.net.Prefix;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an absent key of the graph format means. Most are what AWS does when it creates the
 * resource (a new security group allows all egress; a default network ACL allows all); some are
 * derived from other elements of the file (an interface's VPC is its subnet's). The reader fills
 * these in and the writer leaves out exactly what the reader would fill in, so a network written
 * and read back is the same network.
 */
final class GraphDefaults {

    static final String AVAILABLE = "available";
    static final String RUNNING = "running";
    static final String ACTIVE = "active";
    static final String SERVICE_AVAILABLE = "Available";
    static final String LATTICE_ACTIVE = "ACTIVE";
    static final String INTERFACE_TYPE = "interface";
    static final List<String> IP_ADDRESS_TYPES = List.of("ipv4");
    static final int DEFAULT_ACL_RULE_NUMBER = 100;
    static final int WEIGHT = 1;

    private GraphDefaults() {
    }

    /**
     * Inbound rules of a new group: none, except the VPC's default group, which allows all
     * traffic from its own members.
     *
     * @see <a href="https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html">Default security groups</a>
     */
    static List<SgRule> ingress(String groupId, boolean isDefault, Origin origin) {
        return isDefault ? List.of(new SgRule(TrafficMatch.ALL, new SgPeer.Group(groupId, ""), "", origin)) : List.of();
    }

    /** Outbound rules of a new group: all traffic to 0.0.0.0/0. */
    static List<SgRule> egress(Origin origin) {
        return List.of(new SgRule(TrafficMatch.ALL, new SgPeer.Cidr(Prefix.ANY), "", origin));
    }

    /** Rules of a new ACL: the default ACL allows all in both directions (rule 100); a custom one has none. */
    static List<AclEntry> aclEntries(boolean isDefault, Origin origin) {
        if (!isDefault) {
            return List.of();
        }
        return List.of(new AclEntry(DEFAULT_ACL_RULE_NUMBER, false, TrafficMatch.ALL, Prefix.ANY, true, origin),
                new AclEntry(DEFAULT_ACL_RULE_NUMBER, true, TrafficMatch.ALL, Prefix.ANY, true, origin));
    }

    static Route.Source routeSource(RouteTarget target) {
        return target instanceof RouteTarget.Local ? Route.Source.LOCAL : Route.Source.STATIC;
    }

    /** ALBs always balance across zones; NLBs and GWLBs do not by default. */
    static boolean crossZone(LoadBalancer.Type type) {
        return type == LoadBalancer.Type.APPLICATION;
    }

    /** The health check a target group gets when none is configured. */
    static HealthCheck healthCheck(String targetGroupProtocol) {
        if ("GENEVE".equals(targetGroupProtocol)) {
            return HealthCheck.GWLB_DEFAULT;
        }
        return new HealthCheck(true, targetGroupProtocol, "traffic-port", "", 30, 10, 5, 2);
    }

    static int latticePort(LatticeProtocol protocol) {
        return protocol == LatticeProtocol.HTTP ? 80 : 443;
    }

    /** For each owner, the interfaces whose {@code attachedTo} names it, in network order. */
    static Map<String, List<String>> interfacesByOwner(List<NetworkInterface> interfaces) {
        Map<String, List<String>> byOwner = new HashMap<>();
        for (NetworkInterface eni : interfaces) {
            if (!eni.attachedTo().isEmpty()) {
                byOwner.computeIfAbsent(eni.attachedTo(), owner -> new ArrayList<>()).add(eni.id());
            }
        }
        return byOwner;
    }

    /** {@code GatewayLoadBalancer} when every load balancer named is a known GWLB, else {@code Interface}. */
    static EndpointService.Kind serviceKind(List<String> loadBalancerArns, Map<String, LoadBalancer> loadBalancers) {
        if (loadBalancerArns.isEmpty()) {
            return EndpointService.Kind.INTERFACE;
        }
        for (String arn : loadBalancerArns) {
            LoadBalancer lb = loadBalancers.get(arn);
            if (lb == null || lb.type() != LoadBalancer.Type.GATEWAY) {
                return EndpointService.Kind.INTERFACE;
            }
        }
        return EndpointService.Kind.GATEWAY_LOAD_BALANCER;
    }

    /** The AZ names of the zones of the load balancers named, first seen first. */
    static List<String> availabilityZones(List<String> loadBalancerArns, Map<String, LoadBalancer> loadBalancers) {
        Set<String> names = new LinkedHashSet<>();
        for (String arn : loadBalancerArns) {
            LoadBalancer lb = loadBalancers.get(arn);
            if (lb != null) {
                for (LbZone zone : lb.zones()) {
                    if (!zone.azName().isEmpty()) {
                        names.add(zone.azName());
                    }
                }
            }
        }
        return List.copyOf(names);
    }

    /** A peering side's CIDRs: the VPC's when it is in the network, else none. */
    static List<Prefix> peeringCidrs(String vpcId, Map<String, Vpc> vpcs) {
        Vpc vpc = vpcs.get(vpcId);
        return vpc == null ? List.of() : vpc.cidrs();
    }

    static boolean primary(int addressIndex) {
        return addressIndex == 0;
    }

    static boolean sameRules(List<SgRule> a, List<SgRule> b) {
        return a.stream().map(GraphDefaults::withoutOrigin).toList()
                .equals(b.stream().map(GraphDefaults::withoutOrigin).toList());
    }

    static boolean sameEntries(List<AclEntry> a, List<AclEntry> b) {
        return a.stream().map(GraphDefaults::withoutOrigin).toList()
                .equals(b.stream().map(GraphDefaults::withoutOrigin).toList());
    }

    private static SgRule withoutOrigin(SgRule rule) {
        return new SgRule(rule.match(), rule.peer(), rule.description(), Origin.NONE);
    }

    private static AclEntry withoutOrigin(AclEntry entry) {
        return new AclEntry(entry.ruleNumber(), entry.egress(), entry.match(), entry.cidr(), entry.allow(), Origin.NONE);
    }
}
