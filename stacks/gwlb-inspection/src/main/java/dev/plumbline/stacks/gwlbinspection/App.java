package dev.plumbline.stacks.gwlbinspection;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.pulumi.aws.ec2.Instance;
import com.pulumi.aws.ec2.InstanceArgs;
import com.pulumi.aws.ec2.InternetGateway;
import com.pulumi.aws.ec2.InternetGatewayArgs;
import com.pulumi.aws.ec2.Route;
import com.pulumi.aws.ec2.RouteArgs;
import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.ec2.Subnet;
import com.pulumi.aws.ec2.SubnetArgs;
import com.pulumi.aws.ec2.Vpc;
import com.pulumi.aws.ec2.VpcArgs;
import com.pulumi.aws.ec2.inputs.SecurityGroupEgressArgs;
import com.pulumi.aws.ec2.inputs.SecurityGroupIngressArgs;
import com.pulumi.core.Output;
import dev.plumbline.GwlbInspectionChain;
import dev.plumbline.GwlbInspectionChainArgs;
import dev.plumbline.inputs.AppSubnetArgs;
import dev.plumbline.inputs.GwlbHealthCheckArgs;
import dev.plumbline.inputs.InspectionStageArgs;
import dev.plumbline.inputs.ZonalSubnetArgs;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * North-south inspection for a web shop: the shop VPC's internet traffic passes a firewall and
 * then an IDS, each a Gateway Load Balancer stage with two appliances in a separate inspection
 * VPC, in both directions and in the zone the flow started in. Built with
 * {@link GwlbInspectionChain}, which writes the edge route table (associated with the internet
 * gateway), the application subnets' tables and the endpoint subnets' tables.
 *
 * <p>Stack config {@code officeBypassRoute: true} (the {@code broken} stack) makes one realistic
 * mistake: an operator adds a route for the office network (198.51.100.0/24) straight to the
 * internet gateway in zone b's application route table, to spare the office's admin sessions the
 * IDS. Requests from the office still enter through the edge table and are inspected; their
 * replies from web-b leave by the new route and skip both stages, so the firewall sees one
 * direction of each connection (asymmetric inspection).
 */
public final class App {

    static final String AMI = "ami-0c7217cdde317cfec";
    static final String APPLIANCE_AMI = "ami-0f5e2c1b4d3a69788";
    static final String OFFICE = "198.51.100.0/24";
    static final String APP_A = "10.0.1.0/24";
    static final String APP_B = "10.0.2.0/24";

    private App() {
    }

    public static void main(String[] args) {
        Pulumi.run(App::stack);
    }

    public static void stack(Context ctx) {
        boolean mistake = ctx.config().getBoolean("officeBypassRoute").orElse(false);
        String region = ctx.config("aws").get("region").orElse("us-east-1");
        String zoneA = region + "a";
        String zoneB = region + "b";
        Map<String, String> common = Map.of("project", ctx.projectName(), "environment", ctx.stackName(),
                "team", "netsec", "cost-center", "cc-2210");

        // The protected VPC: the shop's web servers and the subnets of the GWLB endpoints (one per stage and zone).
        Vpc shop = new Vpc("shop", VpcArgs.builder()
                .cidrBlock("10.0.0.0/16")
                .enableDnsSupport(true)
                .enableDnsHostnames(true)
                .tags(tags(common, "shop"))
                .build());
        InternetGateway igw = new InternetGateway("shop-igw", InternetGatewayArgs.builder()
                .vpcId(shop.id())
                .tags(tags(common, "shop-igw"))
                .build());
        Subnet appA = subnet("app-a", shop, APP_A, zoneA, common);
        Subnet appB = subnet("app-b", shop, APP_B, zoneB, common);
        Subnet firewallEndpointA = subnet("firewall-endpoint-a", shop, "10.0.100.0/28", zoneA, common);
        Subnet firewallEndpointB = subnet("firewall-endpoint-b", shop, "10.0.100.16/28", zoneB, common);
        Subnet idsEndpointA = subnet("ids-endpoint-a", shop, "10.0.100.32/28", zoneA, common);
        Subnet idsEndpointB = subnet("ids-endpoint-b", shop, "10.0.100.48/28", zoneB, common);

        SecurityGroup web = new SecurityGroup("web", SecurityGroupArgs.builder()
                .description("Shop web servers: HTTPS from anywhere, HTTPS out")
                .vpcId(shop.id())
                .ingress(SecurityGroupIngressArgs.builder().description("HTTPS from customers")
                        .protocol("tcp").fromPort(443).toPort(443).cidrBlocks("0.0.0.0/0").build())
                .egress(SecurityGroupEgressArgs.builder().description("HTTPS to payment and shipping APIs")
                        .protocol("tcp").fromPort(443).toPort(443).cidrBlocks("0.0.0.0/0").build())
                .tags(tags(common, "web"))
                .build());
        webServer("web-a", appA, web, common);
        webServer("web-b", appB, web, common);

        // The inspection VPC: the firewall and IDS appliances, each stage behind its own Gateway Load Balancer.
        Vpc inspection = new Vpc("inspection", VpcArgs.builder()
                .cidrBlock("10.100.0.0/16")
                .tags(tags(common, "inspection"))
                .build());
        Subnet firewallA = subnet("firewall-a", inspection, "10.100.1.0/24", zoneA, common);
        Subnet firewallB = subnet("firewall-b", inspection, "10.100.2.0/24", zoneB, common);
        Subnet idsA = subnet("ids-a", inspection, "10.100.11.0/24", zoneA, common);
        Subnet idsB = subnet("ids-b", inspection, "10.100.12.0/24", zoneB, common);
        SecurityGroup appliance = new SecurityGroup("appliance", SecurityGroupArgs.builder()
                .description("Inspection appliances: GENEVE and health checks from the Gateway Load Balancers")
                .vpcId(inspection.id())
                .ingress(SecurityGroupIngressArgs.builder().description("GENEVE from the GWLB nodes")
                                .protocol("udp").fromPort(6081).toPort(6081).cidrBlocks("10.100.0.0/16").build(),
                        SecurityGroupIngressArgs.builder().description("firewall health check (TCP 80)")
                                .protocol("tcp").fromPort(80).toPort(80).cidrBlocks("10.100.0.0/16").build(),
                        SecurityGroupIngressArgs.builder().description("IDS health check (HTTP 8080 /healthz)")
                                .protocol("tcp").fromPort(8080).toPort(8080).cidrBlocks("10.100.0.0/16").build())
                .egress(SecurityGroupEgressArgs.builder().description("GENEVE back to the GWLB nodes")
                        .protocol("udp").fromPort(6081).toPort(6081).cidrBlocks("10.100.0.0/16").build())
                .tags(tags(common, "appliance"))
                .build());
        Output<String> bootstrap = ctx.config().getSecret("applianceLicenseKey")
                .applyValue(key -> "#!/bin/bash\n/opt/inspect/bootstrap --license '" + key.orElse("EVALUATION")
                        + "' --geneve-port 6081\n");
        Instance fw1 = appliance("fw-1", firewallA, appliance, bootstrap, "firewall", common);
        Instance fw2 = appliance("fw-2", firewallB, appliance, bootstrap, "firewall", common);
        Instance ids1 = appliance("ids-1", idsA, appliance, bootstrap, "ids", common);
        Instance ids2 = appliance("ids-2", idsB, appliance, bootstrap, "ids", common);

        GwlbInspectionChain chain = new GwlbInspectionChain("edge", GwlbInspectionChainArgs.builder()
                .vpcId(shop.id())
                .internetGatewayId(igw.id())
                .appSubnets(
                        AppSubnetArgs.builder().name("app-a").subnetId(appA.id()).cidrBlock(APP_A)
                                .availabilityZone(zoneA).build(),
                        AppSubnetArgs.builder().name("app-b").subnetId(appB.id()).cidrBlock(APP_B)
                                .availabilityZone(zoneB).build())
                .stages(
                        InspectionStageArgs.builder()
                                .name("firewall")
                                .applianceVpcId(inspection.id())
                                .applianceSubnets(zone(firewallA, zoneA), zone(firewallB, zoneB))
                                .target("fw-1", fw1.id())
                                .target("fw-2", fw2.id())
                                .flowStickiness("5-tuple")
                                .targetFailover("rebalance")
                                .endpointSubnets(zone(firewallEndpointA, zoneA), zone(firewallEndpointB, zoneB))
                                .build(),
                        InspectionStageArgs.builder()
                                .name("ids")
                                .applianceVpcId(inspection.id())
                                .applianceSubnets(zone(idsA, zoneA), zone(idsB, zoneB))
                                .target("ids-1", ids1.id())
                                .target("ids-2", ids2.id())
                                .healthCheck(GwlbHealthCheckArgs.builder().protocol("HTTP").port(8080).path("/healthz").build())
                                .endpointSubnets(zone(idsEndpointA, zoneA), zone(idsEndpointB, zoneB))
                                .build())
                .tags(common)
                .build(), null);

        if (mistake) {
            new Route("office-direct-b", RouteArgs.builder()
                    .routeTableId(chain.appRouteTableIds.applyValue(tables -> tables.get(zoneB)))
                    .destinationCidrBlock(OFFICE)
                    .gatewayId(igw.id())
                    .build());
        }

        ctx.export("edgeRouteTableId", chain.edgeRouteTableId);
        ctx.export("endpointIds", chain.endpointIds);
        ctx.export("endpointServiceNames", chain.endpointServiceNames);
    }

    static Subnet subnet(String name, Vpc vpc, String cidr, String zone, Map<String, String> common) {
        return new Subnet(name, SubnetArgs.builder()
                .vpcId(vpc.id())
                .cidrBlock(cidr)
                .availabilityZone(zone)
                .tags(tags(common, name))
                .build());
    }

    static void webServer(String name, Subnet subnet, SecurityGroup group, Map<String, String> common) {
        new Instance(name, InstanceArgs.builder()
                .ami(AMI)
                .instanceType("t3.medium")
                .subnetId(subnet.id())
                .associatePublicIpAddress(true)
                .vpcSecurityGroupIds(group.id().applyValue(List::of))
                .tags(tags(common, name, Map.of("role", "web")))
                .build());
    }

    static Instance appliance(String name, Subnet subnet, SecurityGroup group, Output<String> bootstrap, String role,
            Map<String, String> common) {
        return new Instance(name, InstanceArgs.builder()
                .ami(APPLIANCE_AMI)
                .instanceType("c6in.xlarge")
                .subnetId(subnet.id())
                .vpcSecurityGroupIds(group.id().applyValue(List::of))
                .userData(bootstrap)
                .tags(tags(common, name, Map.of("role", role)))
                .build());
    }

    static ZonalSubnetArgs zone(Subnet subnet, String zone) {
        return ZonalSubnetArgs.builder().subnetId(subnet.id()).availabilityZone(zone).build();
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
