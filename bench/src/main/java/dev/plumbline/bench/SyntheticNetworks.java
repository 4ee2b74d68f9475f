package dev.plumbline.bench;

import dev.plumbline.validator.ingest.graph.GraphWriter;
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
import dev.plumbline.validator.net.Protocol;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Seeded synthetic AWS networks for benchmarks and for other tools that need a big, valid input.
 * The same spec and seed always give the same network (ids are serial, every random choice comes
 * from one {@link SplittableRandom} seeded with the seed).
 *
 * <p>Each VPC is a classic three-tier layout in {@code zonesPerVpc} Availability Zones:
 * <ul>
 *   <li>one public subnet per zone (the first {@code zonesPerVpc} subnets), routed {@code 0.0.0.0/0} to the
 *       VPC's internet gateway, holding that zone's public NAT gateway (with its Elastic IP and its
 *       {@code nat_gateway} interface) and web instances with public IPs;</li>
 *   <li>private subnets (the rest, round-robin over the zones), each zone's routed {@code 0.0.0.0/0} to
 *       the zone's NAT gateway, with S3 and DynamoDB gateway-endpoint prefix-list routes, a
 *       customer prefix-list route and on-premises routes (a {@code 172.31.0.0/16} VPN route with more
 *       specific {@code /24}s moved to a transit gateway); private subnets alternate app and db tiers;</li>
 *   <li>peerings with the next {@code peersPerVpc} VPCs (a ring), routed from every table of both sides;</li>
 *   <li>security groups default (self-reference), web (80/443 from anywhere, SSH from the corporate prefix
 *       list), app (8080 from the web group and from peered VPCs, ICMP from the VPC) and db (5432 and 6379
 *       from the app group), each with {@code extraRulesPerGroup} seeded rules for unrelated ports first;</li>
 *   <li>network ACLs public and private with seeded block-list deny rules, service rules, the ephemeral
 *       ranges 1024-65535 for replies, and the {@code *} rule; plus the VPC's unused default ACL.</li>
 * </ul>
 *
 * <p>The designed paths, all of which succeed both ways (see {@link SyntheticNetwork}): web to app on
 * TCP 8080, app to db on TCP 5432 (across subnets); app to the internet on TCP 443 through its zone's
 * NAT gateway; app to the app tier of the next VPC on TCP 8080 over the peering; the internet to a
 * web instance's public IP on TCP 443.
 */
public final class SyntheticNetworks {

    public static final String REGION = "us-east-1";
    public static final String ACCOUNT = "111122223333";
    /** Where the internet is for the designed paths: a documentation address no generated resource owns. */
    public static final Ipv4 INTERNET = Ipv4.of(203, 0, 113, 10);
    public static final int WEB_PORT = 443;
    public static final int APP_PORT = 8080;
    public static final int DB_PORT = 5432;

    static final Prefix PEERED_SPACE = Prefix.parse("10.0.0.0/8");
    static final Prefix ON_PREMISES = Prefix.parse("172.31.0.0/16");
    static final Prefix PUBLIC_POOL = Prefix.parse("44.224.0.0/11");
    static final Prefix BLOCK_LIST_SPACE = Prefix.parse("45.0.0.0/8");
    static final List<String> ZONE_LETTERS = List.of("a", "b", "c", "d", "e", "f");
    static final List<String> ZONE_IDS = List.of("use1-az1", "use1-az2", "use1-az4", "use1-az6", "use1-az3", "use1-az5");
    static final int FIRST_INSTANCE_HOST = 10;
    static final int LAST_INSTANCE_HOST = 250;
    static final int NAT_HOST = 5;

    private SyntheticNetworks() {
    }

    /**
     * What to generate. {@code zonesPerVpc} must leave at least one private subnet; at most
     * {@value #LAST_INSTANCE_HOST} - {@value #FIRST_INSTANCE_HOST} + 1 instances fit a subnet (/24).
     */
    public record Spec(int vpcs, int subnetsPerVpc, int instancesPerSubnet, int zonesPerVpc, int peersPerVpc,
            int extraRulesPerGroup) {

        public static final int DEFAULT_INSTANCES_PER_SUBNET = 4;
        public static final int DEFAULT_EXTRA_RULES = 4;

        public Spec {
            if (vpcs < 1) {
                throw new IllegalArgumentException("at least one VPC, got " + vpcs);
            }
            if (zonesPerVpc < 1 || zonesPerVpc > ZONE_LETTERS.size()) {
                throw new IllegalArgumentException("zones per VPC must be 1-" + ZONE_LETTERS.size() + ", got " + zonesPerVpc);
            }
            if (subnetsPerVpc <= zonesPerVpc || subnetsPerVpc > 256) {
                throw new IllegalArgumentException("subnets per VPC must be more than the " + zonesPerVpc
                        + " public ones (one per zone) and at most 256, got " + subnetsPerVpc);
            }
            if (instancesPerSubnet < 0 || instancesPerSubnet > LAST_INSTANCE_HOST - FIRST_INSTANCE_HOST + 1) {
                throw new IllegalArgumentException("instances per subnet must be 0-"
                        + (LAST_INSTANCE_HOST - FIRST_INSTANCE_HOST + 1) + ", got " + instancesPerSubnet);
            }
            if (peersPerVpc < 0 || extraRulesPerGroup < 0) {
                throw new IllegalArgumentException("peers and extra rules cannot be negative");
            }
            if (vpcs > maxVpcs(vpcs, subnetsPerVpc)) {
                throw new IllegalArgumentException(vpcs + " VPCs of " + subnetsPerVpc + " /24 subnets do not fit 10.0.0.0/8");
            }
        }

        /** {@code vpcs} x {@code subnetsPerVpc}, with up to 3 zones, a ring of 2 peerings each, 4 instances per subnet. */
        public static Spec of(int vpcs, int subnetsPerVpc) {
            return new Spec(vpcs, subnetsPerVpc, DEFAULT_INSTANCES_PER_SUBNET, Math.min(3, subnetsPerVpc - 1),
                    Math.min(2, vpcs - 1), DEFAULT_EXTRA_RULES);
        }

        /**
         * About {@code elements} elements ({@link Network#size()}): VPCs of 20 subnets in 3 zones with 24
         * instances each (1,005 elements per VPC), as many VPCs as it takes.
         */
        public static Spec ofAbout(int elements) {
            Spec perVpc = new Spec(1, 20, 24, 3, 0, DEFAULT_EXTRA_RULES);
            int vpcs = Math.max(1, Math.round((float) elements / perVpc.elementsPerVpc()));
            return new Spec(vpcs, 20, 24, 3, Math.min(2, vpcs - 1), DEFAULT_EXTRA_RULES);
        }

        public Spec withInstancesPerSubnet(int instances) {
            return new Spec(vpcs, subnetsPerVpc, instances, zonesPerVpc, peersPerVpc, extraRulesPerGroup);
        }

        public Spec withPeersPerVpc(int peers) {
            return new Spec(vpcs, subnetsPerVpc, instancesPerSubnet, zonesPerVpc, peers, extraRulesPerGroup);
        }

        /**
         * Elements of one VPC, peerings and prefix lists aside: the VPC, its internet gateway, the subnets, the
         * main, public and per-zone private route tables, per zone a NAT gateway with its Elastic IP and
         * interface, the instances with their interfaces, 4 security groups, 3 network ACLs, 2 gateway endpoints.
         */
        int elementsPerVpc() {
            return 1 + 1 + subnetsPerVpc + (2 + zonesPerVpc) + 3 * zonesPerVpc + 2 * subnetsPerVpc * instancesPerSubnet
                    + 4 + 3 + 2;
        }

        /** How many elements {@link #generate(Spec, long)} makes: {@code network.size()}. */
        public int expectedSize() {
            return vpcs * elementsPerVpc() + peerPairs(vpcs, peersPerVpc).size() + 3;
        }

        int prefixLength() {
            return vpcs <= 256 ? 16 : 24 - ceilLog2(subnetsPerVpc);
        }

        private static int maxVpcs(int vpcs, int subnets) {
            int length = vpcs <= 256 ? 16 : 24 - ceilLog2(subnets);
            return 1 << (length - 8);
        }
    }

    /** The VPCs of a generated network by role, for picking the designed paths. */
    public record VpcLayout(Vpc vpc, List<Subnet> publicSubnets, List<Subnet> privateSubnets, List<NatGateway> natGateways,
            List<NetworkInterface> web, List<NetworkInterface> app, List<NetworkInterface> db, List<String> peerVpcIds) {
        public VpcLayout {
            publicSubnets = List.copyOf(publicSubnets);
            privateSubnets = List.copyOf(privateSubnets);
            natGateways = List.copyOf(natGateways);
            web = List.copyOf(web);
            app = List.copyOf(app);
            db = List.copyOf(db);
            peerVpcIds = List.copyOf(peerVpcIds);
        }
    }

    /** A generated network and where its roles are. */
    public record SyntheticNetwork(Network network, Spec spec, long seed, List<VpcLayout> vpcs) {
        public SyntheticNetwork {
            vpcs = List.copyOf(vpcs);
        }
    }

    /** {@code vpcs} x {@code subnetsPerVpc} with the defaults of {@link Spec#of}. */
    public static Network generate(int vpcs, int subnetsPerVpc, long seed) {
        return generate(Spec.of(vpcs, subnetsPerVpc), seed).network();
    }

    public static SyntheticNetwork generate(Spec spec, long seed) {
        return new Generator(spec, seed).run();
    }

    /** Writes a network as a graph file ({@code schemas/graph.schema.json}) for other tools to read. */
    public static void writeGraph(Network network, Path file) throws IOException {
        new GraphWriter().write(network, file);
    }

    /**
     * A lone route table of exactly {@code routes} routes (at least 2) in VPC {@code 10.0.0.0/16}, shaped like
     * a big transit table: the local route, {@code 0.0.0.0/0} to an internet gateway, then distinct routes of
     * lengths /8 to /32 (mostly /16 to /28) over private and public space to peerings, NAT gateways, transit and
     * VPN gateways. Targets need not exist: the table is for lookups, not for checks.
     */
    public static RouteTable routeTable(int routes, long seed) {
        if (routes < 2) {
            throw new IllegalArgumentException("a table has at least the local and the default route, asked " + routes);
        }
        SplittableRandom random = new SplittableRandom(seed);
        Prefix vpcCidr = Prefix.parse("10.0.0.0/16");
        List<Route> out = new ArrayList<>();
        Set<Prefix> used = new HashSet<>();
        out.add(new Route(new RouteDestination.Cidr(vpcCidr), new RouteTarget.Local(), Route.Source.LOCAL, false, Origin.NONE));
        out.add(new Route(new RouteDestination.Cidr(Prefix.ANY), new RouteTarget.InternetGateway("igw-lookup"),
                Route.Source.STATIC, false, Origin.NONE));
        used.add(vpcCidr);
        used.add(Prefix.ANY);
        while (out.size() < routes) {
            int length = lookupRouteLength(random);
            int bits = random.nextInt(4) == 0 ? random.nextInt() : (10 << 24) | random.nextInt(1 << 24);
            Prefix prefix = Prefix.covering(new Ipv4(bits), length);
            if (!used.add(prefix)) {
                continue;
            }
            RouteTarget target = switch (random.nextInt(4)) {
                case 0 -> new RouteTarget.Peering(String.format("pcx-%017x", out.size()));
                case 1 -> new RouteTarget.NatGateway(String.format("nat-%017x", out.size() % 3));
                case 2 -> new RouteTarget.TransitGateway("tgw-00000000000000001");
                default -> new RouteTarget.VpnGateway("vgw-00000000000000001");
            };
            out.add(new Route(new RouteDestination.Cidr(prefix), target, Route.Source.STATIC, false, Origin.NONE));
        }
        return new RouteTable("rtb-lookup-" + routes, "lookup-" + routes, "vpc-lookup", false, out, List.of(), List.of(),
                Origin.NONE);
    }

    /** A VPC for {@link #routeTable}: the table's routes refer to it through {@code local}. */
    public static Vpc routeTableVpc() {
        return new Vpc("vpc-lookup", "lookup", REGION, ACCOUNT, List.of(Prefix.parse("10.0.0.0/16")), Origin.NONE);
    }

    /**
     * {@code count} addresses to look up in {@code table}: three in four inside a randomly chosen route's
     * prefix (so lookups walk deep), one in four anywhere (mostly the default route).
     */
    public static int[] lookupAddresses(RouteTable table, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Prefix> prefixes = table.routes().stream()
                .map(Route::destination)
                .filter(RouteDestination.Cidr.class::isInstance)
                .map(d -> ((RouteDestination.Cidr) d).prefix())
                .toList();
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            if (random.nextInt(4) == 0) {
                out[i] = random.nextInt();
            } else {
                Prefix prefix = prefixes.get(random.nextInt(prefixes.size()));
                int hostBits = ~Prefix.mask(prefix.length());
                out[i] = prefix.network().bits() | (random.nextInt() & hostBits);
            }
        }
        return out;
    }

    private static int lookupRouteLength(SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 5) {
            return 8 + random.nextInt(8);
        }
        if (roll < 25) {
            return 16 + random.nextInt(4);
        }
        if (roll < 85) {
            return 20 + random.nextInt(9);
        }
        return 29 + random.nextInt(4);
    }

    /** Unordered pairs {i, i+k mod n} for k = 1..peers, first seen first. */
    static List<int[]> peerPairs(int vpcs, int peers) {
        Set<Long> seen = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < vpcs; i++) {
            for (int k = 1; k <= peers; k++) {
                int j = (i + k) % vpcs;
                if (j == i) {
                    continue;
                }
                long key = (long) Math.min(i, j) << 32 | Math.max(i, j);
                if (seen.add(key)) {
                    pairs.add(new int[] {i, j});
                }
            }
        }
        return pairs;
    }

    static int ceilLog2(int n) {
        return n <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(n - 1);
    }

    /** One run of the generator: serial ids, origins as a graph reader would give them, one random stream. */
    private static final class Generator {
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

        Generator(Spec spec, long seed) {
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
}
