package dev.plumbline.validator.check.gwlb;

import dev.plumbline.validator.model.InternetGateway;
import dev.plumbline.validator.model.NatGateway;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.Route;
import dev.plumbline.validator.model.RouteTable;
import dev.plumbline.validator.model.RouteTarget;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.model.Vpc;
import dev.plumbline.validator.model.elb.LoadBalancer;
import dev.plumbline.validator.model.elb.Target;
import dev.plumbline.validator.model.elb.TargetGroup;
import dev.plumbline.validator.model.endpoint.GwlbEndpoint;
import dev.plumbline.validator.model.endpoint.VpcEndpoint;
import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.sim.RouteLookup;
import dev.plumbline.validator.sim.TargetResolution;
import dev.plumbline.validator.sim.Topology;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How one VPC that has GWLB endpoints is laid out for inspection: its endpoints, the subnets that
 * hold inspection infrastructure (the endpoints, GWLB nodes, appliances, NAT gateways, which may
 * route to the internet gateway directly), and the workload subnets (every other subnet), which
 * inspection is meant to protect. The design is north-south when the VPC's internet gateway edge
 * table, or some subnet's route to the internet, targets a GWLB endpoint.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/userguide/gwlb-route.html">Routing for a GWLB</a>
 */
final class InspectionLayout {

    final Vpc vpc;
    final List<GwlbEndpoint> endpoints;
    final Set<String> infrastructureSubnets;
    final List<Subnet> workloadSubnets;
    final Optional<InternetGateway> internetGateway;
    final Optional<RouteTable> edgeTable;
    final boolean northSouth;
    private final Topology topology;

    private InspectionLayout(Topology topology, Vpc vpc, List<GwlbEndpoint> endpoints) {
        this.topology = topology;
        this.vpc = vpc;
        this.endpoints = endpoints;
        this.internetGateway = topology.internetGatewayOf(vpc.id());
        this.edgeTable = internetGateway.flatMap(g -> topology.edgeRouteTable(g.id()));
        this.infrastructureSubnets = infrastructure(topology, vpc, endpoints);
        this.workloadSubnets = topology.subnetsOf(vpc.id()).stream()
                .filter(s -> !infrastructureSubnets.contains(s.id())).toList();
        boolean edgeToEndpoint = edgeTable.map(t -> t.routes().stream().anyMatch(r -> isGwlbEndpoint(topology, r.target())))
                .orElse(false);
        boolean subnetToEndpoint = topology.subnetsOf(vpc.id()).stream()
                .anyMatch(s -> internetRoute(s).map(r -> isGwlbEndpoint(topology, r.target())).orElse(false));
        this.northSouth = internetGateway.isPresent() && (edgeToEndpoint || subnetToEndpoint);
    }

    /** One layout per VPC that has at least one GWLB endpoint, in input order. */
    static List<InspectionLayout> of(Topology topology) {
        List<InspectionLayout> layouts = new ArrayList<>();
        for (Vpc vpc : topology.network().vpcs()) {
            List<GwlbEndpoint> endpoints = new ArrayList<>();
            for (VpcEndpoint endpoint : topology.network().vpcEndpoints()) {
                if (endpoint instanceof GwlbEndpoint ge && vpcOf(topology, ge).equals(vpc.id())) {
                    endpoints.add(ge);
                }
            }
            if (!endpoints.isEmpty()) {
                layouts.add(new InspectionLayout(topology, vpc, endpoints));
            }
        }
        return layouts;
    }

    /** An address on the internet that no resource of the network owns. */
    Ipv4 internet() {
        return topology.internetStandIn();
    }

    /** The route table a subnet uses. */
    Optional<RouteTable> tableOf(Subnet subnet) {
        return topology.effectiveRouteTable(subnet);
    }

    /** The route a subnet's traffic to the internet takes, when exactly one route decides it. */
    Optional<Route> internetRoute(Subnet subnet) {
        Optional<RouteTable> table = topology.effectiveRouteTable(subnet);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        RouteLookup lookup = topology.compiled(table.get()).lookup(topology.internetStandIn());
        return lookup.isEmpty() || lookup.isAmbiguous() ? Optional.empty() : Optional.of(lookup.route());
    }

    /**
     * The GWLB endpoint that should inspect a workload subnet's traffic: the one its own route to
     * the internet uses, else the endpoint in its AZ.
     */
    Optional<GwlbEndpoint> endpointFor(Subnet subnet) {
        Optional<GwlbEndpoint> routed = internetRoute(subnet)
                .filter(r -> r.target() instanceof RouteTarget.VpcEndpoint)
                .flatMap(r -> topology.gwlbEndpoint(r.target().targetId()));
        if (routed.isPresent()) {
            return routed;
        }
        return endpoints.stream().filter(e -> topology.subnet(e.subnetId())
                .map(s -> Topology.sameZone(s.azName(), s.azId(), subnet.azName(), subnet.azId())).orElse(false))
                .findFirst();
    }

    static boolean isGwlbEndpoint(Topology topology, RouteTarget target) {
        return target instanceof RouteTarget.VpcEndpoint endpoint && topology.gwlbEndpoint(endpoint.targetId()).isPresent();
    }

    static String vpcOf(Topology topology, GwlbEndpoint endpoint) {
        if (!endpoint.vpcId().isEmpty()) {
            return endpoint.vpcId();
        }
        return topology.subnet(endpoint.subnetId()).map(Subnet::vpcId).orElse("");
    }

    /** Interfaces that are GWLB appliances: registered in a target group of a Gateway Load Balancer. */
    static Set<String> applianceInterfaces(Topology topology) {
        Set<String> ids = new LinkedHashSet<>();
        for (LoadBalancer lb : topology.network().loadBalancers()) {
            if (lb.type() != LoadBalancer.Type.GATEWAY) {
                continue;
            }
            for (TargetGroup group : topology.targetGroupsOf(lb.id())) {
                for (Target target : group.targets()) {
                    NetworkInterface eni = TargetResolution.interfaceOf(topology, target, group.vpcId());
                    if (eni != null) {
                        ids.add(eni.id());
                    }
                }
            }
        }
        return ids;
    }

    private static Set<String> infrastructure(Topology topology, Vpc vpc, List<GwlbEndpoint> endpoints) {
        Set<String> subnets = new LinkedHashSet<>();
        endpoints.forEach(e -> subnets.add(e.subnetId()));
        for (LoadBalancer lb : topology.network().loadBalancers()) {
            if (lb.type() == LoadBalancer.Type.GATEWAY) {
                topology.nodesOf(lb.id()).forEach(n -> subnets.add(n.subnet().id()));
            }
        }
        for (String eniId : applianceInterfaces(topology)) {
            topology.networkInterface(eniId).ifPresent(e -> subnets.add(e.subnetId()));
        }
        for (NatGateway nat : topology.network().natGateways()) {
            subnets.add(nat.subnetId());
        }
        subnets.removeIf(id -> topology.subnet(id).map(s -> !s.vpcId().equals(vpc.id())).orElse(true));
        return subnets;
    }
}
