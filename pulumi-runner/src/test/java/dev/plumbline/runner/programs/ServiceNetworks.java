package dev.plumbline.runner.programs;

import com.pulumi.Context;
import com.pulumi.aws.AwsFunctions;
import com.pulumi.aws.ec2.Ec2Functions;
import com.pulumi.aws.ec2.Instance;
import com.pulumi.aws.ec2.InstanceArgs;
import com.pulumi.aws.ec2.RouteTable;
import com.pulumi.aws.ec2.RouteTableArgs;
import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.ec2.Subnet;
import com.pulumi.aws.ec2.SubnetArgs;
import com.pulumi.aws.ec2.Vpc;
import com.pulumi.aws.ec2.VpcArgs;
import com.pulumi.aws.ec2.VpcEndpoint;
import com.pulumi.aws.ec2.VpcEndpointArgs;
import com.pulumi.aws.ec2.VpcEndpointConnectionAccepter;
import com.pulumi.aws.ec2.VpcEndpointConnectionAccepterArgs;
import com.pulumi.aws.ec2.VpcEndpointService;
import com.pulumi.aws.ec2.VpcEndpointServiceArgs;
import com.pulumi.aws.ec2.inputs.GetManagedPrefixListArgs;
import com.pulumi.aws.ec2.outputs.GetManagedPrefixListEntry;
import com.pulumi.aws.lb.Listener;
import com.pulumi.aws.lb.ListenerArgs;
import com.pulumi.aws.lb.LoadBalancer;
import com.pulumi.aws.lb.LoadBalancerArgs;
import com.pulumi.aws.lb.TargetGroup;
import com.pulumi.aws.lb.TargetGroupArgs;
import com.pulumi.aws.lb.inputs.ListenerDefaultActionArgs;
import com.pulumi.aws.vpclattice.ListenerRule;
import com.pulumi.aws.vpclattice.ListenerRuleArgs;
import com.pulumi.aws.vpclattice.Service;
import com.pulumi.aws.vpclattice.ServiceArgs;
import com.pulumi.aws.vpclattice.ServiceNetwork;
import com.pulumi.aws.vpclattice.ServiceNetworkArgs;
import com.pulumi.aws.vpclattice.ServiceNetworkServiceAssociation;
import com.pulumi.aws.vpclattice.ServiceNetworkServiceAssociationArgs;
import com.pulumi.aws.vpclattice.ServiceNetworkVpcAssociation;
import com.pulumi.aws.vpclattice.ServiceNetworkVpcAssociationArgs;
import com.pulumi.aws.vpclattice.TargetGroupAttachment;
import com.pulumi.aws.vpclattice.TargetGroupAttachmentArgs;
import com.pulumi.aws.vpclattice.inputs.ListenerDefaultActionForwardArgs;
import com.pulumi.aws.vpclattice.inputs.ListenerDefaultActionForwardTargetGroupArgs;
import com.pulumi.aws.vpclattice.inputs.ListenerRuleActionArgs;
import com.pulumi.aws.vpclattice.inputs.ListenerRuleActionForwardArgs;
import com.pulumi.aws.vpclattice.inputs.ListenerRuleActionForwardTargetGroupArgs;
import com.pulumi.aws.vpclattice.inputs.ListenerRuleMatchArgs;
import com.pulumi.aws.vpclattice.inputs.ListenerRuleMatchHttpMatchArgs;
import com.pulumi.aws.vpclattice.inputs.ListenerRuleMatchHttpMatchPathMatchArgs;
import com.pulumi.aws.vpclattice.inputs.ListenerRuleMatchHttpMatchPathMatchMatchArgs;
import com.pulumi.aws.vpclattice.inputs.TargetGroupAttachmentTargetArgs;
import com.pulumi.aws.vpclattice.inputs.TargetGroupConfigArgs;
import com.pulumi.core.Output;

/**
 * PrivateLink, Gateway Load Balancer and VPC Lattice across three VPCs: an NLB-backed endpoint
 * service that requires acceptance (with a private DNS name) reached through an interface
 * endpoint and accepted; a GWLB endpoint service reached through a GWLB endpoint; an S3 gateway
 * endpoint; a Lattice service with a weighted default action and a path rule. Zones come from
 * getAvailabilityZones, the account from getCallerIdentity.
 */
public class ServiceNetworks {

    public static void stack(Context ctx) {
        var zones = AwsFunctions.getAvailabilityZones();
        Output<String> zoneA = zones.applyValue(z -> z.names().get(0));
        Output<String> zoneB = zones.applyValue(z -> z.names().get(1));

        var provider = new Vpc("provider", VpcArgs.builder().cidrBlock("10.1.0.0/16").build());
        var providerA = new Subnet("provider-a", SubnetArgs.builder().vpcId(provider.id()).cidrBlock("10.1.0.0/24").availabilityZone(zoneA).build());
        var providerB = new Subnet("provider-b", SubnetArgs.builder().vpcId(provider.id()).cidrBlock("10.1.1.0/24").availabilityZone(zoneB).build());
        var consumer = new Vpc("consumer", VpcArgs.builder().cidrBlock("10.2.0.0/16").build());
        var consumerA = new Subnet("consumer-a", SubnetArgs.builder().vpcId(consumer.id()).cidrBlock("10.2.0.0/24").availabilityZone(zoneA).build());
        var consumerB = new Subnet("consumer-b", SubnetArgs.builder().vpcId(consumer.id()).cidrBlock("10.2.1.0/24").availabilityZone(zoneB).build());
        var appliances = new Vpc("appliances", VpcArgs.builder().cidrBlock("10.3.0.0/16").build());
        var appliancesA = new Subnet("appliances-a", SubnetArgs.builder().vpcId(appliances.id()).cidrBlock("10.3.0.0/24").availabilityZone(zoneA).build());

        var nlb = new LoadBalancer("nlb", LoadBalancerArgs.builder().loadBalancerType("network").internal(true)
                .subnets(Output.all(providerA.id(), providerB.id())).build());
        var apiTargets = new TargetGroup("api", TargetGroupArgs.builder().port(443).protocol("TCP").vpcId(provider.id()).build());
        new Listener("api-443", ListenerArgs.builder().loadBalancerArn(nlb.arn()).port(443).protocol("TCP")
                .defaultActions(ListenerDefaultActionArgs.builder().type("forward").targetGroupArn(apiTargets.arn()).build()).build());
        var apiService = new VpcEndpointService("api", VpcEndpointServiceArgs.builder().acceptanceRequired(true)
                .networkLoadBalancerArns(Output.all(nlb.arn())).privateDnsName("api.internal.example.com").build());

        var endpointSg = new SecurityGroup("api-endpoint", SecurityGroupArgs.builder().vpcId(consumer.id()).build());
        var apiEndpoint = new VpcEndpoint("api", VpcEndpointArgs.builder().vpcId(consumer.id()).vpcEndpointType("Interface")
                .serviceName(apiService.serviceName()).subnetIds(Output.all(consumerA.id(), consumerB.id()))
                .securityGroupIds(Output.all(endpointSg.id())).build());
        new VpcEndpointConnectionAccepter("api", VpcEndpointConnectionAccepterArgs.builder()
                .vpcEndpointServiceId(apiService.id()).vpcEndpointId(apiEndpoint.id()).build());

        var gwlb = new LoadBalancer("gwlb", LoadBalancerArgs.builder().loadBalancerType("gateway")
                .subnets(Output.all(appliancesA.id())).build());
        var applianceTargets = new TargetGroup("appliances", TargetGroupArgs.builder().port(6081).protocol("GENEVE")
                .vpcId(appliances.id()).build());
        new Listener("geneve", ListenerArgs.builder().loadBalancerArn(gwlb.arn())
                .defaultActions(ListenerDefaultActionArgs.builder().type("forward").targetGroupArn(applianceTargets.arn()).build()).build());
        var inspection = new VpcEndpointService("inspection", VpcEndpointServiceArgs.builder().acceptanceRequired(false)
                .gatewayLoadBalancerArns(Output.all(gwlb.arn())).build());
        new VpcEndpoint("inspection-a", VpcEndpointArgs.builder().vpcId(consumer.id()).vpcEndpointType("GatewayLoadBalancer")
                .serviceName(inspection.serviceName()).subnetIds(Output.all(consumerA.id())).build());

        var consumerRoutes = new RouteTable("consumer", RouteTableArgs.builder().vpcId(consumer.id()).build());
        new VpcEndpoint("s3", VpcEndpointArgs.builder().vpcId(consumer.id()).serviceName("com.amazonaws.us-east-1.s3")
                .routeTableIds(Output.all(consumerRoutes.id())).build());
        var s3List = Ec2Functions.getManagedPrefixList(GetManagedPrefixListArgs.builder().name("com.amazonaws.us-east-1.s3").build());

        var network = new ServiceNetwork("apps", ServiceNetworkArgs.builder().build());
        new ServiceNetworkVpcAssociation("consumer", ServiceNetworkVpcAssociationArgs.builder()
                .vpcIdentifier(consumer.id()).serviceNetworkIdentifier(network.id()).build());
        var orders = new Service("orders", ServiceArgs.builder().build());
        var blue = latticeTargets("blue", provider);
        var green = latticeTargets("green", provider);
        var backend = new Instance("orders-blue", InstanceArgs.builder().ami("ami-0abcdef1234567890").instanceType("t3.micro")
                .subnetId(providerA.id()).build());
        new TargetGroupAttachment("orders-blue", TargetGroupAttachmentArgs.builder().targetGroupIdentifier(blue.id())
                .target(TargetGroupAttachmentTargetArgs.builder().id(backend.id()).port(8080).build()).build());
        var http = new com.pulumi.aws.vpclattice.Listener("http", com.pulumi.aws.vpclattice.ListenerArgs.builder()
                .serviceIdentifier(orders.id()).protocol("HTTP")
                .defaultAction(com.pulumi.aws.vpclattice.inputs.ListenerDefaultActionArgs.builder()
                        .forwards(ListenerDefaultActionForwardArgs.builder().targetGroups(
                                ListenerDefaultActionForwardTargetGroupArgs.builder().targetGroupIdentifier(blue.id()).weight(80).build(),
                                ListenerDefaultActionForwardTargetGroupArgs.builder().targetGroupIdentifier(green.id()).weight(20).build())
                                .build())
                        .build())
                .build());
        new ListenerRule("admin", ListenerRuleArgs.builder().serviceIdentifier(orders.id()).listenerIdentifier(http.listenerId())
                .priority(10)
                .match(ListenerRuleMatchArgs.builder().httpMatch(ListenerRuleMatchHttpMatchArgs.builder()
                        .pathMatch(ListenerRuleMatchHttpMatchPathMatchArgs.builder()
                                .match(ListenerRuleMatchHttpMatchPathMatchMatchArgs.builder().prefix("/admin").build()).build())
                        .build()).build())
                .action(ListenerRuleActionArgs.builder().forward(ListenerRuleActionForwardArgs.builder()
                        .targetGroups(ListenerRuleActionForwardTargetGroupArgs.builder().targetGroupIdentifier(blue.id()).build())
                        .build()).build())
                .build());
        new ServiceNetworkServiceAssociation("orders", ServiceNetworkServiceAssociationArgs.builder()
                .serviceIdentifier(orders.id()).serviceNetworkIdentifier(network.id()).build());
        var latticeList = Ec2Functions.getManagedPrefixList(GetManagedPrefixListArgs.builder()
                .name("com.amazonaws.us-east-1.vpc-lattice").build());

        ctx.export("s3PrefixListId", s3List.applyValue(l -> l.id()));
        ctx.export("latticePrefixList", latticeList.applyValue(l -> l.entries().stream().map(GetManagedPrefixListEntry::cidr).toList()));
        ctx.export("account", AwsFunctions.getCallerIdentity().applyValue(c -> c.accountId()));
        ctx.export("region", AwsFunctions.getRegion().applyValue(r -> r.name()));
    }

    private static com.pulumi.aws.vpclattice.TargetGroup latticeTargets(String name, Vpc vpc) {
        return new com.pulumi.aws.vpclattice.TargetGroup(name, com.pulumi.aws.vpclattice.TargetGroupArgs.builder()
                .type("INSTANCE")
                .config(TargetGroupConfigArgs.builder().port(8080).protocol("HTTP").vpcIdentifier(vpc.id()).build())
                .build());
    }
}
