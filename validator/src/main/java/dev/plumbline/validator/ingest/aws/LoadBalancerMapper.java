package dev.plumbline.validator.ingest.aws;

import dev.plumbline.validator.model.Instance;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.model.elb.HealthCheck;
import dev.plumbline.validator.model.elb.LbZone;
import dev.plumbline.validator.model.elb.Listener;
import dev.plumbline.validator.model.elb.LoadBalancer;
import dev.plumbline.validator.model.elb.Target;
import dev.plumbline.validator.model.elb.TargetGroup;
import dev.plumbline.validator.model.elb.TargetHealth;
import dev.plumbline.validator.net.Ipv4;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps Elastic Load Balancing v2: load balancers ({@code describe-load-balancers}) with their
 * attributes (keyed {@code LoadBalancerAttributes}), target groups ({@code describe-target-groups})
 * with their attributes (keyed {@code TargetGroupAttributes}) and registered targets' health
 * ({@code describe-target-health}, plain or keyed {@code LoadBalancerTargetHealth}), and listeners
 * ({@code describe-listeners}, plain or keyed {@code LoadBalancerListeners}).
 *
 * <p>A load balancer node's addresses are the private addresses of the load balancer's network
 * interfaces in that subnet (AWS describes them as {@code ELB net/name/id}), plus any
 * {@code PrivateIPv4Address} the zone lists. Cross-zone load balancing is off unless the
 * attribute {@code load_balancing.cross_zone.enabled} says otherwise (ALBs: always on). A target's
 * AZ is the one describe-target-health gives, else its instance's subnet's, else the subnet of the
 * target group's VPC that holds its IP.
 *
 * @see <a href="https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_TargetGroupAttribute.html">Target group attributes</a>
 */
final class LoadBalancerMapper {

    private final IngestLog log;
    private final SnapshotIndex index;
    private final NetworkSink sink;
    private final Map<String, Instance> instancesById = new HashMap<>();
    private final Map<String, Subnet> subnetsById = new HashMap<>();
    private final Map<String, List<Subnet>> subnetsByVpc = new HashMap<>();

    LoadBalancerMapper(IngestLog log, SnapshotIndex index, NetworkSink sink) {
        this.log = log;
        this.index = index;
        this.sink = sink;
    }

    void map(RegionSnapshot region) {
        sink.view().instances.forEach(i -> instancesById.putIfAbsent(i.id(), i));
        for (Subnet subnet : sink.view().subnets) {
            if (subnetsById.putIfAbsent(subnet.id(), subnet) == null) {
                subnetsByVpc.computeIfAbsent(subnet.vpcId(), k -> new ArrayList<>()).add(subnet);
            }
        }
        Map<String, Located> lbAttributes = keyedAttributes(region, "LoadBalancerAttributes", "LoadBalancerArn");
        Map<String, Located> tgAttributes = keyedAttributes(region, "TargetGroupAttributes", "TargetGroupArn");
        Map<String, List<Located>> health = targetHealth(region);
        Map<String, List<NetworkInterface>> interfacesByOwner = new HashMap<>();
        for (NetworkInterface eni : sink.view().networkInterfaces) {
            interfacesByOwner.computeIfAbsent(eni.attachedTo(), k -> new ArrayList<>()).add(eni);
        }
        for (Located lb : region.entries("LoadBalancers")) {
            loadBalancer(region, lb, lbAttributes.get(lb.text("LoadBalancerArn")),
                    interfacesByOwner.getOrDefault(lb.text("LoadBalancerArn"), List.of()));
        }
        for (Located group : region.entries("TargetGroups")) {
            targetGroup(group, tgAttributes.get(group.text("TargetGroupArn")),
                    health.getOrDefault(group.text("TargetGroupArn"), null));
        }
        for (Located listener : region.entries("Listeners")) {
            listener(listener, "");
        }
        for (Located keyed : region.entries("LoadBalancerListeners")) {
            for (Located listener : keyed.items("Listeners")) {
                listener(listener, keyed.text("LoadBalancerArn"));
            }
        }
    }

    private void loadBalancer(RegionSnapshot region, Located lb, Located attributes, List<NetworkInterface> interfaces) {
        String arn = lb.text("LoadBalancerArn");
        LoadBalancer.Type type = switch (lb.text("Type")) {
            case "gateway" -> LoadBalancer.Type.GATEWAY;
            case "application" -> LoadBalancer.Type.APPLICATION;
            default -> LoadBalancer.Type.NETWORK;
        };
        boolean crossZone = type == LoadBalancer.Type.APPLICATION;
        if (attributes != null) {
            for (Located attribute : attributes.items("Attributes")) {
                if ("load_balancing.cross_zone.enabled".equals(attribute.text("Key"))) {
                    crossZone = log.booleanText(attribute, "Value").orElse(crossZone);
                }
            }
        }
        List<LbZone> zones = new ArrayList<>();
        for (Located zone : lb.items("AvailabilityZones")) {
            String subnetId = zone.text("SubnetId");
            String zoneName = zone.text("ZoneName");
            List<Planned<Ipv4>> addresses = new ArrayList<>();
            for (NetworkInterface eni : interfaces) {
                if (subnetId.equals(eni.subnetId()) && eni.privateIp().isKnown()) {
                    addresses.add(eni.privateIp());
                }
            }
            for (Located address : zone.items("LoadBalancerAddresses")) {
                log.optionalIpv4(address, "PrivateIPv4Address").map(Planned::known)
                        .filter(ip -> !addresses.contains(ip)).ifPresent(addresses::add);
            }
            Planned<String> azId = index.azId(region.region(), zoneName).<Planned<String>>map(Planned::known)
                    .orElse(Planned.absent());
            zones.add(new LbZone(subnetId, zoneName, azId, addresses));
        }
        sink.add(new LoadBalancer(arn, lb.text("LoadBalancerName"), type, "internal".equals(lb.text("Scheme")),
                lb.text("VpcId"), zones, lb.texts("SecurityGroups"), crossZone,
                !"off".equals(lb.text("EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic")),
                lb.child("State").text("Code"), lb.origin()));
    }

    private void targetGroup(Located group, Located attributes, List<Located> health) {
        String arn = group.text("TargetGroupArn");
        String protocol = group.text("Protocol");
        int port = group.integer("Port", 0);
        HealthCheck healthCheck = new HealthCheck(group.bool("HealthCheckEnabled", true),
                group.text("HealthCheckProtocol"), group.text("HealthCheckPort"), group.text("HealthCheckPath"),
                group.integer("HealthCheckIntervalSeconds", 30), group.integer("HealthCheckTimeoutSeconds", 5),
                group.integer("HealthyThresholdCount", 5), group.integer("UnhealthyThresholdCount", 2));
        GroupAttributes attrs = attributes == null ? new GroupAttributes() : groupAttributes(arn, attributes);
        if (health == null && !group.texts("LoadBalancerArns").isEmpty()) {
            log.warn(IngestLog.ASSUMED, group.origin(), "target group " + group.text("TargetGroupName")
                    + " is in use but the snapshot has no describe-target-health for it: it has no targets here",
                    "add its targets' health as LoadBalancerTargetHealth (see docs/formats/aws-snapshot.md)");
        }
        List<Target> targets = new ArrayList<>();
        String vpcId = group.text("VpcId");
        for (Located description : health == null ? List.<Located>of() : health) {
            Located target = description.child("Target");
            String id = target.text("Id");
            String zone = target.optionalText("AvailabilityZone").orElseGet(() -> zoneOf(id, vpcId));
            targets.add(new Target(id, target.integer("Port", port), zone,
                    health(description.child("TargetHealth").text("State")), description.origin()));
        }
        TargetGroup.TargetType targetType = switch (group.text("TargetType")) {
            case "ip" -> TargetGroup.TargetType.IP;
            case "lambda" -> TargetGroup.TargetType.LAMBDA;
            case "alb" -> TargetGroup.TargetType.ALB;
            default -> TargetGroup.TargetType.INSTANCE;
        };
        sink.add(new TargetGroup(arn, group.text("TargetGroupName"), protocol, port, targetType, vpcId, healthCheck,
                attrs.stickiness, attrs.rebalance, attrs.proxyProtocolV2, attrs.crossZone, targets, group.origin()));
    }

    /** Target group attributes with AWS's defaults: 5-tuple, no rebalance, no proxy protocol, the LB's cross-zone. */
    private static final class GroupAttributes {
        TargetGroup.Stickiness stickiness = TargetGroup.Stickiness.FIVE_TUPLE;
        boolean rebalance;
        boolean proxyProtocolV2;
        Boolean crossZone;
    }

    private GroupAttributes groupAttributes(String arn, Located attributes) {
        GroupAttributes out = new GroupAttributes();
        Map<String, Located> byKey = new LinkedHashMap<>();
        for (Located attribute : attributes.items("Attributes")) {
            byKey.put(attribute.text("Key"), attribute);
        }
        boolean sticky = Optional.ofNullable(byKey.get("stickiness.enabled"))
                .flatMap(a -> log.booleanText(a, "Value")).orElse(false);
        Located type = byKey.get("stickiness.type");
        if (sticky && type != null) {
            switch (type.text("Value")) {
                case "source_ip_dest_ip" -> out.stickiness = TargetGroup.Stickiness.TWO_TUPLE;
                case "source_ip_dest_ip_proto" -> out.stickiness = TargetGroup.Stickiness.THREE_TUPLE;
                default -> log.info(IngestLog.ASSUMED, type.origin(), "stickiness type " + type.text("Value")
                        + " is not modelled; flows of " + arn + " are spread by their 5-tuple", "");
            }
        }
        Located onUnhealthy = byKey.get("target_failover.on_unhealthy");
        Located onDeregistration = byKey.get("target_failover.on_deregistration");
        if (onUnhealthy != null) {
            out.rebalance = "rebalance".equals(onUnhealthy.text("Value"));
            if (onDeregistration != null && !onUnhealthy.text("Value").equals(onDeregistration.text("Value"))) {
                log.warn(IngestLog.ASSUMED, onDeregistration.origin(), "target_failover.on_deregistration and"
                        + " on_unhealthy differ; AWS requires them equal. Read as " + onUnhealthy.text("Value"), "");
            }
        }
        Located proxy = byKey.get("proxy_protocol_v2.enabled");
        if (proxy != null) {
            out.proxyProtocolV2 = log.booleanText(proxy, "Value").orElse(false);
        }
        Located crossZone = byKey.get("load_balancing.cross_zone.enabled");
        if (crossZone != null) {
            switch (crossZone.text("Value")) {
                case "true" -> out.crossZone = Boolean.TRUE;
                case "false" -> out.crossZone = Boolean.FALSE;
                case "use_load_balancer_configuration" -> out.crossZone = null;
                default -> log.error(IngestLog.BAD_VALUE, crossZone.child("Value").origin(),
                        "'" + crossZone.text("Value") + "' is not a cross-zone setting",
                        "expected true, false or use_load_balancer_configuration");
            }
        }
        return out;
    }

    private static TargetHealth health(String state) {
        return "unhealthy.draining".equals(state) ? TargetHealth.UNHEALTHY : TargetHealth.parse(state);
    }

    /** The AZ of a target that describe-target-health does not place: its instance's subnet's, or its IP's subnet's. */
    private String zoneOf(String targetId, String vpcId) {
        if (targetId.startsWith("i-")) {
            Instance instance = instancesById.get(targetId);
            Subnet subnet = instance == null ? null : subnetsById.get(instance.subnetId());
            return subnet == null ? "" : subnet.azName();
        }
        Optional<Ipv4> ip = Ipv4.tryParse(targetId);
        if (ip.isPresent()) {
            for (Subnet subnet : subnetsByVpc.getOrDefault(vpcId, List.of())) {
                if (subnet.cidr().contains(ip.get())) {
                    return subnet.azName();
                }
            }
        }
        return "";
    }

    private void listener(Located listener, String parentArn) {
        Set<String> forward = new LinkedHashSet<>();
        for (Located action : listener.items("DefaultActions")) {
            if ("forward".equals(action.text("Type"))) {
                action.optionalText("TargetGroupArn").ifPresent(forward::add);
                forward.addAll(action.child("ForwardConfig").texts("TargetGroups", "TargetGroupArn"));
            }
        }
        sink.add(new Listener(listener.text("ListenerArn"), listener.optionalText("LoadBalancerArn").orElse(parentArn),
                listener.integer("Port", 0), listener.text("Protocol"), List.copyOf(forward), listener.origin()));
    }

    private static Map<String, Located> keyedAttributes(RegionSnapshot region, String key, String arnField) {
        Map<String, Located> byArn = new HashMap<>();
        for (Located keyed : region.entries(key)) {
            byArn.putIfAbsent(keyed.text(arnField), keyed);
        }
        return byArn;
    }

    /**
     * Health descriptions by target group ARN. Plain describe-target-health output does not name
     * its target group: it needs a top-level {@code TargetGroupArn}, or a region with one target group.
     */
    private Map<String, List<Located>> targetHealth(RegionSnapshot region) {
        Map<String, List<Located>> byArn = new HashMap<>();
        for (Located keyed : region.entries("LoadBalancerTargetHealth")) {
            byArn.computeIfAbsent(keyed.text("TargetGroupArn"), k -> new ArrayList<>())
                    .addAll(keyed.items("TargetHealthDescriptions"));
        }
        List<Located> groups = region.entries("TargetGroups");
        for (RegionSnapshot.Keyed plain : region.keyed("TargetHealthDescriptions")) {
            String arn = plain.document().text("TargetGroupArn");
            if (arn.isEmpty() && groups.size() == 1) {
                arn = groups.get(0).text("TargetGroupArn");
                log.info(IngestLog.ASSUMED, plain.value().origin(), "describe-target-health output names no target group;"
                        + " read as the health of the only target group, " + groups.get(0).text("TargetGroupName"), "");
            }
            if (arn.isEmpty()) {
                log.error(IngestLog.BAD_VALUE, plain.value().origin(),
                        "describe-target-health output names no target group and the region has "
                                + groups.size() + " target groups",
                        "add \"TargetGroupArn\" next to TargetHealthDescriptions, or use the keyed LoadBalancerTargetHealth layout");
                continue;
            }
            byArn.computeIfAbsent(arn, k -> new ArrayList<>()).addAll(plain.value().elements());
        }
        return byArn;
    }
}
