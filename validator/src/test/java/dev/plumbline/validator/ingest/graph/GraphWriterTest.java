package dev.plumbline.validator.ingest.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.validator.ingest.JsonSchemas;
import dev.plumbline.validator.model.AclEntry;
import dev.plumbline.validator.model.ElasticIp;
import dev.plumbline.validator.model.Instance;
import dev.plumbline.validator.model.InternetGateway;
import dev.plumbline.validator.model.NatAddress;
import dev.plumbline.validator.model.NatGateway;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.model.NetworkAcl;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.Origin;
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
import dev.plumbline.validator.model.TrafficMatch;
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
import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.net.PortRange;
import dev.plumbline.validator.net.Prefix;
import dev.plumbline.validator.net.Protocol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Any network written by {@link GraphWriter} reads back as the same network (origins aside). */
class GraphWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final GraphWriter writer = new GraphWriter();
    private final GraphReader reader = new GraphReader();

    @TempDir
    Path dir;

    static Stream<Path> examples() throws Exception {
        try (Stream<Path> files = Files.list(GraphFixtures.EXAMPLES)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    private static void assertSameIgnoringOrigins(Network actual, Network expected) {
        assertThat(actual).usingRecursiveComparison()
                .withStrictTypeChecking()
                .ignoringFieldsOfTypes(Origin.class)
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void writeThenRead_example_givesTheSameNetwork(Path example) throws Exception {
        Network original = reader.read(example).network();

        Network reread = reader.read("dump.json", writer.write(original)).network();

        assertSameIgnoringOrigins(reread, original);
        assertThat(reread.size()).isEqualTo(original.size());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void writeTwice_example_givesTheSameText(Path example) throws Exception {
        String once = writer.write(reader.read(example).network());

        String twice = writer.write(reader.read("dump.json", once).network());

        assertThat(twice).isEqualTo(once);
    }

    @Test
    void writeThenRead_networkWithNoDefaultValueAnywhere_givesTheSameNetwork() throws Exception {
        Network original = everythingSet();

        ObjectNode tree = writer.toTree(original);
        Network reread = reader.read("dump.json", writer.write(original)).network();

        assertThat(JsonSchemas.validate(GraphFormat.SCHEMA, tree, "dump.json")).isEmpty();
        assertSameIgnoringOrigins(reread, original);
    }

    @Test
    void writeThenRead_valuesThatDifferFromWhatTheReaderWouldDerive_areWrittenOut() throws Exception {
        Network original = derivedValuesOverridden();

        ObjectNode tree = writer.toTree(original);
        Network reread = reader.read("dump.json", writer.write(original)).network();

        assertSameIgnoringOrigins(reread, original);
        assertThat(tree.at("/securityGroups/0/ingress").isArray()).as("default group with no inbound rules").isTrue();
        assertThat(tree.at("/loadBalancers/0/zones/0/azId").isNull()).as("zone without AZ id in a subnet with one").isTrue();
        assertThat(tree.at("/gwlbEndpoints/0/networkInterfaceId").asText("missing")).isEmpty();
    }

    @Test
    void write_minimalNetwork_leavesOutEveryKeyTheReaderWouldFillInTheSame() throws Exception {
        Network network = GraphFixtures.read("""
                {"version": 1,
                 "vpcs": [{"id": "vpc-1", "cidrs": ["10.0.0.0/16"]}],
                 "subnets": [{"id": "subnet-1", "vpcId": "vpc-1", "cidr": "10.0.1.0/24"}],
                 "routeTables": [{"id": "rtb-1", "vpcId": "vpc-1", "main": true}],
                 "networkInterfaces": [{"id": "eni-1", "subnetId": "subnet-1", "attachedTo": "i-1", "privateIp": "10.0.1.10"}],
                 "instances": [{"id": "i-1", "subnetId": "subnet-1"}],
                 "securityGroups": [{"id": "sg-1", "vpcId": "vpc-1", "isDefault": true}, {"id": "sg-2", "vpcId": "vpc-1"}],
                 "networkAcls": [{"id": "acl-1", "vpcId": "vpc-1", "isDefault": true}]}""");

        JsonNode written = writer.toTree(network);

        assertThat(written).isEqualTo(JSON.readTree("""
                {"$schema": "https://plumbline.dev/schemas/graph.schema.json", "version": 1,
                 "vpcs": [{"id": "vpc-1", "cidrs": ["10.0.0.0/16"]}],
                 "subnets": [{"id": "subnet-1", "vpcId": "vpc-1", "cidr": "10.0.1.0/24"}],
                 "routeTables": [{"id": "rtb-1", "vpcId": "vpc-1", "main": true, "routes": [{"cidr": "10.0.0.0/16", "target": {"local": true}}]}],
                 "networkInterfaces": [{"id": "eni-1", "subnetId": "subnet-1", "attachedTo": "i-1", "privateIp": "10.0.1.10"}],
                 "instances": [{"id": "i-1", "subnetId": "subnet-1"}],
                 "securityGroups": [{"id": "sg-1", "vpcId": "vpc-1", "isDefault": true}, {"id": "sg-2", "vpcId": "vpc-1"}],
                 "networkAcls": [{"id": "acl-1", "vpcId": "vpc-1", "isDefault": true}]}"""));
    }

    @Test
    void write_unknownValuesAndUnresolvedReferences_asUnknownObjects() {
        Network network = Network.builder()
                .add(new NetworkInterface("eni-1", "", "subnet-1", "vpc-1", "", "", Planned.unknown("urn:eni", "privateIp"),
                        List.of(), Planned.absent(), List.of(), true, null))
                .add(new RouteTable("rtb-1", "", "vpc-1", false, List.of(new Route(new RouteDestination.Cidr(Prefix.ANY),
                        new RouteTarget.Unresolved(new Planned.Unknown<>("urn:nat", "id")), Route.Source.STATIC, false, null)),
                        List.of(), List.of(), null))
                .build();

        ObjectNode tree = writer.toTree(network);

        assertThat(tree.at("/networkInterfaces/0/privateIp").toString()).isEqualTo("{\"unknown\":\"urn:eni\",\"property\":\"privateIp\"}");
        assertThat(tree.at("/routeTables/0/routes/0/target").toString()).isEqualTo("{\"unknown\":\"urn:nat\",\"property\":\"id\"}");
    }

    @Test
    void write_authPolicies_asObjectsWhenCompactJsonElseAsTheTextGiven() throws Exception {
        String compact = "{\"Version\":\"2012-10-17\",\"Statement\":[]}";
        String pretty = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": []\n}";
        Network original = Network.builder()
                .add(new ServiceNetwork("sn-1", "", "", AuthType.AWS_IAM, compact, null))
                .add(new ServiceNetwork("sn-2", "", "", AuthType.AWS_IAM, pretty, null))
                .add(new ServiceNetwork("sn-3", "", "", AuthType.AWS_IAM, "not json", null))
                .build();

        ObjectNode tree = writer.toTree(original);
        Network reread = reader.read("dump.json", writer.write(original)).network();

        assertThat(tree.at("/serviceNetworks/0/authPolicy").isObject()).isTrue();
        assertThat(tree.at("/serviceNetworks/1/authPolicy").asText()).isEqualTo(pretty);
        assertThat(tree.at("/serviceNetworks/2/authPolicy").asText()).isEqualTo("not json");
        assertSameIgnoringOrigins(reread, original);
    }

    @Test
    void write_toAFile_canBeReadBackWithOriginsInThatFile() throws Exception {
        Network original = reader.read(GraphFixtures.EXAMPLES.resolve("two-tier-vpc.json")).network();
        Path dump = dir.resolve("dump.json");

        writer.write(original, dump);
        Network reread = reader.read(dump).network();

        assertSameIgnoringOrigins(reread, original);
        assertThat(reread.subnets().get(2).origin()).isEqualTo(Origin.of(dump.toString(), "/subnets/2"));
        assertThat(Files.readString(dump)).startsWith("{\n  \"$schema\": \"https://plumbline.dev/schemas/graph.schema.json\",\n"
                + "  \"version\": 1,\n").endsWith("}\n");
    }

    private static Prefix cidr(String text) {
        return Prefix.parse(text);
    }

    private static Planned<Ipv4> ip(String text) {
        return Planned.known(Ipv4.parse(text));
    }

    /** Every element kind, every field set to something other than what an absent key means. */
    private static Network everythingSet() {
        Origin none = Origin.NONE;
        return Network.builder()
                .add(new Vpc("vpc-1", "main", "us-east-1", "111122223333", List.of(cidr("10.0.0.0/16"), cidr("100.64.0.0/20")), none))
                .add(new Vpc("vpc-2", "peer", "us-west-2", "444455556666", List.of(cidr("10.1.0.0/16")), none))
                .add(new Subnet("subnet-a", "a", "vpc-1", cidr("10.0.1.0/24"), "us-east-1a", Planned.known("use1-az1"), true, none))
                .add(new Subnet("subnet-b", "b", "vpc-1", cidr("10.0.2.0/24"), "us-east-1b",
                        Planned.unknown("subnet-b", "availabilityZoneId"), false, none))
                .add(new RouteTable("rtb-1", "edge", "vpc-1", true, List.of(
                        new Route(new RouteDestination.Cidr(cidr("10.0.0.0/16")), new RouteTarget.Local(), Route.Source.STATIC, false, none),
                        new Route(new RouteDestination.Cidr(cidr("100.64.0.0/20")), new RouteTarget.NetworkInterface("eni-1"),
                                Route.Source.LOCAL, true, none),
                        new Route(new RouteDestination.Cidr(Prefix.ANY), new RouteTarget.EgressOnlyInternetGateway("eigw-1"),
                                Route.Source.PROPAGATED, false, none),
                        new Route(new RouteDestination.Cidr(cidr("1.0.0.0/8")), new RouteTarget.InternetGateway("igw-1"), null, false, none),
                        new Route(new RouteDestination.Cidr(cidr("2.0.0.0/8")), new RouteTarget.NatGateway("nat-1"), null, false, none),
                        new Route(new RouteDestination.Cidr(cidr("3.0.0.0/8")), new RouteTarget.Instance("i-1"), null, false, none),
                        new Route(new RouteDestination.Cidr(cidr("4.0.0.0/8")), new RouteTarget.Peering("pcx-1"), null, false, none),
                        new Route(new RouteDestination.Cidr(cidr("5.0.0.0/8")), new RouteTarget.TransitGateway("tgw-1"), null, false, none),
                        new Route(new RouteDestination.Cidr(cidr("6.0.0.0/8")), new RouteTarget.VpnGateway("vgw-1"), null, false, none),
                        new Route(new RouteDestination.Cidr(cidr("7.0.0.0/8")), new RouteTarget.Opaque("core network", "core-1"), null,
                                false, none),
                        new Route(new RouteDestination.Cidr(cidr("8.0.0.0/8")),
                                new RouteTarget.Unresolved(new Planned.Unknown<>("urn:nat", "id")), null, false, none),
                        new Route(new RouteDestination.PrefixListRef("pl-1"), new RouteTarget.VpcEndpoint("vpce-gw"),
                                Route.Source.GATEWAY_ENDPOINT, false, none)),
                        List.of("subnet-a"), List.of("igw-1"), none))
                .add(new InternetGateway("igw-1", "igw", List.of("vpc-1"), none))
                .add(new ElasticIp("eipalloc-1", "eip", ip("203.0.113.1"), "eni-1", "i-1", Planned.unknown("eipalloc-1", "privateIp"), none))
                .add(new NatGateway("nat-1", "nat", "subnet-a", "vpc-1", NatGateway.Connectivity.PRIVATE, "pending", List.of(
                        new NatAddress(ip("10.0.1.5"), ip("203.0.113.2"), "eipalloc-1", false),
                        new NatAddress(Planned.unknown("nat-1", "secondaryPrivateIp"), Planned.absent(), "", true)), none))
                .add(new NetworkInterface("eni-1", "eni", "subnet-a", "vpc-1", "gateway_load_balancer_endpoint", "vpce-gwlb",
                        ip("10.0.1.10"), List.of(Ipv4.parse("10.0.1.11")), ip("203.0.113.3"), List.of("sg-1"), false, none))
                .add(new Instance("i-1", "app", "subnet-a", List.of("eni-1"), "stopped", none))
                .add(new SecurityGroup("sg-1", "app", "vpc-1", false, List.of(
                        new SgRule(TrafficMatch.tcp(PortRange.single(443)), new SgPeer.Cidr(Prefix.ANY), "https", none),
                        new SgRule(TrafficMatch.udp(PortRange.AWS_EPHEMERAL), new SgPeer.PrefixListRef("pl-1"), "", none),
                        new SgRule(TrafficMatch.icmp(3, 4), new SgPeer.Group("sg-2", "444455556666"), "", none),
                        new SgRule(new TrafficMatch(new Protocol(47), null, -1, -1), new SgPeer.Group("sg-1", ""), "gre", none),
                        new SgRule(TrafficMatch.icmp(8, -1), new SgPeer.Unresolved(new Planned.Unknown<>("urn:sg", "id")), "", none)),
                        List.of(new SgRule(TrafficMatch.tcp(PortRange.single(5432)), new SgPeer.Cidr(cidr("10.1.0.0/16")), "", none)),
                        none))
                .add(new NetworkAcl("acl-1", "strict", "vpc-1", false, List.of(
                        new AclEntry(100, false, TrafficMatch.tcp(new PortRange(1024, 65535)), Prefix.ANY, true, none),
                        new AclEntry(110, true, TrafficMatch.icmp(-1, -1), cidr("10.0.0.0/8"), false, none)),
                        List.of("subnet-a"), none))
                .add(new PrefixList("pl-1", "office", List.of(cidr("198.51.100.0/24")), 20, true, none))
                .add(new PeeringConnection("pcx-1", "peer", "vpc-1", List.of(cidr("10.0.0.0/16")), "vpc-2",
                        List.of(cidr("10.1.128.0/17")), "pending-acceptance", none))
                .add(new GatewayEndpoint("vpce-gw", "s3", "vpc-1", "com.amazonaws.us-east-1.s3", "pending", List.of("rtb-1"), "pl-1", none))
                .add(new InterfaceEndpoint("vpce-if", "orders", "vpc-1", Planned.known("com.amazonaws.vpce.us-east-1.vpce-svc-1"),
                        "vpce-svc-1", "us-west-2", List.of("subnet-a", "subnet-b"), List.of("eni-x"), List.of("sg-1"), false,
                        "pendingAcceptance", "111122223333", List.of("vpce-if.example"), none))
                .add(new GwlbEndpoint("vpce-gwlb", "inspect", "vpc-1", Planned.unknown("vpce-gwlb", "serviceName"), "vpce-svc-2",
                        "subnet-a", "eni-1", "rejected", "111122223333", none))
                .add(new EndpointService("vpce-svc-1", "orders", Planned.known("com.amazonaws.vpce.us-east-1.vpce-svc-1"),
                        EndpointService.Kind.GATEWAY_LOAD_BALANCER, List.of("arn:nlb"), true, List.of("*"), "orders.example.com",
                        "failed", List.of("us-west-2"), List.of("ipv4", "dualstack"), "us-east-1", "444455556666",
                        List.of("us-east-1b"), "Pending", List.of(
                                new EndpointConnection("vpce-if", "pendingAcceptance", "111122223333", none),
                                new EndpointConnection("vpce-gwlb", "rejected", "", none)), none))
                .add(new LoadBalancer("arn:nlb", "orders-nlb", LoadBalancer.Type.GATEWAY, true, "vpc-1", List.of(
                        new LbZone("subnet-a", "us-east-1a", Planned.known("use1-az9"), List.of(ip("10.0.1.20"),
                                Planned.unknown("arn:nlb", "privateIpv4Address")))),
                        List.of("sg-1"), true, false, "provisioning", none))
                .add(new TargetGroup("arn:tg-1", "appliances", "GENEVE", 6081, TargetGroup.TargetType.IP, "vpc-1",
                        new HealthCheck(false, "HTTPS", "traffic-port", "/health", 300, 120, 10, 10),
                        TargetGroup.Stickiness.TWO_TUPLE, true, true, true, List.of(
                                new Target("10.0.1.30", 6082, "us-east-1a", TargetHealth.INITIAL, none)), none))
                .add(new TargetGroup("arn:tg-2", "lambda", "", 0, TargetGroup.TargetType.LAMBDA, "",
                        new HealthCheck(true, "", "8080", "", 35, 30, 3, 3), TargetGroup.Stickiness.FIVE_TUPLE, false, false,
                        false, List.of(new Target("arn:aws:lambda:us-east-1:111122223333:function:f", 0, "", TargetHealth.UNUSED,
                                none)), none))
                .add(new Listener("arn:listener", "arn:nlb", 8443, "TLS", List.of("arn:tg-1", "arn:tg-2"), none))
                .add(new ServiceNetwork("sn-1", "arn:sn-1", "apps", AuthType.AWS_IAM, "{\"Version\":\"2012-10-17\"}", none))
                .add(new VpcAssociation("snva-1", "sn-1", "vpc-1", List.of("sg-1"), "CREATE_IN_PROGRESS", none))
                .add(new ServiceAssociation("snsa-1", "sn-1", "svc-1", "", none))
                .add(new LatticeService("svc-1", "arn:svc-1", "orders", Planned.unknown("svc-1", "dnsEntry"), "orders.example.com",
                        AuthType.AWS_IAM, "", none))
                .add(new LatticeListener("listener-1", "svc-1", "http", LatticeProtocol.HTTP, 8080, new LatticeAction.Forward(
                        List.of(new WeightedTargetGroup(Planned.known("tg-1"), 20),
                                new WeightedTargetGroup(Planned.unknown("tg-new", "id"), 0))), none))
                .add(new LatticeRule("rule-1", "listener-1", "canary", 100, new HttpMatch("PATCH",
                        new PathMatch("/Orders", true, false), List.of(
                                new HeaderMatch("x-env", HeaderMatch.Type.CONTAINS, "canary", true))),
                        new LatticeAction.FixedResponse(503), none))
                .add(new LatticeRule("rule-2", "listener-1", "", 1, new HttpMatch("", null,
                        List.of(new HeaderMatch("x-a", HeaderMatch.Type.EXACT, "", false))),
                        new LatticeAction.Forward(List.of(new WeightedTargetGroup(Planned.known("tg-1"), 999))), none))
                .add(new LatticeTargetGroup("tg-1", "arn:tg-1-lattice", "orders", LatticeTargetGroup.Type.ALB, 443, "HTTPS", "vpc-1",
                        true, List.of(new LatticeTarget("arn:alb", 444, TargetHealth.DRAINING, none)), none))
                .build();
    }

    /** Values that differ from what the reader derives from the rest of the file. */
    private static Network derivedValuesOverridden() {
        Origin none = Origin.NONE;
        return Network.builder()
                .add(new Vpc("vpc-1", "", "", "", List.of(cidr("10.0.0.0/16")), none))
                .add(new Subnet("subnet-a", "", "vpc-1", cidr("10.0.1.0/24"), "us-east-1a", Planned.known("use1-az1"), false, none))
                .add(new NetworkInterface("eni-1", "", "subnet-a", "vpc-1", "", "i-1", Planned.absent(), List.of(), Planned.absent(),
                        List.of(), true, none))
                .add(new NetworkInterface("eni-2", "", "subnet-a", "vpc-1", "", "vpce-gwlb", Planned.absent(), List.of(),
                        Planned.absent(), List.of(), true, none))
                .add(new Instance("i-1", "", "subnet-a", List.of(), "", none))
                .add(new SecurityGroup("sg-default", "", "vpc-1", true, List.of(), List.of(), none))
                .add(new NetworkAcl("acl-default", "", "vpc-1", true, List.of(), List.of(), none))
                .add(new PeeringConnection("pcx-1", "", "vpc-1", List.of(), "vpc-elsewhere", List.of(cidr("172.16.0.0/12")), "",
                        none))
                .add(new GwlbEndpoint("vpce-gwlb", "", "vpc-1", Planned.absent(), "", "subnet-a", "", "", "", none))
                .add(new LoadBalancer("arn:gwlb", "", LoadBalancer.Type.GATEWAY, false, "vpc-1",
                        List.of(new LbZone("subnet-a", "", Planned.absent(), List.of())), List.of(), false, true, "", none))
                .add(new EndpointService("vpce-svc-1", "", Planned.absent(), EndpointService.Kind.INTERFACE, List.of("arn:gwlb"), false,
                        List.of(), "", "", List.of(), List.of(), "", "", List.of(), "", List.of(), none))
                .add(new TargetGroup("arn:tg", "", "TCP", 80, TargetGroup.TargetType.INSTANCE, "vpc-1", HealthCheck.GWLB_DEFAULT,
                        TargetGroup.Stickiness.FIVE_TUPLE, false, false, null, List.of(), none))
                .add(new LatticeService("svc-1", "", "", Planned.absent(), "", AuthType.NONE, "", none))
                .add(new LatticeListener("listener-1", "svc-1", "", LatticeProtocol.HTTPS, 80, new LatticeAction.FixedResponse(404),
                        none))
                .build();
    }
}
