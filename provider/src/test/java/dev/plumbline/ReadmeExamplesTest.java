package dev.plumbline;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.aws.ec2.InternetGateway;
import com.pulumi.aws.ec2.InternetGatewayArgs;
import dev.plumbline.inputs.AppSubnetArgs;
import dev.plumbline.inputs.InspectionStageArgs;
import dev.plumbline.inputs.LatticeActionArgs;
import dev.plumbline.inputs.LatticeListenerArgs;
import dev.plumbline.inputs.LatticeMatchArgs;
import dev.plumbline.inputs.LatticeRuleArgs;
import dev.plumbline.inputs.LatticeServiceArgs;
import dev.plumbline.inputs.LatticeTargetArgs;
import dev.plumbline.inputs.LatticeTargetGroupArgs;
import dev.plumbline.inputs.LatticeWeightedTargetGroupArgs;
import dev.plumbline.inputs.NewNetworkLoadBalancerArgs;
import dev.plumbline.inputs.NlbListenerArgs;
import dev.plumbline.inputs.ZonalSubnetArgs;
import dev.plumbline.testing.MockedDeployment;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Java examples of provider/README.md, verbatim between the markers, run against mocks. */
class ReadmeExamplesTest {

    @Test
    void endpointServiceAndConsumer() {
        MockedDeployment.Result result = MockedDeployment.run(ctx -> {
            // README:privatelink
            var orders = new EndpointService("orders", EndpointServiceArgs.builder()
                    .newLoadBalancer(NewNetworkLoadBalancerArgs.builder()
                            .vpcId("vpc-0a1b2c3d4e5f60718")
                            .subnetIds("subnet-0a00000000000001a", "subnet-0a00000000000001b")
                            .listeners(NlbListenerArgs.builder().port(443).protocol("TLS").targetPort(8443)
                                    .certificateArn("arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012")
                                    .build())
                            .target("app-1", "i-0a00000000000000a")
                            .target("app-2", "i-0a00000000000000b")
                            .build())
                    .allowedPrincipals("arn:aws:iam::123456789012:root")
                    .tags(Map.of("app", "orders"))
                    .build(), null);

            var client = new EndpointConsumer("orders-client", EndpointConsumerArgs.builder()
                    .serviceName(orders.serviceName)
                    .sameAccountServiceId(orders.serviceId)
                    .vpcId("vpc-0b1b2c3d4e5f60718")
                    .subnets(ZonalSubnetArgs.builder().subnetId("subnet-0b00000000000001a").availabilityZone("us-east-1a").build(),
                            ZonalSubnetArgs.builder().subnetId("subnet-0b00000000000001b").availabilityZone("us-east-1b").build())
                    .ports(443)
                    .clientCidrBlocks("10.1.0.0/16")
                    .build(), null);
            ctx.export("ordersDns", client.dnsEntries);
            // README:end
            return client;
        });

        assertThat(result.exceptions()).isEmpty();
        assertThat(result.ofType("aws:ec2/vpcEndpointConnectionAccepter:VpcEndpointConnectionAccepter")).hasSize(1);
    }

    @Test
    void gwlbInspectionChain() {
        MockedDeployment.Result result = MockedDeployment.run(ctx -> {
            // README:gwlb
            var igw = new InternetGateway("igw", InternetGatewayArgs.builder().vpcId("vpc-0a1b2c3d4e5f60718").build());
            var chain = new GwlbInspectionChain("edge", GwlbInspectionChainArgs.builder()
                    .vpcId("vpc-0a1b2c3d4e5f60718")
                    .internetGatewayId(igw.id())
                    .appSubnets(
                            AppSubnetArgs.builder().name("web-a").subnetId("subnet-0a00000000000001a")
                                    .cidrBlock("10.0.1.0/24").availabilityZone("us-east-1a").build(),
                            AppSubnetArgs.builder().name("web-b").subnetId("subnet-0a00000000000001b")
                                    .cidrBlock("10.0.2.0/24").availabilityZone("us-east-1b").build())
                    .stages(
                            InspectionStageArgs.builder()
                                    .name("firewall")
                                    .applianceVpcId("vpc-0f1e2d3c4b5a69788")
                                    .applianceSubnets(zone("subnet-0f00000000000001a", "us-east-1a"),
                                            zone("subnet-0f00000000000001b", "us-east-1b"))
                                    .target("fw-a", "i-0f00000000000000a")
                                    .target("fw-b", "i-0f00000000000000b")
                                    .endpointSubnets(zone("subnet-0a00000000000002a", "us-east-1a"),
                                            zone("subnet-0a00000000000002b", "us-east-1b"))
                                    .build(),
                            InspectionStageArgs.builder()
                                    .name("ids")
                                    .applianceVpcId("vpc-0d1e2d3c4b5a69788")
                                    .applianceSubnets(zone("subnet-0d00000000000001a", "us-east-1a"),
                                            zone("subnet-0d00000000000001b", "us-east-1b"))
                                    .targetType("ip")
                                    .target("ids-a", "10.20.1.10")
                                    .flowStickiness("3-tuple")
                                    .endpointSubnets(zone("subnet-0a00000000000003a", "us-east-1a"),
                                            zone("subnet-0a00000000000003b", "us-east-1b"))
                                    .build())
                    .tags(Map.of("team", "netsec"))
                    .build(), null);
            ctx.export("edgeRouteTable", chain.edgeRouteTableId);
            // README:end
            return chain;
        });

        assertThat(result.exceptions()).isEmpty();
        assertThat(result.ofType("aws:ec2/vpcEndpoint:VpcEndpoint")).hasSize(4);
    }

    @Test
    void latticeServiceNetwork() {
        MockedDeployment.Result result = MockedDeployment.run(ctx -> {
            // README:lattice
            var mesh = new LatticeServiceNetwork("mesh", LatticeServiceNetworkArgs.builder()
                    .name("commerce")
                    .vpcAssociations(dev.plumbline.inputs.LatticeVpcAssociationArgs.builder()
                            .name("clients").vpcId("vpc-0c1b2c3d4e5f60718").securityGroupIds("sg-0c00000000000000a").build())
                    .services(LatticeServiceArgs.builder()
                            .name("orders")
                            .targetGroups(
                                    LatticeTargetGroupArgs.builder().name("orders-v1").type("INSTANCE")
                                            .vpcId("vpc-0a1b2c3d4e5f60718").port(8080).protocol("HTTP")
                                            .targets(LatticeTargetArgs.builder().name("v1-a").id("i-0a00000000000000a").build())
                                            .build(),
                                    LatticeTargetGroupArgs.builder().name("orders-v2").type("IP")
                                            .vpcId("vpc-0a1b2c3d4e5f60718").port(8080).protocol("HTTP")
                                            .targets(LatticeTargetArgs.builder().name("v2-a").id("10.0.3.10").build())
                                            .build())
                            .listeners(LatticeListenerArgs.builder()
                                    .name("http")
                                    .protocol("HTTP")
                                    .defaultAction(LatticeActionArgs.builder().forward(
                                            LatticeWeightedTargetGroupArgs.builder().targetGroup("orders-v1").weight(90).build(),
                                            LatticeWeightedTargetGroupArgs.builder().targetGroup("orders-v2").weight(10).build())
                                            .build())
                                    .rules(LatticeRuleArgs.builder()
                                            .name("admin")
                                            .priority(20)
                                            .match(LatticeMatchArgs.builder().pathPrefix("/admin").method("POST").build())
                                            .action(LatticeActionArgs.builder().fixedResponseStatusCode(403).build())
                                            .build())
                                    .build())
                            .build())
                    .build(), null);
            ctx.export("ordersDnsName", mesh.serviceDnsNames.applyValue(names -> names.get("orders")));
            // README:end
            return mesh;
        });

        assertThat(result.exceptions()).isEmpty();
        assertThat(result.ofType("aws:vpclattice/listenerRule:ListenerRule")).hasSize(1);
    }

    private static ZonalSubnetArgs zone(String subnetId, String availabilityZone) {
        return ZonalSubnetArgs.builder().subnetId(subnetId).availabilityZone(availabilityZone).build();
    }
}
