package dev.plumbline.bench;

import dev.plumbline.validator.ingest.graph.GraphWriter;
import dev.plumbline.validator.model.InternetGateway;
import dev.plumbline.validator.model.NatGateway;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.Route;
import dev.plumbline.validator.model.RouteDestination;
import dev.plumbline.validator.model.RouteTable;
import dev.plumbline.validator.model.RouteTarget;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.model.Vpc;
import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.net.Prefix;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
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
        return new SyntheticNetworkGenerator(spec, seed).run();
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
}
