package dev.plumbline.runner;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.runner.programs.ServiceNetworks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.plumbline.runner.Captured.texts;
import static org.assertj.core.api.Assertions.assertThat;

/** One offline run of a PrivateLink, Gateway Load Balancer and VPC Lattice program. */
class OfflineRunServicesTest {

    private static final String SERVICE = "aws:ec2/vpcEndpointService:VpcEndpointService";
    private static final String ENDPOINT = "aws:ec2/vpcEndpoint:VpcEndpoint";
    private static final String LB = "aws:lb/loadBalancer:LoadBalancer";
    private static final String SUBNET = "aws:ec2/subnet:Subnet";
    private static final String LATTICE_SERVICE = "aws:vpclattice/service:Service";
    private static final String LATTICE_LISTENER = "aws:vpclattice/listener:Listener";
    private static final String LATTICE_TARGETS = "aws:vpclattice/targetGroup:TargetGroup";

    private static Captured run;

    @BeforeAll
    static void runProgram() {
        run = Captured.run(ServiceNetworks.class);
    }

    @Test
    void run_completesWithoutDiagnostics() {
        assertThat(run.diagnostics()).isEmpty();
        assertThat(run.resources()).hasSize(32);
    }

    @Test
    void endpointService_isNamedAfterItsId_andOfferedInItsLoadBalancersZones() {
        JsonNode service = run.outputs(SERVICE, "api");
        String id = run.id(SERVICE, "api");

        assertThat(id).matches("vpce-svc-0[0-9a-f]{16}");
        assertThat(service.get("serviceName").asText()).isEqualTo("com.amazonaws.vpce.us-east-1." + id);
        assertThat(texts(service.get("availabilityZones"))).containsExactly("us-east-1a", "us-east-1b");
        assertThat(service.get("serviceType").asText()).isEqualTo("Interface");
        assertThat(service.get("state").asText()).isEqualTo("Available");
        assertThat(texts(service.get("baseEndpointDnsNames"))).containsExactly(id + ".us-east-1.vpce.amazonaws.com");
    }

    @Test
    void endpointService_withPrivateDnsName_waitsForDomainVerification() {
        JsonNode configurations = run.outputs(SERVICE, "api").get("privateDnsNameConfigurations");

        assertThat(configurations).hasSize(1);
        assertThat(configurations.get(0).get("state").asText()).isEqualTo("pendingVerification");
        assertThat(configurations.get(0).get("type").asText()).isEqualTo("TXT");
        assertThat(run.outputs(SERVICE, "inspection").get("privateDnsNameConfigurations")).isEmpty();
    }

    @Test
    void interfaceEndpoint_toServiceRequiringAcceptance_isPendingAcceptance() {
        JsonNode endpoint = run.resource(ENDPOINT, "api");

        assertThat(endpoint.get("outputs").get("state").asText()).isEqualTo("pendingAcceptance");
        assertThat(endpoint.get("inputs").get("serviceName").asText()).isEqualTo(run.outputs(SERVICE, "api").get("serviceName").asText());
        assertThat(texts(endpoint.get("propertyDependencies").get("serviceName"))).containsExactly(run.urn(SERVICE, "api"));
    }

    @Test
    void connectionAccepter_reportsTheEndpointAvailable() {
        JsonNode accepter = run.resource("aws:ec2/vpcEndpointConnectionAccepter:VpcEndpointConnectionAccepter", "api");

        assertThat(accepter.get("id").asText()).isEqualTo(run.id(SERVICE, "api") + "_" + run.id(ENDPOINT, "api"));
        assertThat(accepter.get("outputs").get("vpcEndpointState").asText()).isEqualTo("available");
    }

    @Test
    void interfaceEndpoint_getsOneInterfacePerSubnet_andRegionalAndZonalDnsNames() {
        JsonNode endpoint = run.outputs(ENDPOINT, "api");
        String id = run.id(ENDPOINT, "api");
        String serviceId = run.id(SERVICE, "api");
        List<String> names = endpoint.findValuesAsText("dnsName");

        assertThat(texts(endpoint.get("networkInterfaceIds"))).hasSize(2).doesNotHaveDuplicates()
                .allMatch(eni -> eni.matches("eni-0[0-9a-f]{16}"));
        assertThat(names).hasSize(3).allMatch(name -> name.startsWith(id + "-")
                && name.endsWith("." + serviceId + ".us-east-1.vpce.amazonaws.com"));
        assertThat(names.get(1)).contains("-us-east-1a.");
        assertThat(names.get(2)).contains("-us-east-1b.");
    }

    @Test
    void gatewayLoadBalancerEndpoint_isAvailable_withOneInterface_andItsServiceIsOfTheGwlbType() {
        JsonNode endpoint = run.outputs(ENDPOINT, "inspection-a");
        JsonNode service = run.outputs(SERVICE, "inspection");

        assertThat(endpoint.get("state").asText()).isEqualTo("available");
        assertThat(endpoint.get("networkInterfaceIds")).hasSize(1);
        assertThat(endpoint.get("dnsEntries")).isEmpty();
        assertThat(service.get("serviceType").asText()).isEqualTo("GatewayLoadBalancer");
        assertThat(texts(service.get("availabilityZones"))).containsExactly("us-east-1a");
    }

    @Test
    void gatewayEndpoint_getsTheServicesPrefixList_asTheDataSourceDoes() {
        JsonNode endpoint = run.outputs(ENDPOINT, "s3");

        assertThat(endpoint.get("prefixListId").asText()).matches("pl-[0-9a-f]{8}")
                .isEqualTo(run.root.get("stackOutputs").get("s3PrefixListId").asText());
        assertThat(texts(endpoint.get("cidrBlocks"))).isNotEmpty();
        assertThat(endpoint.get("state").asText()).isEqualTo("available");
    }

    @Test
    void loadBalancers_getArnsNamesAndDnsNamesByType() {
        JsonNode nlb = run.outputs(LB, "nlb");
        JsonNode gwlb = run.outputs(LB, "gwlb");

        assertThat(nlb.get("name").asText()).matches("nlb-[0-9a-f]{7}");
        assertThat(nlb.get("arn").asText()).isEqualTo(run.id(LB, "nlb"))
                .isEqualTo("arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/" + nlb.get("arnSuffix").asText());
        assertThat(nlb.get("arnSuffix").asText()).matches("net/nlb-[0-9a-f]{7}/[0-9a-f]{16}");
        assertThat(nlb.get("dnsName").asText()).matches("nlb-[0-9a-f]{7}-[0-9a-f]{16}\\.elb\\.us-east-1\\.amazonaws\\.com");
        assertThat(texts(nlb.get("subnets"))).containsExactly(run.id(SUBNET, "provider-a"), run.id(SUBNET, "provider-b"));
        assertThat(nlb.get("vpcId").asText()).isEqualTo(run.id("aws:ec2/vpc:Vpc", "provider"));
        assertThat(gwlb.get("arnSuffix").asText()).startsWith("gwy/");
        assertThat(gwlb.has("dnsName")).isFalse();
    }

    @Test
    void listenerAndTargetGroup_arnsDeriveFromTheirLoadBalancerAndName() {
        String nlbArn = run.id(LB, "nlb");
        String listener = run.id("aws:lb/listener:Listener", "api-443");
        JsonNode targets = run.outputs("aws:lb/targetGroup:TargetGroup", "api");

        assertThat(listener).startsWith(nlbArn.replace(":loadbalancer/", ":listener/") + "/");
        assertThat(targets.get("arn").asText()).matches("arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/api-[0-9a-f]{7}/[0-9a-f]{16}");
        assertThat(targets.get("arnSuffix").asText()).startsWith("targetgroup/");
    }

    @Test
    void latticeService_getsItsDnsNameFromNameAndId() {
        JsonNode service = run.outputs(LATTICE_SERVICE, "orders");
        String id = run.id(LATTICE_SERVICE, "orders");
        String name = service.get("name").asText();

        assertThat(id).matches("svc-0[0-9a-f]{16}");
        assertThat(service.get("arn").asText()).isEqualTo("arn:aws:vpc-lattice:us-east-1:123456789012:service/" + id);
        assertThat(service.get("dnsEntries").get(0).get("domainName").asText())
                .matches(name + "-" + id.substring(4) + "\\.[0-9a-f]{7}\\.vpc-lattice-svcs\\.us-east-1\\.on\\.aws");
        assertThat(run.outputs("aws:vpclattice/serviceNetworkServiceAssociation:ServiceNetworkServiceAssociation", "orders")
                .get("dnsEntries")).isEqualTo(service.get("dnsEntries"));
    }

    @Test
    void latticeListener_getsItsIdArnAndProtocolPort_andKeepsTheWeightedForwardWithConcreteIds() {
        JsonNode listener = run.resource(LATTICE_LISTENER, "http");
        String serviceId = run.id(LATTICE_SERVICE, "orders");
        String listenerId = listener.get("outputs").get("listenerId").asText();
        JsonNode targets = listener.get("inputs").get("defaultAction").get("forwards").get(0).get("targetGroups");

        assertThat(listenerId).matches("listener-0[0-9a-f]{16}");
        assertThat(listener.get("id").asText()).isEqualTo(serviceId + "/" + listenerId);
        assertThat(listener.get("outputs").get("port").asInt()).isEqualTo(80);
        assertThat(listener.get("outputs").get("arn").asText()).endsWith(":service/" + serviceId + "/listener/" + listenerId);
        assertThat(targets.findValuesAsText("targetGroupIdentifier"))
                .containsExactly(run.id(LATTICE_TARGETS, "blue"), run.id(LATTICE_TARGETS, "green"));
        assertThat(targets.findValues("weight")).extracting(JsonNode::asInt).containsExactly(80, 20);
        assertThat(texts(listener.get("propertyDependencies").get("defaultAction")))
                .containsExactlyInAnyOrder(run.urn(LATTICE_TARGETS, "blue"), run.urn(LATTICE_TARGETS, "green"));
    }

    @Test
    void latticeRuleAndAttachment_useTheTerraformCompositeIds() {
        String serviceId = run.id(LATTICE_SERVICE, "orders");
        String listenerId = run.outputs(LATTICE_LISTENER, "http").get("listenerId").asText();
        JsonNode rule = run.outputs("aws:vpclattice/listenerRule:ListenerRule", "admin");

        assertThat(rule.get("id").asText()).isEqualTo(serviceId + "/" + listenerId + "/" + rule.get("ruleId").asText());
        assertThat(rule.get("ruleId").asText()).matches("rule-0[0-9a-f]{16}");
        assertThat(run.id("aws:vpclattice/targetGroupAttachment:TargetGroupAttachment", "orders-blue"))
                .isEqualTo(run.id(LATTICE_TARGETS, "blue") + "/" + run.id("aws:ec2/instance:Instance", "orders-blue") + "/8080");
        assertThat(run.id("aws:vpclattice/serviceNetwork:ServiceNetwork", "apps")).matches("sn-0[0-9a-f]{16}");
        assertThat(run.id("aws:vpclattice/serviceNetworkVpcAssociation:ServiceNetworkVpcAssociation", "consumer"))
                .matches("snva-0[0-9a-f]{16}");
    }

    @Test
    void dataSources_answerWithTheRegionTheAccountAndTheLatticePrefixList() {
        JsonNode outputs = run.root.get("stackOutputs");

        assertThat(outputs.get("account").asText()).isEqualTo("123456789012");
        assertThat(outputs.get("region").asText()).isEqualTo("us-east-1");
        assertThat(texts(outputs.get("latticePrefixList"))).containsExactly("169.254.171.0/24");
        assertThat(run.outputs(SUBNET, "consumer-b").get("availabilityZone").asText()).isEqualTo("us-east-1b");
    }
}
