package dev.plumbline.bench;

import dev.plumbline.validator.model.Instance;
import dev.plumbline.validator.model.InternetGateway;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.Route;
import dev.plumbline.validator.model.RouteDestination;
import dev.plumbline.validator.model.RouteTable;
import dev.plumbline.validator.model.RouteTarget;
import dev.plumbline.validator.model.SecurityGroup;
import dev.plumbline.validator.model.SgPeer;
import dev.plumbline.validator.model.SgRule;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.model.TrafficMatch;
import dev.plumbline.validator.model.Vpc;
import dev.plumbline.validator.model.elb.HealthCheck;
import dev.plumbline.validator.model.elb.LbZone;
import dev.plumbline.validator.model.elb.Listener;
import dev.plumbline.validator.model.elb.LoadBalancer;
import dev.plumbline.validator.model.elb.Target;
import dev.plumbline.validator.model.elb.TargetGroup;
import dev.plumbline.validator.model.elb.TargetHealth;
import dev.plumbline.validator.model.endpoint.EndpointService;
import dev.plumbline.validator.model.endpoint.GwlbEndpoint;
import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.net.PortRange;
import dev.plumbline.validator.net.Prefix;
import java.util.List;

/**
 * One VPC with two kinds of workload subnets, for comparing a two-stage GWLB inspection chain
 * with plain routing: {@code direct} routes the internet straight to the internet gateway;
 * {@code inspected} routes it through a firewall stage then an IDS stage (each its own GWLB
 * endpoint, GWLB and appliance), and the internet gateway's edge table brings replies back through
 * the IDS then the firewall. Same instances, same security groups, so the difference is the chain.
 */
final class ChainNetwork {

    static final String DIRECT = "web-direct";
    static final String INSPECTED = "web-inspected";

    private ChainNetwork() {
    }

    static Network build() {
        Network.Builder net = Network.builder();
        net.add(new Vpc("vpc-app", "app", "us-east-1", "111122223333", List.of(p("10.0.0.0/16")), Origin.NONE));
        net.add(new Vpc("vpc-fw", "inspection", "us-east-1", "111122223333", List.of(p("10.100.0.0/16")), Origin.NONE));
        subnet(net, "fw-ep", "vpc-app", "10.0.0.0/28");
        subnet(net, "ids-ep", "vpc-app", "10.0.0.16/28");
        subnet(net, "inspected", "vpc-app", "10.0.1.0/24");
        subnet(net, "direct", "vpc-app", "10.0.2.0/24");
        subnet(net, "appliances", "vpc-fw", "10.100.1.0/24");
        net.add(new InternetGateway("igw", "igw", List.of("vpc-app"), Origin.NONE));
        table(net, "rt-main", "vpc-app", true, List.of(), List.of(), local("10.0.0.0/16"));
        table(net, "rt-fw", "vpc-fw", true, List.of(), List.of(), local("10.100.0.0/16"));
        table(net, "rt-direct", "vpc-app", false, List.of("direct"), List.of(), local("10.0.0.0/16"),
                route("0.0.0.0/0", new RouteTarget.InternetGateway("igw")));
        table(net, "rt-inspected", "vpc-app", false, List.of("inspected"), List.of(), local("10.0.0.0/16"),
                route("0.0.0.0/0", new RouteTarget.VpcEndpoint("vpce-fw")));
        table(net, "rt-fw-ep", "vpc-app", false, List.of("fw-ep"), List.of(), local("10.0.0.0/16"),
                route("0.0.0.0/0", new RouteTarget.VpcEndpoint("vpce-ids")));
        table(net, "rt-ids-ep", "vpc-app", false, List.of("ids-ep"), List.of(), local("10.0.0.0/16"),
                route("0.0.0.0/0", new RouteTarget.InternetGateway("igw")),
                route("10.0.1.0/24", new RouteTarget.VpcEndpoint("vpce-fw")));
        table(net, "rt-edge", "vpc-app", false, List.of(), List.of("igw"), local("10.0.0.0/16"),
                route("10.0.1.0/24", new RouteTarget.VpcEndpoint("vpce-ids")));
        SgRule all = new SgRule(TrafficMatch.ALL, new SgPeer.Cidr(Prefix.ANY), "", Origin.NONE);
        net.add(new SecurityGroup("sg-web", "web", "vpc-app", false, List.of(all), List.of(all), Origin.NONE));
        net.add(new SecurityGroup("sg-appliance", "appliance", "vpc-fw", false, List.of(
                new SgRule(TrafficMatch.udp(PortRange.single(6081)), new SgPeer.Cidr(p("10.100.0.0/16")), "", Origin.NONE),
                new SgRule(TrafficMatch.tcp(PortRange.single(80)), new SgPeer.Cidr(p("10.100.0.0/16")), "", Origin.NONE)),
                List.of(all), Origin.NONE));
        instance(net, DIRECT, "direct", "10.0.2.10", "198.51.100.10", "sg-web");
        instance(net, INSPECTED, "inspected", "10.0.1.10", "198.51.100.11", "sg-web");
        instance(net, "firewall", "appliances", "10.100.1.10", null, "sg-appliance");
        instance(net, "sensor", "appliances", "10.100.1.20", null, "sg-appliance");
        stage(net, "fw", "firewall", "10.100.1.200", "fw-ep");
        stage(net, "ids", "sensor", "10.100.1.201", "ids-ep");
        return net.build();
    }

    private static void stage(Network.Builder net, String name, String appliance, String nodeAddress, String endpointSubnet) {
        String lb = "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/gwy/" + name + "/1";
        String tg = "arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/" + name + "/2";
        net.add(new LoadBalancer(lb, name, LoadBalancer.Type.GATEWAY, true, "vpc-fw", List.of(new LbZone("appliances",
                "us-east-1a", Planned.known("use1-az1"), List.of(Planned.known(Ipv4.parse(nodeAddress))))), List.of(), false,
                true, "active", Origin.NONE));
        net.add(new TargetGroup(tg, name, "GENEVE", 6081, TargetGroup.TargetType.INSTANCE, "vpc-fw", HealthCheck.GWLB_DEFAULT,
                TargetGroup.Stickiness.FIVE_TUPLE, false, false, null,
                List.of(new Target(appliance, 0, "us-east-1a", TargetHealth.HEALTHY, Origin.NONE)), Origin.NONE));
        net.add(new Listener("arn:listener/" + name, lb, 0, "", List.of(tg), Origin.NONE));
        net.add(new EndpointService("svc-" + name, name, Planned.known("com.amazonaws.vpce.us-east-1.svc-" + name),
                EndpointService.Kind.GATEWAY_LOAD_BALANCER, List.of(lb), false, List.of("*"), "", "", List.of(), List.of(),
                "us-east-1", "111122223333", List.of(), "Available", List.of(), Origin.NONE));
        net.add(new GwlbEndpoint("vpce-" + name, name, "vpc-app", Planned.known("com.amazonaws.vpce.us-east-1.svc-" + name),
                "svc-" + name, endpointSubnet, "", "available", "111122223333", Origin.NONE));
    }

    private static void subnet(Network.Builder net, String id, String vpc, String cidr) {
        net.add(new Subnet(id, id, vpc, p(cidr), "us-east-1a", Planned.known("use1-az1"), false, Origin.NONE));
    }

    private static void instance(Network.Builder net, String id, String subnet, String ip, String publicIp, String group) {
        String vpc = subnet.equals("appliances") ? "vpc-fw" : "vpc-app";
        net.add(new NetworkInterface("eni-" + id, id, subnet, vpc, "interface", id, Planned.known(Ipv4.parse(ip)), List.of(),
                publicIp == null ? Planned.absent() : Planned.known(Ipv4.parse(publicIp)), List.of(group), true, Origin.NONE));
        net.add(new Instance(id, id, subnet, List.of("eni-" + id), "running", Origin.NONE));
    }

    private static void table(Network.Builder net, String id, String vpc, boolean main, List<String> subnets,
            List<String> gateways, Route... routes) {
        net.add(new RouteTable(id, id, vpc, main, List.of(routes), subnets, gateways, Origin.NONE));
    }

    private static Route local(String cidr) {
        return new Route(new RouteDestination.Cidr(p(cidr)), new RouteTarget.Local(), Route.Source.LOCAL, false, Origin.NONE);
    }

    private static Route route(String cidr, RouteTarget target) {
        return new Route(new RouteDestination.Cidr(p(cidr)), target, Route.Source.STATIC, false, Origin.NONE);
    }

    private static Prefix p(String cidr) {
        return Prefix.parse(cidr);
    }
}
