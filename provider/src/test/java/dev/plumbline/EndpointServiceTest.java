package dev.plumbline;

import static dev.plumbline.testing.ChildAssertions.assertChildrenOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.inputs.NewNetworkLoadBalancerArgs;
import dev.plumbline.inputs.NlbListenerArgs;
import dev.plumbline.internal.validation.ArgProblem;
import dev.plumbline.testing.MockedDeployment;
import dev.plumbline.testing.MockedDeployment.Result;
import dev.plumbline.testing.Registered;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EndpointServiceTest {

    private static final String TYPE = "plumbline:index:EndpointService";
    private static final String SERVICE = "aws:ec2/vpcEndpointService:VpcEndpointService";
    private static final String NLB_ARN = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/net/orders/50dc6c495c0c9188";
    private static final String CERT = "arn:aws:acm:eu-west-1:123456789012:certificate/12345678-1234-1234-1234-123456789012";

    static NewNetworkLoadBalancerArgs.Builder newNlb() {
        return NewNetworkLoadBalancerArgs.builder()
                .vpcId("vpc-0123456789abcdef0")
                .subnetIds("subnet-0aaaaaaaaaaaaaaaa", "subnet-0bbbbbbbbbbbbbbbb")
                .listeners(NlbListenerArgs.builder().port(443).protocol("TLS").targetPort(8443).certificateArn(CERT).build(),
                        NlbListenerArgs.builder().port(5432).build())
                .target("app-1", "i-0123456789abcdef0")
                .target("app-2", "i-0fedcba9876543210");
    }

    static Result deploy(EndpointServiceArgs args) {
        return MockedDeployment.run(ctx -> new EndpointService("orders", args, null));
    }

    static List<ArgProblem> problems(EndpointServiceArgs args) {
        Result result = deploy(args);
        assertThat(result.resources()).extracting(Registered::type).containsOnly(TYPE);
        return result.invalidArgs().orElseThrow(() -> new AssertionError("no InvalidArgsException: " + result.exceptions()))
                .problems();
    }

    @Test
    void service_onAnExistingNlb_requiresAcceptanceByDefault() {
        Result result = deploy(EndpointServiceArgs.builder().networkLoadBalancerArn(NLB_ARN).build());

        assertThat(result.resources()).extracting(Registered::type).containsExactly(TYPE, SERVICE);
        Registered service = result.named(SERVICE, "orders-service");
        assertThat(service.input("acceptanceRequired")).isEqualTo(true);
        assertThat(service.inputList("networkLoadBalancerArns")).containsExactly(NLB_ARN);
        assertThat(service.inputs()).doesNotContainKeys("allowedPrincipals", "privateDnsName", "supportedRegions");
    }

    @Test
    void service_withPrincipalsDnsRegionsAndIpTypes_passesThemToTheService() {
        Result result = deploy(EndpointServiceArgs.builder()
                .networkLoadBalancerArn(NLB_ARN)
                .acceptanceRequired(false)
                .allowedPrincipals("arn:aws:iam::210987654321:root")
                .privateDnsName("orders.example.com")
                .supportedRegions("eu-west-1", "eu-central-1")
                .supportedIpAddressTypes("ipv4", "ipv6")
                .build());

        Registered service = result.named(SERVICE, "orders-service");
        assertThat(service.input("acceptanceRequired")).isEqualTo(false);
        assertThat(service.inputList("allowedPrincipals")).containsExactly("arn:aws:iam::210987654321:root");
        assertThat(service.input("privateDnsName")).isEqualTo("orders.example.com");
        assertThat(service.inputList("supportedRegions")).containsExactly("eu-west-1", "eu-central-1");
        assertThat(service.inputList("supportedIpAddressTypes")).containsExactly("ipv4", "ipv6");
    }

    @Test
    void service_withNewNlb_createsItsListenersTargetGroupsAndAttachments() {
        Result result = deploy(EndpointServiceArgs.builder().newLoadBalancer(newNlb().build()).tags(Map.of("app", "orders")).build());

        assertThat(result.exceptions()).isEmpty();
        Registered nlb = result.named("aws:lb/loadBalancer:LoadBalancer", "orders-nlb");
        assertThat(nlb.input("loadBalancerType")).isEqualTo("network");
        assertThat(nlb.input("internal")).isEqualTo(true);
        assertThat(nlb.inputList("subnets")).containsExactly("subnet-0aaaaaaaaaaaaaaaa", "subnet-0bbbbbbbbbbbbbbbb");
        assertThat(nlb.input("enableCrossZoneLoadBalancing")).isEqualTo(false);

        Registered tls = result.named("aws:lb/listener:Listener", "orders-listener-443");
        assertThat(tls.input("protocol")).isEqualTo("TLS");
        assertThat(tls.input("port")).isEqualTo(443.0);
        assertThat(tls.input("certificateArn")).isEqualTo(CERT);
        Registered tg443 = result.named("aws:lb/targetGroup:TargetGroup", "orders-tg-443");
        assertThat(tg443.input("protocol")).isEqualTo("TCP");
        assertThat(tg443.input("port")).isEqualTo(8443.0);
        assertThat(tg443.input("vpcId")).isEqualTo("vpc-0123456789abcdef0");
        assertThat(result.named("aws:lb/listener:Listener", "orders-listener-5432").input("protocol")).isEqualTo("TCP");
        assertThat(result.named("aws:lb/targetGroup:TargetGroup", "orders-tg-5432").input("port")).isEqualTo(5432.0);

        assertThat(result.ofType("aws:lb/targetGroupAttachment:TargetGroupAttachment")).extracting(Registered::name)
                .containsExactlyInAnyOrder("orders-target-443-app-1", "orders-target-443-app-2", "orders-target-5432-app-1",
                        "orders-target-5432-app-2");
        Registered attachment = result.named("aws:lb/targetGroupAttachment:TargetGroupAttachment", "orders-target-443-app-2");
        assertThat(attachment.input("targetId")).isEqualTo("i-0fedcba9876543210");
        assertThat(attachment.input("port")).isEqualTo(8443.0);

        assertThat(result.named(SERVICE, "orders-service").inputList("networkLoadBalancerArns"))
                .containsExactly(result.outputs().get("networkLoadBalancerArn"));
        assertChildrenOf(result, TYPE, "orders", Map.of("app", "orders"));
    }

    @Test
    void outputs_nameTheServiceItsZonesAndItsNlb() {
        Result result = deploy(EndpointServiceArgs.builder().networkLoadBalancerArn(NLB_ARN).build());

        assertThat((String) result.outputs().get("serviceName")).matches("com\\.amazonaws\\.vpce\\.us-east-1\\.vpce-svc-[0-9a-f]{17}");
        assertThat((String) result.outputs().get("serviceId")).matches("vpce-svc-[0-9a-f]{17}");
        assertThat(result.outputs().get("availabilityZones")).isEqualTo(List.of("us-east-1a", "us-east-1b"));
        assertThat(result.outputs().get("networkLoadBalancerArn")).isEqualTo(NLB_ARN);
        assertThat((List<?>) result.outputs().get("baseEndpointDnsNames")).hasSize(1);
    }

    @Test
    void service_withBothOrNeitherLoadBalancer_isRejected() {
        assertThat(problems(EndpointServiceArgs.builder().build())).extracting(ArgProblem::render).containsExactly(
                "networkLoadBalancerArn: is missing, and so is newLoadBalancer. Fix: give either the ARN of an existing"
                        + " Network Load Balancer or newLoadBalancer, not both.");
        assertThat(problems(EndpointServiceArgs.builder().networkLoadBalancerArn(NLB_ARN).newLoadBalancer(newNlb().build()).build()))
                .extracting(ArgProblem::argument).containsExactly("newLoadBalancer");
    }

    @Test
    void networkLoadBalancerArn_ofAGatewayLoadBalancer_isRejected() {
        List<ArgProblem> problems = problems(EndpointServiceArgs.builder()
                .networkLoadBalancerArn("arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/gwy/fw/50dc6c495c0c9188")
                .build());

        assertThat(problems).extracting(ArgProblem::argument).containsExactly("networkLoadBalancerArn");
        assertThat(problems.get(0).problem()).endsWith("is not the ARN of a Network Load Balancer");
    }

    @Test
    void newNlb_withUdpTlsWithoutCertificateDuplicatePortAndNoTargets_reportsEach() {
        List<ArgProblem> problems = problems(EndpointServiceArgs.builder().newLoadBalancer(newNlb()
                .listeners(NlbListenerArgs.builder().port(53).protocol("UDP").build(),
                        NlbListenerArgs.builder().port(443).protocol("TLS").build(),
                        NlbListenerArgs.builder().port(443).certificateArn(CERT).build(),
                        NlbListenerArgs.builder().port(70000).build())
                .targets(List.of())
                .build()).build());

        assertThat(problems).extracting(ArgProblem::argument).containsExactly(
                "newLoadBalancer.listeners[0].protocol",
                "newLoadBalancer.listeners[1].certificateArn",
                "newLoadBalancer.listeners[2].port",
                "newLoadBalancer.listeners[2].certificateArn",
                "newLoadBalancer.listeners[3].port",
                "newLoadBalancer.listeners[3].targetPort",
                "newLoadBalancer.targets");
    }

    @Test
    void principalsRegionsDnsNameAndIpTypes_malformed_areRejected() {
        List<ArgProblem> problems = problems(EndpointServiceArgs.builder()
                .networkLoadBalancerArn(NLB_ARN)
                .allowedPrincipals("210987654321")
                .privateDnsName("Orders_Service")
                .supportedRegions("Ireland")
                .supportedIpAddressTypes("dualstack")
                .tags(Map.of("aws:owner", "me"))
                .build());

        assertThat(problems).extracting(ArgProblem::argument).containsExactly(
                "allowedPrincipals[0]", "privateDnsName", "supportedRegions[0]", "supportedIpAddressTypes[0]", "tags[0].key");
    }
}
