package dev.plumbline;

import static dev.plumbline.testing.ChildAssertions.assertChildrenOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.plumbline.inputs.ZonalSubnetArgs;
import dev.plumbline.internal.validation.ArgProblem;
import dev.plumbline.testing.MockedDeployment;
import dev.plumbline.testing.MockedDeployment.Result;
import dev.plumbline.testing.Registered;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EndpointConsumerTest {

    private static final String TYPE = "plumbline:index:EndpointConsumer";
    private static final String ENDPOINT = "aws:ec2/vpcEndpoint:VpcEndpoint";
    private static final String SG = "aws:ec2/securityGroup:SecurityGroup";
    private static final String SERVICE = "com.amazonaws.vpce.eu-west-1.vpce-svc-0123456789abcdef0";

    static ZonalSubnetArgs subnet(String id, String zone) {
        return ZonalSubnetArgs.builder().subnetId(id).availabilityZone(zone).build();
    }

    static EndpointConsumerArgs.Builder ordersClient() {
        return EndpointConsumerArgs.builder()
                .serviceName(SERVICE)
                .vpcId("vpc-0123456789abcdef0")
                .subnets(subnet("subnet-0aaaaaaaaaaaaaaaa", "eu-west-1a"), subnet("subnet-0bbbbbbbbbbbbbbbb", "eu-west-1b"))
                .ports(443, 5432)
                .clientCidrBlocks("10.1.0.0/16")
                .clientSecurityGroupIds("sg-0123456789abcdef0")
                .tags(Map.of("app", "billing"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    static Result deploy(EndpointConsumerArgs args) {
        return MockedDeployment.run(ctx -> new EndpointConsumer("orders", args, null));
    }

    static List<ArgProblem> problems(EndpointConsumerArgs args) {
        Result result = deploy(args);
        assertThat(result.resources()).extracting(Registered::type).containsOnly(TYPE);
        return result.invalidArgs().orElseThrow(() -> new AssertionError("no InvalidArgsException: " + result.exceptions()))
                .problems();
    }

    @Test
    void endpoint_isAnInterfaceEndpointInTheChosenSubnetsWithItsOwnSecurityGroup() {
        Result result = deploy(ordersClient().build());

        assertThat(result.exceptions()).isEmpty();
        Registered endpoint = result.named(ENDPOINT, "orders-endpoint");
        assertThat(endpoint.input("vpcEndpointType")).isEqualTo("Interface");
        assertThat(endpoint.input("serviceName")).isEqualTo(SERVICE);
        assertThat(endpoint.inputList("subnetIds")).containsExactly("subnet-0aaaaaaaaaaaaaaaa", "subnet-0bbbbbbbbbbbbbbbb");
        assertThat(endpoint.inputList("securityGroupIds")).containsExactly(result.outputs().get("securityGroupId"));
        assertThat(result.ofType("aws:ec2/vpcEndpointConnectionAccepter:VpcEndpointConnectionAccepter")).isEmpty();
        assertChildrenOf(result, TYPE, "orders", Map.of("app", "billing"));
    }

    @Test
    void securityGroup_admitsTheClientsOnEachServicePortOnly() {
        Registered sg = deploy(ordersClient().build()).named(SG, "orders-sg");

        assertThat(sg.input("vpcId")).isEqualTo("vpc-0123456789abcdef0");
        assertThat(sg.inputs()).doesNotContainKey("egress");
        assertThat(sg.inputList("ingress")).hasSize(2).allSatisfy(rule -> assertThat(asMap(rule))
                .containsEntry("protocol", "tcp")
                .containsEntry("cidrBlocks", List.of("10.1.0.0/16"))
                .containsEntry("securityGroups", List.of("sg-0123456789abcdef0")));
        assertThat(sg.inputList("ingress")).extracting(rule -> asMap(rule).get("fromPort"), rule -> asMap(rule).get("toPort"))
                .containsExactlyInAnyOrder(tuple(443.0, 443.0), tuple(5432.0, 5432.0));
    }

    @Test
    void privateDns_byDefault_isOffForEndpointServicesAndOnForAwsServices() {
        assertThat(deploy(ordersClient().build()).named(ENDPOINT, "orders-endpoint").input("privateDnsEnabled")).isEqualTo(false);
        assertThat(deploy(ordersClient().serviceName("com.amazonaws.eu-west-1.sqs").build())
                .named(ENDPOINT, "orders-endpoint").input("privateDnsEnabled")).isEqualTo(true);
        assertThat(deploy(ordersClient().privateDnsEnabled(true).build())
                .named(ENDPOINT, "orders-endpoint").input("privateDnsEnabled")).isEqualTo(true);
    }

    @Test
    void sameAccountService_isAcceptedByTheComponent() {
        Result result = deploy(ordersClient().sameAccountServiceId("vpce-svc-0123456789abcdef0")
                .additionalSecurityGroupIds("sg-0fedcba9876543210").serviceRegion("eu-central-1").build());

        Registered accepter = result.named("aws:ec2/vpcEndpointConnectionAccepter:VpcEndpointConnectionAccepter", "orders-accept");
        assertThat(accepter.input("vpcEndpointServiceId")).isEqualTo("vpce-svc-0123456789abcdef0");
        assertThat(accepter.input("vpcEndpointId")).isEqualTo(result.outputs().get("endpointId"));
        Registered endpoint = result.named(ENDPOINT, "orders-endpoint");
        assertThat(endpoint.inputList("securityGroupIds")).containsExactly(result.outputs().get("securityGroupId"), "sg-0fedcba9876543210");
        assertThat(endpoint.input("serviceRegion")).isEqualTo("eu-central-1");
    }

    @Test
    void endpointService_andConsumer_connectThroughTheServiceNameAndId() {
        Result result = MockedDeployment.run(ctx -> {
            EndpointService service = new EndpointService("orders", EndpointServiceArgs.builder()
                    .networkLoadBalancerArn("arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/net/orders/50dc6c495c0c9188")
                    .build(), null);
            return new EndpointConsumer("orders-client", ordersClient().serviceName(service.serviceName)
                    .sameAccountServiceId(service.serviceId).build(), null);
        });

        assertThat(result.exceptions()).isEmpty();
        Registered endpoint = result.named(ENDPOINT, "orders-client-endpoint");
        String serviceId = (String) result.named("aws:ec2/vpcEndpointConnectionAccepter:VpcEndpointConnectionAccepter",
                "orders-client-accept").input("vpcEndpointServiceId");
        assertThat((String) endpoint.input("serviceName")).endsWith(serviceId);
    }

    @Test
    void outputs_nameTheEndpointItsDnsEntriesAndInterfaces() {
        Result result = deploy(ordersClient().build());

        assertThat((String) result.outputs().get("endpointId")).matches("vpce-[0-9a-f]{17}");
        assertThat((List<?>) result.outputs().get("dnsEntries")).singleElement()
                .satisfies(entry -> assertThat(asMap(entry)).containsOnlyKeys("dnsName", "hostedZoneId"));
        assertThat(result.outputs().get("subnetIds")).isEqualTo(List.of("subnet-0aaaaaaaaaaaaaaaa", "subnet-0bbbbbbbbbbbbbbbb"));
        assertThat((List<?>) result.outputs().get("networkInterfaceIds")).hasSize(1);
        assertThat((String) result.outputs().get("securityGroupId")).matches("sg-[0-9a-f]{17}");
    }

    @Test
    void subnets_twoInOneZone_isRejected() {
        List<ArgProblem> problems = problems(ordersClient()
                .subnets(subnet("subnet-0aaaaaaaaaaaaaaaa", "eu-west-1a"), subnet("subnet-0cccccccccccccccc", "eu-west-1a")).build());

        assertThat(problems).extracting(ArgProblem::render).containsExactly(
                "subnets[1].availabilityZone: subnets[0] is in eu-west-1a already. Fix: keep one subnet per zone:"
                        + " an interface endpoint has one network interface per zone.");
    }

    @Test
    void clients_noneGiven_isRejectedBecauseTheGroupWouldAdmitNobody() {
        List<ArgProblem> problems = problems(EndpointConsumerArgs.builder()
                .serviceName(SERVICE)
                .vpcId("vpc-0123456789abcdef0")
                .subnets(subnet("subnet-0aaaaaaaaaaaaaaaa", "eu-west-1a"))
                .ports(443)
                .build());

        assertThat(problems).extracting(ArgProblem::argument).containsExactly("clientCidrBlocks");
        assertThat(problems.get(0).problem()).contains("would admit nobody");
    }

    @Test
    void badCidrsPortsIdsAndTooManyGroups_areAllReported() {
        List<ArgProblem> problems = problems(ordersClient()
                .serviceName("orders service")
                .ports(443, 443, 0)
                .clientCidrBlocks("10.1.0.1/16")
                .clientSecurityGroupIds("default")
                .additionalSecurityGroupIds("sg-01111111111111111", "sg-02222222222222222", "sg-03333333333333333",
                        "sg-04444444444444444", "sg-05555555555555555")
                .sameAccountServiceId("com.amazonaws.vpce.eu-west-1.vpce-svc-0123456789abcdef0")
                .build());

        assertThat(problems).extracting(ArgProblem::argument).containsExactly(
                "serviceName", "ports[1]", "ports[2]", "clientCidrBlocks[0]", "clientSecurityGroupIds[0]",
                "additionalSecurityGroupIds", "sameAccountServiceId");
    }

    @Test
    void clientCidrs_knownOnlyAtDeployTime_failTheEndpointsSecurityGroupWhenTheyResolve() {
        Result result = MockedDeployment.run(ctx -> new EndpointConsumer("orders", ordersClient()
                .clientCidrBlocks(MockedDeployment.later(List.of("10.1.0.1/16")))
                .build(), null));

        assertThat(result.invalidArgs()).hasValueSatisfying(e -> assertThat(e.problems()).extracting(ArgProblem::argument)
                .containsExactly("clientCidrBlocks[0]"));
        assertThat(result.ofType(SG)).isEmpty();
    }
}
