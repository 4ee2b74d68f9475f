package dev.plumbline;

import static dev.plumbline.testing.ChildAssertions.assertChildrenOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.aws.ec2.Subnet;
import com.pulumi.aws.ec2.SubnetArgs;
import com.pulumi.core.Output;
import dev.plumbline.inputs.AppSubnetArgs;
import dev.plumbline.inputs.GwlbHealthCheckArgs;
import dev.plumbline.inputs.InspectionStageArgs;
import dev.plumbline.inputs.ZonalSubnetArgs;
import dev.plumbline.internal.validation.ArgProblem;
import dev.plumbline.internal.validation.InvalidArgsException;
import dev.plumbline.internal.validation.Ipv4Cidr;
import dev.plumbline.testing.MockedDeployment;
import dev.plumbline.testing.MockedDeployment.Result;
import dev.plumbline.testing.Registered;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GwlbInspectionChainTest {

    private static final String TYPE = "plumbline:index:GwlbInspectionChain";
    private static final String IGW = "igw-0aaaaaaaaaaaaaaaa";
    private static final String ENDPOINT = "aws:ec2/vpcEndpoint:VpcEndpoint";
    private static final String ROUTE = "aws:ec2/route:Route";
    private static final String TABLE = "aws:ec2/routeTable:RouteTable";
    private static final String ASSOCIATION = "aws:ec2/routeTableAssociation:RouteTableAssociation";
    private static final String TARGET_GROUP = "aws:lb/targetGroup:TargetGroup";

    static ZonalSubnetArgs zonal(String id, String zone) {
        return ZonalSubnetArgs.builder().subnetId(id).availabilityZone(zone).build();
    }

    /** A stage in zones a and b; {@code d} is one hex digit that makes its ids unique. */
    static InspectionStageArgs.Builder stage(String name, char d) {
        return InspectionStageArgs.builder()
                .name(name)
                .applianceVpcId("vpc-0" + String.valueOf(d).repeat(16))
                .applianceSubnets(zonal("subnet-0" + d + "a00000000000000", "us-east-1a"),
                        zonal("subnet-0" + d + "b00000000000000", "us-east-1b"))
                .target(name + "-1", "i-0" + d + "100000000000000")
                .endpointSubnets(zonal("subnet-0" + d + "e0000000000000a", "us-east-1a"),
                        zonal("subnet-0" + d + "e0000000000000b", "us-east-1b"));
    }

    static AppSubnetArgs app(String name, String id, String cidr, String zone) {
        return AppSubnetArgs.builder().name(name).subnetId(id).cidrBlock(cidr).availabilityZone(zone).build();
    }

    static AppSubnetArgs webB() {
        return app("web-b", "subnet-0000000000000000b", "10.0.2.0/24", "us-east-1b");
    }

    static GwlbInspectionChainArgs.Builder chain(InspectionStageArgs... stages) {
        return GwlbInspectionChainArgs.builder()
                .vpcId("vpc-0aaaaaaaaaaaaaaaa")
                .internetGatewayId(IGW)
                .appSubnets(app("web-a", "subnet-0000000000000000a", "10.0.1.0/24", "us-east-1a"), webB())
                .stages(stages)
                .tags(Map.of("team", "netsec"));
    }

    static GwlbInspectionChainArgs.Builder firewallThenIds() {
        return chain(stage("firewall", 'f').build(), stage("ids", 'd').build());
    }

    static Result deploy(GwlbInspectionChainArgs args) {
        return MockedDeployment.run(ctx -> new GwlbInspectionChain("edge", args, null));
    }

    static List<ArgProblem> problems(GwlbInspectionChainArgs args) {
        Result result = deploy(args);
        assertThat(result.resources()).extracting(Registered::type).containsOnly(TYPE);
        return result.invalidArgs().orElseThrow(() -> new AssertionError("no InvalidArgsException: " + result.exceptions()))
                .problems();
    }

    @Test
    void chain_withTwoStagesInTwoZones_registersEachPieceOnce() {
        Result result = deploy(firewallThenIds().build());

        assertThat(result.exceptions()).isEmpty();
        Map<String, Long> counts = new HashMap<>();
        result.resources().forEach(r -> counts.merge(r.type(), 1L, Long::sum));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry(TYPE, 1L),
                Map.entry("aws:lb/loadBalancer:LoadBalancer", 2L),
                Map.entry(TARGET_GROUP, 2L),
                Map.entry("aws:lb/listener:Listener", 2L),
                Map.entry("aws:lb/targetGroupAttachment:TargetGroupAttachment", 2L),
                Map.entry("aws:ec2/vpcEndpointService:VpcEndpointService", 2L),
                Map.entry(ENDPOINT, 4L),
                Map.entry(TABLE, 7L),
                Map.entry(ROUTE, 10L),
                Map.entry(ASSOCIATION, 7L)));
    }

    @Test
    void chain_childrenAreParentedNamedAndTagged() {
        assertChildrenOf(deploy(firewallThenIds().build()), TYPE, "edge", Map.of("team", "netsec"));
    }

    @Test
    void stage_byDefault_isGatewayLoadBalancerWithGeneveTargetGroupAndTcp80HealthCheck() {
        Result result = deploy(firewallThenIds().build());

        Registered gwlb = result.named("aws:lb/loadBalancer:LoadBalancer", "edge-gwlb-firewall");
        assertThat(gwlb.input("loadBalancerType")).isEqualTo("gateway");
        assertThat(gwlb.inputList("subnets")).containsExactly("subnet-0fa00000000000000", "subnet-0fb00000000000000");
        assertThat(gwlb.input("enableCrossZoneLoadBalancing")).isEqualTo(false);

        Registered tg = result.named(TARGET_GROUP, "edge-tg-firewall");
        assertThat(tg.input("protocol")).isEqualTo("GENEVE");
        assertThat(tg.input("port")).isEqualTo(6081.0);
        assertThat(tg.input("vpcId")).isEqualTo("vpc-0ffffffffffffffff");
        assertThat(tg.inputMap("healthCheck")).containsEntry("protocol", "TCP").containsEntry("port", "80")
                .containsEntry("interval", 10.0).containsEntry("timeout", 5.0)
                .containsEntry("healthyThreshold", 5.0).containsEntry("unhealthyThreshold", 2.0)
                .doesNotContainKey("path");
        assertThat(tg.inputList("targetFailovers"))
                .containsExactly(Map.of("onUnhealthy", "no_rebalance", "onDeregistration", "no_rebalance"));
        assertThat(tg.inputs()).doesNotContainKey("stickiness");

        Registered listener = result.named("aws:lb/listener:Listener", "edge-listener-firewall");
        assertThat(listener.input("loadBalancerArn")).isEqualTo(result.outputsMap("gatewayLoadBalancerArns").get("firewall"));
        assertThat(listener.inputList("defaultActions")).singleElement().asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("type", "forward").containsEntry("targetGroupArn", result.outputsMap("targetGroupArns").get("firewall"));

        Registered attachment = result.named("aws:lb/targetGroupAttachment:TargetGroupAttachment", "edge-target-firewall-firewall-1");
        assertThat(attachment.input("targetId")).isEqualTo("i-0f100000000000000");
        assertThat(attachment.input("targetGroupArn")).isEqualTo(result.outputsMap("targetGroupArns").get("firewall"));

        Registered service = result.named("aws:ec2/vpcEndpointService:VpcEndpointService", "edge-service-firewall");
        assertThat(service.inputList("gatewayLoadBalancerArns"))
                .containsExactly(result.outputsMap("gatewayLoadBalancerArns").get("firewall"));
        assertThat(service.input("acceptanceRequired")).isEqualTo(false);
    }

    @Test
    void stage_withThreeTupleRebalanceAndHttpCheck_setsStickinessFailoverAndPath() {
        Result result = deploy(chain(stage("firewall", 'f')
                .flowStickiness("3-tuple")
                .targetFailover("rebalance")
                .healthCheck(GwlbHealthCheckArgs.builder().protocol("HTTP").port(8080).path("/healthz").build())
                .build()).build());

        Registered tg = result.named(TARGET_GROUP, "edge-tg-firewall");
        assertThat(tg.inputMap("stickiness")).containsEntry("enabled", true).containsEntry("type", "source_ip_dest_ip_proto");
        assertThat(tg.inputList("targetFailovers"))
                .containsExactly(Map.of("onUnhealthy", "rebalance", "onDeregistration", "rebalance"));
        assertThat(tg.inputMap("healthCheck")).containsEntry("protocol", "HTTP").containsEntry("port", "8080")
                .containsEntry("path", "/healthz");
    }

    @Test
    void stage_withTwoTuple_usesSourceAndDestinationIp() {
        Result result = deploy(chain(stage("firewall", 'f').flowStickiness("2-tuple").build()).build());

        assertThat(result.named(TARGET_GROUP, "edge-tg-firewall").inputMap("stickiness"))
                .containsEntry("type", "source_ip_dest_ip");
    }

    @Test
    void endpoints_oneGatewayLoadBalancerEndpointPerStageAndZone_inTheStagesSubnet() {
        Result result = deploy(firewallThenIds().build());

        Map<String, String> serviceNames = result.outputsMap("endpointServiceNames");
        for (String stage : List.of("firewall", "ids")) {
            char d = stage.equals("firewall") ? 'f' : 'd';
            for (String zone : List.of("a", "b")) {
                Registered endpoint = result.named(ENDPOINT, "edge-endpoint-" + stage + "-us-east-1" + zone);
                assertThat(endpoint.input("vpcEndpointType")).isEqualTo("GatewayLoadBalancer");
                assertThat(endpoint.input("vpcId")).isEqualTo("vpc-0aaaaaaaaaaaaaaaa");
                assertThat(endpoint.input("serviceName")).isEqualTo(serviceNames.get(stage));
                assertThat(endpoint.inputList("subnetIds")).containsExactly("subnet-0" + d + "e0000000000000" + zone);
            }
        }
        assertThat(result.ofType("aws:ec2/vpcEndpointConnectionAccepter:VpcEndpointConnectionAccepter")).isEmpty();
    }

    @Test
    void edgeTable_isAssociatedWithTheInternetGatewayAndRoutesEachAppSubnetToTheFirstStageInItsZone() {
        Result result = deploy(firewallThenIds().build());
        Network net = Network.of(result);

        Registered edgeAssociation = result.named(ASSOCIATION, "edge-assoc-edge");
        assertThat(edgeAssociation.input("gatewayId")).isEqualTo(IGW);
        assertThat(edgeAssociation.inputs()).doesNotContainKey("subnetId");
        assertThat(edgeAssociation.input("routeTableId")).isEqualTo(result.outputs().get("edgeRouteTableId"));
        assertThat(net.routes(result.outputs().get("edgeRouteTableId")))
                .containsExactlyInAnyOrder("10.0.1.0/24 -> firewall/us-east-1a", "10.0.2.0/24 -> firewall/us-east-1b");
    }

    @Test
    void routes_withTwoStages_passInboundFirewallThenIdsAndOutboundIdsThenFirewall() {
        Network net = Network.of(deploy(firewallThenIds().build()));

        assertThat(net.inbound("10.0.1.10")).containsExactly("firewall/us-east-1a", "ids/us-east-1a", "local");
        assertThat(net.outbound("subnet-0000000000000000a", "8.8.8.8"))
                .containsExactly("ids/us-east-1a", "firewall/us-east-1a", "igw");
        assertThat(net.inbound("10.0.2.77")).containsExactly("firewall/us-east-1b", "ids/us-east-1b", "local");
        assertThat(net.outbound("subnet-0000000000000000b", "1.1.1.1"))
                .containsExactly("ids/us-east-1b", "firewall/us-east-1b", "igw");
    }

    @Test
    void routes_withOneStage_areTheCanonicalNorthSouthDesign() {
        Result result = deploy(chain(stage("firewall", 'f').build()).build());
        Network net = Network.of(result);

        assertThat(net.inbound("10.0.1.10")).containsExactly("firewall/us-east-1a", "local");
        assertThat(net.outbound("subnet-0000000000000000a", "8.8.8.8")).containsExactly("firewall/us-east-1a", "igw");
        String endpointTable = result.outputsNested("endpointRouteTableIds").get("firewall").get("us-east-1a");
        assertThat(net.routes(endpointTable)).containsExactly("0.0.0.0/0 -> igw");
    }

    @Test
    void acceptanceRequired_acceptsEachEndpointBeforeRoutingToIt() {
        Result result = deploy(chain(stage("firewall", 'f').acceptanceRequired(true).build()).build());

        List<Registered> accepters = result.ofType("aws:ec2/vpcEndpointConnectionAccepter:VpcEndpointConnectionAccepter");
        assertThat(accepters).extracting(Registered::name)
                .containsExactlyInAnyOrder("edge-accept-firewall-us-east-1a", "edge-accept-firewall-us-east-1b");
        Map<String, String> endpointIds = result.outputsNested("endpointIds").get("firewall");
        assertThat(accepters).extracting(a -> a.input("vpcEndpointId")).containsExactlyInAnyOrderElementsOf(endpointIds.values());
        assertThat(result.named("aws:ec2/vpcEndpointService:VpcEndpointService", "edge-service-firewall")
                .input("acceptanceRequired")).isEqualTo(true);
        List<String> accepterUrns = accepters.stream().map(Registered::urn).toList();
        assertThat(result.ofType(ROUTE)).allSatisfy(route -> assertThat(route.dependencies()).containsAll(accepterUrns));
    }

    @Test
    void outputs_nameWhatWasCreated() {
        Result result = deploy(firewallThenIds().build());

        assertThat(result.outputsMap("gatewayLoadBalancerArns")).containsOnlyKeys("firewall", "ids")
                .allSatisfy((stage, arn) -> assertThat(arn).startsWith("arn:aws:elasticloadbalancing:").contains("/gwy/edge-gwlb-" + stage + "/"));
        assertThat(result.outputsMap("endpointServiceNames")).containsOnlyKeys("firewall", "ids");
        Map<String, Map<String, String>> endpointIds = result.outputsNested("endpointIds");
        assertThat(endpointIds.get("ids")).containsOnlyKeys("us-east-1a", "us-east-1b");
        assertThat(result.ofType(ENDPOINT)).extracting(Registered::urn).hasSize(4);
        assertThat(result.outputsMap("appRouteTableIds")).containsOnlyKeys("us-east-1a", "us-east-1b");
        assertThat(result.outputsNested("endpointRouteTableIds")).containsOnlyKeys("firewall", "ids");
        assertThat((String) result.outputs().get("edgeRouteTableId")).startsWith("rtb-");
    }

    @Test
    void stage_withoutTargets_isRejectedBeforeAnyChildExists() {
        List<ArgProblem> problems = problems(chain(stage("firewall", 'f').targets(List.of()).build()).build());

        assertThat(problems).extracting(ArgProblem::argument).containsExactly("stages[0].targets");
        assertThat(problems.get(0).problem()).isEqualTo("the stage has no appliance targets");
    }

    @Test
    void endpointSubnets_twoInOneZone_isRejected() {
        List<ArgProblem> problems = problems(chain(stage("firewall", 'f')
                .endpointSubnets(zonal("subnet-0fe0000000000000a", "us-east-1a"), zonal("subnet-0fe0000000000000c", "us-east-1a"),
                        zonal("subnet-0fe0000000000000b", "us-east-1b"))
                .build()).build());

        assertThat(problems).extracting(ArgProblem::render).containsExactly(
                "stages[0].endpointSubnets[1].availabilityZone: a second subnet in us-east-1a. Fix: keep one subnet per zone"
                        + " (AWS places one endpoint or load balancer node per zone).");
    }

    @Test
    void endpointSubnets_missingAZoneOfTheAppSubnets_isRejected() {
        List<ArgProblem> problems = problems(chain(stage("firewall", 'f')
                .endpointSubnets(zonal("subnet-0fe0000000000000a", "us-east-1a")).build()).build());

        assertThat(problems).extracting(ArgProblem::argument).containsExactly("stages[0].endpointSubnets");
        assertThat(problems.get(0).problem()).contains("no endpoint subnet in us-east-1b");
    }

    @Test
    void applianceSubnets_missingAZoneOfTheAppSubnets_isRejected() {
        List<ArgProblem> problems = problems(chain(stage("firewall", 'f')
                .applianceSubnets(zonal("subnet-0fa00000000000000", "us-east-1a")).build()).build());

        assertThat(problems).extracting(ArgProblem::argument).containsExactly("stages[0].applianceSubnets");
        assertThat(problems.get(0).problem()).startsWith("no subnet in us-east-1b");
    }

    @Test
    void appSubnet_cidrWithHostBits_isRejectedWithTheNetworkItMeans() {
        List<ArgProblem> problems = problems(firewallThenIds()
                .appSubnets(app("web-a", "subnet-0000000000000000a", "10.0.1.5/24", "us-east-1a"), webB()).build());

        assertThat(problems).extracting(ArgProblem::render).containsExactly(
                "appSubnets[0].cidrBlock: '10.0.1.5/24' has host bits set (did you mean 10.0.1.0/24?)."
                        + " Fix: write the block as AWS does, by its network address and prefix length.");
    }

    @Test
    void appSubnets_overlapping_areRejected() {
        List<ArgProblem> problems = problems(firewallThenIds()
                .appSubnets(app("web-a", "subnet-0000000000000000a", "10.0.0.0/16", "us-east-1a"),
                        app("web-b", "subnet-0000000000000000b", "10.0.2.0/24", "us-east-1b")).build());

        assertThat(problems).extracting(ArgProblem::argument).containsExactly("appSubnets[1].cidrBlock");
        assertThat(problems.get(0).problem()).isEqualTo("'10.0.2.0/24' overlaps appSubnets[0].cidrBlock (10.0.0.0/16)");
    }

    @Test
    void endpointSubnet_thatIsAnAppSubnet_isRejectedAsABypass() {
        List<ArgProblem> problems = problems(chain(stage("firewall", 'f')
                .endpointSubnets(zonal("subnet-0000000000000000a", "us-east-1a"), zonal("subnet-0fe0000000000000b", "us-east-1b"))
                .build()).build());

        assertThat(problems).extracting(ArgProblem::argument).containsExactly("stages[0].endpointSubnets[0].subnetId");
        assertThat(problems.get(0).problem()).contains("is also appSubnets[0].subnetId");
    }

    @Test
    void stages_duplicateOrReservedNamesAndBadSettings_areAllReportedAtOnce() {
        List<ArgProblem> problems = problems(chain(
                stage("firewall", 'f').flowStickiness("4-tuple").targetFailover("sometimes").build(),
                stage("firewall", 'd').healthCheck(GwlbHealthCheckArgs.builder().protocol("TCP").path("/x")
                        .intervalSeconds(5).timeoutSeconds(5).healthyThreshold(11).build()).build(),
                stage("edge", 'e').targetType("ip").build()).build());

        assertThat(problems).extracting(ArgProblem::argument).containsExactlyInAnyOrder(
                "stages[0].flowStickiness", "stages[0].targetFailover",
                "stages[1].name", "stages[1].healthCheck.path", "stages[1].healthCheck.timeoutSeconds",
                "stages[1].healthCheck.healthyThreshold",
                "stages[2].name", "stages[2].targets[0].id");
    }

    @Test
    void message_listsEveryProblemWithItsFix_asTheReadmeShows() {
        Result result = deploy(firewallThenIds()
                .appSubnets(app("web-a", "subnet-0000000000000000a", "10.0.1.5/24", "us-east-1a"), webB())
                .stages(stage("firewall", 'f').targets(List.of()).build(), stage("ids", 'd').build())
                .build());

        assertThat(result.invalidArgs().orElseThrow().getMessage()).isEqualTo("""
                plumbline:index:GwlbInspectionChain 'edge': 2 invalid arguments
                  - appSubnets[0].cidrBlock: '10.0.1.5/24' has host bits set (did you mean 10.0.1.0/24?). \
                Fix: write the block as AWS does, by its network address and prefix length.
                  - stages[0].targets: the stage has no appliance targets. \
                Fix: add at least one appliance, e.g. targets: [{name: fw-a, id: i-0123456789abcdef0}].""");
    }

    @Test
    void chain_withoutStagesOrAppSubnets_saysWhatToAdd() {
        List<ArgProblem> problems = problems(GwlbInspectionChainArgs.builder().build());

        assertThat(problems).extracting(ArgProblem::argument)
                .containsExactlyInAnyOrder("vpcId", "internetGatewayId", "appSubnets", "stages");
    }

    @Test
    void appSubnetCidr_knownOnlyAtDeployTime_isCheckedWhenItResolvesWithTheSameMessage() {
        String atConstruction = problems(firewallThenIds()
                .appSubnets(app("web-a", "subnet-0000000000000000a", "10.0.1.5/24", "us-east-1a"), webB()).build())
                .get(0).render();

        Result result = MockedDeployment.run(ctx -> {
            Subnet subnet = new Subnet("web-a", SubnetArgs.builder().vpcId("vpc-0aaaaaaaaaaaaaaaa")
                    .cidrBlock("10.0.1.5/24").availabilityZone("us-east-1a").build());
            Output<String> cidr = subnet.cidrBlock().applyValue(c -> c.orElseThrow());
            return new GwlbInspectionChain("edge", firewallThenIds()
                    .appSubnets(AppSubnetArgs.builder().name("web-a").subnetId(subnet.id()).cidrBlock(cidr)
                            .availabilityZone("us-east-1a").build(), webB())
                    .build(), null);
        });

        InvalidArgsException deferred = result.invalidArgs().orElseThrow();
        assertThat(deferred.problems()).extracting(ArgProblem::render).containsExactly(atConstruction);
        assertThat(deferred.getMessage()).startsWith("plumbline:index:GwlbInspectionChain 'edge': 1 invalid argument");
        assertThat(result.ofType(ROUTE)).extracting(Registered::name).doesNotContain("edge-route-edge-web-a");
    }

    @Test
    void appSubnetCidr_unknownInPreview_isNotJudgedAndTheChainIsStillPlanned() {
        Result result = MockedDeployment.preview(ctx -> new GwlbInspectionChain("edge", firewallThenIds()
                .appSubnets(AppSubnetArgs.builder().name("web-a").subnetId("subnet-0000000000000000a")
                        .cidrBlock(MockedDeployment.<String>unknown()).availabilityZone("us-east-1a").build(), webB())
                .build(), null));

        assertThat(result.exceptions()).isEmpty();
        assertThat(result.ofType(ENDPOINT)).hasSize(4);
        assertThat(result.named(ROUTE, "edge-route-edge-web-a").inputs()).doesNotContainKey("destinationCidrBlock");
        assertThat(result.named(ROUTE, "edge-route-edge-web-b").input("destinationCidrBlock")).isEqualTo("10.0.2.0/24");
    }

    /**
     * The protected VPC as the chain left it, read back from the registered resources: route
     * tables with their routes, associations, and endpoints. Walks a packet the way the VPC
     * router would: longest prefix, and the VPC's local route for the application subnets.
     */
    private record Network(Map<String, List<String[]>> routesByTable, Map<String, String> tableOfSubnet, String edgeTable,
            Map<String, String> endpointSubnet, Map<String, String> endpointName) {

        /** The protected VPC's CIDR block: every table has its local route. */
        static final String VPC_CIDR = "10.0.0.0/16";

        static Network of(Result result) {
            Map<String, String> tableIds = new HashMap<>();
            for (Registered t : result.ofType(TABLE)) {
                tableIds.put(t.name(), "rtb-" + dev.plumbline.testing.Ids.hex(TABLE + "/" + t.name()));
            }
            Map<String, List<String[]>> routes = new HashMap<>();
            for (Registered r : result.ofType(ROUTE)) {
                String target = r.inputs().containsKey("gatewayId") ? "igw:" + r.input("gatewayId") : "vpce:" + r.input("vpcEndpointId");
                routes.computeIfAbsent((String) r.input("routeTableId"), k -> new ArrayList<>())
                        .add(new String[] {(String) r.input("destinationCidrBlock"), target});
            }
            Map<String, String> tableOfSubnet = new HashMap<>();
            String edge = null;
            for (Registered a : result.ofType(ASSOCIATION)) {
                if (a.inputs().containsKey("gatewayId")) {
                    edge = (String) a.input("routeTableId");
                } else {
                    tableOfSubnet.put((String) a.input("subnetId"), (String) a.input("routeTableId"));
                }
            }
            Map<String, String> endpointSubnet = new HashMap<>();
            Map<String, String> endpointName = new HashMap<>();
            for (Registered e : result.ofType(ENDPOINT)) {
                String id = "vpce-" + dev.plumbline.testing.Ids.hex(ENDPOINT + "/" + e.name());
                endpointSubnet.put(id, (String) e.inputList("subnetIds").get(0));
                String[] parts = e.name().substring("edge-endpoint-".length()).split("-", 2);
                endpointName.put(id, parts[0] + "/" + parts[1]);
            }
            return new Network(routes, tableOfSubnet, edge, endpointSubnet, endpointName);
        }

        List<String> routes(Object tableId) {
            return routesByTable.getOrDefault(tableId, List.of()).stream()
                    .map(r -> r[0] + " -> " + (r[1].startsWith("igw:") ? "igw" : endpointName.get(r[1].substring(5))))
                    .toList();
        }

        List<String> inbound(String destination) {
            return walk(edgeTable, destination);
        }

        List<String> outbound(String fromSubnet, String destination) {
            return walk(tableOfSubnet.get(fromSubnet), destination);
        }

        private List<String> walk(String table, String destination) {
            List<String> hops = new ArrayList<>();
            for (int guard = 0; guard < 10; guard++) {
                Optional<String> target = lookup(table, destination);
                if (target.isEmpty()) {
                    hops.add("no route");
                    return hops;
                }
                if (target.get().equals("local")) {
                    hops.add("local");
                    return hops;
                }
                if (target.get().startsWith("igw:")) {
                    hops.add("igw");
                    return hops;
                }
                String endpoint = target.get().substring(5);
                hops.add(endpointName.get(endpoint));
                table = tableOfSubnet.get(endpointSubnet.get(endpoint));
            }
            throw new AssertionError("routing loop: " + hops);
        }

        private Optional<String> lookup(String table, String destination) {
            List<String[]> withLocal = new ArrayList<>(routesByTable.getOrDefault(table, List.of()));
            withLocal.add(new String[] {VPC_CIDR, "local"});
            return withLocal.stream()
                    .filter(r -> contains(r[0], destination))
                    .max(java.util.Comparator.comparingInt(r -> Integer.parseInt(r[0].split("/")[1])))
                    .map(r -> r[1]);
        }

        private static boolean contains(String cidr, String address) {
            Ipv4Cidr network = Ipv4Cidr.parse(cidr).cidr().orElseThrow();
            return network.overlaps(Ipv4Cidr.parse(address + "/32").cidr().orElseThrow());
        }
    }
}
