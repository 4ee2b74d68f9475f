package dev.plumbline.validator.sim;

import dev.plumbline.validator.model.Element;
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
import dev.plumbline.validator.model.RouteTable;
import dev.plumbline.validator.model.SecurityGroup;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.model.Vpc;
import dev.plumbline.validator.model.elb.LbZone;
import dev.plumbline.validator.model.elb.Listener;
import dev.plumbline.validator.model.elb.LoadBalancer;
import dev.plumbline.validator.model.elb.TargetGroup;
import dev.plumbline.validator.model.endpoint.EndpointService;
import dev.plumbline.validator.model.endpoint.GatewayEndpoint;
import dev.plumbline.validator.model.endpoint.GwlbEndpoint;
import dev.plumbline.validator.model.endpoint.InterfaceEndpoint;
import dev.plumbline.validator.model.endpoint.VpcEndpoint;
import dev.plumbline.validator.model.lattice.LatticeListener;
import dev.plumbline.validator.model.lattice.LatticeRule;
import dev.plumbline.validator.model.lattice.LatticeService;
import dev.plumbline.validator.model.lattice.LatticeTargetGroup;
import dev.plumbline.validator.model.lattice.ServiceAssociation;
import dev.plumbline.validator.model.lattice.ServiceNetwork;
import dev.plumbline.validator.model.lattice.VpcAssociation;
import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.net.Prefix;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The network indexed for questions the simulator and the rules ask many times: by id, which
 * route table and network ACL a subnet really uses, which subnet of a VPC holds an address, who
 * owns a private or public address, which interfaces are in a security group. Built once per
 * network; read-only afterwards.
 */
public final class Topology {

    private final Network network;
    private final Map<String, Element> byId = new HashMap<>();
    private final Map<String, Vpc> vpcs;
    private final Map<String, Subnet> subnets;
    private final Map<String, RouteTable> routeTables;
    private final Map<String, InternetGateway> internetGateways;
    private final Map<String, NatGateway> natGateways;
    private final Map<String, NetworkInterface> interfaces;
    private final Map<String, Instance> instances;
    private final Map<String, SecurityGroup> securityGroups;
    private final Map<String, NetworkAcl> networkAcls;
    private final Map<String, PrefixList> prefixLists;
    private final Map<String, PeeringConnection> peerings;
    private final Map<String, VpcEndpoint> vpcEndpoints;
    private final Map<String, EndpointService> endpointServices;
    private final Map<String, LoadBalancer> loadBalancers;
    private final Map<String, TargetGroup> targetGroups;
    private final Map<String, LatticeService> latticeServices;
    private final Map<String, ServiceNetwork> serviceNetworks;
    private final Map<String, LatticeTargetGroup> latticeTargetGroups;

    private final Map<String, CompiledRouteTable> compiledTables = new HashMap<>();
    private final Map<String, RouteTable> mainTableByVpc = new HashMap<>();
    private final Map<String, RouteTable> explicitTableBySubnet = new HashMap<>();
    private final Map<String, RouteTable> edgeTableByGateway = new HashMap<>();
    private final Map<String, NetworkAcl> defaultAclByVpc = new HashMap<>();
    private final Map<String, NetworkAcl> aclBySubnet = new HashMap<>();
    private final Map<String, InternetGateway> gatewayByVpc = new HashMap<>();
    private final Map<String, PrefixTrie<Subnet>> subnetsByVpc = new HashMap<>();
    private final Map<String, List<NetworkInterface>> membersByGroup = new HashMap<>();
    private final Map<String, List<NetworkInterface>> interfacesBySubnet = new HashMap<>();
    private final Map<String, Instance> instanceByInterface = new HashMap<>();
    private final Map<String, List<PeeringConnection>> peeringsByVpc = new HashMap<>();
    private final Map<String, EndpointService> endpointServiceByName = new HashMap<>();
    private final Map<String, InterfaceEndpoint> interfaceEndpointByEni = new HashMap<>();
    private final Map<String, List<Listener>> listenersByLoadBalancer = new HashMap<>();
    private final Map<String, List<TargetGroup>> targetGroupsByLoadBalancer = new HashMap<>();
    private final Map<String, List<VpcAssociation>> vpcAssociationsByVpc = new HashMap<>();
    private final Map<String, List<VpcAssociation>> vpcAssociationsByNetwork = new HashMap<>();
    private final Map<String, List<ServiceAssociation>> serviceAssociationsByService = new HashMap<>();
    private final Map<String, List<LatticeListener>> latticeListenersByService = new HashMap<>();
    private final Map<String, List<LatticeRule>> latticeRulesByListener = new HashMap<>();
    private final AddressIndex addresses;
    private final PlaceholderAddresses placeholders;
    private final LoadBalancerNodes loadBalancerNodes;
    private final GwlbAppliances gwlbAppliances = new GwlbAppliances(this);

    /** One load balancer node: the zone it serves and its private address there (known or a stand-in). */
    public record LoadBalancerNode(LoadBalancer loadBalancer, LbZone zone, Subnet subnet, PlannedAddress address) {
    }

    /** Who answers to a public address at the internet gateway. */
    public sealed interface PublicAddress {
        record OfInterface(NetworkInterface networkInterface) implements PublicAddress {
        }

        record OfNatGateway(NatGateway natGateway, NatAddress address) implements PublicAddress {
        }
    }

    public Topology(Network network) {
        this.network = network;
        vpcs = index(network.vpcs(), Vpc::id);
        subnets = index(network.subnets(), Subnet::id);
        routeTables = index(network.routeTables(), RouteTable::id);
        internetGateways = index(network.internetGateways(), InternetGateway::id);
        natGateways = index(network.natGateways(), NatGateway::id);
        interfaces = index(network.networkInterfaces(), NetworkInterface::id);
        instances = index(network.instances(), Instance::id);
        securityGroups = index(network.securityGroups(), SecurityGroup::id);
        networkAcls = index(network.networkAcls(), NetworkAcl::id);
        prefixLists = index(network.prefixLists(), PrefixList::id);
        peerings = index(network.peeringConnections(), PeeringConnection::id);
        vpcEndpoints = index(network.vpcEndpoints(), VpcEndpoint::id);
        endpointServices = index(network.endpointServices(), EndpointService::id);
        loadBalancers = index(network.loadBalancers(), LoadBalancer::id);
        targetGroups = index(network.targetGroups(), TargetGroup::id);
        latticeServices = index(network.latticeServices(), LatticeService::id);
        serviceNetworks = index(network.serviceNetworks(), ServiceNetwork::id);
        latticeTargetGroups = index(network.latticeTargetGroups(), LatticeTargetGroup::id);
        network.elements().forEach(e -> byId.putIfAbsent(e.id(), e));

        indexRouting();
        indexFiltering();
        indexInterfaces();
        addresses = new AddressIndex(network, interfaces, instances);
        placeholders = new PlaceholderAddresses(network, subnets, addresses);
        indexServices();
        loadBalancerNodes = new LoadBalancerNodes(network.loadBalancers(), subnets, placeholders);
    }

    private void indexRouting() {
        for (RouteTable table : network.routeTables()) {
            compiledTables.put(table.id(), new CompiledRouteTable(table, prefixLists));
            if (table.main()) {
                mainTableByVpc.putIfAbsent(table.vpcId(), table);
            }
            for (String subnetId : table.subnetIds()) {
                explicitTableBySubnet.putIfAbsent(subnetId, table);
            }
            for (String gatewayId : table.edgeGatewayIds()) {
                edgeTableByGateway.putIfAbsent(gatewayId, table);
            }
        }
        for (InternetGateway gateway : network.internetGateways()) {
            for (String vpcId : gateway.attachedVpcIds()) {
                gatewayByVpc.putIfAbsent(vpcId, gateway);
            }
        }
        for (Subnet subnet : network.subnets()) {
            subnetsByVpc.computeIfAbsent(subnet.vpcId(), v -> new PrefixTrie<>()).put(subnet.cidr(), subnet);
        }
        subnetsByVpc.values().forEach(PrefixTrie::freeze);
        for (PeeringConnection peering : network.peeringConnections()) {
            peeringsByVpc.computeIfAbsent(peering.requesterVpcId(), v -> new ArrayList<>()).add(peering);
            if (!peering.accepterVpcId().equals(peering.requesterVpcId())) {
                peeringsByVpc.computeIfAbsent(peering.accepterVpcId(), v -> new ArrayList<>()).add(peering);
            }
        }
    }

    private void indexFiltering() {
        for (NetworkAcl acl : network.networkAcls()) {
            if (acl.isDefault()) {
                defaultAclByVpc.putIfAbsent(acl.vpcId(), acl);
            }
            for (String subnetId : acl.subnetIds()) {
                aclBySubnet.putIfAbsent(subnetId, acl);
            }
        }
        for (NetworkInterface eni : network.networkInterfaces()) {
            for (String groupId : eni.securityGroupIds()) {
                membersByGroup.computeIfAbsent(groupId, g -> new ArrayList<>()).add(eni);
            }
        }
    }

    private void indexInterfaces() {
        for (NetworkInterface eni : network.networkInterfaces()) {
            interfacesBySubnet.computeIfAbsent(eni.subnetId(), s -> new ArrayList<>()).add(eni);
        }
        for (Instance instance : network.instances()) {
            for (String eniId : instance.networkInterfaceIds()) {
                instanceByInterface.putIfAbsent(eniId, instance);
            }
        }
    }

    /** The private address of an interface: known, or a stand-in inside its subnet; empty when it has none. */
    public Optional<PlannedAddress> privateAddressOf(NetworkInterface eni) {
        if (eni.privateIp() instanceof Planned.Known<Ipv4> known) {
            return Optional.of(PlannedAddress.exact(known.value()));
        }
        return placeholders.ofInterface(eni, false);
    }

    /** The public address of an interface (own or Elastic IP): known, or a stand-in; empty when it has none. */
    public Optional<PlannedAddress> plannedPublicAddressOf(NetworkInterface eni) {
        Planned<Ipv4> planned = publicAddressOf(eni);
        if (planned instanceof Planned.Known<Ipv4> known) {
            return Optional.of(PlannedAddress.exact(known.value()));
        }
        return placeholders.ofInterface(eni, true);
    }

    /** Address {@code index} of a NAT gateway, private or public side: known, or a stand-in; empty when absent. */
    public Optional<PlannedAddress> natAddress(NatGateway nat, int index, boolean publicSide) {
        NatAddress address = nat.addresses().get(index);
        Planned<Ipv4> planned = publicSide ? address.publicIp() : address.privateIp();
        if (planned instanceof Planned.Known<Ipv4> known) {
            return Optional.of(PlannedAddress.exact(known.value()));
        }
        return placeholders.ofNatGateway(nat, index, publicSide);
    }

    /** The stand-in a placeholder address was given for, if {@code address} is one. */
    public Optional<PlannedAddress> placeholderAt(Ipv4 address) {
        return placeholders.at(address);
    }

    private void indexServices() {
        for (VpcEndpoint endpoint : network.vpcEndpoints()) {
            if (endpoint instanceof InterfaceEndpoint ie) {
                for (String eniId : ie.networkInterfaceIds()) {
                    interfaceEndpointByEni.putIfAbsent(eniId, ie);
                }
            }
        }
        for (EndpointService service : network.endpointServices()) {
            service.serviceName().toOptional().ifPresent(name -> endpointServiceByName.putIfAbsent(name, service));
        }
        for (Listener listener : network.listeners()) {
            listenersByLoadBalancer.computeIfAbsent(listener.loadBalancerArn(), k -> new ArrayList<>()).add(listener);
            for (String tg : listener.forwardTargetGroupArns()) {
                TargetGroup group = targetGroups.get(tg);
                if (group != null) {
                    List<TargetGroup> groups = targetGroupsByLoadBalancer.computeIfAbsent(listener.loadBalancerArn(),
                            k -> new ArrayList<>());
                    if (!groups.contains(group)) {
                        groups.add(group);
                    }
                }
            }
        }
        for (VpcAssociation association : network.vpcAssociations()) {
            vpcAssociationsByVpc.computeIfAbsent(association.vpcId(), k -> new ArrayList<>()).add(association);
            vpcAssociationsByNetwork.computeIfAbsent(association.serviceNetworkId(), k -> new ArrayList<>())
                    .add(association);
        }
        for (ServiceAssociation association : network.serviceAssociations()) {
            serviceAssociationsByService.computeIfAbsent(association.serviceId(), k -> new ArrayList<>())
                    .add(association);
        }
        for (LatticeListener listener : network.latticeListeners()) {
            latticeListenersByService.computeIfAbsent(listener.serviceId(), k -> new ArrayList<>()).add(listener);
        }
        for (LatticeRule rule : network.latticeRules()) {
            latticeRulesByListener.computeIfAbsent(rule.listenerId(), k -> new ArrayList<>()).add(rule);
        }
        latticeRulesByListener.values().forEach(rules -> rules.sort(Comparator.comparingInt(LatticeRule::priority)));
    }

    /**
     * Whether two subnets were matched to one zone by AZ name alone although they belong to
     * different accounts, where the same name can be a different zone: the match is an assumption.
     */
    public boolean zoneMatchedByNameAcrossAccounts(Subnet a, Subnet b) {
        if (a.azId().isKnown() && b.azId().isKnown()) {
            return false;
        }
        String accountA = vpc(a.vpcId()).map(Vpc::accountId).orElse("");
        String accountB = vpc(b.vpcId()).map(Vpc::accountId).orElse("");
        return !accountA.isEmpty() && !accountB.isEmpty() && !accountA.equals(accountB);
    }

    /** The load balancer node holding {@code address} in {@code vpcId}. */
    public Optional<LoadBalancerNode> loadBalancerNodeAt(String vpcId, Ipv4 address) {
        return loadBalancerNodes.at(vpcId, address);
    }

    /** Nodes of a load balancer, one per zone address. */
    public List<LoadBalancerNode> nodesOf(String loadBalancerArn) {
        return loadBalancerNodes.of(loadBalancerArn);
    }

    /** The appliances each GWLB node can choose, and their GENEVE legs, worked out once per topology. */
    GwlbAppliances gwlbAppliances() {
        return gwlbAppliances;
    }

    /**
     * Whether two AZ references are the same zone: by AZ id when both sides know it (names differ
     * between accounts), else by name, which is only safe within one account.
     */
    public static boolean sameZone(String nameA, Planned<String> idA, String nameB, Planned<String> idB) {
        if (idA.isKnown() && idB.isKnown()) {
            return idA.orElse("").equals(idB.orElse(""));
        }
        return !nameA.isEmpty() && nameA.equals(nameB);
    }

    private static <T> Map<String, T> index(Collection<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.putIfAbsent(id.apply(item), item);
        }
        return map;
    }

    public Network network() {
        return network;
    }

    public Optional<Element> element(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Vpc> vpc(String id) {
        return Optional.ofNullable(vpcs.get(id));
    }

    public Optional<Subnet> subnet(String id) {
        return Optional.ofNullable(subnets.get(id));
    }

    public Optional<RouteTable> routeTable(String id) {
        return Optional.ofNullable(routeTables.get(id));
    }

    public Optional<InternetGateway> internetGateway(String id) {
        return Optional.ofNullable(internetGateways.get(id));
    }

    public Optional<NatGateway> natGateway(String id) {
        return Optional.ofNullable(natGateways.get(id));
    }

    public Optional<NetworkInterface> networkInterface(String id) {
        return Optional.ofNullable(interfaces.get(id));
    }

    public Optional<Instance> instance(String id) {
        return Optional.ofNullable(instances.get(id));
    }

    public Optional<SecurityGroup> securityGroup(String id) {
        return Optional.ofNullable(securityGroups.get(id));
    }

    public Optional<NetworkAcl> networkAcl(String id) {
        return Optional.ofNullable(networkAcls.get(id));
    }

    public Optional<PrefixList> prefixList(String id) {
        return Optional.ofNullable(prefixLists.get(id));
    }

    public Optional<PeeringConnection> peering(String id) {
        return Optional.ofNullable(peerings.get(id));
    }

    public Optional<VpcEndpoint> vpcEndpoint(String id) {
        return Optional.ofNullable(vpcEndpoints.get(id));
    }

    public Optional<GatewayEndpoint> gatewayEndpoint(String id) {
        return vpcEndpoint(id).filter(GatewayEndpoint.class::isInstance).map(GatewayEndpoint.class::cast);
    }

    public Optional<InterfaceEndpoint> interfaceEndpoint(String id) {
        return vpcEndpoint(id).filter(InterfaceEndpoint.class::isInstance).map(InterfaceEndpoint.class::cast);
    }

    /** The first interface endpoint (in input order) that lists {@code eniId} among its interfaces. */
    public Optional<InterfaceEndpoint> interfaceEndpointListing(String eniId) {
        return Optional.ofNullable(interfaceEndpointByEni.get(eniId));
    }

    public Optional<GwlbEndpoint> gwlbEndpoint(String id) {
        return vpcEndpoint(id).filter(GwlbEndpoint.class::isInstance).map(GwlbEndpoint.class::cast);
    }

    public Optional<EndpointService> endpointService(String id) {
        return Optional.ofNullable(endpointServices.get(id));
    }

    /** The service an endpoint connects to: by linked id when the input gave one, else by service name. */
    public Optional<EndpointService> serviceOf(VpcEndpoint endpoint) {
        String linked = endpoint instanceof InterfaceEndpoint ie ? ie.endpointServiceId()
                : endpoint instanceof GwlbEndpoint ge ? ge.endpointServiceId() : "";
        if (!linked.isEmpty() && endpointServices.containsKey(linked)) {
            return Optional.of(endpointServices.get(linked));
        }
        String name = endpoint instanceof InterfaceEndpoint ie ? ie.serviceName().orElse("")
                : endpoint instanceof GwlbEndpoint ge ? ge.serviceName().orElse("") : "";
        return Optional.ofNullable(endpointServiceByName.get(name));
    }

    public Optional<LoadBalancer> loadBalancer(String arn) {
        return Optional.ofNullable(loadBalancers.get(arn));
    }

    public Optional<TargetGroup> targetGroup(String arn) {
        return Optional.ofNullable(targetGroups.get(arn));
    }

    public List<Listener> listenersOf(String loadBalancerArn) {
        return listenersByLoadBalancer.getOrDefault(loadBalancerArn, List.of());
    }

    public List<TargetGroup> targetGroupsOf(String loadBalancerArn) {
        return targetGroupsByLoadBalancer.getOrDefault(loadBalancerArn, List.of());
    }

    public Optional<LatticeService> latticeService(String id) {
        return Optional.ofNullable(latticeServices.get(id));
    }

    public Optional<ServiceNetwork> serviceNetwork(String id) {
        return Optional.ofNullable(serviceNetworks.get(id));
    }

    public Optional<LatticeTargetGroup> latticeTargetGroup(String id) {
        return Optional.ofNullable(latticeTargetGroups.get(id));
    }

    public List<VpcAssociation> latticeAssociationsOfVpc(String vpcId) {
        return vpcAssociationsByVpc.getOrDefault(vpcId, List.of());
    }

    public List<VpcAssociation> latticeAssociationsOfNetwork(String serviceNetworkId) {
        return vpcAssociationsByNetwork.getOrDefault(serviceNetworkId, List.of());
    }

    public List<ServiceAssociation> latticeAssociationsOfService(String serviceId) {
        return serviceAssociationsByService.getOrDefault(serviceId, List.of());
    }

    public List<LatticeListener> latticeListenersOf(String serviceId) {
        return latticeListenersByService.getOrDefault(serviceId, List.of());
    }

    /** Rules of a Lattice listener in priority order. */
    public List<LatticeRule> latticeRulesOf(String listenerId) {
        return latticeRulesByListener.getOrDefault(listenerId, List.of());
    }

    /** The table a subnet really uses: its explicit association, else its VPC's main table. */
    public Optional<RouteTable> effectiveRouteTable(Subnet subnet) {
        RouteTable explicit = explicitTableBySubnet.get(subnet.id());
        return Optional.ofNullable(explicit != null ? explicit : mainTableByVpc.get(subnet.vpcId()));
    }

    public boolean hasExplicitRouteTable(Subnet subnet) {
        return explicitTableBySubnet.containsKey(subnet.id());
    }

    public Optional<RouteTable> mainRouteTable(String vpcId) {
        return Optional.ofNullable(mainTableByVpc.get(vpcId));
    }

    public CompiledRouteTable compiled(RouteTable table) {
        return compiledTables.get(table.id());
    }

    /** The gateway route table edge-associated with an internet or virtual private gateway. */
    public Optional<RouteTable> edgeRouteTable(String gatewayId) {
        return Optional.ofNullable(edgeTableByGateway.get(gatewayId));
    }

    /** The network ACL a subnet uses: its explicit association, else its VPC's default ACL. */
    public Optional<NetworkAcl> effectiveAcl(Subnet subnet) {
        NetworkAcl explicit = aclBySubnet.get(subnet.id());
        return Optional.ofNullable(explicit != null ? explicit : defaultAclByVpc.get(subnet.vpcId()));
    }

    public Optional<InternetGateway> internetGatewayOf(String vpcId) {
        return Optional.ofNullable(gatewayByVpc.get(vpcId));
    }

    /** The subnet of {@code vpcId} whose CIDR holds {@code address}. */
    public Optional<Subnet> subnetFor(String vpcId, Ipv4 address) {
        PrefixTrie<Subnet> trie = subnetsByVpc.get(vpcId);
        if (trie == null) {
            return Optional.empty();
        }
        List<Subnet> found = trie.longestMatch(address.bits());
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Subnets of {@code vpcId} overlapping {@code span}. */
    public List<Subnet> subnetsOverlapping(String vpcId, Prefix span) {
        PrefixTrie<Subnet> trie = subnetsByVpc.get(vpcId);
        return trie == null ? List.of() : trie.overlapping(span);
    }

    public List<Subnet> subnetsOf(String vpcId) {
        return network.subnets().stream().filter(s -> s.vpcId().equals(vpcId)).toList();
    }

    /** Interfaces holding {@code address} as a private IP in {@code vpcId}. */
    public List<NetworkInterface> interfacesWithPrivateIp(String vpcId, Ipv4 address) {
        List<NetworkInterface> all = addresses.interfacesWithPrivateIp(address);
        if (all.isEmpty()) {
            return List.of();
        }
        if (all.size() == 1) {
            NetworkInterface only = all.get(0);
            return vpcIdOf(only).equals(vpcId) ? all : List.of();
        }
        return all.stream().filter(e -> vpcIdOf(e).equals(vpcId)).toList();
    }

    /** Interfaces anywhere holding {@code address} as a private IP. */
    public List<NetworkInterface> interfacesWithPrivateIp(Ipv4 address) {
        return addresses.interfacesWithPrivateIp(address);
    }

    public List<NetworkInterface> interfacesInSubnet(String subnetId) {
        return interfacesBySubnet.getOrDefault(subnetId, List.of());
    }

    public Optional<PublicAddress> publicAddressOwner(Ipv4 address) {
        return addresses.publicAddressOwner(address);
    }

    /**
     * An address that stands for "somewhere on the internet": the first address of the RFC 5737
     * documentation ranges that nothing in this network owns.
     */
    public Ipv4 internetStandIn() {
        for (Ipv4 base : List.of(Ipv4.of(203, 0, 113, 0), Ipv4.of(198, 51, 100, 0), Ipv4.of(192, 0, 2, 0))) {
            for (int host = 10; host < 255; host++) {
                Ipv4 candidate = base.plus(host);
                if (!addresses.isPublic(candidate)) {
                    return candidate;
                }
            }
        }
        return Ipv4.of(203, 0, 113, 10);
    }

    /**
     * The public address of an interface: its own public IP, else an Elastic IP associated with it
     * (or with its instance, for the primary interface). Unknown when the plan has one without a value.
     */
    public Planned<Ipv4> publicAddressOf(NetworkInterface eni) {
        return addresses.publicAddressOf(eni);
    }

    public List<NetworkInterface> membersOf(String securityGroupId) {
        return membersByGroup.getOrDefault(securityGroupId, List.of());
    }

    public Optional<Instance> instanceOf(NetworkInterface eni) {
        Instance attached = instanceByInterface.get(eni.id());
        if (attached == null && eni.attachedTo().startsWith("i-")) {
            attached = instances.get(eni.attachedTo());
        }
        return Optional.ofNullable(attached);
    }

    public Optional<NatGateway> natGatewayWithPrivateIp(String vpcId, Ipv4 address) {
        return addresses.natGatewayWithPrivateIp(vpcId, address);
    }

    public List<PeeringConnection> peeringsOf(String vpcId) {
        return peeringsByVpc.getOrDefault(vpcId, List.of());
    }

    /** The VPC of an interface, from its own field or its subnet. */
    public String vpcIdOf(NetworkInterface eni) {
        if (!eni.vpcId().isEmpty()) {
            return eni.vpcId();
        }
        Subnet subnet = subnets.get(eni.subnetId());
        return subnet == null ? "" : subnet.vpcId();
    }

    /** The network interface a NAT gateway uses, when the input lists it. */
    public Optional<NetworkInterface> interfaceOfNat(NatGateway nat) {
        return interfacesInSubnet(nat.subnetId()).stream()
                .filter(e -> e.attachedTo().equals(nat.id()) || "nat_gateway".equals(e.interfaceType())
                        && nat.addresses().stream().anyMatch(a -> a.privateIp().equals(e.privateIp())))
                .findFirst();
    }
}
