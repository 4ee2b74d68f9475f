package dev.plumbline.validator.ingest.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.plumbline.validator.model.AclEntry;
import dev.plumbline.validator.model.Element;
import dev.plumbline.validator.model.Instance;
import dev.plumbline.validator.model.NatAddress;
import dev.plumbline.validator.model.NatGateway;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.model.NetworkAcl;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.Route;
import dev.plumbline.validator.model.RouteDestination;
import dev.plumbline.validator.model.RouteTable;
import dev.plumbline.validator.model.RouteTarget;
import dev.plumbline.validator.model.SgPeer;
import dev.plumbline.validator.model.SgRule;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.model.Vpc;
import dev.plumbline.validator.model.elb.LbZone;
import dev.plumbline.validator.model.elb.LoadBalancer;
import dev.plumbline.validator.model.elb.Target;
import dev.plumbline.validator.model.elb.TargetGroup;
import dev.plumbline.validator.model.endpoint.EndpointService;
import dev.plumbline.validator.model.endpoint.GwlbEndpoint;
import dev.plumbline.validator.model.endpoint.InterfaceEndpoint;
import dev.plumbline.validator.model.lattice.LatticeAction;
import dev.plumbline.validator.model.lattice.LatticeListener;
import dev.plumbline.validator.model.lattice.LatticeRule;
import dev.plumbline.validator.model.lattice.LatticeTargetGroup;
import dev.plumbline.validator.model.lattice.WeightedTargetGroup;
import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.net.Prefix;
import dev.plumbline.validator.net.Protocol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled examples read without problems, are internally consistent (addresses where their
 * subnets are, one AZ name-to-id mapping per account, no dangling references) and contain the
 * scenarios they describe.
 */
class GraphExamplesTest {

    private static final GraphReader READER = new GraphReader();

    static Stream<Path> examples() throws Exception {
        return GraphWriterTest.examples();
    }

    private static Network example(String name) throws Exception {
        return READER.read(GraphFixtures.EXAMPLES.resolve(name)).network();
    }

    private static <T extends Element> Map<String, T> byId(List<T> elements) {
        return elements.stream().collect(Collectors.toMap(Element::id, Function.identity()));
    }

    @Test
    void examples_includeTheTwoBundledNetworks() throws Exception {
        assertThat(examples().map(path -> path.getFileName().toString()))
                .contains("two-tier-vpc.json", "privatelink-gwlb-lattice.json");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void read_example_hasNoProblemsAndOriginsPointIntoIt(Path example) throws Exception {
        Network network = READER.read(example).network();

        assertThat(network.size()).isPositive();
        assertThat(network.elements()).allSatisfy(element ->
                assertThat(element.origin().file()).isEqualTo(example.toString()));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void example_placesEveryAddressInsideItsSubnetClearOfReservedAddresses(Path example) throws Exception {
        Network network = READER.read(example).network();
        Map<String, Subnet> subnets = byId(network.subnets());
        Map<String, Vpc> vpcs = byId(network.vpcs());
        List<String> misplaced = new ArrayList<>();
        for (Subnet subnet : network.subnets()) {
            if (!vpcs.get(subnet.vpcId()).containsPrefix(subnet.cidr())) {
                misplaced.add(subnet.id() + " " + subnet.cidr() + " outside its VPC");
            }
        }
        for (NetworkInterface eni : network.networkInterfaces()) {
            List<Ipv4> addresses = new ArrayList<>(eni.secondaryPrivateIps());
            eni.privateIp().toOptional().ifPresent(addresses::add);
            addresses.forEach(address -> checkHost(subnets.get(eni.subnetId()), address, eni.id(), misplaced));
        }
        for (NatGateway nat : network.natGateways()) {
            for (NatAddress address : nat.addresses()) {
                address.privateIp().toOptional().ifPresent(ip -> checkHost(subnets.get(nat.subnetId()), ip, nat.id(), misplaced));
            }
        }
        for (LoadBalancer lb : network.loadBalancers()) {
            for (LbZone zone : lb.zones()) {
                zone.addresses().forEach(address -> address.toOptional()
                        .ifPresent(ip -> checkHost(subnets.get(zone.subnetId()), ip, lb.name(), misplaced)));
            }
        }

        assertThat(misplaced).isEmpty();
    }

    private static void checkHost(Subnet subnet, Ipv4 address, String owner, List<String> misplaced) {
        Prefix cidr = subnet.cidr();
        boolean reserved = address.asLong() - cidr.first().asLong() < 4 || address.equals(cidr.last());
        if (!cidr.contains(address) || reserved) {
            misplaced.add(owner + " " + address + " not a usable host of " + subnet.id() + " " + cidr);
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void example_givesNoTwoInterfacesOfAVpcTheSameAddress(Path example) throws Exception {
        Network network = READER.read(example).network();

        Map<String, Long> uses = network.networkInterfaces().stream()
                .filter(eni -> eni.privateIp().isKnown())
                .collect(Collectors.groupingBy(eni -> eni.vpcId() + " " + eni.privateIp().render(), Collectors.counting()));

        assertThat(uses).allSatisfy((address, count) -> assertThat(count).as(address).isEqualTo(1));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void example_mapsEachAzNameToOneAzIdPerAccount(Path example) throws Exception {
        Network network = READER.read(example).network();
        Map<String, Vpc> vpcs = byId(network.vpcs());
        Map<String, Set<String>> idsByAccountAndName = new HashMap<>();
        Map<String, Set<String>> namesByAccountAndId = new HashMap<>();
        for (Subnet subnet : network.subnets()) {
            String account = vpcs.get(subnet.vpcId()).accountId();
            String azId = subnet.azId().render();
            idsByAccountAndName.computeIfAbsent(account + " " + subnet.azName(), k -> new java.util.TreeSet<>()).add(azId);
            namesByAccountAndId.computeIfAbsent(account + " " + azId, k -> new java.util.TreeSet<>()).add(subnet.azName());
        }

        assertThat(network.subnets()).allSatisfy(subnet -> {
            assertThat(subnet.azName()).matches("us-east-1[a-f]");
            assertThat(subnet.azId().orElse("")).matches("use1-az[1-6]");
        });
        assertThat(idsByAccountAndName).allSatisfy((key, ids) -> assertThat(ids).as(key).hasSize(1));
        assertThat(namesByAccountAndId).allSatisfy((key, names) -> assertThat(names).as(key).hasSize(1));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void example_hasNoDanglingReferences(Path example) throws Exception {
        Network network = READER.read(example).network();
        Set<String> ids = network.elements().map(Element::id).collect(Collectors.toSet());
        List<String> references = new ArrayList<>();
        for (RouteTable table : network.routeTables()) {
            table.routes().stream().map(Route::target).filter(t -> !(t instanceof RouteTarget.Local))
                    .forEach(t -> references.add(t.targetId()));
            table.routes().stream().map(Route::destination).filter(RouteDestination.PrefixListRef.class::isInstance)
                    .forEach(d -> references.add(((RouteDestination.PrefixListRef) d).prefixListId()));
            references.addAll(table.subnetIds());
            references.addAll(table.edgeGatewayIds());
        }
        network.securityGroups().forEach(group -> Stream.concat(group.ingress().stream(), group.egress().stream())
                .map(SgRule::peer).forEach(peer -> {
                    if (peer instanceof SgPeer.Group g) {
                        references.add(g.groupId());
                    } else if (peer instanceof SgPeer.PrefixListRef p) {
                        references.add(p.prefixListId());
                    }
                }));
        network.networkInterfaces().forEach(eni -> {
            references.addAll(eni.securityGroupIds());
            references.add(eni.attachedTo());
        });
        network.instances().forEach(instance -> references.addAll(instance.networkInterfaceIds()));
        network.elasticIps().forEach(eip -> references.add(eip.networkInterfaceId()));
        network.natGateways().forEach(nat -> nat.addresses().forEach(a -> references.add(a.allocationId())));
        network.internetGateways().forEach(igw -> references.addAll(igw.attachedVpcIds()));
        network.networkAcls().forEach(acl -> references.addAll(acl.subnetIds()));
        network.vpcEndpoints().forEach(endpoint -> {
            if (endpoint instanceof InterfaceEndpoint e) {
                references.add(e.endpointServiceId());
                references.addAll(e.securityGroupIds());
                references.addAll(e.networkInterfaceIds());
            } else if (endpoint instanceof GwlbEndpoint e) {
                references.add(e.endpointServiceId());
                references.add(e.networkInterfaceId());
            }
        });
        network.endpointServices().forEach(service -> {
            references.addAll(service.loadBalancerArns());
            service.connections().forEach(c -> references.add(c.endpointId()));
        });
        network.loadBalancers().forEach(lb -> references.addAll(lb.securityGroupIds()));
        network.targetGroups().stream().filter(tg -> tg.targetType() == TargetGroup.TargetType.INSTANCE)
                .forEach(tg -> tg.targets().forEach(t -> references.add(t.id())));
        network.listeners().forEach(listener -> references.addAll(listener.forwardTargetGroupArns()));
        network.vpcAssociations().forEach(a -> {
            references.add(a.serviceNetworkId());
            references.addAll(a.securityGroupIds());
        });
        network.serviceAssociations().forEach(a -> {
            references.add(a.serviceNetworkId());
            references.add(a.serviceId());
        });
        Stream.concat(network.latticeListeners().stream().map(LatticeListener::defaultAction),
                        network.latticeRules().stream().map(LatticeRule::action))
                .filter(LatticeAction.Forward.class::isInstance)
                .flatMap(action -> ((LatticeAction.Forward) action).targetGroups().stream())
                .forEach(group -> references.add(group.targetGroupId().orElse("?")));
        network.latticeTargetGroups().stream().filter(tg -> tg.type() == LatticeTargetGroup.Type.INSTANCE)
                .forEach(tg -> tg.targets().forEach(t -> references.add(t.id())));

        assertThat(references).filteredOn(reference -> !reference.isEmpty()).allSatisfy(reference ->
                assertThat(ids).as("referenced id").contains(reference));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void example_placesEachInstanceTargetInTheAzItSays(Path example) throws Exception {
        Network network = READER.read(example).network();
        Map<String, Instance> instances = byId(network.instances());
        Map<String, Subnet> subnets = byId(network.subnets());

        List<Target> targets = network.targetGroups().stream().flatMap(tg -> tg.targets().stream())
                .filter(t -> instances.containsKey(t.id()) && !t.azName().isEmpty()).toList();

        assertThat(targets).allSatisfy(target -> assertThat(target.azName())
                .isEqualTo(subnets.get(instances.get(target.id()).subnetId()).azName()));
    }

    @Test
    void formatDoc_minimalExampleReadsAsItSays() throws Exception {
        String doc = Files.readString(GraphFixtures.EXAMPLES.resolveSibling("docs/formats/graph.md"));
        int start = doc.indexOf("```json\n") + "```json\n".length();
        String json = doc.substring(start, doc.indexOf("```", start));

        Network network = READER.read("docs/formats/graph.md", json).network();

        assertThat(network.routeTables()).singleElement().satisfies(table -> assertThat(table.routes())
                .extracting(Route::target)
                .containsExactly(new RouteTarget.Local(), new RouteTarget.InternetGateway("igw-1")));
        assertThat(network.securityGroups()).singleElement().satisfies(group -> assertThat(group.egress())
                .extracting(SgRule::peer).containsExactly(new SgPeer.Cidr(Prefix.ANY)));
        assertThat(network.instances()).singleElement().satisfies(instance ->
                assertThat(instance.networkInterfaceIds()).containsExactly("eni-web"));
    }

    @Test
    void twoTierVpc_hasPublicSubnetsBehindTheIgwAndANatGatewayPerAz() throws Exception {
        Network network = example("two-tier-vpc.json");
        Map<String, Subnet> subnets = byId(network.subnets());
        Map<String, NatGateway> nats = byId(network.natGateways());

        assertThat(network.subnets()).extracting(Subnet::azName).containsOnly("us-east-1a", "us-east-1b");
        for (RouteTable table : network.routeTables()) {
            for (String subnetId : table.subnetIds()) {
                RouteTarget defaultRoute = table.routes().stream()
                        .filter(r -> r.destination().equals(new RouteDestination.Cidr(Prefix.ANY))).findFirst().orElseThrow()
                        .target();
                Subnet subnet = subnets.get(subnetId);
                if (subnet.name().startsWith("public")) {
                    assertThat(defaultRoute).isEqualTo(new RouteTarget.InternetGateway("igw-0c1d2e3f4a5b6c7d8"));
                } else {
                    NatGateway nat = nats.get(defaultRoute.targetId());
                    assertThat(subnets.get(nat.subnetId()).name()).startsWith("public");
                    assertThat(subnets.get(nat.subnetId()).azId()).as("NAT gateway in the subnet's own AZ").isEqualTo(subnet.azId());
                    assertThat(nat.addresses()).singleElement().satisfies(a -> assertThat(a.publicIp().isKnown()).isTrue());
                }
            }
        }
    }

    @Test
    void twoTierVpc_givesTheBastionAPublicIpAndTheAppNone() throws Exception {
        Network network = example("two-tier-vpc.json");

        assertThat(network.networkInterfaces()).filteredOn(eni -> eni.interfaceType().equals("interface"))
                .extracting(NetworkInterface::name, eni -> eni.publicIp().isKnown())
                .containsExactlyInAnyOrder(tuple("bastion", true), tuple("app", false));
    }

    @Test
    void twoTierVpc_privateAAclAllowsTheAppButNotRepliesOnEphemeralPorts() throws Exception {
        Network network = example("two-tier-vpc.json");
        NetworkAcl acl = network.networkAcls().stream().filter(a -> a.name().equals("private-a-strict")).findFirst().orElseThrow();
        Ipv4 internetHost = Ipv4.parse("93.184.216.34");
        Ipv4 bastion = Ipv4.parse("10.20.0.50");

        assertThat(firstInboundMatch(acl, bastion, 8080)).as("app port from inside the VPC").isTrue();
        assertThat(firstInboundMatch(acl, internetHost, 40000)).as("reply from the internet to an ephemeral port").isFalse();
        assertThat(firstInboundMatch(acl, internetHost, 1024)).isFalse();
        assertThat(firstInboundMatch(acl, internetHost, 65535)).isFalse();
    }

    private static boolean firstInboundMatch(NetworkAcl acl, Ipv4 source, int port) {
        return acl.entries(false)
                .filter(e -> e.cidr().contains(source) && e.match().matches(Protocol.TCP, port, -1, -1))
                .findFirst().map(AclEntry::allow).orElse(false);
    }

    @Test
    void privateLinkExample_offersTheServiceInTheConsumersAzsByIdNotByName() throws Exception {
        Network network = example("privatelink-gwlb-lattice.json");
        EndpointService service = byId(network.endpointServices()).get("vpce-svc-04a1b2c3d4e5f6a70");
        LoadBalancer nlb = byId(network.loadBalancers()).get(service.loadBalancerArns().get(0));
        InterfaceEndpoint endpoint = (InterfaceEndpoint) byId(network.vpcEndpoints()).get("vpce-01c2d3e4f5a6b7c90");
        Map<String, Subnet> subnets = byId(network.subnets());

        Set<Planned<String>> offeredIds = nlb.zones().stream().map(LbZone::azId).collect(Collectors.toSet());
        List<Subnet> endpointSubnets = endpoint.subnetIds().stream().map(subnets::get).toList();

        assertThat(service.serviceKind()).isEqualTo(EndpointService.Kind.INTERFACE);
        assertThat(service.acceptanceRequired()).isTrue();
        assertThat(nlb.type()).isEqualTo(LoadBalancer.Type.NETWORK);
        assertThat(endpointSubnets).hasSize(2).allSatisfy(subnet -> assertThat(offeredIds).contains(subnet.azId()));
        assertThat(endpointSubnets).extracting(Subnet::azName).containsExactly("us-east-1a", "us-east-1c");
        assertThat(service.availabilityZones()).containsExactly("us-east-1a", "us-east-1b");
        assertThat(service.connections()).singleElement().satisfies(connection -> {
            assertThat(connection.endpointId()).isEqualTo(endpoint.id());
            assertThat(connection.state()).isEqualTo("available");
        });
        assertThat(endpoint.networkInterfaceIds()).hasSize(2);
    }

    @Test
    void gwlbExample_routesBothDirectionsThroughTheEndpointOfTheSameAz() throws Exception {
        Network network = example("privatelink-gwlb-lattice.json");
        Map<String, Subnet> subnets = byId(network.subnets());
        Map<String, GwlbEndpoint> endpoints = network.vpcEndpoints().stream().filter(GwlbEndpoint.class::isInstance)
                .map(GwlbEndpoint.class::cast).collect(Collectors.toMap(GwlbEndpoint::id, Function.identity()));
        RouteTable edge = network.routeTables().stream().filter(RouteTable::isGatewayTable).findFirst().orElseThrow();

        assertThat(edge.edgeGatewayIds()).containsExactly("igw-0b1a2c3d4e5f60790");
        List<Route> inbound = edge.routes().stream().filter(r -> r.target() instanceof RouteTarget.VpcEndpoint).toList();
        assertThat(inbound).extracting(r -> r.destination().render()).containsExactly("10.0.0.32/28", "10.0.0.64/28");
        for (Route route : inbound) {
            Subnet app = network.subnets().stream()
                    .filter(s -> new RouteDestination.Cidr(s.cidr()).equals(route.destination())).findFirst().orElseThrow();
            GwlbEndpoint endpoint = endpoints.get(route.target().targetId());
            assertThat(subnets.get(endpoint.subnetId()).azId()).as("edge route to the endpoint of the app's AZ").isEqualTo(app.azId());
            RouteTable appTable = network.routeTables().stream().filter(t -> t.subnetIds().contains(app.id())).findFirst().orElseThrow();
            assertThat(appTable.routes()).extracting(Route::target).contains(new RouteTarget.VpcEndpoint(endpoint.id()))
                    .doesNotContain(new RouteTarget.InternetGateway("igw-0b1a2c3d4e5f60790"));
            RouteTable endpointTable = network.routeTables().stream()
                    .filter(t -> t.subnetIds().contains(endpoint.subnetId())).findFirst().orElseThrow();
            assertThat(endpointTable.routes()).extracting(Route::target)
                    .contains(new RouteTarget.InternetGateway("igw-0b1a2c3d4e5f60790"));
        }
        EndpointService inspection = byId(network.endpointServices()).get("vpce-svc-07e1f2a3b4c5d6e80");
        assertThat(inspection.serviceKind()).isEqualTo(EndpointService.Kind.GATEWAY_LOAD_BALANCER);
        TargetGroup appliances = network.targetGroups().stream().filter(tg -> tg.protocol().equals("GENEVE")).findFirst().orElseThrow();
        assertThat(appliances.port()).isEqualTo(6081);
        assertThat(appliances.targets()).hasSize(2);
    }

    @Test
    void latticeExample_splitsTwentyToTenWithTwoPathRules() throws Exception {
        Network network = example("privatelink-gwlb-lattice.json");
        Map<String, LatticeTargetGroup> groups = byId(network.latticeTargetGroups());
        LatticeListener listener = network.latticeListeners().get(0);

        assertThat(((LatticeAction.Forward) listener.defaultAction()).targetGroups())
                .extracting(w -> groups.get(w.targetGroupId().orElse("")).type(), WeightedTargetGroup::weight)
                .containsExactly(tuple(LatticeTargetGroup.Type.INSTANCE, 20), tuple(LatticeTargetGroup.Type.LAMBDA, 10));
        assertThat(network.latticeRules()).extracting(LatticeRule::priority, r -> r.match().path().value(),
                        r -> groups.get(((LatticeAction.Forward) r.action()).targetGroups().get(0).targetGroupId().orElse("")).type())
                .containsExactly(tuple(10, "/to-instance", LatticeTargetGroup.Type.INSTANCE),
                        tuple(20, "/to-function", LatticeTargetGroup.Type.LAMBDA));
        assertThat(network.vpcAssociations()).singleElement().extracting(a -> a.vpcId()).isEqualTo("vpc-01c2d3e4f5a6b7c80");
        assertThat(network.serviceAssociations()).singleElement().extracting(a -> a.serviceId()).isEqualTo(listener.serviceId());
    }
}
