package dev.plumbline.validator.ingest.aws;

import static dev.plumbline.validator.ingest.aws.SnapshotFixtures.byId;
import static dev.plumbline.validator.ingest.aws.SnapshotFixtures.cidr;
import static dev.plumbline.validator.ingest.aws.SnapshotFixtures.corpus;
import static dev.plumbline.validator.ingest.aws.SnapshotFixtures.eniWithIp;
import static dev.plumbline.validator.ingest.aws.SnapshotFixtures.known;
import static dev.plumbline.validator.ingest.aws.SnapshotFixtures.notes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.diag.Severity;
import dev.plumbline.validator.ingest.Ingested;
import dev.plumbline.validator.model.AclEntry;
import dev.plumbline.validator.model.Element;
import dev.plumbline.validator.model.Instance;
import dev.plumbline.validator.model.NatAddress;
import dev.plumbline.validator.model.NatGateway;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.model.NetworkAcl;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.PeeringConnection;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.Route;
import dev.plumbline.validator.model.RouteDestination;
import dev.plumbline.validator.model.RouteTable;
import dev.plumbline.validator.model.RouteTarget;
import dev.plumbline.validator.model.SecurityGroup;
import dev.plumbline.validator.model.SgPeer;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.model.TrafficMatch;
import dev.plumbline.validator.model.Vpc;
import dev.plumbline.validator.model.elb.LbZone;
import dev.plumbline.validator.model.elb.Listener;
import dev.plumbline.validator.model.elb.LoadBalancer;
import dev.plumbline.validator.model.elb.TargetGroup;
import dev.plumbline.validator.model.elb.TargetHealth;
import dev.plumbline.validator.model.endpoint.EndpointService;
import dev.plumbline.validator.model.endpoint.GatewayEndpoint;
import dev.plumbline.validator.model.endpoint.InterfaceEndpoint;
import dev.plumbline.validator.net.PortRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reads the eight Batfish AWS snapshots (test resources corpus/aws-snapshots, Apache-2.0; see
 * corpus/NOTICE.md) and checks the model against what their JSON says. Every expected value below
 * was read from the snapshot's files by hand; the comments say where.
 */
class AwsSnapshotReaderCorpusTest {

    private static final String ACCOUNT = "554773406868";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Ingested read(String snapshot) {
        return SnapshotFixtures.read(corpus(snapshot));
    }

    private static List<Route> routes(RouteTable table) {
        return table.routes();
    }

    private static RouteTable mainTable(Network network, String vpcId) {
        return network.routeTables().stream().filter(t -> t.vpcId().equals(vpcId) && t.main()).findFirst().orElseThrow();
    }

    private static Route routeTo(RouteTable table, String destination) {
        return table.routes().stream().filter(r -> r.destination().render().equals(destination)).findFirst()
                .orElseThrow(() -> new AssertionError(table.id() + " has no route to " + destination));
    }

    @ParameterizedTest
    @ValueSource(strings = {"test-subnet", "test-public-subnet", "test-public-private-subnet", "test-nat-gateway",
            "test-load-balancer", "test-vpc-endpoint-gateway", "test-vpc-endpoint-interface", "test-vpc-peering"})
    void read_eachCorpusSnapshot_everyOriginPointsAtItsEntry(String snapshot) throws IOException {
        Path root = corpus(snapshot);
        Ingested ingested = read(snapshot);

        assertThat(ingested.format()).isEqualTo(AwsSnapshotReader.FORMAT);
        assertThat(ingested.notes()).extracting(Diagnostic::severity).doesNotContain(Severity.ERROR);
        List<String> jsonFiles;
        try (Stream<Path> files = Files.walk(root)) {
            jsonFiles = files.filter(p -> p.toString().endsWith(".json"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        assertThat(ingested.sources()).containsExactlyInAnyOrderElementsOf(jsonFiles);
        List<Origin> origins = new ArrayList<>();
        ingested.network().elements().map(Element::origin).forEach(origins::add);
        ingested.network().routeTables().forEach(t -> t.routes().forEach(r -> origins.add(r.origin())));
        ingested.network().securityGroups().forEach(g -> {
            g.ingress().forEach(r -> origins.add(r.origin()));
            g.egress().forEach(r -> origins.add(r.origin()));
        });
        ingested.network().networkAcls().forEach(a -> a.entries().forEach(e -> origins.add(e.origin())));
        assertThat(origins).isNotEmpty();
        for (Origin origin : origins) {
            JsonNode document = JSON.readTree(root.resolve(origin.file()).toFile());
            assertThat(document.at(origin.pointer()).isObject()).as("%s points at an object", origin).isTrue();
        }
    }

    /** test-subnet: one VPC, one subnet, two instances, only the main table; aws_configs/ is flat. */
    @Nested
    class TestSubnet {
        private final Network network = read("test-subnet").network();

        @Test
        void read_flatFolderWithAvailabilityZones_takesRegionFromRegionNameAndSaysSo() {
            List<Diagnostic> region = notes(read("test-subnet"), IngestLog.REGION, "region us-east-2");
            assertThat(region).singleElement().satisfies(n -> {
                assertThat(n.location()).isEqualTo(Origin.of("aws_configs/AvailabilityZones.json",
                        "/AvailabilityZones/0/RegionName"));
                assertThat(n.message()).contains("aws_configs/");
            });
            assertThat(network.vpcs()).extracting(Vpc::region).containsExactly("us-east-2");
        }

        @Test
        void read_testSubnet_hasOneVpcOneSubnetAndTwoInstancesWithoutPublicIps() {
            // Vpcs.json: vpc-062867d29dbf9386f 10.10.0.0/16, owner 554773406868; Subnets.json: 10.10.1.0/24 in us-east-2b (use2-az2).
            assertThat(network.vpcs()).singleElement().satisfies(vpc -> {
                assertThat(vpc.id()).isEqualTo("vpc-062867d29dbf9386f");
                assertThat(vpc.cidrs()).containsExactly(cidr("10.10.0.0/16"));
                assertThat(vpc.accountId()).isEqualTo(ACCOUNT);
                assertThat(vpc.origin()).isEqualTo(Origin.of("aws_configs/Vpcs.json", "/Vpcs/0"));
            });
            assertThat(network.subnets()).singleElement().satisfies(subnet -> {
                assertThat(subnet.cidr()).isEqualTo(cidr("10.10.1.0/24"));
                assertThat(subnet.azName()).isEqualTo("us-east-2b");
                assertThat(subnet.azId()).isEqualTo(Planned.known("use2-az2"));
            });
            assertThat(network.instances()).extracting(Instance::id)
                    .containsExactly("i-08ef86e76fceabd8d", "i-07519d6ba3f9497e4");
            assertThat(network.networkInterfaces()).extracting(eni -> eni.privateIp().orElse(null).toString(),
                    eni -> eni.publicIp().isAbsent()).containsExactly(tuple("10.10.1.228", true), tuple("10.10.1.44", true));
            assertThat(network.internetGateways()).isEmpty();
            assertThat(network.elasticIps()).isEmpty();
        }

        @Test
        void read_testSubnet_mainTableHasOnlyTheLocalRoute() {
            RouteTable main = mainTable(network, "vpc-062867d29dbf9386f");
            assertThat(network.routeTables()).containsExactly(main);
            assertThat(main.subnetIds()).isEmpty();
            assertThat(routes(main)).singleElement().satisfies(route -> {
                assertThat(route.destination()).isEqualTo(new RouteDestination.Cidr(cidr("10.10.0.0/16")));
                assertThat(route.target()).isEqualTo(new RouteTarget.Local());
                assertThat(route.source()).isEqualTo(Route.Source.LOCAL);
                assertThat(route.blackhole()).isFalse();
            });
        }

        @Test
        void read_testSubnet_defaultGroupReferencesItselfAndDefaultAclAllowsAll() {
            SecurityGroup defaultGroup = byId(network.securityGroups(), "sg-09918aab1079824f5");
            assertThat(defaultGroup.isDefault()).isTrue();
            assertThat(defaultGroup.ingress()).singleElement().satisfies(rule -> {
                assertThat(rule.match()).isEqualTo(TrafficMatch.ALL);
                assertThat(rule.peer()).isEqualTo(new SgPeer.Group("sg-09918aab1079824f5", ACCOUNT));
            });
            SecurityGroup wizard = byId(network.securityGroups(), "sg-02566e413c0030c70");
            assertThat(wizard.ingress()).singleElement().satisfies(rule -> {
                assertThat(rule.match()).isEqualTo(TrafficMatch.tcp(PortRange.single(22)));
                assertThat(rule.peer()).isEqualTo(new SgPeer.Cidr(cidr("0.0.0.0/0")));
            });
            NetworkAcl acl = network.networkAcls().get(0);
            assertThat(acl.isDefault()).isTrue();
            assertThat(acl.subnetIds()).containsExactly("subnet-06c8307e34ffadb04");
            assertThat(acl.entries(false)).extracting(AclEntry::ruleNumber, AclEntry::allow)
                    .containsExactly(tuple(100, true), tuple(32767, false));
            assertThat(acl.entries(true)).extracting(AclEntry::ruleNumber, AclEntry::allow)
                    .containsExactly(tuple(100, true), tuple(32767, false));
        }
    }

    /** test-public-subnet: one public subnet whose own table routes 0.0.0.0/0 to the internet gateway. */
    @Nested
    class TestPublicSubnet {
        private final Ingested ingested = read("test-public-subnet");
        private final Network network = ingested.network();

        @Test
        void read_testPublicSubnet_subnetTableRoutesDefaultToAttachedIgw() {
            assertThat(network.internetGateways()).singleElement().satisfies(igw -> {
                assertThat(igw.id()).isEqualTo("igw-0a409e562d251f766");
                assertThat(igw.attachedVpcIds()).containsExactly("vpc-0672bce73895d7252");
            });
            RouteTable table = byId(network.routeTables(), "rtb-0489000c9e6c299e8");
            assertThat(table.main()).isFalse();
            assertThat(table.subnetIds()).containsExactly("subnet-0bb82ae8b3ea5dc78");
            Route defaultRoute = routeTo(table, "0.0.0.0/0");
            assertThat(defaultRoute.target()).isEqualTo(new RouteTarget.InternetGateway("igw-0a409e562d251f766"));
            assertThat(defaultRoute.source()).isEqualTo(Route.Source.STATIC);
            assertThat(routes(mainTable(network, "vpc-0672bce73895d7252"))).extracting(Route::target)
                    .containsExactly(new RouteTarget.Local());
        }

        @Test
        void read_testPublicSubnet_instanceHasItsPublicIp() {
            NetworkInterface eni = eniWithIp(network, "10.0.0.91");
            assertThat(eni.publicIp()).isEqualTo(known("18.216.80.133"));
            assertThat(eni.attachedTo()).isEqualTo("i-06669a407b2ef3ae5");
            assertThat(byId(network.instances(), "i-06669a407b2ef3ae5").networkInterfaceIds()).containsExactly(eni.id());
        }

        @Test
        void read_testPublicSubnet_notesTheEmptyVpnKeysAsSkipped() {
            assertThat(notes(ingested, IngestLog.SKIPPED, "skipped key")).extracting(n -> n.location().render())
                    .containsExactly("aws_configs/CustomerGateways.json#/CustomerGateways",
                            "aws_configs/VpnConnections.json#/VpnConnections", "aws_configs/VpnGateways.json#/VpnGateways");
            assertThat(notes(ingested, IngestLog.SKIPPED, "VpnConnections (empty)")).hasSize(1);
        }
    }

    /** test-public-private-subnet: the main table sends 0.0.0.0/0 to a virtual private gateway. */
    @Nested
    class TestPublicPrivateSubnet {
        private final Ingested ingested = read("test-public-private-subnet");
        private final Network network = ingested.network();

        @Test
        void read_testPublicPrivateSubnet_mainTableRoutesDefaultToVpnGatewayAndPublicTableToIgw() {
            RouteTable main = mainTable(network, "vpc-0b966fdeb36d5e43f");
            assertThat(main.id()).isEqualTo("rtb-002f0eabf583bf991");
            assertThat(routeTo(main, "0.0.0.0/0").target()).isEqualTo(new RouteTarget.VpnGateway("vgw-070087240d6fa2989"));
            RouteTable publicTable = byId(network.routeTables(), "rtb-0d20fcae075afe460");
            assertThat(publicTable.subnetIds()).containsExactly("subnet-0cf7a93fbd779f3a3");
            assertThat(routeTo(publicTable, "0.0.0.0/0").target())
                    .isEqualTo(new RouteTarget.InternetGateway("igw-0eac198308206c358"));
            // The private subnet 10.0.1.0/24 has no explicit association: it uses the main table.
            assertThat(network.routeTables()).flatExtracting(RouteTable::subnetIds)
                    .doesNotContain("subnet-0f263105946ad1a1d");
        }

        @Test
        void read_testPublicPrivateSubnet_onlyThePublicInstanceHasAPublicIp() {
            assertThat(eniWithIp(network, "10.0.0.47").publicIp()).isEqualTo(known("13.58.55.60"));
            assertThat(eniWithIp(network, "10.0.1.204").publicIp().isAbsent()).isTrue();
            assertThat(byId(network.subnets(), "subnet-0f263105946ad1a1d").name()).isEqualTo("Private subnet");
        }

        @Test
        void read_testPublicPrivateSubnet_notesTheVpnEntriesAsSkippedWithTheirFile() {
            assertThat(notes(ingested, IngestLog.SKIPPED, "skipped key")).extracting(Diagnostic::message)
                    .anySatisfy(m -> assertThat(m).startsWith("skipped key VpnConnections (1 entry): VPN is not modelled"))
                    .anySatisfy(m -> assertThat(m).startsWith("skipped key VpnGateways (1 entry)"))
                    .anySatisfy(m -> assertThat(m).startsWith("skipped key CustomerGateways (1 entry)"));
            assertThat(notes(ingested, IngestLog.SKIPPED, "VpnConnections")).singleElement()
                    .extracting(n -> n.location().file()).isEqualTo("aws_configs/VpnConnections.json");
        }
    }

    /** test-nat-gateway: a public NAT gateway serves 10.1.1.0/24; its public subnet has its own NACL. */
    @Nested
    class TestNatGateway {
        private final Ingested ingested = read("test-nat-gateway");
        private final Network network = ingested.network();

        @Test
        void read_flatFolderWithoutAvailabilityZones_takesRegionFromSubnetArn() {
            assertThat(notes(ingested, IngestLog.REGION, "region us-east-2")).singleElement()
                    .extracting(Diagnostic::location)
                    .isEqualTo(Origin.of("aws_configs/Subnets.json", "/Subnets/0/SubnetArn"));
        }

        @Test
        void read_testNatGateway_natHasItsElasticIpAsPrimaryAddress() {
            NatGateway nat = byId(network.natGateways(), "nat-07ab4846da51f4612");
            assertThat(nat.connectivity()).isEqualTo(NatGateway.Connectivity.PUBLIC);
            assertThat(nat.state()).isEqualTo("available");
            assertThat(nat.subnetId()).isEqualTo("subnet-0428892a357fa1f94");
            assertThat(nat.addresses()).containsExactly(new NatAddress(known("10.1.250.210"), known("3.135.127.225"),
                    "eipalloc-0353e2d101e93f4a1", true));
            NetworkInterface natEni = eniWithIp(network, "10.1.250.210");
            assertThat(natEni.interfaceType()).isEqualTo("nat_gateway");
            assertThat(natEni.attachedTo()).isEqualTo(nat.id());
            assertThat(natEni.sourceDestCheck()).isFalse();
        }

        @Test
        void read_testNatGateway_privateSubnetRoutesDefaultToNatAndPublicSubnetToIgw() {
            RouteTable privateTable = byId(network.routeTables(), "rtb-02fe228b42de92a7c");
            assertThat(privateTable.subnetIds()).containsExactly("subnet-06f469bcee42e408e");
            assertThat(routeTo(privateTable, "0.0.0.0/0").target()).isEqualTo(new RouteTarget.NatGateway("nat-07ab4846da51f4612"));
            RouteTable publicTable = byId(network.routeTables(), "rtb-0ddf14681733ed0b7");
            assertThat(publicTable.subnetIds()).containsExactly("subnet-0428892a357fa1f94");
            assertThat(routeTo(publicTable, "0.0.0.0/0").target())
                    .isEqualTo(new RouteTarget.InternetGateway("igw-071753b9c23d8a9b2"));
            RouteTable main = mainTable(network, "vpc-0008a7b45e3ddf1dd");
            assertThat(main.id()).isEqualTo("rtb-0e169c4a1e0b27b55");
            assertThat(routes(main)).hasSize(1);
        }

        @Test
        void read_testNatGateway_publicSubnetAclAllowsIcmpFromPrivateSubnetThenAll() {
            NetworkAcl acl = byId(network.networkAcls(), "acl-0792adae678b88f85");
            assertThat(acl.isDefault()).isFalse();
            assertThat(acl.subnetIds()).containsExactly("subnet-0428892a357fa1f94");
            assertThat(acl.entries(false)).extracting(AclEntry::ruleNumber, AclEntry::match, AclEntry::cidr, AclEntry::allow)
                    .containsExactly(tuple(100, TrafficMatch.icmp(-1, -1), cidr("10.1.1.0/24"), true),
                            tuple(200, TrafficMatch.ALL, cidr("0.0.0.0/0"), true),
                            tuple(32767, TrafficMatch.ALL, cidr("0.0.0.0/0"), false));
            assertThat(acl.entries(true)).extracting(AclEntry::ruleNumber).containsExactly(100, 32767);
        }

        @Test
        void read_testNatGateway_jumpHostHasPublicIpAndIcmpEchoIsAllowed() {
            assertThat(eniWithIp(network, "10.1.250.116").publicIp()).isEqualTo(known("18.216.129.140"));
            assertThat(eniWithIp(network, "10.1.1.98").publicIp().isAbsent()).isTrue();
            // SecurityGroups.json: icmp FromPort 8 (echo request), ToPort 0 (code 0).
            SecurityGroup jump = byId(network.securityGroups(), "sg-0253af84ae6485905");
            assertThat(jump.ingress()).extracting(r -> r.match()).containsExactly(TrafficMatch.tcp(PortRange.single(22)),
                    TrafficMatch.icmp(8, 0));
            assertThat(jump.ingress().get(1).description()).isEqualTo("ICMP Access");
        }
    }

    /** test-load-balancer: an internal NLB in two subnets, listener TCP 80 to test-lb-tg. */
    @Nested
    class TestLoadBalancer {
        private static final String LB = "arn:aws:elasticloadbalancing:us-east-2:554773406868:loadbalancer/net/test-lb/725b996cb6be8fba";
        private static final String TG = "arn:aws:elasticloadbalancing:us-east-2:554773406868:targetgroup/test-lb-tg/8e891d8fcdf8ece8";
        private final Ingested ingested = read("test-load-balancer");
        private final Network network = ingested.network();

        @Test
        void read_testLoadBalancer_nlbZonesCarryTheAddressesOfItsInterfaces() {
            LoadBalancer lb = byId(network.loadBalancers(), LB);
            assertThat(lb.name()).isEqualTo("test-lb");
            assertThat(lb.type()).isEqualTo(LoadBalancer.Type.NETWORK);
            assertThat(lb.internal()).isTrue();
            assertThat(lb.state()).isEqualTo("active");
            assertThat(lb.vpcId()).isEqualTo("vpc-015b20578b48c1349");
            // LoadBalancers.json lists no addresses; the ENIs "ELB net/test-lb/725b996cb6be8fba" hold them.
            assertThat(lb.zones()).extracting(LbZone::subnetId, LbZone::azName, LbZone::azId, LbZone::addresses)
                    .containsExactly(
                            tuple("subnet-0873d71031a560a88", "us-east-2a", Planned.known("use2-az1"), List.of(known("10.1.20.123"))),
                            tuple("subnet-090fe152cd18ced20", "us-east-2b", Planned.known("use2-az2"), List.of(known("10.1.1.237"))));
            // LoadBalancerAttributes.json: load_balancing.cross_zone.enabled = true.
            assertThat(lb.crossZone()).isTrue();
            assertThat(lb.securityGroupIds()).isEmpty();
        }

        @Test
        void read_testLoadBalancer_nlbInterfacesBelongToTheLoadBalancer() {
            for (String ip : List.of("10.1.1.237", "10.1.20.123")) {
                NetworkInterface eni = eniWithIp(network, ip);
                assertThat(eni.interfaceType()).isEqualTo("network_load_balancer");
                assertThat(eni.attachedTo()).isEqualTo(LB);
                assertThat(eni.sourceDestCheck()).isFalse();
            }
        }

        @Test
        void read_testLoadBalancer_listenerForwardsTcp80ToTestLbTgWithTwoHealthyInstances() {
            Listener listener = network.listeners().stream().filter(l -> l.loadBalancerArn().equals(LB)).findFirst().orElseThrow();
            assertThat(listener.protocol()).isEqualTo("TCP");
            assertThat(listener.port()).isEqualTo(80);
            assertThat(listener.forwardTargetGroupArns()).containsExactly(TG);
            assertThat(listener.origin().file()).isEqualTo("aws_configs/LoadBalancerListeners.json");
            TargetGroup group = byId(network.targetGroups(), TG);
            assertThat(group.name()).isEqualTo("test-lb-tg");
            assertThat(group.protocol()).isEqualTo("TCP");
            assertThat(group.port()).isEqualTo(80);
            assertThat(group.targetType()).isEqualTo(TargetGroup.TargetType.INSTANCE);
            assertThat(group.healthCheck().healthyThreshold()).isEqualTo(3);
            // LoadBalancerTargetHealth.json registers both instances on port 22; the AZ comes from each instance's subnet.
            assertThat(group.targets()).extracting(t -> t.id(), t -> t.port(), t -> t.azName(), t -> t.health())
                    .containsExactly(tuple("i-0f4af951d61a19245", 22, "us-east-2a", TargetHealth.HEALTHY),
                            tuple("i-055b0db7be365202c", 22, "us-east-2b", TargetHealth.HEALTHY));
        }

        @Test
        void read_testLoadBalancer_readsAllFourTargetGroupsAndNoEndpointService() {
            assertThat(network.targetGroups()).extracting(TargetGroup::name)
                    .containsExactly("target1", "target2", "target3", "test-lb-tg");
            assertThat(network.targetGroups().subList(0, 3)).allSatisfy(g -> assertThat(g.targets()).isEmpty());
            // VpcEndpointServices.json lists AWS services, but no endpoint of this snapshot uses one.
            assertThat(network.endpointServices()).isEmpty();
            assertThat(ingested.notes()).noneMatch(n -> n.severity() == Severity.WARNING);
            assertThat(network.prefixLists()).extracting(p -> p.name(), p -> p.awsManaged())
                    .containsExactly(tuple("com.amazonaws.us-east-2.dynamodb", true), tuple("com.amazonaws.us-east-2.s3", true));
        }

        @Test
        void read_testLoadBalancer_jumpHostHasPublicIp() {
            assertThat(eniWithIp(network, "10.1.250.112").publicIp()).isEqualTo(known("3.17.39.193"));
        }
    }

    /** test-vpc-endpoint-gateway: an S3 gateway endpoint routed from both subnet tables; files under aws_configs/us-east-1/. */
    @Nested
    class TestVpcEndpointGateway {
        private final Ingested ingested = read("test-vpc-endpoint-gateway");
        private final Network network = ingested.network();

        @Test
        void read_regionFolder_takesRegionFromFolderName() {
            assertThat(network.vpcs()).extracting(Vpc::region).containsExactly("us-east-1");
            assertThat(notes(ingested, IngestLog.REGION, "from the folder's name")).singleElement()
                    .extracting(n -> n.location().file()).isEqualTo("aws_configs/us-east-1");
            assertThat(network.vpcs().get(0).origin().file()).isEqualTo("aws_configs/us-east-1/Vpcs.json");
        }

        @Test
        void read_testVpcEndpointGateway_gatewayEndpointRoutesItsPrefixListFromBothTables() {
            GatewayEndpoint endpoint = (GatewayEndpoint) byId(network.vpcEndpoints(), "vpce-0b7357542bb7b83ec");
            assertThat(endpoint.serviceName()).isEqualTo("com.amazonaws.us-east-1.s3");
            assertThat(endpoint.prefixListId()).isEqualTo("pl-63a5400a");
            assertThat(endpoint.routeTableIds()).containsExactly("rtb-04f71fc2caa8d94cf", "rtb-0efde4139784b75b0");
            assertThat(endpoint.isAvailable()).isTrue();
            for (String tableId : endpoint.routeTableIds()) {
                Route route = routeTo(byId(network.routeTables(), tableId), "pl-63a5400a");
                assertThat(route.destination()).isEqualTo(new RouteDestination.PrefixListRef("pl-63a5400a"));
                assertThat(route.target()).isEqualTo(new RouteTarget.VpcEndpoint("vpce-0b7357542bb7b83ec"));
                assertThat(route.source()).isEqualTo(Route.Source.GATEWAY_ENDPOINT);
            }
            assertThat(routeTo(byId(network.routeTables(), "rtb-0efde4139784b75b0"), "0.0.0.0/0").target())
                    .isEqualTo(new RouteTarget.InternetGateway("igw-0c8afe4471084ccba"));
            assertThat(byId(network.prefixLists(), "pl-63a5400a").cidrs()).containsExactly(cidr("54.231.0.0/17"),
                    cidr("52.216.0.0/15"), cidr("3.5.16.0/21"), cidr("3.5.0.0/20"));
        }

        @Test
        void read_testVpcEndpointGateway_customAclCoversBothSubnetsWithRule1000() {
            NetworkAcl acl = byId(network.networkAcls(), "acl-086ba598bbf8e5d89");
            assertThat(acl.name()).isEqualTo("testing-general");
            assertThat(acl.subnetIds()).containsExactly("subnet-01e5f0945f6d6f47c", "subnet-04391f04b912d0a73");
            assertThat(acl.entries(false)).extracting(AclEntry::ruleNumber, AclEntry::allow)
                    .containsExactly(tuple(1000, true), tuple(32767, false));
            assertThat(byId(network.networkAcls(), "acl-02e578d1a3e0ce403").subnetIds()).isEmpty();
        }

        @Test
        void read_testVpcEndpointGateway_instancesKeepTheirNameTagsAndPublicIp() {
            assertThat(network.instances()).extracting(Instance::name).containsExactly("public-web01", "private-web01");
            assertThat(eniWithIp(network, "10.1.1.169").publicIp()).isEqualTo(known("18.206.223.222"));
            assertThat(eniWithIp(network, "10.1.101.36").publicIp().isAbsent()).isTrue();
        }

        @Test
        void read_testVpcEndpointGateway_notesEveryUnmodelledKeyWithItsFile() {
            assertThat(notes(ingested, IngestLog.SKIPPED, "skipped key")).extracting(n -> n.location().render())
                    .containsExactlyInAnyOrder(
                            "aws_configs/us-east-1/CustomerGateways.json#/CustomerGateways",
                            "aws_configs/us-east-1/ElasticsearchDomains.json#/DomainStatusList",
                            "aws_configs/us-east-1/RdsInstances.json#/DBInstances",
                            "aws_configs/us-east-1/TransitGatewayAttachments.json#/TransitGatewayAttachments",
                            "aws_configs/us-east-1/TransitGatewayPropagations.json#/TransitGatewayPropagations",
                            "aws_configs/us-east-1/TransitGatewayRouteTables.json#/TransitGatewayRouteTables",
                            "aws_configs/us-east-1/TransitGatewayStaticRoutes.json#/TransitGatewayStaticRoutes",
                            "aws_configs/us-east-1/TransitGatewayVpcAttachments.json#/TransitGatewayVpcAttachments",
                            "aws_configs/us-east-1/TransitGateways.json#/TransitGateways",
                            "aws_configs/us-east-1/VpnConnections.json#/VpnConnections",
                            "aws_configs/us-east-1/VpnGateways.json#/VpnGateways");
        }
    }

    /** test-vpc-endpoint-interface: a CloudTrail interface endpoint whose ENI is 10.1.101.97. */
    @Nested
    class TestVpcEndpointInterface {
        private final Network network = read("test-vpc-endpoint-interface").network();

        @Test
        void read_testVpcEndpointInterface_endpointHasItsSubnetEniGroupAndDnsNames() {
            InterfaceEndpoint endpoint = (InterfaceEndpoint) byId(network.vpcEndpoints(), "vpce-083c683a6be29b889");
            assertThat(endpoint.serviceName()).isEqualTo(Planned.known("com.amazonaws.us-east-1.cloudtrail"));
            assertThat(endpoint.subnetIds()).containsExactly("subnet-0bb8615d8368ece31");
            assertThat(endpoint.networkInterfaceIds()).containsExactly("eni-0084b734451ba23ca");
            assertThat(endpoint.securityGroupIds()).containsExactly("sg-0973207c61f3466e1");
            assertThat(endpoint.privateDnsEnabled()).isTrue();
            assertThat(endpoint.state()).isEqualTo("available");
            assertThat(endpoint.ownerAccount()).isEqualTo(ACCOUNT);
            assertThat(endpoint.dnsNames()).contains("cloudtrail.us-east-1.amazonaws.com").hasSize(3);
            NetworkInterface eni = eniWithIp(network, "10.1.101.97");
            assertThat(eni.id()).isEqualTo("eni-0084b734451ba23ca");
            assertThat(eni.interfaceType()).isEqualTo("vpc_endpoint");
            assertThat(eni.attachedTo()).isEqualTo("vpce-083c683a6be29b889");
        }

        @Test
        void read_testVpcEndpointInterface_serviceIsDescribedFromTheConsumersSide() {
            InterfaceEndpoint endpoint = (InterfaceEndpoint) byId(network.vpcEndpoints(), "vpce-083c683a6be29b889");
            // VpcEndpointServices.json#/ServiceDetails/14: com.amazonaws.us-east-1.cloudtrail, vpce-svc-0139cfafb5a0578f4.
            assertThat(endpoint.endpointServiceId()).isEqualTo("vpce-svc-0139cfafb5a0578f4");
            EndpointService service = byId(network.endpointServices(), "vpce-svc-0139cfafb5a0578f4");
            assertThat(service.serviceKind()).isEqualTo(EndpointService.Kind.INTERFACE);
            assertThat(service.ownerAccount()).isEqualTo("amazon");
            assertThat(service.allowedPrincipals()).containsExactly("*");
            assertThat(service.acceptanceRequired()).isFalse();
            assertThat(service.availabilityZones()).containsExactly("us-east-1a", "us-east-1b", "us-east-1c",
                    "us-east-1d", "us-east-1e", "us-east-1f");
            assertThat(service.privateDnsName()).isEqualTo("cloudtrail.us-east-1.amazonaws.com");
            assertThat(service.privateDnsState()).isEqualTo("verified");
            assertThat(network.endpointServices()).hasSize(1);
        }

        @Test
        void read_testVpcEndpointInterface_oneTableServesBothSubnets() {
            RouteTable table = byId(network.routeTables(), "rtb-07e4f0e11d543c220");
            assertThat(table.subnetIds()).containsExactly("subnet-0bb8615d8368ece31", "subnet-0611b848137c513d1");
            assertThat(routeTo(table, "0.0.0.0/0").target()).isEqualTo(new RouteTarget.InternetGateway("igw-051ef323d8b6da33a"));
            assertThat(eniWithIp(network, "10.1.1.88").publicIp()).isEqualTo(known("3.86.201.253"));
        }
    }

    /** test-vpc-peering: A peers with B and with C, which share 192.168.0.0/16; B has a blackhole default route. */
    @Nested
    class TestVpcPeering {
        private static final String A = "vpc-0404e08ceddf7f650";
        private static final String B = "vpc-00a31ce9d0c06675c";
        private static final String C = "vpc-09095dbf2886404ee";
        private final Ingested ingested = read("test-vpc-peering");
        private final Network network = ingested.network();

        @Test
        void read_testVpcPeering_disassociatedSecondaryCidrsAreLeftOutAndNoted() {
            // Vpcs.json: each VPC's second CidrBlockAssociationSet entry is "disassociated".
            assertThat(byId(network.vpcs(), A).cidrs()).containsExactly(cidr("10.10.0.0/16"));
            assertThat(byId(network.vpcs(), B).cidrs()).containsExactly(cidr("192.168.0.0/16"));
            assertThat(byId(network.vpcs(), C).cidrs()).containsExactly(cidr("192.168.0.0/16"));
            assertThat(notes(ingested, IngestLog.SKIPPED, "disassociated")).extracting(n -> n.location().pointer())
                    .containsExactly("/Vpcs/0/CidrBlockAssociationSet/1", "/Vpcs/1/CidrBlockAssociationSet/1",
                            "/Vpcs/2/CidrBlockAssociationSet/1");
        }

        @Test
        void read_testVpcPeering_twoActivePeeringsWithBothSidesCidrs() {
            PeeringConnection ab = byId(network.peeringConnections(), "pcx-0b89b559e3319d6cf");
            assertThat(ab.name()).isEqualTo("A-B");
            assertThat(ab.isActive()).isTrue();
            assertThat(ab.requesterVpcId()).isEqualTo(A);
            assertThat(ab.requesterCidrs()).containsExactly(cidr("10.10.0.0/16"));
            assertThat(ab.accepterVpcId()).isEqualTo(B);
            assertThat(ab.accepterCidrs()).containsExactly(cidr("192.168.0.0/16"));
            PeeringConnection ac = byId(network.peeringConnections(), "pcx-0d5b836985ac8ca8c");
            assertThat(ac.name()).isEqualTo("A-C");
            assertThat(ac.peerOf(A)).isEqualTo(C);
        }

        @Test
        void read_testVpcPeering_routesUsePeeringsAndBHasABlackholeDefault() {
            RouteTable a = mainTable(network, A);
            assertThat(routeTo(a, "192.168.1.0/24").target()).isEqualTo(new RouteTarget.Peering("pcx-0b89b559e3319d6cf"));
            assertThat(routeTo(a, "192.168.2.0/24").target()).isEqualTo(new RouteTarget.Peering("pcx-0d5b836985ac8ca8c"));
            RouteTable b = mainTable(network, B);
            assertThat(routeTo(b, "10.10.0.0/16").target()).isEqualTo(new RouteTarget.Peering("pcx-0b89b559e3319d6cf"));
            Route blackhole = routeTo(b, "0.0.0.0/0");
            assertThat(blackhole.target()).isEqualTo(new RouteTarget.InternetGateway("igw-0a2c9ae201b441bff"));
            assertThat(blackhole.blackhole()).isTrue();
            assertThat(blackhole.origin()).isEqualTo(Origin.of("aws_configs/RouteTables.json", "/RouteTables/0/Routes/2"));
            assertThat(network.internetGateways()).isEmpty();
            assertThat(routeTo(mainTable(network, C), "10.10.0.0/16").blackhole()).isFalse();
        }

        @Test
        void read_testVpcPeering_threeInstancesWithoutPublicIps() {
            assertThat(network.networkInterfaces()).extracting(eni -> eni.privateIp().orElse(null).toString())
                    .containsExactlyInAnyOrder("10.10.10.157", "192.168.1.106", "192.168.2.229");
            assertThat(network.networkInterfaces()).allSatisfy(eni -> assertThat(eni.publicIp().isAbsent()).isTrue());
            assertThat(network.subnets()).extracting(Subnet::cidr)
                    .containsExactly(cidr("192.168.1.0/24"), cidr("192.168.2.0/24"), cidr("10.10.10.0/24"));
        }
    }
}
