package dev.plumbline.bench;

import static dev.plumbline.bench.SyntheticNetworks.*;

import dev.plumbline.validator.model.AclEntry;
import dev.plumbline.validator.model.ElasticIp;
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
import dev.plumbline.validator.model.endpoint.GatewayEndpoint;
import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.net.PortRange;
import dev.plumbline.validator.net.Prefix;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import dev.plumbline.bench.SyntheticNetworks.Spec;
import dev.plumbline.bench.SyntheticNetworks.SyntheticNetwork;
import dev.plumbline.bench.SyntheticNetworks.VpcLayout;

/** One run of the generator: serial ids, origins as a graph reader would give them, one random stream. */
final class SyntheticNetworkGenerator {
    private final Spec spec;
    private final long seed;
    private final SplittableRandom random;
    private final Network.Builder net = Network.builder();
    private final String file;
    private long serial;
    private int nextPublic = 1;

    private final PrefixList s3;
    private final PrefixList dynamoDb;
    private final PrefixList corporate;
    private final String transitGateway;
    private final String vpnGateway;

    SyntheticNetworkGenerator(Spec spec, long seed) {
        this.spec = spec;
        this.seed = seed;
        this.random = new SplittableRandom(seed);
        this.file = "synthetic-" + seed + ".json";
        s3 = new PrefixList("pl-63a5400a", "com.amazonaws." + REGION + ".s3", prefixes("3.5.0.0/19", "16.182.0.0/16",
                "18.34.0.0/19", "18.34.232.0/21", "44.192.134.240/28", "44.192.140.64/28", "52.216.0.0/15",
                "54.231.0.0/16"), 8, true, origin("prefixLists", 0));
        dynamoDb = new PrefixList("pl-02cd2c6b", "com.amazonaws." + REGION + ".dynamodb", prefixes("3.218.180.0/22",
                "3.218.184.0/22", "35.71.64.0/22", "52.94.0.0/22", "52.119.224.0/20"), 5, true, origin("prefixLists", 1));
        corporate = new PrefixList("pl-0c0ffee000000001", "corporate-ranges", prefixes("198.51.100.0/24",
                "192.0.2.0/24"), 5, false, origin("prefixLists", 2));
        transitGateway = id("tgw");
        vpnGateway = id("vgw");
    }

    SyntheticNetwork run() {
        List<Vpc> vpcs = new ArrayList<>();
        int length = spec.prefixLength();
        for (int i = 0; i < spec.vpcs(); i++) {
            Prefix cidr = new Prefix(new Ipv4((10 << 24) + i * (1 << (32 - length))), length);
            Vpc vpc = new Vpc(id("vpc"), String.format("vpc-%03d", i), REGION, ACCOUNT, List.of(cidr),
                    origin("vpcs", net.vpcs.size()));
            net.add(vpc);
            vpcs.add(vpc);
        }
        List<int[]> pairs = peerPairs(spec.vpcs(), spec.peersPerVpc());
        List<List<Vpc>> peersOf = new ArrayList<>();
        List<List<PeeringConnection>> peeringsOf = new ArrayList<>();
        for (int i = 0; i < spec.vpcs(); i++) {
            peersOf.add(new ArrayList<>());
            peeringsOf.add(new ArrayList<>());
        }
        for (int[] pair : pairs) {
            Vpc a = vpcs.get(pair[0]);
            Vpc b = vpcs.get(pair[1]);
            PeeringConnection pcx = new PeeringConnection(id("pcx"), a.name() + "-" + b.name(), a.id(), a.cidrs(),
                    b.id(), b.cidrs(), "active", origin("peeringConnections", net.peeringConnections.size()));
            net.add(pcx);
            peersOf.get(pair[0]).add(b);
            peeringsOf.get(pair[0]).add(pcx);
            peersOf.get(pair[1]).add(a);
            peeringsOf.get(pair[1]).add(pcx);
        }
        List<VpcLayout> layouts = new ArrayList<>();
        for (int i = 0; i < spec.vpcs(); i++) {
            layouts.add(vpc(vpcs.get(i), peersOf.get(i), peeringsOf.get(i)));
        }
        net.add(s3);
        net.add(dynamoDb);
        net.add(corporate);
        return new SyntheticNetwork(net.build(), spec, seed, layouts);
    }

    private VpcLayout vpc(Vpc vpc, List<Vpc> peers, List<PeeringConnection> peerings) {
        Prefix cidr = vpc.cidrs().get(0);
        int zones = spec.zonesPerVpc();
        String prefix = vpc.name();

        InternetGateway igw = new InternetGateway(id("igw"), prefix, List.of(vpc.id()),
                origin("internetGateways", net.internetGateways.size()));
        net.add(igw);

        List<Subnet> publicSubnets = new ArrayList<>();
        List<Subnet> privateSubnets = new ArrayList<>();
        for (int j = 0; j < spec.subnetsPerVpc(); j++) {
            boolean isPublic = j < zones;
            int zone = isPublic ? j : (j - zones) % zones;
            Prefix subnetCidr = new Prefix(cidr.network().plus(256L * j), 24);
            Subnet subnet = new Subnet(id("subnet"), prefix + (isPublic ? "-public-" : "-private-")
                    + ZONE_LETTERS.get(zone) + "-" + j, vpc.id(), subnetCidr, REGION + ZONE_LETTERS.get(zone),
                    Planned.known(ZONE_IDS.get(zone)), isPublic, origin("subnets", net.subnets.size()));
            net.add(subnet);
            (isPublic ? publicSubnets : privateSubnets).add(subnet);
        }

        SecurityGroup defaultGroup = defaultGroup(vpc);
        String webId = id("sg");
        String appId = id("sg");
        String dbId = id("sg");
        net.add(defaultGroup);
        net.add(group(webId, prefix + "-web", vpc, List.of(
                new SgRule(TrafficMatch.tcp(PortRange.single(WEB_PORT)), new SgPeer.Cidr(Prefix.ANY), "HTTPS", Origin.NONE),
                new SgRule(TrafficMatch.tcp(PortRange.single(80)), new SgPeer.Cidr(Prefix.ANY), "HTTP", Origin.NONE),
                new SgRule(TrafficMatch.tcp(PortRange.single(22)), new SgPeer.PrefixListRef(corporate.id()),
                        "SSH from the office", Origin.NONE))));
        List<SgRule> appRules = new ArrayList<>();
        appRules.add(new SgRule(TrafficMatch.tcp(PortRange.single(APP_PORT)), new SgPeer.Group(webId, ""),
                "from the web tier", Origin.NONE));
        for (Vpc peer : peers) {
            appRules.add(new SgRule(TrafficMatch.tcp(PortRange.single(APP_PORT)), new SgPeer.Cidr(peer.cidrs().get(0)),
                    "from " + peer.name(), Origin.NONE));
        }
        appRules.add(new SgRule(TrafficMatch.icmp(-1, -1), new SgPeer.Cidr(cidr), "ping inside the VPC", Origin.NONE));
        appRules.add(new SgRule(TrafficMatch.tcp(PortRange.single(22)), new SgPeer.PrefixListRef(corporate.id()),
                "SSH from the office", Origin.NONE));
        net.add(group(appId, prefix + "-app", vpc, appRules));
        net.add(group(dbId, prefix + "-db", vpc, List.of(
                new SgRule(TrafficMatch.tcp(PortRange.single(DB_PORT)), new SgPeer.Group(appId, ""), "PostgreSQL",
                        Origin.NONE),
                new SgRule(TrafficMatch.tcp(PortRange.single(6379)), new SgPeer.Group(appId, ""), "Redis", Origin.NONE))));

        List<NatGateway> nats = new ArrayList<>();
        for (int zone = 0; zone < zones; zone++) {
            nats.add(natGateway(vpc, publicSubnets.get(zone)));
        }

        List<NetworkInterface> web = new ArrayList<>();
        List<NetworkInterface> app = new ArrayList<>();
        List<NetworkInterface> db = new ArrayList<>();
        for (Subnet subnet : publicSubnets) {
            web.addAll(instances(subnet, webId, defaultGroup.id(), true));
        }
        for (int p = 0; p < privateSubnets.size(); p++) {
            boolean appTier = p % 2 == 0;
            (appTier ? app : db).addAll(instances(privateSubnets.get(p), appTier ? appId : dbId, defaultGroup.id(), false));
        }

        List<Route> peeringRoutes = new ArrayList<>();
        for (int k = 0; k < peers.size(); k++) {
            peeringRoutes.add(route(peers.get(k).cidrs().get(0), new RouteTarget.Peering(peerings.get(k).id())));
        }
        Route local = new Route(new RouteDestination.Cidr(cidr), new RouteTarget.Local(), Route.Source.LOCAL, false,
                Origin.NONE);

        net.add(table(prefix + "-main", vpc, true, List.of(local), List.of()));
        List<Route> publicRoutes = new ArrayList<>();
        publicRoutes.add(local);
        publicRoutes.add(route(Prefix.ANY, new RouteTarget.InternetGateway(igw.id())));
        publicRoutes.addAll(peeringRoutes);
        net.add(table(prefix + "-public", vpc, false, publicRoutes, publicSubnets.stream().map(Subnet::id).toList()));

        String s3Endpoint = id("vpce");
        String dynamoDbEndpoint = id("vpce");
        List<String> privateTables = new ArrayList<>();
        List<Route> onPremises = onPremisesRoutes();
        for (int zone = 0; zone < zones; zone++) {
            int z = zone;
            List<String> subnets = privateSubnets.stream()
                    .filter(s -> s.azName().equals(REGION + ZONE_LETTERS.get(z))).map(Subnet::id).toList();
            List<Route> routes = new ArrayList<>();
            routes.add(local);
            routes.add(route(Prefix.ANY, new RouteTarget.NatGateway(nats.get(zone).id())));
            routes.addAll(peeringRoutes);
            routes.addAll(onPremises);
            routes.add(new Route(new RouteDestination.PrefixListRef(corporate.id()), new RouteTarget.TransitGateway(transitGateway),
                    Route.Source.STATIC, false, Origin.NONE));
            routes.add(new Route(new RouteDestination.PrefixListRef(s3.id()), new RouteTarget.VpcEndpoint(s3Endpoint),
                    Route.Source.GATEWAY_ENDPOINT, false, Origin.NONE));
            routes.add(new Route(new RouteDestination.PrefixListRef(dynamoDb.id()),
                    new RouteTarget.VpcEndpoint(dynamoDbEndpoint), Route.Source.GATEWAY_ENDPOINT, false, Origin.NONE));
            RouteTable table = table(prefix + "-private-" + ZONE_LETTERS.get(zone), vpc, false, routes, subnets);
            net.add(table);
            privateTables.add(table.id());
        }
        net.add(new GatewayEndpoint(s3Endpoint, prefix + "-s3", vpc.id(), s3.name(), "available", privateTables, s3.id(),
                origin("gatewayEndpoints", net.vpcEndpoints.size())));
        net.add(new GatewayEndpoint(dynamoDbEndpoint, prefix + "-dynamodb", vpc.id(), dynamoDb.name(), "available",
                privateTables, dynamoDb.id(), origin("gatewayEndpoints", net.vpcEndpoints.size())));

        net.add(new NetworkAcl(id("acl"), prefix + "-default", vpc.id(), true, List.of(
                new AclEntry(100, false, TrafficMatch.ALL, Prefix.ANY, true, Origin.NONE),
                new AclEntry(AclEntry.DEFAULT_RULE_NUMBER, false, TrafficMatch.ALL, Prefix.ANY, false, Origin.NONE),
                new AclEntry(100, true, TrafficMatch.ALL, Prefix.ANY, true, Origin.NONE),
                new AclEntry(AclEntry.DEFAULT_RULE_NUMBER, true, TrafficMatch.ALL, Prefix.ANY, false, Origin.NONE)),
                List.of(), origin("networkAcls", net.networkAcls.size())));
        net.add(acl(prefix + "-public", vpc, publicAclEntries(cidr), publicSubnets));
        net.add(acl(prefix + "-private", vpc, privateAclEntries(cidr), privateSubnets));

        return new VpcLayout(vpc, publicSubnets, privateSubnets, nats, web, app, db,
                peers.stream().map(Vpc::id).toList());
    }

    private SecurityGroup defaultGroup(Vpc vpc) {
        String id = id("sg");
        return new SecurityGroup(id, "default", vpc.id(), true,
                withOrigins(List.of(new SgRule(TrafficMatch.ALL, new SgPeer.Group(id, ""), "", Origin.NONE)),
                        "securityGroups", net.securityGroups.size(), "ingress"),
                withOrigins(List.of(allOut()), "securityGroups", net.securityGroups.size(), "egress"),
                origin("securityGroups", net.securityGroups.size()));
    }

    /** A group with seeded rules for unrelated ports ahead of its real ones, and all traffic out. */
    private SecurityGroup group(String id, String name, Vpc vpc, List<SgRule> rules) {
        List<SgRule> ingress = new ArrayList<>();
        for (int r = 0; r < spec.extraRulesPerGroup(); r++) {
            int port = 9000 + random.nextInt(900);
            Prefix from = Prefix.covering(new Ipv4((10 << 24) | random.nextInt(1 << 24)), 24);
            ingress.add(new SgRule(TrafficMatch.tcp(PortRange.single(port)), new SgPeer.Cidr(from), "legacy", Origin.NONE));
        }
        ingress.addAll(rules);
        int index = net.securityGroups.size();
        return new SecurityGroup(id, name, vpc.id(), false, withOrigins(ingress, "securityGroups", index, "ingress"),
                withOrigins(List.of(allOut()), "securityGroups", index, "egress"), origin("securityGroups", index));
    }

    private static SgRule allOut() {
        return new SgRule(TrafficMatch.ALL, new SgPeer.Cidr(Prefix.ANY), "", Origin.NONE);
    }

    private List<SgRule> withOrigins(List<SgRule> rules, String kind, int index, String direction) {
        List<SgRule> out = new ArrayList<>(rules.size());
        for (int r = 0; r < rules.size(); r++) {
            SgRule rule = rules.get(r);
            out.add(new SgRule(rule.match(), rule.peer(), rule.description(),
                    Origin.of(file, "/" + kind + "/" + index + "/" + direction + "/" + r)));
        }
        return out;
    }

    private NatGateway natGateway(Vpc vpc, Subnet subnet) {
        String natId = id("nat");
        String eniId = id("eni");
        String eipId = id("eipalloc");
        Ipv4 privateIp = subnet.cidr().network().plus(NAT_HOST);
        Ipv4 publicIp = nextPublic();
        net.add(new ElasticIp(eipId, subnet.name() + "-nat", Planned.known(publicIp), eniId, "", Planned.known(privateIp),
                origin("elasticIps", net.elasticIps.size())));
        net.add(new NetworkInterface(eniId, subnet.name() + "-nat", subnet.id(), vpc.id(), "nat_gateway", natId,
                Planned.known(privateIp), List.of(), Planned.known(publicIp), List.of(), false,
                origin("networkInterfaces", net.networkInterfaces.size())));
        NatGateway nat = new NatGateway(natId, subnet.name() + "-nat", subnet.id(), vpc.id(), NatGateway.Connectivity.PUBLIC,
                "available", List.of(new NatAddress(Planned.known(privateIp), Planned.known(publicIp), eipId, true)),
                origin("natGateways", net.natGateways.size()));
        net.add(nat);
        return nat;
    }

    /** Instances at seeded distinct host addresses; a few also in the VPC's default group. */
    private List<NetworkInterface> instances(Subnet subnet, String groupId, String defaultGroupId, boolean isPublic) {
        List<Integer> hosts = new ArrayList<>();
        for (int h = FIRST_INSTANCE_HOST; h <= LAST_INSTANCE_HOST; h++) {
            hosts.add(h);
        }
        for (int k = 0; k < spec.instancesPerSubnet(); k++) {
            int swap = k + random.nextInt(hosts.size() - k);
            Integer chosen = hosts.get(swap);
            hosts.set(swap, hosts.get(k));
            hosts.set(k, chosen);
        }
        List<NetworkInterface> out = new ArrayList<>();
        for (int k = 0; k < spec.instancesPerSubnet(); k++) {
            String instanceId = id("i");
            String eniId = id("eni");
            String name = subnet.name() + "-" + k;
            List<String> groups = random.nextInt(8) == 0 ? List.of(groupId, defaultGroupId) : List.of(groupId);
            NetworkInterface eni = new NetworkInterface(eniId, name, subnet.id(), subnet.vpcId(), "interface", instanceId,
                    Planned.known(subnet.cidr().network().plus(hosts.get(k))), List.of(),
                    isPublic ? Planned.known(nextPublic()) : Planned.absent(), groups, true,
                    origin("networkInterfaces", net.networkInterfaces.size()));
            net.add(eni);
            net.add(new Instance(instanceId, name, subnet.id(), List.of(eniId), "running",
                    origin("instances", net.instances.size())));
            out.add(eni);
        }
        return out;
    }

    /** The office VPN's /16 and a seeded few of its /24s already moved to the transit gateway. */
    private List<Route> onPremisesRoutes() {
        List<Route> routes = new ArrayList<>();
        routes.add(route(ON_PREMISES, new RouteTarget.VpnGateway(vpnGateway)));
        Set<Integer> thirds = new LinkedHashSet<>();
        int count = 2 + random.nextInt(3);
        while (thirds.size() < count) {
            thirds.add(random.nextInt(256));
        }
        for (int third : thirds) {
            routes.add(route(new Prefix(ON_PREMISES.network().plus(256L * third), 24),
                    new RouteTarget.TransitGateway(transitGateway)));
        }
        return routes;
    }

    private List<AclEntry> publicAclEntries(Prefix vpcCidr) {
        List<AclEntry> entries = blockList();
        entries.add(in(100, TrafficMatch.tcp(PortRange.single(WEB_PORT)), Prefix.ANY));
        entries.add(in(110, TrafficMatch.tcp(PortRange.single(80)), Prefix.ANY));
        entries.add(in(120, TrafficMatch.ALL, vpcCidr));
        entries.add(in(130, TrafficMatch.tcp(PortRange.AWS_EPHEMERAL), Prefix.ANY));
        entries.add(in(140, TrafficMatch.udp(PortRange.AWS_EPHEMERAL), Prefix.ANY));
        entries.add(in(150, TrafficMatch.tcp(PortRange.single(22)), corporate.cidrs().get(0)));
        entries.add(out(100, TrafficMatch.tcp(PortRange.AWS_EPHEMERAL), Prefix.ANY));
        entries.add(out(110, TrafficMatch.tcp(PortRange.single(WEB_PORT)), Prefix.ANY));
        entries.add(out(120, TrafficMatch.tcp(PortRange.single(80)), Prefix.ANY));
        entries.add(out(130, TrafficMatch.ALL, vpcCidr));
        entries.add(out(140, TrafficMatch.udp(PortRange.single(53)), Prefix.ANY));
        entries.add(out(150, TrafficMatch.udp(PortRange.AWS_EPHEMERAL), Prefix.ANY));
        entries.addAll(starRules());
        return entries;
    }

    private List<AclEntry> privateAclEntries(Prefix vpcCidr) {
        List<AclEntry> entries = blockList();
        entries.add(in(100, TrafficMatch.ALL, vpcCidr));
        entries.add(in(110, TrafficMatch.tcp(PortRange.single(APP_PORT)), PEERED_SPACE));
        entries.add(in(120, TrafficMatch.tcp(PortRange.AWS_EPHEMERAL), Prefix.ANY));
        entries.add(in(130, TrafficMatch.udp(PortRange.AWS_EPHEMERAL), Prefix.ANY));
        entries.add(new AclEntry(200, false, TrafficMatch.tcp(PortRange.single(22)), Prefix.ANY, false, Origin.NONE));
        entries.add(out(100, TrafficMatch.ALL, vpcCidr));
        entries.add(out(110, TrafficMatch.tcp(PortRange.single(WEB_PORT)), Prefix.ANY));
        entries.add(out(120, TrafficMatch.tcp(PortRange.single(80)), Prefix.ANY));
        entries.add(out(130, TrafficMatch.tcp(PortRange.AWS_EPHEMERAL), PEERED_SPACE));
        entries.add(out(140, TrafficMatch.tcp(PortRange.single(APP_PORT)), PEERED_SPACE));
        entries.add(out(150, TrafficMatch.udp(PortRange.single(53)), Prefix.ANY));
        entries.addAll(starRules());
        return entries;
    }

    /** Seeded inbound deny rules 50-52 for /24s of a block-listed range, ahead of every allow. */
    private List<AclEntry> blockList() {
        List<AclEntry> entries = new ArrayList<>();
        for (int n = 0; n < 3; n++) {
            Prefix blocked = Prefix.covering(new Ipv4(BLOCK_LIST_SPACE.network().bits() | random.nextInt(1 << 24)), 24);
            entries.add(new AclEntry(50 + n, false, TrafficMatch.ALL, blocked, false, Origin.NONE));
        }
        return entries;
    }

    private static List<AclEntry> starRules() {
        return List.of(new AclEntry(AclEntry.DEFAULT_RULE_NUMBER, false, TrafficMatch.ALL, Prefix.ANY, false, Origin.NONE),
                new AclEntry(AclEntry.DEFAULT_RULE_NUMBER, true, TrafficMatch.ALL, Prefix.ANY, false, Origin.NONE));
    }

    private static AclEntry in(int number, TrafficMatch match, Prefix cidr) {
        return new AclEntry(number, false, match, cidr, true, Origin.NONE);
    }

    private static AclEntry out(int number, TrafficMatch match, Prefix cidr) {
        return new AclEntry(number, true, match, cidr, true, Origin.NONE);
    }

    private NetworkAcl acl(String name, Vpc vpc, List<AclEntry> entries, List<Subnet> subnets) {
        int index = net.networkAcls.size();
        List<AclEntry> located = new ArrayList<>(entries.size());
        for (int e = 0; e < entries.size(); e++) {
            AclEntry entry = entries.get(e);
            located.add(new AclEntry(entry.ruleNumber(), entry.egress(), entry.match(), entry.cidr(), entry.allow(),
                    Origin.of(file, "/networkAcls/" + index + "/entries/" + e)));
        }
        return new NetworkAcl(id("acl"), name, vpc.id(), false, located, subnets.stream().map(Subnet::id).toList(),
                origin("networkAcls", index));
    }

    private RouteTable table(String name, Vpc vpc, boolean main, List<Route> routes, List<String> subnetIds) {
        int index = net.routeTables.size();
        List<Route> located = new ArrayList<>(routes.size());
        for (int r = 0; r < routes.size(); r++) {
            Route route = routes.get(r);
            located.add(new Route(route.destination(), route.target(), route.source(), route.blackhole(),
                    Origin.of(file, "/routeTables/" + index + "/routes/" + r)));
        }
        return new RouteTable(id("rtb"), name, vpc.id(), main, located, subnetIds, List.of(), origin("routeTables", index));
    }

    private static Route route(Prefix destination, RouteTarget target) {
        return new Route(new RouteDestination.Cidr(destination), target, Route.Source.STATIC, false, Origin.NONE);
    }

    private Ipv4 nextPublic() {
        if (nextPublic >= PUBLIC_POOL.size() - 1) {
            throw new IllegalStateException("the public address pool " + PUBLIC_POOL + " is used up");
        }
        return PUBLIC_POOL.network().plus(nextPublic++);
    }

    private String id(String kind) {
        return String.format("%s-%017x", kind, ++serial);
    }

    private Origin origin(String kind, int index) {
        return Origin.of(file, "/" + kind + "/" + index);
    }

    private static List<Prefix> prefixes(String... cidrs) {
        List<Prefix> out = new ArrayList<>();
        for (String cidr : cidrs) {
            out.add(Prefix.parse(cidr));
        }
        return out;
    }
}
