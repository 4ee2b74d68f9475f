package dev.plumbline.stacks.latticeservices;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.pulumi.aws.ec2.Instance;
import com.pulumi.aws.ec2.InstanceArgs;
import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.ec2.Subnet;
import com.pulumi.aws.ec2.SubnetArgs;
import com.pulumi.aws.ec2.Vpc;
import com.pulumi.aws.ec2.VpcArgs;
import com.pulumi.aws.ec2.inputs.SecurityGroupEgressArgs;
import com.pulumi.aws.ec2.inputs.SecurityGroupIngressArgs;
import dev.plumbline.LatticeServiceNetwork;
import dev.plumbline.LatticeServiceNetworkArgs;
import dev.plumbline.inputs.LatticeActionArgs;
import dev.plumbline.inputs.LatticeHealthCheckArgs;
import dev.plumbline.inputs.LatticeListenerArgs;
import dev.plumbline.inputs.LatticeMatchArgs;
import dev.plumbline.inputs.LatticeRuleArgs;
import dev.plumbline.inputs.LatticeServiceArgs;
import dev.plumbline.inputs.LatticeTargetArgs;
import dev.plumbline.inputs.LatticeTargetGroupArgs;
import dev.plumbline.inputs.LatticeVpcAssociationArgs;
import dev.plumbline.inputs.LatticeWeightedTargetGroupArgs;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A VPC Lattice service network, {@code commerce}, that two client VPCs (the storefront and the
 * batch jobs) are associated with, each through a security group admitting its own CIDR on 443. Its
 * orders service has an HTTPS listener whose default action splits requests 20/10 between two
 * instances in the orders VPC and the orders Lambda function (the function is deployed by the
 * orders team's own stack; its ARN is stack config); rules send {@code /to-instance} (priority 10)
 * only to the instances and {@code /to-function} (priority 20) only to the function. The orders
 * instances admit VPC Lattice's link-local range, from which Lattice connects to targets.
 *
 * <p>Stack config {@code targetsAdmitClientCidrs: true} (the {@code broken} stack) makes one
 * realistic mistake: the orders instances' security group admits the client VPCs' CIDRs, as if
 * the clients connected to them directly. Lattice connects from its own range, so every request
 * that lands on the instances is refused; the function's share still works, so half-working
 * canaries hide it.
 */
public final class App {

    static final String AMI = "ami-0c7217cdde317cfec";
    /** VPC Lattice's IPv4 range: the {@code com.amazonaws.<region>.vpc-lattice} managed prefix list. */
    static final String LATTICE_RANGE = "169.254.171.0/24";

    private App() {
    }

    public static void main(String[] args) {
        Pulumi.run(App::stack);
    }

    public static void stack(Context ctx) {
        boolean mistake = ctx.config().getBoolean("targetsAdmitClientCidrs").orElse(false);
        String region = ctx.config("aws").get("region").orElse("us-east-1");
        String functionArn = ctx.config().require("ordersFunctionArn");
        String zoneA = region + "a";
        String zoneB = region + "b";
        Map<String, String> common = Map.of("project", ctx.projectName(), "environment", ctx.stackName(),
                "team", "commerce-platform", "cost-center", "cc-3301");

        // The orders service's instances, in their own VPC (a Lattice target VPC needs no association).
        Vpc ordersVpc = vpc("orders", "10.30.0.0/16", common);
        Subnet svcA = subnet("svc-a", ordersVpc, "10.30.1.0/24", zoneA, common);
        Subnet svcB = subnet("svc-b", ordersVpc, "10.30.2.0/24", zoneB, common);
        SecurityGroupIngressArgs admitted = mistake
                ? SecurityGroupIngressArgs.builder().description("HTTP 8080 from the client VPCs")
                        .protocol("tcp").fromPort(8080).toPort(8080).cidrBlocks("10.31.0.0/16", "10.32.0.0/16").build()
                : SecurityGroupIngressArgs.builder().description("HTTP 8080 from VPC Lattice (com.amazonaws." + region
                        + ".vpc-lattice)").protocol("tcp").fromPort(8080).toPort(8080).cidrBlocks(LATTICE_RANGE).build();
        SecurityGroup targets = new SecurityGroup("orders-targets", SecurityGroupArgs.builder()
                .description("Orders instances: requests and health checks from VPC Lattice on 8080")
                .vpcId(ordersVpc.id())
                .ingress(admitted)
                .egress(SecurityGroupEgressArgs.builder().description("the orders database in the VPC")
                        .protocol("tcp").fromPort(5432).toPort(5432).cidrBlocks("10.30.0.0/16").build())
                .tags(tags(common, "orders-targets"))
                .build());
        Instance orders1 = instance("orders-1", svcA, targets, common);
        Instance orders2 = instance("orders-2", svcB, targets, common);

        // The two client VPCs, each with a client and the security group of its association.
        Vpc storefront = vpc("storefront", "10.31.0.0/16", common);
        Subnet webA = subnet("web-a", storefront, "10.31.1.0/24", zoneA, common);
        Vpc batch = vpc("batch", "10.32.0.0/16", common);
        Subnet jobsA = subnet("jobs-a", batch, "10.32.1.0/24", zoneA, common);
        SecurityGroup storefrontClient = clientGroup("storefront-client", storefront, common);
        SecurityGroup batchClient = clientGroup("batch-client", batch, common);
        instance("storefront-1", webA, storefrontClient, common);
        instance("reports-1", jobsA, batchClient, common);
        SecurityGroup storefrontAssociation = associationGroup("storefront-lattice", storefront, "10.31.0.0/16", common);
        SecurityGroup batchAssociation = associationGroup("batch-lattice", batch, "10.32.0.0/16", common);

        LatticeServiceNetwork mesh = new LatticeServiceNetwork("mesh", LatticeServiceNetworkArgs.builder()
                .name("commerce")
                .authType("NONE")
                .vpcAssociations(
                        LatticeVpcAssociationArgs.builder().name("storefront").vpcId(storefront.id())
                                .securityGroupIds(storefrontAssociation.id().applyValue(List::of)).build(),
                        LatticeVpcAssociationArgs.builder().name("batch").vpcId(batch.id())
                                .securityGroupIds(batchAssociation.id().applyValue(List::of)).build())
                .services(LatticeServiceArgs.builder()
                        .name("orders")
                        .targetGroups(
                                LatticeTargetGroupArgs.builder().name("orders-instances").type("INSTANCE")
                                        .vpcId(ordersVpc.id()).port(8080).protocol("HTTP")
                                        .healthCheck(LatticeHealthCheckArgs.builder().path("/healthz").build())
                                        .targets(LatticeTargetArgs.builder().name("orders-1").id(orders1.id()).build(),
                                                LatticeTargetArgs.builder().name("orders-2").id(orders2.id()).build())
                                        .build(),
                                LatticeTargetGroupArgs.builder().name("orders-function").type("LAMBDA")
                                        .targets(LatticeTargetArgs.builder().name("handler").id(functionArn).build())
                                        .build())
                        .listeners(LatticeListenerArgs.builder()
                                .name("https")
                                .protocol("HTTPS")
                                .port(443)
                                .defaultAction(LatticeActionArgs.builder().forward(
                                        LatticeWeightedTargetGroupArgs.builder().targetGroup("orders-instances").weight(20).build(),
                                        LatticeWeightedTargetGroupArgs.builder().targetGroup("orders-function").weight(10).build())
                                        .build())
                                .rules(
                                        LatticeRuleArgs.builder().name("to-instance").priority(10)
                                                .match(LatticeMatchArgs.builder().pathPrefix("/to-instance").build())
                                                .action(LatticeActionArgs.builder().forward(LatticeWeightedTargetGroupArgs
                                                        .builder().targetGroup("orders-instances").build()).build())
                                                .build(),
                                        LatticeRuleArgs.builder().name("to-function").priority(20)
                                                .match(LatticeMatchArgs.builder().pathPrefix("/to-function").build())
                                                .action(LatticeActionArgs.builder().forward(LatticeWeightedTargetGroupArgs
                                                        .builder().targetGroup("orders-function").build()).build())
                                                .build())
                                .build())
                        .build())
                .tags(common)
                .build(), null);

        ctx.export("serviceNetworkId", mesh.serviceNetworkId);
        ctx.export("ordersDnsName", mesh.serviceDnsNames.applyValue(names -> names.get("orders")));
    }

    static Vpc vpc(String name, String cidr, Map<String, String> common) {
        return new Vpc(name, VpcArgs.builder()
                .cidrBlock(cidr)
                .enableDnsSupport(true)
                .enableDnsHostnames(true)
                .tags(tags(common, name))
                .build());
    }

    static Subnet subnet(String name, Vpc vpc, String cidr, String zone, Map<String, String> common) {
        return new Subnet(name, SubnetArgs.builder()
                .vpcId(vpc.id())
                .cidrBlock(cidr)
                .availabilityZone(zone)
                .tags(tags(common, name))
                .build());
    }

    static Instance instance(String name, Subnet subnet, SecurityGroup group, Map<String, String> common) {
        return new Instance(name, InstanceArgs.builder()
                .ami(AMI)
                .instanceType("t3.medium")
                .subnetId(subnet.id())
                .vpcSecurityGroupIds(group.id().applyValue(List::of))
                .tags(tags(common, name))
                .build());
    }

    /** A client's own group: HTTPS out to VPC Lattice's range, where every Lattice service answers in the VPC. */
    static SecurityGroup clientGroup(String name, Vpc vpc, Map<String, String> common) {
        return new SecurityGroup(name, SecurityGroupArgs.builder()
                .description("Clients of the commerce service network: HTTPS to VPC Lattice")
                .vpcId(vpc.id())
                .egress(SecurityGroupEgressArgs.builder().description("HTTPS to Lattice services")
                        .protocol("tcp").fromPort(443).toPort(443).cidrBlocks(LATTICE_RANGE).build())
                .tags(tags(common, name))
                .build());
    }

    /** The security group of a VPC's association with the service network: who in the VPC may use it. */
    static SecurityGroup associationGroup(String name, Vpc vpc, String cidr, Map<String, String> common) {
        return new SecurityGroup(name, SecurityGroupArgs.builder()
                .description("Who in this VPC may call the commerce service network")
                .vpcId(vpc.id())
                .ingress(SecurityGroupIngressArgs.builder().description("HTTPS from the VPC")
                        .protocol("tcp").fromPort(443).toPort(443).cidrBlocks(cidr).build())
                .tags(tags(common, name))
                .build());
    }

    static Map<String, String> tags(Map<String, String> common, String name) {
        Map<String, String> tags = new TreeMap<>(common);
        tags.put("Name", name);
        return tags;
    }
}
