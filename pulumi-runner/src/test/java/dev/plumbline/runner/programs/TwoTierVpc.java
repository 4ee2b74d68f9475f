package dev.plumbline.runner.programs;

import com.pulumi.Context;
import com.pulumi.aws.ec2.Eip;
import com.pulumi.aws.ec2.EipArgs;
import com.pulumi.aws.ec2.Instance;
import com.pulumi.aws.ec2.InstanceArgs;
import com.pulumi.aws.ec2.InternetGateway;
import com.pulumi.aws.ec2.InternetGatewayAttachment;
import com.pulumi.aws.ec2.InternetGatewayAttachmentArgs;
import com.pulumi.aws.ec2.NatGateway;
import com.pulumi.aws.ec2.NatGatewayArgs;
import com.pulumi.aws.ec2.NetworkAcl;
import com.pulumi.aws.ec2.NetworkAclArgs;
import com.pulumi.aws.ec2.NetworkAclRule;
import com.pulumi.aws.ec2.NetworkAclRuleArgs;
import com.pulumi.aws.ec2.Route;
import com.pulumi.aws.ec2.RouteArgs;
import com.pulumi.aws.ec2.RouteTable;
import com.pulumi.aws.ec2.RouteTableArgs;
import com.pulumi.aws.ec2.RouteTableAssociation;
import com.pulumi.aws.ec2.RouteTableAssociationArgs;
import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.ec2.SecurityGroupRule;
import com.pulumi.aws.ec2.SecurityGroupRuleArgs;
import com.pulumi.aws.ec2.Subnet;
import com.pulumi.aws.ec2.SubnetArgs;
import com.pulumi.aws.ec2.Vpc;
import com.pulumi.aws.ec2.VpcArgs;
import com.pulumi.aws.ec2.inputs.RouteTableRouteArgs;
import com.pulumi.aws.ec2.inputs.SecurityGroupEgressArgs;
import com.pulumi.aws.ec2.inputs.SecurityGroupIngressArgs;
import com.pulumi.aws.vpc.SecurityGroupIngressRule;
import com.pulumi.aws.vpc.SecurityGroupIngressRuleArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;

import java.util.List;
import java.util.Map;

/**
 * A two-tier VPC: public subnets in two zones with an internet gateway, private subnets (inside a
 * component) behind a NAT gateway, security groups with inline and separate rules, a network ACL,
 * a bastion with a public address and an app instance. The app's user data is a secret.
 */
public class TwoTierVpc {

    public static void stack(Context ctx) {
        var vpc = new Vpc("main", VpcArgs.builder().cidrBlock("10.0.0.0/16").build());
        var publicA = new Subnet("public-a", SubnetArgs.builder().vpcId(vpc.id()).cidrBlock("10.0.0.0/24")
                .availabilityZone("us-east-1a").mapPublicIpOnLaunch(true).build());
        var publicB = new Subnet("public-b", SubnetArgs.builder().vpcId(vpc.id()).cidrBlock("10.0.1.0/24")
                .availabilityZone("us-east-1b").mapPublicIpOnLaunch(true).build());
        var igw = new InternetGateway("igw");
        new InternetGatewayAttachment("igw-attachment", InternetGatewayAttachmentArgs.builder()
                .internetGatewayId(igw.id()).vpcId(vpc.id()).build());
        var publicRoutes = new RouteTable("public", RouteTableArgs.builder().vpcId(vpc.id())
                .routes(RouteTableRouteArgs.builder().cidrBlock("0.0.0.0/0").gatewayId(igw.id()).build()).build());
        new RouteTableAssociation("public-a", RouteTableAssociationArgs.builder()
                .subnetId(publicA.id()).routeTableId(publicRoutes.id()).build());
        new RouteTableAssociation("public-b", RouteTableAssociationArgs.builder()
                .subnetId(publicB.id()).routeTableId(publicRoutes.id()).build());
        var natAddress = new Eip("nat", EipArgs.builder().domain("vpc").build());
        var nat = new NatGateway("nat", NatGatewayArgs.builder().subnetId(publicA.id()).allocationId(natAddress.id()).build());

        var tier = new PrivateTier("app-tier", vpc, nat);

        var bastionSg = new SecurityGroup("bastion", SecurityGroupArgs.builder().vpcId(vpc.id())
                .ingress(SecurityGroupIngressArgs.builder().protocol("tcp").fromPort(22).toPort(22)
                        .cidrBlocks("203.0.113.0/24").build())
                .egress(SecurityGroupEgressArgs.builder().protocol("-1").fromPort(0).toPort(0)
                        .cidrBlocks("0.0.0.0/0").build())
                .build());
        var appSg = new SecurityGroup("app", SecurityGroupArgs.builder().vpcId(vpc.id()).build());
        new SecurityGroupRule("app-from-bastion", SecurityGroupRuleArgs.builder().type("ingress")
                .securityGroupId(appSg.id()).sourceSecurityGroupId(bastionSg.id())
                .protocol("tcp").fromPort(22).toPort(22).build());
        new SecurityGroupIngressRule("app-https", SecurityGroupIngressRuleArgs.builder()
                .securityGroupId(appSg.id()).cidrIpv4("10.0.0.0/16").ipProtocol("tcp").fromPort(443).toPort(443).build());

        var acl = new NetworkAcl("private", NetworkAclArgs.builder().vpcId(vpc.id())
                .subnetIds(Output.all(tier.subnetA.id(), tier.subnetB.id())).build());
        new NetworkAclRule("private-in", NetworkAclRuleArgs.builder().networkAclId(acl.id()).ruleNumber(100)
                .egress(false).protocol("tcp").ruleAction("allow").cidrBlock("10.0.0.0/16").fromPort(0).toPort(65535).build());

        var bastion = new Instance("bastion", InstanceArgs.builder().ami("ami-0abcdef1234567890").instanceType("t3.micro")
                .subnetId(publicA.id()).vpcSecurityGroupIds(Output.all(bastionSg.id())).build());
        var app = new Instance("app", InstanceArgs.builder().ami("ami-0abcdef1234567890").instanceType("t3.micro")
                .subnetId(tier.subnetA.id()).vpcSecurityGroupIds(Output.all(appSg.id()))
                .userData(Output.ofSecret("DB_PASSWORD=hunter2-very-secret")).build(),
                CustomResourceOptions.builder().dependsOn(nat).build());

        ctx.export("bastionPublicIp", bastion.publicIp());
        ctx.export("appPrivateIp", app.privateIp());
        ctx.export("natPublicIp", nat.publicIp());
        ctx.export("dbPassword", Output.ofSecret("hunter2-very-secret"));
    }

    /** Private subnets in two zones and their route table through the NAT gateway. */
    public static final class PrivateTier extends ComponentResource {
        final Subnet subnetA;
        final Subnet subnetB;

        PrivateTier(String name, Vpc vpc, NatGateway nat) {
            super("plumbline:test:PrivateTier", name, ComponentResourceOptions.Empty);
            var options = CustomResourceOptions.builder().parent(this).build();
            subnetA = new Subnet(name + "-a", SubnetArgs.builder().vpcId(vpc.id()).cidrBlock("10.0.10.0/28")
                    .availabilityZone("us-east-1a").build(), options);
            subnetB = new Subnet(name + "-b", SubnetArgs.builder().vpcId(vpc.id()).cidrBlock("10.0.11.0/28")
                    .availabilityZoneId("use1-az2").build(), options);
            var routes = new RouteTable(name, RouteTableArgs.builder().vpcId(vpc.id()).build(), options);
            new Route(name + "-default", RouteArgs.builder().routeTableId(routes.id())
                    .destinationCidrBlock("0.0.0.0/0").natGatewayId(nat.id()).build(), options);
            new RouteTableAssociation(name + "-a", RouteTableAssociationArgs.builder()
                    .subnetId(subnetA.id()).routeTableId(routes.id()).build(), options);
            new RouteTableAssociation(name + "-b", RouteTableAssociationArgs.builder()
                    .subnetId(subnetB.id()).routeTableId(routes.id()).build(), options);
            registerOutputs(Map.of("subnetIds", Output.all(List.of(subnetA.id(), subnetB.id()))));
        }
    }
}
