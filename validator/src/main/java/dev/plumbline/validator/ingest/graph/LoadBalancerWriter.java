package dev.plumbline.validator.ingest.graph;

import static dev.plumbline.validator.ingest.graph.GraphFields.NODES;
import static dev.plumbline.validator.ingest.graph.GraphFields.array;
import static dev.plumbline.validator.ingest.graph.GraphFields.element;
import static dev.plumbline.validator.ingest.graph.GraphFields.flag;
import static dev.plumbline.validator.ingest.graph.GraphFields.health;
import static dev.plumbline.validator.ingest.graph.GraphFields.number;
import static dev.plumbline.validator.ingest.graph.GraphFields.planned;
import static dev.plumbline.validator.ingest.graph.GraphFields.plannedValue;
import static dev.plumbline.validator.ingest.graph.GraphFields.text;
import static dev.plumbline.validator.ingest.graph.GraphFields.texts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.model.elb.HealthCheck;
import dev.plumbline.validator.model.elb.LbZone;
import dev.plumbline.validator.model.elb.Listener;
import dev.plumbline.validator.model.elb.LoadBalancer;
import dev.plumbline.validator.model.elb.Target;
import dev.plumbline.validator.model.elb.TargetGroup;

/**
 * Writes Elastic Load Balancing as graph JSON: load balancers with their zones, target groups with
 * their health checks and targets, and listeners.
 */
final class LoadBalancerWriter {

    private final WriteContext context;

    LoadBalancerWriter(WriteContext context) {
        this.context = context;
    }

    ObjectNode loadBalancer(LoadBalancer lb) {
        ObjectNode o = element(lb.id(), lb.name());
        if (lb.type() != LoadBalancer.Type.NETWORK) {
            o.put("type", GraphFormat.spelling(GraphFormat.LB_TYPES, lb.type()));
        }
        flag(o, "internal", lb.internal(), false);
        text(o, "vpcId", lb.vpcId(), lb.zones().isEmpty() ? null : context.vpcOfSubnet(lb.zones().get(0).subnetId()));
        array(o, "zones", lb.zones(), this::lbZone);
        texts(o, "securityGroupIds", lb.securityGroupIds());
        flag(o, "crossZone", lb.crossZone(), GraphDefaults.crossZone(lb.type()));
        flag(o, "enforceSgInboundOnPrivateLink", lb.enforceSgInboundOnPrivateLink(), true);
        text(o, "state", lb.state(), GraphDefaults.ACTIVE);
        return o;
    }

    private ObjectNode lbZone(LbZone zone) {
        ObjectNode o = NODES.objectNode();
        o.put("subnetId", zone.subnetId());
        Subnet subnet = context.subnets().get(zone.subnetId());
        text(o, "azName", zone.azName(), subnet == null ? "" : subnet.azName());
        Planned<String> derivedAzId = subnet == null ? Planned.absent() : subnet.azId();
        if (!zone.azId().equals(derivedAzId)) {
            if (zone.azId().isAbsent()) {
                o.putNull("azId");
            } else {
                planned(o, "azId", zone.azId());
            }
        }
        if (!zone.addresses().isEmpty()) {
            ArrayNode addresses = o.putArray("addresses");
            zone.addresses().forEach(address -> addresses.add(plannedValue(address)));
        }
        return o;
    }

    ObjectNode targetGroup(TargetGroup group) {
        ObjectNode o = element(group.id(), group.name());
        text(o, "protocol", group.protocol());
        number(o, "port", group.port(), 0);
        if (group.targetType() != TargetGroup.TargetType.INSTANCE) {
            o.put("targetType", GraphFormat.spelling(GraphFormat.TARGET_TYPES, group.targetType()));
        }
        text(o, "vpcId", group.vpcId());
        HealthCheck base = GraphDefaults.healthCheck(group.protocol());
        if (!group.healthCheck().equals(base)) {
            o.set("healthCheck", healthCheck(group.healthCheck(), base));
        }
        if (group.stickiness() != TargetGroup.Stickiness.FIVE_TUPLE) {
            o.put("stickiness", GraphFormat.spelling(GraphFormat.STICKINESS, group.stickiness()));
        }
        flag(o, "rebalanceOnFailover", group.rebalanceOnFailover(), false);
        flag(o, "proxyProtocolV2", group.proxyProtocolV2(), false);
        if (group.crossZone() != null) {
            o.put("crossZone", group.crossZone());
        }
        array(o, "targets", group.targets(), target -> target(target, group.port()));
        return o;
    }

    private static ObjectNode healthCheck(HealthCheck check, HealthCheck base) {
        ObjectNode o = NODES.objectNode();
        flag(o, "enabled", check.enabled(), base.enabled());
        text(o, "protocol", check.protocol(), base.protocol());
        if (!check.port().equals(base.port())) {
            if (check.port().chars().allMatch(Character::isDigit) && !check.port().isEmpty()) {
                o.put("port", Integer.parseInt(check.port()));
            } else {
                o.put("port", check.port());
            }
        }
        text(o, "path", check.path(), base.path());
        number(o, "intervalSeconds", check.intervalSeconds(), base.intervalSeconds());
        number(o, "timeoutSeconds", check.timeoutSeconds(), base.timeoutSeconds());
        number(o, "healthyThreshold", check.healthyThreshold(), base.healthyThreshold());
        number(o, "unhealthyThreshold", check.unhealthyThreshold(), base.unhealthyThreshold());
        return o;
    }

    private static ObjectNode target(Target target, int groupPort) {
        ObjectNode o = NODES.objectNode();
        o.put("id", target.id());
        number(o, "port", target.port(), groupPort);
        text(o, "azName", target.azName());
        health(o, target.health());
        return o;
    }

    ObjectNode listener(Listener listener) {
        ObjectNode o = NODES.objectNode();
        o.put("id", listener.id());
        o.put("loadBalancerArn", listener.loadBalancerArn());
        number(o, "port", listener.port(), 0);
        text(o, "protocol", listener.protocol());
        texts(o, "forwardTargetGroupArns", listener.forwardTargetGroupArns());
        return o;
    }
}
