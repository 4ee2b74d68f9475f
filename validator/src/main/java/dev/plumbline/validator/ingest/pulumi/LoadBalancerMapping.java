package dev.plumbline.validator.ingest.pulumi;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Elastic Load Balancing v2 ({@code aws:lb/*}): load balancers with a node per subnet (its private
 * address given by a subnet mapping, else unknown until apply), target groups with their health
 * check, GWLB stickiness and failover, attachments as targets (health unknown: a plan has none),
 * and listeners with the target groups their default actions forward to.
 */
final class LoadBalancerMapping {

    static final String LOAD_BALANCER = "aws:lb/loadBalancer:LoadBalancer";
    static final String TARGET_GROUP = "aws:lb/targetGroup:TargetGroup";
    static final String LISTENER = "aws:lb/listener:Listener";
    static final String ATTACHMENT = "aws:lb/targetGroupAttachment:TargetGroupAttachment";

    private final MappingContext ctx;
    private final VpcMapping vpcs;

    LoadBalancerMapping(MappingContext ctx, VpcMapping vpcs) {
        this.ctx = ctx;
        this.vpcs = vpcs;
    }

    void map() {
        for (PulumiResource r : ctx.ofType(LOAD_BALANCER)) {
            loadBalancer(r);
        }
        for (PulumiResource r : ctx.ofType(TARGET_GROUP)) {
            targetGroup(r);
        }
        for (PulumiResource r : ctx.ofType(LISTENER)) {
            listener(r);
        }
    }

    private void loadBalancer(PulumiResource r) {
        ctx.markMapped(r);
        String typeText = MappingContext.text(r, "loadBalancerType").toLowerCase(Locale.ROOT);
        LoadBalancer.Type type = switch (typeText) {
            case "network" -> LoadBalancer.Type.NETWORK;
            case "gateway" -> LoadBalancer.Type.GATEWAY;
            default -> LoadBalancer.Type.APPLICATION;
        };
        List<LbZone> zones = new ArrayList<>();
        List<JsonNode> mappings = MappingContext.list(r.value("subnetMappings"));
        List<MappingContext.Slot> slots = new ArrayList<>();
        List<JsonNode> addresses = new ArrayList<>();
        for (int i = 0; i < mappings.size(); i++) {
            slots.add(new MappingContext.Slot(mappings.get(i).get("subnetId"), Set.of(VpcMapping.SUBNET), "",
                    "subnetMappings[" + i + "].subnetId"));
            addresses.add(mappings.get(i).get("privateIpv4Address"));
        }
        String property = mappings.isEmpty() ? "subnets" : "subnetMappings";
        List<Planned<String>> subnets = mappings.isEmpty() ? ctx.refList(r, "subnets", Set.of(VpcMapping.SUBNET))
                : ctx.refs(r, property, slots);
        while (addresses.size() < subnets.size()) {
            addresses.add(null);
        }
        String vpcId = "";
        for (int i = 0; i < subnets.size(); i++) {
            Subnet subnet = vpcs.subnets.get(subnets.get(i).orElse(""));
            if (subnet == null) {
                if (subnets.get(i).isUnknown()) {
                    ctx.error(r, property, "which subnet holds the load balancer's node " + i + " cannot be told from the plan",
                            "reference the subnets directly");
                }
                continue;
            }
            vpcId = subnet.vpcId();
            JsonNode address = addresses.get(i);
            Planned<Ipv4> ip = PulumiValues.isKnown(address) && !address.asText().isEmpty()
                    ? Ipv4.tryParse(address.asText()).<Planned<Ipv4>>map(Planned::known)
                            .orElse(new Planned.Unknown<>(r.urn(), "node address in " + subnet.name()))
                    : new Planned.Unknown<>(r.urn(), "node address in " + subnet.name());
            zones.add(new LbZone(subnet.id(), subnet.azName(), subnet.azId(), List.of(ip)));
        }
        List<String> groups = new ArrayList<>();
        ctx.refList(r, "securityGroups", FilterMapping.GROUP_TYPES).forEach(g -> g.toOptional().ifPresent(groups::add));
        boolean crossZone = MappingContext.bool(r, "enableCrossZoneLoadBalancing", type == LoadBalancer.Type.APPLICATION);
        boolean enforce = !"off".equalsIgnoreCase(MappingContext.text(r, "enforceSecurityGroupInboundRulesOnPrivateLinkTraffic"));
        ctx.net.add(new LoadBalancer(MappingContext.arnId(r), r.name(), type, MappingContext.bool(r, "internal", false), vpcId,
                zones, groups, crossZone, enforce, "", r.origin()));
    }

    private void targetGroup(PulumiResource r) {
        ctx.markMapped(r);
        String id = MappingContext.arnId(r);
        String protocol = MappingContext.text(r, "protocol").toUpperCase(Locale.ROOT);
        int port = MappingContext.integer(r.value("port") == null ? null : mergedWith(r, "port"), "port", 0);
        TargetGroup.TargetType targetType = switch (MappingContext.text(r, "targetType").toLowerCase(Locale.ROOT)) {
            case "ip" -> TargetGroup.TargetType.IP;
            case "alb" -> TargetGroup.TargetType.ALB;
            case "lambda" -> TargetGroup.TargetType.LAMBDA;
            default -> TargetGroup.TargetType.INSTANCE;
        };
        JsonNode check = first(r.value("healthCheck"));
        HealthCheck healthCheck = "GENEVE".equals(protocol) && check == null ? HealthCheck.GWLB_DEFAULT
                : new HealthCheck(check == null || !"false".equalsIgnoreCase(MappingContext.text(check, "enabled")),
                        check == null || MappingContext.text(check, "protocol").isEmpty()
                                ? ("GENEVE".equals(protocol) ? "TCP" : protocol) : MappingContext.text(check, "protocol"),
                        check == null || MappingContext.text(check, "port").isEmpty()
                                ? ("GENEVE".equals(protocol) ? "80" : "traffic-port") : MappingContext.text(check, "port"),
                        check == null ? "" : MappingContext.text(check, "path"),
                        MappingContext.integer(check, "interval", 30), MappingContext.integer(check, "timeout", 10),
                        MappingContext.integer(check, "healthyThreshold", 5),
                        MappingContext.integer(check, "unhealthyThreshold", 2));
        JsonNode stickiness = first(r.value("stickiness"));
        TargetGroup.Stickiness flows = switch (stickiness == null ? "" : MappingContext.text(stickiness, "type")) {
            case "source_ip_dest_ip" -> TargetGroup.Stickiness.TWO_TUPLE;
            case "source_ip_dest_ip_proto" -> TargetGroup.Stickiness.THREE_TUPLE;
            default -> TargetGroup.Stickiness.FIVE_TUPLE;
        };
        boolean rebalance = false;
        for (JsonNode failover : MappingContext.list(r.value("targetFailovers"))) {
            rebalance |= "rebalance".equalsIgnoreCase(MappingContext.text(failover, "onUnhealthy"));
        }
        String crossZoneText = MappingContext.text(r, "loadBalancingCrossZoneEnabled");
        Boolean crossZone = crossZoneText.equalsIgnoreCase("true") ? Boolean.TRUE
                : crossZoneText.equalsIgnoreCase("false") ? Boolean.FALSE : null;
        List<Target> targets = new ArrayList<>();
        for (PulumiResource attachment : ctx.referencing(ATTACHMENT, "targetGroupArn", Set.of(TARGET_GROUP), id)) {
            ctx.markMapped(attachment);
            Planned<String> target = ctx.ref(attachment, "targetId", Set.of(ComputeMapping.INSTANCE,
                    LoadBalancerMapping.LOAD_BALANCER));
            if (target.isUnknown() || target.isAbsent()) {
                ctx.error(attachment, "targetId", "the attachment's target cannot be told from the plan",
                        "reference the instance (or give the IP address) directly");
                continue;
            }
            int targetPort = MappingContext.integer(mergedWith(attachment, "port"), "port", 0);
            targets.add(new Target(target.orElse(""), targetPort, MappingContext.text(attachment, "availabilityZone"),
                    TargetHealth.UNKNOWN, attachment.origin()));
        }
        ctx.net.add(new TargetGroup(id, r.name(), protocol, port, targetType, ctx.ref(r, "vpcId", Set.of(VpcMapping.VPC))
                .orElse(""), healthCheck, flows, rebalance, MappingContext.bool(r, "proxyProtocolV2", false), crossZone,
                targets, r.origin()));
    }

    private static JsonNode mergedWith(PulumiResource r, String property) {
        com.fasterxml.jackson.databind.node.ObjectNode node = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                .objectNode();
        JsonNode value = r.value(property);
        if (value != null) {
            node.set(property, value);
        }
        return node;
    }

    /** Nested blocks come as an object or a one-element list depending on the provider version. */
    private static JsonNode first(JsonNode value) {
        if (value == null || value.isNull() || PulumiValues.isUnknown(value)) {
            return null;
        }
        if (value.isArray()) {
            return value.size() == 0 ? null : value.get(0);
        }
        return value.isObject() ? value : null;
    }

    private void listener(PulumiResource r) {
        ctx.markMapped(r);
        Planned<String> lb = ctx.ref(r, "loadBalancerArn", Set.of(LOAD_BALANCER));
        if (!lb.isKnown()) {
            ctx.error(r, "loadBalancerArn", "the listener's load balancer cannot be told from the plan",
                    "reference the load balancer directly");
            return;
        }
        List<MappingContext.Slot> slots = new ArrayList<>();
        List<JsonNode> actions = MappingContext.list(r.value("defaultActions"));
        for (int i = 0; i < actions.size(); i++) {
            JsonNode action = actions.get(i);
            JsonNode arn = action.get("targetGroupArn");
            if (arn != null && !arn.isNull()) {
                slots.add(new MappingContext.Slot(arn, Set.of(TARGET_GROUP), "1", "defaultActions[" + i + "].targetGroupArn"));
            }
            JsonNode forward = first(action.get("forward"));
            List<JsonNode> groups = forward == null ? List.of() : MappingContext.list(forward.get("targetGroups"));
            for (int j = 0; j < groups.size(); j++) {
                slots.add(new MappingContext.Slot(groups.get(j).get("arn"), Set.of(TARGET_GROUP),
                        MappingContext.text(groups.get(j), "weight"), "defaultActions[" + i + "].forward.targetGroups[" + j + "].arn"));
            }
        }
        List<String> groups = new ArrayList<>();
        for (Planned<String> group : ctx.refs(r, "defaultActions", slots)) {
            if (group instanceof Planned.Unknown<String> unknown) {
                ctx.error(r, unknown.property(), unknown.describe(), "reference the target group directly");
            }
            group.toOptional().filter(g -> !groups.contains(g)).ifPresent(groups::add);
        }
        int port = MappingContext.integer(mergedWith(r, "port"), "port", 0);
        ctx.net.add(new Listener(MappingContext.arnId(r), lb.orElse(""), port, MappingContext.text(r, "protocol")
                .toUpperCase(Locale.ROOT), groups, r.origin()));
    }
}
