package dev.plumbline.validator.sim;

import dev.plumbline.validator.model.AclEntry;
import dev.plumbline.validator.model.Instance;
import dev.plumbline.validator.model.InternetGateway;
import dev.plumbline.validator.model.NatAddress;
import dev.plumbline.validator.model.NatGateway;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.model.NetworkAcl;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.PeeringConnection;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.PrefixList;
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
import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.net.PortRange;
import dev.plumbline.validator.net.Prefix;
import dev.plumbline.validator.net.Protocol;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small networks for simulator tests, written in a few lines each. */
final class Fixture {

    final Network.Builder net = Network.builder();

    static Prefix p(String cidr) {
        return Prefix.parse(cidr);
    }

    static Ipv4 ip(String address) {
        return Ipv4.parse(address);
    }

    Fixture vpc(String id, String... cidrs) {
        net.add(new Vpc(id, id, "us-east-1", "111111111111",
                Arrays.stream(cidrs).map(Prefix::parse).toList(), Origin.NONE));
        return this;
    }

    Fixture subnet(String id, String vpc, String cidr, String az) {
        return subnet(id, vpc, cidr, az, false);
    }

    Fixture subnet(String id, String vpc, String cidr, String az, boolean mapPublic) {
        net.add(new Subnet(id, id, vpc, Prefix.parse(cidr), az, Planned.known("use1-" + az.substring(az.length() - 1)),
                mapPublic, Origin.NONE));
        return this;
    }

    static Route route(String cidr, RouteTarget target) {
        return new Route(new RouteDestination.Cidr(Prefix.parse(cidr)), target, Route.Source.STATIC, false, Origin.NONE);
    }

    static Route local(String cidr) {
        return new Route(new RouteDestination.Cidr(Prefix.parse(cidr)), new RouteTarget.Local(), Route.Source.LOCAL,
                false, Origin.NONE);
    }

    static Route blackhole(String cidr, RouteTarget target) {
        return new Route(new RouteDestination.Cidr(Prefix.parse(cidr)), target, Route.Source.STATIC, true, Origin.NONE);
    }

    static Route prefixListRoute(String listId, RouteTarget target) {
        return new Route(new RouteDestination.PrefixListRef(listId), target, Route.Source.STATIC, false, Origin.NONE);
    }

    static RouteTarget igw(String id) {
        return new RouteTarget.InternetGateway(id);
    }

    static RouteTarget nat(String id) {
        return new RouteTarget.NatGateway(id);
    }

    static RouteTarget eni(String id) {
        return new RouteTarget.NetworkInterface(id);
    }

    static RouteTarget pcx(String id) {
        return new RouteTarget.Peering(id);
    }

    static RouteTarget vpce(String id) {
        return new RouteTarget.VpcEndpoint(id);
    }

    Fixture mainTable(String id, String vpc, Route... routes) {
        net.add(new RouteTable(id, id, vpc, true, List.of(routes), List.of(), List.of(), Origin.NONE));
        return this;
    }

    Fixture table(String id, String vpc, List<String> subnets, Route... routes) {
        net.add(new RouteTable(id, id, vpc, false, List.of(routes), subnets, List.of(), Origin.NONE));
        return this;
    }

    Fixture edgeTable(String id, String vpc, String gateway, Route... routes) {
        net.add(new RouteTable(id, id, vpc, false, List.of(routes), List.of(), List.of(gateway), Origin.NONE));
        return this;
    }

    Fixture internetGateway(String id, String... vpcs) {
        net.add(new InternetGateway(id, id, List.of(vpcs), Origin.NONE));
        return this;
    }

    /** An instance {@code id} with primary interface {@code eni-<id>}; publicIp may be null. */
    Fixture instance(String id, String subnet, String privateIp, String publicIp, String... groups) {
        String eniId = "eni-" + id;
        net.add(new NetworkInterface(eniId, "", subnet, "", "interface", id, Planned.known(Ipv4.parse(privateIp)),
                List.of(), publicIp == null ? Planned.absent() : Planned.known(Ipv4.parse(publicIp)), List.of(groups),
                true, Origin.NONE));
        net.add(new Instance(id, id, subnet, List.of(eniId), "running", Origin.NONE));
        return this;
    }

    Fixture networkInterface(NetworkInterface eni) {
        net.add(eni);
        return this;
    }

    /** An appliance interface with source/destination check off (or on). */
    Fixture appliance(String id, String subnet, String privateIp, boolean sourceDestCheck, String... groups) {
        net.add(new NetworkInterface(id, id, subnet, "", "interface", "", Planned.known(Ipv4.parse(privateIp)),
                List.of(), Planned.absent(), List.of(groups), sourceDestCheck, Origin.NONE));
        return this;
    }

    Fixture natGateway(String id, String subnet, String vpc, String privateIp, String publicIp) {
        List<NatAddress> addresses = new ArrayList<>();
        addresses.add(new NatAddress(Planned.known(Ipv4.parse(privateIp)),
                publicIp == null ? Planned.absent() : Planned.known(Ipv4.parse(publicIp)), "eipalloc-" + id, true));
        net.add(new NatGateway(id, id, subnet, vpc, publicIp == null ? NatGateway.Connectivity.PRIVATE
                : NatGateway.Connectivity.PUBLIC, "available", addresses, Origin.NONE));
        return this;
    }

    Fixture natGateway(NatGateway nat) {
        net.add(nat);
        return this;
    }

    /** A group allowing all egress and the given ingress rules. */
    Fixture group(String id, String vpc, SgRule... ingress) {
        net.add(new SecurityGroup(id, id, vpc, false, List.of(ingress), List.of(allowAll()), Origin.NONE));
        return this;
    }

    Fixture group(String id, String vpc, List<SgRule> ingress, List<SgRule> egress) {
        net.add(new SecurityGroup(id, id, vpc, false, ingress, egress, Origin.NONE));
        return this;
    }

    static SgRule allowAll() {
        return new SgRule(TrafficMatch.ALL, new SgPeer.Cidr(Prefix.ANY), "", Origin.NONE);
    }

    static SgRule tcpFrom(int port, String cidr) {
        return new SgRule(TrafficMatch.tcp(PortRange.single(port)), new SgPeer.Cidr(Prefix.parse(cidr)), "", Origin.NONE);
    }

    static SgRule tcpFromGroup(int port, String group) {
        return new SgRule(TrafficMatch.tcp(PortRange.single(port)), new SgPeer.Group(group, ""), "", Origin.NONE);
    }

    static SgRule udpFrom(int port, String cidr) {
        return new SgRule(TrafficMatch.udp(PortRange.single(port)), new SgPeer.Cidr(Prefix.parse(cidr)), "", Origin.NONE);
    }

    static SgRule icmpFrom(String cidr) {
        return new SgRule(new TrafficMatch(Protocol.ICMP, PortRange.ALL, -1, -1), new SgPeer.Cidr(Prefix.parse(cidr)), "",
                Origin.NONE);
    }

    Fixture acl(String id, String vpc, boolean isDefault, List<String> subnets, AclEntry... entries) {
        net.add(new NetworkAcl(id, id, vpc, isDefault, List.of(entries), subnets, Origin.NONE));
        return this;
    }

    static AclEntry allowIn(int number, Protocol protocol, PortRange ports, String cidr) {
        return new AclEntry(number, false, new TrafficMatch(protocol, ports, -1, -1), Prefix.parse(cidr), true, Origin.NONE);
    }

    static AclEntry allowOut(int number, Protocol protocol, PortRange ports, String cidr) {
        return new AclEntry(number, true, new TrafficMatch(protocol, ports, -1, -1), Prefix.parse(cidr), true, Origin.NONE);
    }

    static AclEntry denyIn(int number, Protocol protocol, PortRange ports, String cidr) {
        return new AclEntry(number, false, new TrafficMatch(protocol, ports, -1, -1), Prefix.parse(cidr), false, Origin.NONE);
    }

    static AclEntry defaultDeny(boolean egress) {
        return new AclEntry(AclEntry.DEFAULT_RULE_NUMBER, egress, TrafficMatch.ALL, Prefix.ANY, false, Origin.NONE);
    }

    Fixture peering(String id, String requester, String accepter, String status) {
        net.add(new PeeringConnection(id, id, requester, List.of(), accepter, List.of(), status, Origin.NONE));
        return this;
    }

    Fixture prefixList(String id, String... cidrs) {
        net.add(new PrefixList(id, id, Arrays.stream(cidrs).map(Prefix::parse).toList(), cidrs.length, false, Origin.NONE));
        return this;
    }

    Network build() {
        return net.build();
    }

    Simulator simulator() {
        return new Simulator(build());
    }

    /** The primary interface of an instance made by {@link #instance}. */
    static Place at(Simulator simulator, String instanceId) {
        return new Place.AtInterface(simulator.topology().networkInterface("eni-" + instanceId).orElseThrow());
    }

    static Place host(Simulator simulator, String subnetId, String address) {
        return new Place.SubnetHost(simulator.topology().subnet(subnetId).orElseThrow(), Ipv4.parse(address), List.of());
    }

    static Place internet() {
        return new Place.Internet(Place.DEFAULT_INTERNET_ADDRESS);
    }

    static Place internet(String address) {
        return new Place.Internet(Ipv4.parse(address));
    }
}
