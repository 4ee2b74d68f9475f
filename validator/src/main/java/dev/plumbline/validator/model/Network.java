package dev.plumbline.validator.model;

import dev.plumbline.validator.model.elb.Listener;
import dev.plumbline.validator.model.elb.LoadBalancer;
import dev.plumbline.validator.model.elb.TargetGroup;
import dev.plumbline.validator.model.endpoint.EndpointService;
import dev.plumbline.validator.model.endpoint.VpcEndpoint;
import dev.plumbline.validator.model.lattice.LatticeListener;
import dev.plumbline.validator.model.lattice.LatticeRule;
import dev.plumbline.validator.model.lattice.LatticeService;
import dev.plumbline.validator.model.lattice.LatticeTargetGroup;
import dev.plumbline.validator.model.lattice.ServiceAssociation;
import dev.plumbline.validator.model.lattice.ServiceNetwork;
import dev.plumbline.validator.model.lattice.VpcAssociation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The whole vendor-neutral network: every element by kind, in input order. Immutable; build one
 * with {@link #builder()}. Readers of each input format (graph file, AWS describe snapshot, Pulumi
 * plan) produce this and nothing past them sees the input's shape.
 */
public record Network(
        List<Vpc> vpcs,
        List<Subnet> subnets,
        List<RouteTable> routeTables,
        List<InternetGateway> internetGateways,
        List<ElasticIp> elasticIps,
        List<NatGateway> natGateways,
        List<NetworkInterface> networkInterfaces,
        List<Instance> instances,
        List<SecurityGroup> securityGroups,
        List<NetworkAcl> networkAcls,
        List<PrefixList> prefixLists,
        List<PeeringConnection> peeringConnections,
        List<VpcEndpoint> vpcEndpoints,
        List<EndpointService> endpointServices,
        List<LoadBalancer> loadBalancers,
        List<TargetGroup> targetGroups,
        List<Listener> listeners,
        List<ServiceNetwork> serviceNetworks,
        List<VpcAssociation> vpcAssociations,
        List<ServiceAssociation> serviceAssociations,
        List<LatticeService> latticeServices,
        List<LatticeListener> latticeListeners,
        List<LatticeRule> latticeRules,
        List<LatticeTargetGroup> latticeTargetGroups) {

    public Network {
        vpcs = Canonical.list(vpcs);
        subnets = Canonical.list(subnets);
        routeTables = Canonical.list(routeTables);
        internetGateways = Canonical.list(internetGateways);
        elasticIps = Canonical.list(elasticIps);
        natGateways = Canonical.list(natGateways);
        networkInterfaces = Canonical.list(networkInterfaces);
        instances = Canonical.list(instances);
        securityGroups = Canonical.list(securityGroups);
        networkAcls = Canonical.list(networkAcls);
        prefixLists = Canonical.list(prefixLists);
        peeringConnections = Canonical.list(peeringConnections);
        vpcEndpoints = Canonical.list(vpcEndpoints);
        endpointServices = Canonical.list(endpointServices);
        loadBalancers = Canonical.list(loadBalancers);
        targetGroups = Canonical.list(targetGroups);
        listeners = Canonical.list(listeners);
        serviceNetworks = Canonical.list(serviceNetworks);
        vpcAssociations = Canonical.list(vpcAssociations);
        serviceAssociations = Canonical.list(serviceAssociations);
        latticeServices = Canonical.list(latticeServices);
        latticeListeners = Canonical.list(latticeListeners);
        latticeRules = Canonical.list(latticeRules);
        latticeTargetGroups = Canonical.list(latticeTargetGroups);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every element, in a stable order: by kind as declared above, then input order. */
    public Stream<Element> elements() {
        return Stream.of(vpcs, subnets, routeTables, internetGateways, elasticIps, natGateways, networkInterfaces,
                        instances, securityGroups, networkAcls, prefixLists, peeringConnections, vpcEndpoints,
                        endpointServices, loadBalancers, targetGroups, listeners, serviceNetworks, vpcAssociations,
                        serviceAssociations, latticeServices, latticeListeners, latticeRules, latticeTargetGroups)
                .flatMap(list -> list.stream().map(Element.class::cast));
    }

    public int size() {
        return (int) elements().count();
    }

    /** Collects elements in any order; {@link #build()} freezes them. */
    public static final class Builder {
        public final List<Vpc> vpcs = new ArrayList<>();
        public final List<Subnet> subnets = new ArrayList<>();
        public final List<RouteTable> routeTables = new ArrayList<>();
        public final List<InternetGateway> internetGateways = new ArrayList<>();
        public final List<ElasticIp> elasticIps = new ArrayList<>();
        public final List<NatGateway> natGateways = new ArrayList<>();
        public final List<NetworkInterface> networkInterfaces = new ArrayList<>();
        public final List<Instance> instances = new ArrayList<>();
        public final List<SecurityGroup> securityGroups = new ArrayList<>();
        public final List<NetworkAcl> networkAcls = new ArrayList<>();
        public final List<PrefixList> prefixLists = new ArrayList<>();
        public final List<PeeringConnection> peeringConnections = new ArrayList<>();
        public final List<VpcEndpoint> vpcEndpoints = new ArrayList<>();
        public final List<EndpointService> endpointServices = new ArrayList<>();
        public final List<LoadBalancer> loadBalancers = new ArrayList<>();
        public final List<TargetGroup> targetGroups = new ArrayList<>();
        public final List<Listener> listeners = new ArrayList<>();
        public final List<ServiceNetwork> serviceNetworks = new ArrayList<>();
        public final List<VpcAssociation> vpcAssociations = new ArrayList<>();
        public final List<ServiceAssociation> serviceAssociations = new ArrayList<>();
        public final List<LatticeService> latticeServices = new ArrayList<>();
        public final List<LatticeListener> latticeListeners = new ArrayList<>();
        public final List<LatticeRule> latticeRules = new ArrayList<>();
        public final List<LatticeTargetGroup> latticeTargetGroups = new ArrayList<>();

        private Builder() {
        }

        public Builder add(Element element) {
            if (element instanceof Vpc e) {
                vpcs.add(e);
            } else if (element instanceof Subnet e) {
                subnets.add(e);
            } else if (element instanceof RouteTable e) {
                routeTables.add(e);
            } else if (element instanceof InternetGateway e) {
                internetGateways.add(e);
            } else if (element instanceof ElasticIp e) {
                elasticIps.add(e);
            } else if (element instanceof NatGateway e) {
                natGateways.add(e);
            } else if (element instanceof NetworkInterface e) {
                networkInterfaces.add(e);
            } else if (element instanceof Instance e) {
                instances.add(e);
            } else if (element instanceof SecurityGroup e) {
                securityGroups.add(e);
            } else if (element instanceof NetworkAcl e) {
                networkAcls.add(e);
            } else if (element instanceof PrefixList e) {
                prefixLists.add(e);
            } else if (element instanceof PeeringConnection e) {
                peeringConnections.add(e);
            } else if (element instanceof VpcEndpoint e) {
                vpcEndpoints.add(e);
            } else if (element instanceof EndpointService e) {
                endpointServices.add(e);
            } else if (element instanceof LoadBalancer e) {
                loadBalancers.add(e);
            } else if (element instanceof TargetGroup e) {
                targetGroups.add(e);
            } else if (element instanceof Listener e) {
                listeners.add(e);
            } else if (element instanceof ServiceNetwork e) {
                serviceNetworks.add(e);
            } else if (element instanceof VpcAssociation e) {
                vpcAssociations.add(e);
            } else if (element instanceof ServiceAssociation e) {
                serviceAssociations.add(e);
            } else if (element instanceof LatticeService e) {
                latticeServices.add(e);
            } else if (element instanceof LatticeListener e) {
                latticeListeners.add(e);
            } else if (element instanceof LatticeRule e) {
                latticeRules.add(e);
            } else if (element instanceof LatticeTargetGroup e) {
                latticeTargetGroups.add(e);
            } else {
                throw new IllegalArgumentException("not a network element: " + element);
            }
            return this;
        }

        public Network build() {
            return new Network(vpcs, subnets, routeTables, internetGateways, elasticIps, natGateways,
                    networkInterfaces, instances, securityGroups, networkAcls, prefixLists, peeringConnections,
                    vpcEndpoints, endpointServices, loadBalancers, targetGroups, listeners, serviceNetworks,
                    vpcAssociations, serviceAssociations, latticeServices, latticeListeners, latticeRules,
                    latticeTargetGroups);
        }
    }
}
