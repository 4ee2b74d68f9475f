package dev.plumbline.stacks.nategress;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.pulumi.aws.ec2.Eip;
import com.pulumi.aws.ec2.EipArgs;
import com.pulumi.aws.ec2.Instance;
import com.pulumi.aws.ec2.InstanceArgs;
import com.pulumi.aws.ec2.InternetGateway;
import com.pulumi.aws.ec2.InternetGatewayArgs;
import com.pulumi.aws.ec2.NatGateway;
import com.pulumi.aws.ec2.NatGatewayArgs;
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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The egress VPC of a payments team: public subnets holding a NAT gateway each, private subnets
 * whose hosts reach the internet only through the NAT gateway of their own zone (so one zone's
 * outage does not cut the other's egress), and an internal ledger database that nothing on the
 * internet can reach.
 *
 * <p>Stack config {@code privateBViaInternetGateway: true} (the {@code broken} stack) makes one
 * realistic mistake: private-b's default route is copied from the public route table and points
 * at the internet gateway instead of nat-b. Its hosts have no public address, so their traffic to
 * the internet is dropped there.
 */
public final class App {

    static final String AMI = "ami-0c7217cdde317cfec";

    private App() {
    }

    public static void main(String[] args) {
        Pulumi.run(App::stack);
    }

    public static void stack(Context ctx) {
        boolean mistake = ctx.config().getBoolean("privateBViaInternetGateway").orElse(false);
        String region = ctx.config("aws").get("region").orElse("us-east-1");
        Map<String, String> common = Map.of("project", ctx.projectName(), "environment", ctx.stackName(),
                "team", "payments", "cost-center", "cc-4127");

        Vpc vpc = new Vpc("egress", VpcArgs.builder()
                .cidrBlock("10.40.0.0/16")
                .enableDnsSupport(true)
                .enableDnsHostnames(true)
                .tags(tags(common, "egress"))
                .build());
        InternetGateway igw = new InternetGateway("egress-igw", InternetGatewayArgs.builder()
                .vpcId(vpc.id())
                .tags(tags(common, "egress-igw"))
                .build());

        RouteTable publicTable = new RouteTable("public", RouteTableArgs.builder()
                .vpcId(vpc.id())
                .routes(RouteTableRouteArgs.builder().cidrBlock("0.0.0.0/0").gatewayId(igw.id()).build())
                .tags(tags(common, "public"))
                .build());

        SecurityGroup app = new SecurityGroup("app", SecurityGroupArgs.builder()
                .description("Payment workers: the internal load balancer's health checks in, HTTPS out")
                .vpcId(vpc.id())
                .ingress(SecurityGroupIngressArgs.builder().description("health checks and calls from inside the VPC")
                        .protocol("tcp").fromPort(8080).toPort(8080).cidrBlocks("10.40.0.0/16").build())
                .egress(SecurityGroupEgressArgs.builder().description("HTTPS to card networks and package mirrors")
                                .protocol("tcp").fromPort(443).toPort(443).cidrBlocks("0.0.0.0/0").build(),
                        SecurityGroupEgressArgs.builder().description("PostgreSQL in the VPC")
                                .protocol("tcp").fromPort(5432).toPort(5432).cidrBlocks("10.40.0.0/16").build())
                .tags(tags(common, "app"))
                .build());
        SecurityGroup ledger = new SecurityGroup("ledger", SecurityGroupArgs.builder()
                .description("Ledger database: PostgreSQL from the payment workers only, nothing out")
                .vpcId(vpc.id())
                .ingress(SecurityGroupIngressArgs.builder().description("PostgreSQL from the payment workers")
                        .protocol("tcp").fromPort(5432).toPort(5432).securityGroups(app.id().applyValue(List::of)).build())
                .egress(SecurityGroupEgressArgs.builder().description("replication to the standby inside the VPC")
                        .protocol("tcp").fromPort(5432).toPort(5432).cidrBlocks("10.40.0.0/16").build())
                .tags(tags(common, "ledger"))
                .build());

        List<Zone> zones = List.of(
                new Zone("a", region + "a", "10.40.0.0/24", "10.40.10.0/24"),
                new Zone("b", region + "b", "10.40.1.0/24", "10.40.11.0/24"));
        for (Zone zone : zones) {
            Subnet publicSubnet = new Subnet("public-" + zone.key(), SubnetArgs.builder()
                    .vpcId(vpc.id())
                    .cidrBlock(zone.publicCidr())
                    .availabilityZone(zone.name())
                    .tags(tags(common, "public-" + zone.key(), Map.of("tier", "public")))
                    .build());
            new RouteTableAssociation("public-" + zone.key(), RouteTableAssociationArgs.builder()
                    .subnetId(publicSubnet.id())
                    .routeTableId(publicTable.id())
                    .build());
            Eip address = new Eip("nat-" + zone.key(), EipArgs.builder()
                    .domain("vpc")
                    .tags(tags(common, "nat-" + zone.key()))
                    .build());
            NatGateway nat = new NatGateway("nat-" + zone.key(), NatGatewayArgs.builder()
                    .subnetId(publicSubnet.id())
                    .allocationId(address.id())
                    .tags(tags(common, "nat-" + zone.key()))
                    .build());

            Subnet privateSubnet = new Subnet("private-" + zone.key(), SubnetArgs.builder()
                    .vpcId(vpc.id())
                    .cidrBlock(zone.privateCidr())
                    .availabilityZone(zone.name())
                    .tags(tags(common, "private-" + zone.key(), Map.of("tier", "private")))
                    .build());
            RouteTableRouteArgs defaultRoute = mistake && zone.key().equals("b")
                    ? RouteTableRouteArgs.builder().cidrBlock("0.0.0.0/0").gatewayId(igw.id()).build()
                    : RouteTableRouteArgs.builder().cidrBlock("0.0.0.0/0").natGatewayId(nat.id()).build();
            RouteTable privateTable = new RouteTable("private-" + zone.key(), RouteTableArgs.builder()
                    .vpcId(vpc.id())
                    .routes(defaultRoute)
                    .tags(tags(common, "private-" + zone.key()))
                    .build());
            new RouteTableAssociation("private-" + zone.key(), RouteTableAssociationArgs.builder()
                    .subnetId(privateSubnet.id())
                    .routeTableId(privateTable.id())
                    .build());

            new Instance("worker-" + zone.key(), InstanceArgs.builder()
                    .ami(AMI)
                    .instanceType("t3.small")
                    .subnetId(privateSubnet.id())
                    .vpcSecurityGroupIds(app.id().applyValue(List::of))
                    .tags(tags(common, "worker-" + zone.key(), Map.of("role", "payment-worker")))
                    .build());
            if (zone.key().equals("b")) {
                new Instance("ledger-db", InstanceArgs.builder()
                        .ami(AMI)
                        .instanceType("r6i.large")
                        .subnetId(privateSubnet.id())
                        .privateIp("10.40.11.50")
                        .vpcSecurityGroupIds(ledger.id().applyValue(List::of))
                        .tags(tags(common, "ledger-db", Map.of("role", "database", "data-class", "restricted")))
                        .build());
            }
        }
        ctx.export("vpcId", vpc.id());
        ctx.export("internetGatewayId", igw.id());
    }

    /** A zone's key (a, b), name and the CIDRs of its public and private subnet. */
    record Zone(String key, String name, String publicCidr, String privateCidr) {
    }

    static Map<String, String> tags(Map<String, String> common, String name) {
        return tags(common, name, Map.of());
    }

    static Map<String, String> tags(Map<String, String> common, String name, Map<String, String> extra) {
        Map<String, String> tags = new TreeMap<>(common);
        tags.putAll(extra);
        tags.put("Name", name);
        return tags;
    }
}
