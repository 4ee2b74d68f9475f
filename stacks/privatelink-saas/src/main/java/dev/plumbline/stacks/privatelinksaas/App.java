package dev.plumbline.stacks.privatelinksaas;

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
import com.pulumi.core.Output;
import dev.plumbline.EndpointConsumer;
import dev.plumbline.EndpointConsumerArgs;
import dev.plumbline.EndpointService;
import dev.plumbline.EndpointServiceArgs;
import dev.plumbline.inputs.NewNetworkLoadBalancerArgs;
import dev.plumbline.inputs.NlbListenerArgs;
import dev.plumbline.inputs.ZonalSubnetArgs;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A SaaS orders API offered over PrivateLink. The provider side: two API servers behind an
 * internal Network Load Balancer (TCP 443 to 8443) and a VPC endpoint service on it that requires
 * acceptance and allows one customer account. The customer side: an interface endpoint in two
 * zones, in dedicated endpoint subnets, whose security group admits the customer's two application
 * subnets on 443. The two sides share no routes: the only way from the customer to the API is the
 * endpoint. Both live in one stack here (one account) so that one check sees the whole path; in
 * production the customer side is the customer's own stack.
 *
 * <p>Stack config {@code endpointAdmitsOnlyZoneA: true} (the {@code broken} stack) makes one
 * realistic mistake: the endpoint's client CIDRs were written when the customer ran in one zone and
 * list only app-a's subnet; app-b's clients are refused by the endpoint's security group. No rule
 * can tell a deliberate partial allow-list from a forgotten subnet; the intent for client-b does.
 */
public final class App {

    static final String AMI = "ami-0c7217cdde317cfec";

    private App() {
    }

    public static void main(String[] args) {
        Pulumi.run(App::stack);
    }

    public static void stack(Context ctx) {
        boolean mistake = ctx.config().getBoolean("endpointAdmitsOnlyZoneA").orElse(false);
        String region = ctx.config("aws").get("region").orElse("us-east-1");
        String account = ctx.config().get("customerAccountId").orElse("123456789012");
        String zoneA = region + "a";
        String zoneB = region + "b";
        Map<String, String> provider = Map.of("project", ctx.projectName(), "environment", ctx.stackName(),
                "team", "orders-platform", "side", "provider");
        Map<String, String> customer = Map.of("project", ctx.projectName(), "environment", ctx.stackName(),
                "team", "customer-integration", "side", "consumer");

        // Provider: the orders API, reachable only through its endpoint service.
        Vpc ordersVpc = new Vpc("orders", VpcArgs.builder()
                .cidrBlock("10.10.0.0/16")
                .enableDnsSupport(true)
                .enableDnsHostnames(true)
                .tags(tags(provider, "orders"))
                .build());
        Subnet apiA = subnet("api-a", ordersVpc, "10.10.1.0/24", zoneA, provider);
        Subnet apiB = subnet("api-b", ordersVpc, "10.10.2.0/24", zoneB, provider);
        SecurityGroup api = new SecurityGroup("orders-api", SecurityGroupArgs.builder()
                .description("Orders API servers: TCP 8443 from the NLB nodes (PrivateLink traffic and health checks)")
                .vpcId(ordersVpc.id())
                .ingress(SecurityGroupIngressArgs.builder().description("the NLB's nodes in the orders VPC")
                        .protocol("tcp").fromPort(8443).toPort(8443).cidrBlocks("10.10.0.0/16").build())
                .egress(SecurityGroupEgressArgs.builder().description("the orders database in the VPC")
                        .protocol("tcp").fromPort(5432).toPort(5432).cidrBlocks("10.10.0.0/16").build())
                .tags(tags(provider, "orders-api"))
                .build());
        Instance orders1 = server("orders-1", apiA, api, "m6i.large", provider);
        Instance orders2 = server("orders-2", apiB, api, "m6i.large", provider);

        EndpointService orders = new EndpointService("orders", EndpointServiceArgs.builder()
                .newLoadBalancer(NewNetworkLoadBalancerArgs.builder()
                        .vpcId(ordersVpc.id())
                        .subnetIds(Output.all(apiA.id(), apiB.id()))
                        .listeners(NlbListenerArgs.builder().port(443).protocol("TCP").targetPort(8443).build())
                        .target("orders-1", orders1.id())
                        .target("orders-2", orders2.id())
                        .build())
                .acceptanceRequired(true)
                .allowedPrincipals("arn:aws:iam::" + account + ":root")
                .tags(provider)
                .build(), null);

        // Customer: clients in two zones reach the API through an interface endpoint.
        Vpc customerVpc = new Vpc("customer", VpcArgs.builder()
                .cidrBlock("10.20.0.0/16")
                .enableDnsSupport(true)
                .enableDnsHostnames(true)
                .tags(tags(customer, "customer"))
                .build());
        Subnet appA = subnet("app-a", customerVpc, "10.20.1.0/24", zoneA, customer);
        Subnet appB = subnet("app-b", customerVpc, "10.20.2.0/24", zoneB, customer);
        Subnet endpointA = subnet("endpoint-a", customerVpc, "10.20.11.0/28", zoneA, customer);
        Subnet endpointB = subnet("endpoint-b", customerVpc, "10.20.11.16/28", zoneB, customer);
        SecurityGroup client = new SecurityGroup("client", SecurityGroupArgs.builder()
                .description("Order-sync clients: HTTPS to the orders endpoint in the VPC")
                .vpcId(customerVpc.id())
                .egress(SecurityGroupEgressArgs.builder().description("HTTPS to the orders endpoint")
                        .protocol("tcp").fromPort(443).toPort(443).cidrBlocks("10.20.0.0/16").build())
                .tags(tags(customer, "client"))
                .build());
        server("client-a", appA, client, "t3.small", customer);
        server("client-b", appB, client, "t3.small", customer);

        List<String> clientCidrs = mistake ? List.of("10.20.1.0/24") : List.of("10.20.1.0/24", "10.20.2.0/24");
        EndpointConsumer endpoint = new EndpointConsumer("orders-client", EndpointConsumerArgs.builder()
                .serviceName(orders.serviceName)
                .sameAccountServiceId(orders.serviceId)
                .vpcId(customerVpc.id())
                .subnets(ZonalSubnetArgs.builder().subnetId(endpointA.id()).availabilityZone(zoneA).build(),
                        ZonalSubnetArgs.builder().subnetId(endpointB.id()).availabilityZone(zoneB).build())
                .ports(443)
                .clientCidrBlocks(clientCidrs)
                .tags(customer)
                .build(), null);

        ctx.export("serviceName", orders.serviceName);
        ctx.export("endpointId", endpoint.endpointId);
        ctx.export("endpointDnsEntries", endpoint.dnsEntries);
    }

    static Subnet subnet(String name, Vpc vpc, String cidr, String zone, Map<String, String> common) {
        return new Subnet(name, SubnetArgs.builder()
                .vpcId(vpc.id())
                .cidrBlock(cidr)
                .availabilityZone(zone)
                .tags(tags(common, name))
                .build());
    }

    static Instance server(String name, Subnet subnet, SecurityGroup group, String type, Map<String, String> common) {
        return new Instance(name, InstanceArgs.builder()
                .ami(AMI)
                .instanceType(type)
                .subnetId(subnet.id())
                .vpcSecurityGroupIds(group.id().applyValue(List::of))
                .tags(tags(common, name))
                .build());
    }

    static Map<String, String> tags(Map<String, String> common, String name) {
        Map<String, String> tags = new TreeMap<>(common);
        tags.put("Name", name);
        return tags;
    }
}
