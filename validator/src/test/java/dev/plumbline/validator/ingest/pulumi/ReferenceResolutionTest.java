package dev.plumbline.validator.ingest.pulumi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.RouteTable;
import dev.plumbline.validator.model.RouteTarget;
import dev.plumbline.validator.model.SgPeer;
import dev.plumbline.validator.model.endpoint.GwlbEndpoint;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * References resolve to the resource they name whatever the order of the input: an offline run
 * lists resources sorted by URN, so a resource that carries another's id as an output (a route's
 * vpcEndpointId, an endpoint's serviceName) can come before the resource it names.
 */
class ReferenceResolutionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PlanResources PLAN = new PlanResources("edge", "run.json");
    private static final String P = "urn:pulumi:dev::edge::";


    /** Sorted by URN as an offline run lists them: the route and the endpoint before the endpoint service. */
    private static List<PulumiResource> gwlbEdge() throws JsonProcessingException {
        return List.of(
                PLAN.resource("aws:ec2/route:Route", "edge-app-a", "r-rtb-0a1b2c3d4e5f607181644667035",
                        "{\"routeTableId\":\"rtb-0a1b2c3d4e5f60718\",\"destinationCidrBlock\":\"10.0.1.0/24\",\"vpcEndpointId\":\"vpce-0a1b2c3d4e5f60718\"}",
                        "{\"routeTableId\":\"rtb-0a1b2c3d4e5f60718\",\"destinationCidrBlock\":\"10.0.1.0/24\",\"vpcEndpointId\":\"vpce-0a1b2c3d4e5f60718\",\"id\":\"r-rtb-0a1b2c3d4e5f607181644667035\"}"),
                PLAN.resource("aws:ec2/routeTable:RouteTable", "edge", "rtb-0a1b2c3d4e5f60718", "{\"vpcId\":\"vpc-0a1b2c3d4e5f60718\"}",
                        "{\"vpcId\":\"vpc-0a1b2c3d4e5f60718\",\"id\":\"rtb-0a1b2c3d4e5f60718\"}"),
                PLAN.resource("aws:ec2/subnet:Subnet", "endpoint-a", "subnet-0a1b2c3d4e5f60718",
                        "{\"vpcId\":\"vpc-0a1b2c3d4e5f60718\",\"cidrBlock\":\"10.0.100.0/28\",\"availabilityZone\":\"us-east-1a\"}",
                        "{\"availabilityZoneId\":\"use1-az1\"}"),
                PLAN.resource("aws:ec2/vpc:Vpc", "shop", "vpc-0a1b2c3d4e5f60718", "{\"cidrBlock\":\"10.0.0.0/16\"}", "{}"),
                PLAN.resource("aws:ec2/vpcEndpoint:VpcEndpoint", "endpoint-a", "vpce-0a1b2c3d4e5f60718",
                        "{\"vpcEndpointType\":\"GatewayLoadBalancer\",\"vpcId\":\"vpc-0a1b2c3d4e5f60718\",\"subnetIds\":[\"subnet-0a1b2c3d4e5f60718\"],"
                                + "\"serviceName\":\"com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60718\"}",
                        "{\"serviceName\":\"com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60718\",\"state\":\"available\"}"),
                PLAN.resource("aws:ec2/vpcEndpointService:VpcEndpointService", "inspection", "vpce-svc-0a1b2c3d4e5f60718",
                        "{\"gatewayLoadBalancerArns\":[\"arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/gwy/fw/0a1b2c3d4e5f6071\"]}",
                        "{\"serviceName\":\"com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60718\"}"));
    }

    private static final String U = PulumiValues.UNKNOWN;

    /** A preview of a Java program: the instance's group list is one Output, so the whole list is unknown. */
    private static List<PulumiResource> instanceWithWholeUnknownGroups(String dependencies) throws JsonProcessingException {
        return List.of(
                new PulumiResource(P + "aws:ec2/vpc:Vpc::shop", "aws:ec2/vpc:Vpc", "shop", true, "", null,
                        JSON.readTree("{\"cidrBlock\":\"10.0.0.0/16\"}"), null, null, null, Origin.of("preview.json", "")),
                new PulumiResource(P + "aws:ec2/subnet:Subnet::app-a", "aws:ec2/subnet:Subnet", "app-a", true, "", null,
                        JSON.readTree("{\"vpcId\":\"" + U + "\",\"cidrBlock\":\"10.0.1.0/24\",\"availabilityZone\":\"us-east-1a\"}"),
                        null, null, JSON.readTree("{\"vpcId\":[\"" + P + "aws:ec2/vpc:Vpc::shop\"]}"), Origin.of("preview.json", "")),
                new PulumiResource(P + "aws:ec2/securityGroup:SecurityGroup::web", "aws:ec2/securityGroup:SecurityGroup", "web",
                        true, "", null, JSON.readTree("{\"vpcId\":\"" + U + "\"}"), null, null,
                        JSON.readTree("{\"vpcId\":[\"" + P + "aws:ec2/vpc:Vpc::shop\"]}"), Origin.of("preview.json", "")),
                new PulumiResource(P + "aws:ec2/instance:Instance::web-a", "aws:ec2/instance:Instance", "web-a", true, "", null,
                        JSON.readTree("{\"subnetId\":\"" + U + "\",\"vpcSecurityGroupIds\":\"" + U + "\"}"), null, null,
                        JSON.readTree("{\"subnetId\":[\"" + P + "aws:ec2/subnet:Subnet::app-a\"],\"vpcSecurityGroupIds\":"
                                + dependencies + "}"), Origin.of("preview.json", "")));
    }

    @Test
    void listUnknownAsAWhole_isReadAsTheGroupsItsPropertyDependenciesName_withOneNote() throws JsonProcessingException {
        PulumiMapper.Result result = PulumiMapper.map(instanceWithWholeUnknownGroups(
                "[\"" + P + "aws:ec2/securityGroup:SecurityGroup::web\"]"), "us-east-1", Origin.of("preview.json", ""));
        assertThat(result.network().networkInterfaces()).singleElement()
                .satisfies(e -> assertThat(e.securityGroupIds()).containsExactly(P + "aws:ec2/securityGroup:SecurityGroup::web"));
        assertThat(result.notes()).filteredOn(d -> d.ruleId().equals("pulumi.unknown-list")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("1 list(s)").contains("web-a.vpcSecurityGroupIds"));
    }

    @Test
    void listUnknownAsAWhole_withoutPropertyDependencies_staysUnknownAndSaysSo() throws JsonProcessingException {
        PulumiMapper.Result result = PulumiMapper.map(instanceWithWholeUnknownGroups("null"), "us-east-1",
                Origin.of("preview.json", ""));
        assertThat(result.network().networkInterfaces()).singleElement()
                .satisfies(e -> assertThat(e.securityGroupIds()).singleElement().asString().endsWith("#vpcSecurityGroupIds"));
        assertThat(result.notes()).anySatisfy(d -> assertThat(d.message())
                .contains("the whole list is unknown until apply and its propertyDependencies name no DefaultSecurityGroup/SecurityGroup"));
    }

    /** The ledger group admits PostgreSQL from the app group, passed as one Output: unknown as a whole in a preview. */
    private static List<PulumiResource> ledgerGroup(String ingress) throws JsonProcessingException {
        return List.of(
                new PulumiResource(P + "aws:ec2/vpc:Vpc::shop", "aws:ec2/vpc:Vpc", "shop", true, "", null,
                        JSON.readTree("{\"cidrBlock\":\"10.0.0.0/16\"}"), null, null, null, Origin.of("preview.json", "")),
                new PulumiResource(P + "aws:ec2/securityGroup:SecurityGroup::app", "aws:ec2/securityGroup:SecurityGroup", "app",
                        true, "", null, JSON.readTree("{\"vpcId\":\"" + U + "\"}"), null, null,
                        JSON.readTree("{\"vpcId\":[\"" + P + "aws:ec2/vpc:Vpc::shop\"]}"), Origin.of("preview.json", "")),
                new PulumiResource(P + "aws:ec2/securityGroup:SecurityGroup::ledger", "aws:ec2/securityGroup:SecurityGroup",
                        "ledger", true, "", null, JSON.readTree("{\"vpcId\":\"" + U + "\",\"ingress\":" + ingress + "}"), null,
                        null, JSON.readTree("{\"vpcId\":[\"" + P + "aws:ec2/vpc:Vpc::shop\"],\"ingress\":[\"" + P
                                + "aws:ec2/securityGroup:SecurityGroup::app\"]}"), Origin.of("preview.json", "")));
    }

    private static final String POSTGRES_FROM_UNKNOWN = "{\"protocol\":\"tcp\",\"fromPort\":5432,\"toPort\":5432,\"securityGroups\":\""
            + U + "\"}";

    @Test
    void ruleWhoseGroupListIsUnknownAsAWhole_admitsTheGroupItsPropertyDependenciesName() throws JsonProcessingException {
        Network net = PulumiMapper.map(ledgerGroup("[" + POSTGRES_FROM_UNKNOWN + "]"), "us-east-1", Origin.of("preview.json", ""))
                .network();
        assertThat(net.securityGroups()).filteredOn(g -> g.name().equals("ledger")).singleElement()
                .satisfies(g -> assertThat(g.ingress()).extracting(r -> r.peer())
                        .containsExactly(new SgPeer.Group(P + "aws:ec2/securityGroup:SecurityGroup::app", "")));
    }

    @Test
    void twoRulesWhoseGroupListsAreUnknownAsAWhole_keepUnknownPeersSayingWhy() throws JsonProcessingException {
        Network net = PulumiMapper.map(ledgerGroup("[" + POSTGRES_FROM_UNKNOWN + "," + POSTGRES_FROM_UNKNOWN.replace("5432", "6432")
                + "]"), "us-east-1", Origin.of("preview.json", "")).network();
        assertThat(net.securityGroups()).filteredOn(g -> g.name().equals("ledger")).singleElement()
                .satisfies(g -> assertThat(g.ingress()).hasSize(2).allSatisfy(r -> assertThat(r.peer())
                        .isInstanceOfSatisfying(SgPeer.Unresolved.class, p -> assertThat(
                                p.unknown().reason()).contains("name app but not which rule holds which"))));
    }

    @Test
    void routeToAnEndpoint_listedBeforeTheEndpoint_targetsTheEndpointNotTheRoute() throws JsonProcessingException {
        Network net = PulumiMapper.map(gwlbEdge(), "us-east-1", Origin.of("run.json", "")).network();
        RouteTable edge = net.routeTables().stream().filter(t -> t.name().equals("edge")).findFirst().orElseThrow();
        assertThat(edge.routes()).extracting(r -> r.target())
                .contains(new RouteTarget.VpcEndpoint("vpce-0a1b2c3d4e5f60718"));
    }

    @Test
    void endpointsServiceName_listedBeforeTheService_namesTheService() throws JsonProcessingException {
        Network net = PulumiMapper.map(gwlbEdge(), "us-east-1", Origin.of("run.json", "")).network();
        assertThat(net.vpcEndpoints()).singleElement().isInstanceOfSatisfying(GwlbEndpoint.class,
                e -> assertThat(e.endpointServiceId()).isEqualTo("vpce-svc-0a1b2c3d4e5f60718"));
    }
}
