package dev.plumbline.validator.testprograms;

import com.pulumi.Context;
import com.pulumi.aws.ec2.InternetGateway;
import com.pulumi.aws.ec2.InternetGatewayArgs;
import com.pulumi.aws.ec2.Instance;
import com.pulumi.aws.ec2.InstanceArgs;
import com.pulumi.aws.ec2.RouteTable;
import com.pulumi.aws.ec2.RouteTableArgs;
import com.pulumi.aws.ec2.RouteTableAssociation;
import com.pulumi.aws.ec2.RouteTableAssociationArgs;
import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.ec2.Subnet;
import com.pulumi.aws.ec2.SubnetArgs;
import com.pulumi.aws.ec2.Vpc;
import com.pulumi.aws.ec2.VpcArgs;
import com.pulumi.aws.ec2.inputs.RouteTableRouteArgs;
import com.pulumi.aws.ec2.inputs.SecurityGroupEgressArgs;
import com.pulumi.aws.ec2.inputs.SecurityGroupIngressArgs;

/** A small program for the offline-run tests: a public subnet with a web server and a private one without a route out. */
public final class EdgeProgram {

    private EdgeProgram() {
    }

    public static void stack(Context ctx) {
        boolean broken = ctx.config().getBoolean("broken").orElse(false);
        Vpc vpc = new Vpc("main", VpcArgs.builder().cidrBlock("10.0.0.0/16").build());
        Subnet web = new Subnet("web", SubnetArgs.builder().vpcId(vpc.id()).cidrBlock("10.0.1.0/24")
                .availabilityZone("us-east-1a").mapPublicIpOnLaunch(true).build());
        Subnet data = new Subnet("data", SubnetArgs.builder().vpcId(vpc.id()).cidrBlock("10.0.2.0/24")
                .availabilityZone("us-east-1b").build());
        InternetGateway igw = new InternetGateway("gw", InternetGatewayArgs.builder().vpcId(vpc.id()).build());
        RouteTable publicTable = new RouteTable("public", RouteTableArgs.builder().vpcId(vpc.id())
                .routes(RouteTableRouteArgs.builder().cidrBlock("0.0.0.0/0").gatewayId(igw.id()).build()).build());
        new RouteTableAssociation("web", RouteTableAssociationArgs.builder().subnetId(web.id())
                .routeTableId(publicTable.id()).build());
        SecurityGroup webGroup = new SecurityGroup("web", SecurityGroupArgs.builder().vpcId(vpc.id())
                .ingress(SecurityGroupIngressArgs.builder().protocol("tcp").fromPort(443).toPort(443)
                        .cidrBlocks("0.0.0.0/0").build())
                .egress(broken ? java.util.List.of() : java.util.List.of(SecurityGroupEgressArgs.builder().protocol("-1")
                        .fromPort(0).toPort(0).cidrBlocks("0.0.0.0/0").build()))
                .build());
        new Instance("web", InstanceArgs.builder().ami("ami-0abcdef1234567890").instanceType("t3.micro")
                .subnetId(web.id()).vpcSecurityGroupIds(webGroup.id().applyValue(java.util.List::of)).build());
        new Instance("db", InstanceArgs.builder().ami("ami-0abcdef1234567890").instanceType("t3.micro")
                .subnetId(data.id()).vpcSecurityGroupIds(webGroup.id().applyValue(java.util.List::of)).build());
        ctx.export("vpcId", vpc.id());
    }
}
