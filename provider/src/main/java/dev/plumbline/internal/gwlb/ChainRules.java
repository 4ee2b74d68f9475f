package dev.plumbline.internal.gwlb;

import static dev.plumbline.internal.validation.FormatRules.cidr;
import static dev.plumbline.internal.validation.FormatRules.ec2Id;
import static dev.plumbline.internal.validation.FormatRules.key;
import static dev.plumbline.internal.validation.FormatRules.oneOf;
import static dev.plumbline.internal.validation.FormatRules.port;
import static dev.plumbline.internal.validation.FormatRules.present;
import static dev.plumbline.internal.validation.FormatRules.range;

import com.pulumi.core.Output;
import dev.plumbline.GwlbInspectionChainArgs;
import dev.plumbline.inputs.AppSubnetArgs;
import dev.plumbline.inputs.GwlbHealthCheckArgs;
import dev.plumbline.inputs.InspectionStageArgs;
import dev.plumbline.inputs.ZonalSubnetArgs;
import dev.plumbline.internal.validation.ArgValue;
import dev.plumbline.internal.validation.ArgsCheck;
import dev.plumbline.internal.validation.FormatRules;
import dev.plumbline.internal.validation.Ipv4Cidr;
import dev.plumbline.internal.validation.LoadBalancerTargets;
import dev.plumbline.internal.tagging.Tags;
import dev.plumbline.internal.validation.Problems;
import dev.plumbline.internal.validation.ValueRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every rule on {@link GwlbInspectionChainArgs}, in one place: plain arguments are checked at
 * construction, deploy-time values by the same rules when they resolve. Sources: GWLB target groups
 * and health checks (https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/target-groups.html,
 * .../health-checks.html), GWLB endpoints (one per zone, only in zones the GWLB is enabled in:
 * https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-load-balancer-endpoints.html) and
 * gateway route tables (https://docs.aws.amazon.com/vpc/latest/userguide/gateway-route-tables.html).
 */
public final class ChainRules {

    public static final List<String> TARGET_TYPES = List.of("instance", "ip");
    public static final List<String> STICKINESS = List.of("5-tuple", "3-tuple", "2-tuple");
    public static final List<String> FAILOVER = List.of("no_rebalance", "rebalance");
    public static final List<String> HEALTH_PROTOCOLS = List.of("TCP", "HTTP", "HTTPS");
    /** Table keys the plan uses besides stage names. */
    private static final Set<String> RESERVED_STAGE_NAMES = Set.of("app", "edge");
    private static final int MAX_KEY = 20;

    private ChainRules() {
    }

    /** Validates {@code args}; throws before any child exists if a known value breaks a rule. */
    public static CheckedChain check(String type, String name, GwlbInspectionChainArgs args) {
        ArgsCheck check = new ArgsCheck(type, name);
        Output<String> vpcId = required(args.vpcId(), "vpcId", "pass the id of the protected VPC", check,
                ec2Id("vpcId", "vpc", "a VPC"));
        Output<String> igwId = required(args.internetGatewayId(), "internetGatewayId",
                "pass the id of the protected VPC's internet gateway", check,
                ec2Id("internetGatewayId", "igw", "an internet gateway"));
        Tags tags = Tags.check(args.tags().orElse(null), check);

        List<AppSubnetArgs> appArgs = listOf(args.appSubnets(), "appSubnets",
                "list the application subnets to protect (name, subnetId, cidrBlock, availabilityZone)", check);
        Set<String> appZones = new LinkedHashSet<>();
        Set<String> appNames = new HashSet<>();
        List<String> subnetIdPaths = new ArrayList<>();
        List<Output<String>> subnetIds = new ArrayList<>();
        List<String> cidrPaths = new ArrayList<>();
        List<Output<String>> cidrs = new ArrayList<>();
        for (int i = 0; i < appArgs.size(); i++) {
            String at = "appSubnets[" + i + "]";
            AppSubnetArgs a = appArgs.get(i);
            if (!present(a, at, "remove the empty entry", check)) {
                continue;
            }
            if (present(a.name(), at + ".name", "give the subnet a key such as web-a", check)) {
                key(a.name(), MAX_KEY, at + ".name", check);
                check.require(appNames.add(a.name()), at + ".name", "'" + a.name() + "' is used twice",
                        "give every application subnet its own name");
            }
            if (present(a.availabilityZone(), at + ".availabilityZone", "give the subnet's zone, e.g. us-east-1a", check)) {
                appZones.add(a.availabilityZone());
            }
            if (present(a.subnetId(), at + ".subnetId", "pass the subnet id", check)) {
                subnetIdPaths.add(at + ".subnetId");
                subnetIds.add(check.value(a.subnetId(), ec2Id(at + ".subnetId", "subnet", "a subnet")));
            }
            if (present(a.cidrBlock(), at + ".cidrBlock", "pass the subnet's IPv4 CIDR block", check)) {
                cidrPaths.add(at + ".cidrBlock");
                cidrs.add(check.value(a.cidrBlock(), cidr(at + ".cidrBlock")));
            }
        }

        List<InspectionStageArgs> stageArgs = listOf(args.stages(), "stages",
                "list the inspection stages from the internet inwards, e.g. firewall then ids", check);
        Set<String> stageNames = new HashSet<>();
        List<PendingStage> pending = new ArrayList<>();
        for (int i = 0; i < stageArgs.size(); i++) {
            String at = "stages[" + i + "]";
            InspectionStageArgs s = stageArgs.get(i);
            if (!present(s, at, "remove the empty entry", check)) {
                continue;
            }
            if (present(s.name(), at + ".name", "name the stage, e.g. firewall", check)) {
                key(s.name(), MAX_KEY, at + ".name", check);
                check.require(stageNames.add(s.name()), at + ".name", "'" + s.name() + "' is used twice",
                        "give every stage its own name");
                check.require(!RESERVED_STAGE_NAMES.contains(s.name()), at + ".name",
                        "'" + s.name() + "' is reserved for the chain's own route tables", "pick another name");
            }
            pending.add(checkStage(s, at, appZones, check, subnetIdPaths, subnetIds));
        }

        List<Output<String>> checkedSubnetIds = check.values(subnetIds, distinctSubnets(subnetIdPaths));
        List<Output<String>> checkedCidrs = check.values(cidrs, disjointCidrs(cidrPaths));
        check.throwIfInvalid();

        List<CheckedChain.AppSubnet> apps = new ArrayList<>();
        for (int i = 0; i < appArgs.size(); i++) {
            AppSubnetArgs a = appArgs.get(i);
            int index = i;
            apps.add(new CheckedChain.AppSubnet(a.name(), a.availabilityZone(),
                    checkedSubnetIds.get(index), checkedCidrs.get(index)));
        }
        List<CheckedChain.Stage> stages = pending.stream().map(p -> p.toStage(checkedSubnetIds)).toList();
        return new CheckedChain(vpcId, igwId, List.copyOf(apps), stages, tags);
    }

    private static PendingStage checkStage(InspectionStageArgs s, String at, Set<String> appZones, ArgsCheck check,
            List<String> subnetIdPaths, List<Output<String>> subnetIds) {
        Output<String> applianceVpcId = required(s.applianceVpcId(), at + ".applianceVpcId",
                "pass the id of the appliance VPC", check, ec2Id(at + ".applianceVpcId", "vpc", "a VPC"));
        String targetType = s.targetType().orElse("instance");
        oneOf(targetType, TARGET_TYPES, at + ".targetType", check);

        SortedMap<String, Output<String>> targets = LoadBalancerTargets.check(s.targets(), at + ".targets", targetType,
                "the stage has no appliance targets", "add at least one appliance, e.g. targets: [{name: fw-a, id: i-0123456789abcdef0}]",
                check);

        List<ZonalSubnetArgs> applianceSubnets = listOf(s.applianceSubnets(), at + ".applianceSubnets",
                "list the Gateway Load Balancer's subnets in the appliance VPC, one per zone", check);
        Map<String, ZonalEntry> applianceByZone = byZone(applianceSubnets, at + ".applianceSubnets", check);
        for (String zone : appZones) {
            check.require(applianceByZone.containsKey(zone), at + ".applianceSubnets",
                    "no subnet in " + zone + ", where application subnets are; a GWLB endpoint works only in zones its load balancer is enabled in",
                    "add an appliance subnet in " + zone);
        }
        List<Output<String>> applianceSubnetIds = applianceByZone.values().stream()
                .map(e -> check.value(e.subnetId(), ec2Id(e.path(), "subnet", "a subnet")))
                .toList();

        List<ZonalSubnetArgs> endpointSubnets = listOf(s.endpointSubnets(), at + ".endpointSubnets",
                "list one dedicated subnet per application zone for this stage's endpoints", check);
        Map<String, ZonalEntry> endpointByZone = byZone(endpointSubnets, at + ".endpointSubnets", check);
        for (String zone : appZones) {
            check.require(endpointByZone.containsKey(zone), at + ".endpointSubnets",
                    "no endpoint subnet in " + zone + ", so application subnets there would have no endpoint in their zone",
                    "add a dedicated endpoint subnet in " + zone);
        }
        SortedMap<String, Integer> endpointIndex = new TreeMap<>();
        endpointByZone.forEach((zone, entry) -> {
            if (!appZones.contains(zone)) {
                check.add(at + ".endpointSubnets", "subnet in " + zone + " but no application subnet is in that zone",
                        "remove it, or add the application subnets of " + zone);
            }
            endpointIndex.put(zone, subnetIds.size());
            subnetIdPaths.add(entry.path());
            subnetIds.add(check.value(entry.subnetId(), ec2Id(entry.path(), "subnet", "a subnet")));
        });

        CheckedChain.HealthCheck health = healthCheck(s.healthCheck().orElse(null), at + ".healthCheck", check);
        String stickiness = s.flowStickiness().orElse("5-tuple");
        oneOf(stickiness, STICKINESS, at + ".flowStickiness", check);
        String failover = s.targetFailover().orElse("no_rebalance");
        oneOf(failover, FAILOVER, at + ".targetFailover", check);
        Optional<Output<List<String>>> principals = s.allowedPrincipals()
                .map(p -> check.value(p, FormatRules.principals(at + ".allowedPrincipals")));

        return new PendingStage(s.name(), applianceVpcId, applianceSubnetIds, targetType, targets, health,
                switch (stickiness) {
                    case "3-tuple" -> Optional.of("source_ip_dest_ip_proto");
                    case "2-tuple" -> Optional.of("source_ip_dest_ip");
                    default -> Optional.empty();
                },
                failover, s.crossZoneEnabled().orElse(false), s.acceptanceRequired().orElse(false), principals, endpointIndex);
    }

    private static CheckedChain.HealthCheck healthCheck(GwlbHealthCheckArgs h, String at, Problems problems) {
        if (h == null) {
            return new CheckedChain.HealthCheck("TCP", 80, Optional.empty(), 10, 5, 5, 2);
        }
        String protocol = h.protocol().orElse("TCP");
        oneOf(protocol, HEALTH_PROTOCOLS, at + ".protocol", problems);
        int port = h.port().orElse(80);
        port(port, at + ".port", problems);
        Optional<String> path = h.path();
        if ("TCP".equals(protocol)) {
            problems.require(path.isEmpty(), at + ".path", "a TCP health check has no path", "remove path or use HTTP/HTTPS");
        } else {
            path = Optional.of(path.orElse("/"));
            problems.require(path.get().startsWith("/"), at + ".path", "'" + path.get() + "' does not start with /",
                    "write an absolute path such as /healthz");
        }
        int interval = h.intervalSeconds().orElse(10);
        int timeout = h.timeoutSeconds().orElse(5);
        range(interval, 5, 300, at + ".intervalSeconds", problems);
        range(timeout, 2, 120, at + ".timeoutSeconds", problems);
        problems.require(timeout < interval, at + ".timeoutSeconds", "timeout " + timeout + " s is not below interval "
                + interval + " s", "make the timeout shorter than the interval");
        int healthy = h.healthyThreshold().orElse(5);
        int unhealthy = h.unhealthyThreshold().orElse(2);
        range(healthy, 2, 10, at + ".healthyThreshold", problems);
        range(unhealthy, 2, 10, at + ".unhealthyThreshold", problems);
        return new CheckedChain.HealthCheck(protocol, port, path, interval, timeout, healthy, unhealthy);
    }

    /** No subnet used twice: an endpoint in a workload subnet, or two stages in one subnet, bypasses inspection. */
    private static ValueRule<List<String>> distinctSubnets(List<String> paths) {
        return (value, problems) -> {
            Map<String, String> firstUse = new HashMap<>();
            for (int i = 0; i < value.get().size(); i++) {
                String id = value.get().get(i);
                String earlier = firstUse.putIfAbsent(id, paths.get(i));
                if (earlier != null) {
                    problems.add(paths.get(i), "subnet " + (value.secret() ? "[secret]" : id) + " is also " + earlier
                                    + "; an endpoint in an application subnet, or two stages in one subnet, lets traffic skip inspection",
                            "give every application subnet and every stage's endpoint its own subnet");
                }
            }
        };
    }

    /** Application subnet CIDRs are disjoint (each gets its own edge route); malformed ones are reported on their own. */
    private static ValueRule<List<String>> disjointCidrs(List<String> paths) {
        return (value, problems) -> {
            List<Ipv4Cidr> seen = new ArrayList<>();
            List<String> seenPaths = new ArrayList<>();
            for (int i = 0; i < value.get().size(); i++) {
                ArgValue<String> one = new ArgValue<>(value.get().get(i), value.secret());
                Optional<Ipv4Cidr> parsed = Ipv4Cidr.parse(one.get()).cidr();
                if (parsed.isEmpty()) {
                    continue;
                }
                for (int j = 0; j < seen.size(); j++) {
                    if (seen.get(j).overlaps(parsed.get())) {
                        problems.add(paths.get(i), one.shown() + " overlaps " + seenPaths.get(j) + " (" + seen.get(j) + ")",
                                "subnets of one VPC never overlap; pass each application subnet's own CIDR block");
                    }
                }
                seen.add(parsed.get());
                seenPaths.add(paths.get(i));
            }
        };
    }

    /** A zonal subnet's id and the argument path it came from. */
    private record ZonalEntry(String path, Output<String> subnetId) {
    }

    private static Map<String, ZonalEntry> byZone(List<ZonalSubnetArgs> subnets, String at, Problems problems) {
        Map<String, ZonalEntry> byZone = new TreeMap<>();
        for (int i = 0; i < subnets.size(); i++) {
            String path = at + "[" + i + "]";
            ZonalSubnetArgs z = subnets.get(i);
            if (!present(z, path, "remove the empty entry", problems)) {
                continue;
            }
            boolean hasZone = present(z.availabilityZone(), path + ".availabilityZone", "give the subnet's zone", problems);
            boolean hasId = present(z.subnetId(), path + ".subnetId", "pass the subnet id", problems);
            if (hasZone && hasId && byZone.putIfAbsent(z.availabilityZone(), new ZonalEntry(path + ".subnetId", z.subnetId())) != null) {
                problems.add(path + ".availabilityZone", "a second subnet in " + z.availabilityZone(),
                        "keep one subnet per zone (AWS places one endpoint or load balancer node per zone)");
            }
        }
        return byZone;
    }

    private static <T> List<T> listOf(List<T> list, String argument, String fix, Problems problems) {
        if (list == null || list.isEmpty()) {
            problems.add(argument, list == null ? "is missing" : "is empty", fix);
            return List.of();
        }
        return list;
    }

    private static Output<String> required(Output<String> value, String argument, String fix, ArgsCheck check,
            ValueRule<String> rule) {
        present(value, argument, fix, check);
        return check.value(value, rule);
    }

    private record PendingStage(String name, Output<String> applianceVpcId, List<Output<String>> applianceSubnetIds,
            String targetType, SortedMap<String, Output<String>> targets, CheckedChain.HealthCheck health,
            Optional<String> stickiness,
            String failover, boolean crossZone, boolean acceptanceRequired, Optional<Output<List<String>>> principals,
            SortedMap<String, Integer> endpointSubnetIndex) {

        CheckedChain.Stage toStage(List<Output<String>> checkedSubnetIds) {
            SortedMap<String, Output<String>> endpointSubnetIds = new TreeMap<>();
            endpointSubnetIndex.forEach((zone, index) -> endpointSubnetIds.put(zone, checkedSubnetIds.get(index)));
            return new CheckedChain.Stage(name, applianceVpcId, applianceSubnetIds, targetType, targets, health, stickiness, failover, crossZone, acceptanceRequired, principals, endpointSubnetIds);
        }
    }
}
