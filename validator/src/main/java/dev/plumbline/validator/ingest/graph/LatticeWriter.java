package dev.plumbline.validator.ingest.graph;

import static dev.plumbline.validator.ingest.graph.GraphFields.NODES;
import static dev.plumbline.validator.ingest.graph.GraphFields.array;
import static dev.plumbline.validator.ingest.graph.GraphFields.flag;
import static dev.plumbline.validator.ingest.graph.GraphFields.health;
import static dev.plumbline.validator.ingest.graph.GraphFields.number;
import static dev.plumbline.validator.ingest.graph.GraphFields.planned;
import static dev.plumbline.validator.ingest.graph.GraphFields.text;
import static dev.plumbline.validator.ingest.graph.GraphFields.texts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.validator.model.lattice.AuthType;
import dev.plumbline.validator.model.lattice.HeaderMatch;
import dev.plumbline.validator.model.lattice.HttpMatch;
import dev.plumbline.validator.model.lattice.LatticeAction;
import dev.plumbline.validator.model.lattice.LatticeListener;
import dev.plumbline.validator.model.lattice.LatticeProtocol;
import dev.plumbline.validator.model.lattice.LatticeRule;
import dev.plumbline.validator.model.lattice.LatticeService;
import dev.plumbline.validator.model.lattice.LatticeTarget;
import dev.plumbline.validator.model.lattice.LatticeTargetGroup;
import dev.plumbline.validator.model.lattice.PathMatch;
import dev.plumbline.validator.model.lattice.ServiceAssociation;
import dev.plumbline.validator.model.lattice.ServiceNetwork;
import dev.plumbline.validator.model.lattice.VpcAssociation;
import dev.plumbline.validator.model.lattice.WeightedTargetGroup;

/**
 * Writes VPC Lattice as graph JSON: service networks, their VPC and service associations, services,
 * listeners, rules and target groups; an auth policy that is a JSON object is written as one.
 */
final class LatticeWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LatticeWriter() {
    }

    static ObjectNode serviceNetwork(ServiceNetwork serviceNetwork) {
        ObjectNode o = NODES.objectNode();
        o.put("id", serviceNetwork.id());
        text(o, "arn", serviceNetwork.arn());
        text(o, "name", serviceNetwork.name());
        auth(o, serviceNetwork.authType(), serviceNetwork.authPolicy());
        return o;
    }

    private static void auth(ObjectNode o, AuthType authType, String policy) {
        if (authType != AuthType.NONE) {
            o.put("authType", GraphFormat.spelling(GraphFormat.AUTH_TYPES, authType));
        }
        if (policy.isEmpty()) {
            return;
        }
        try {
            JsonNode parsed = JSON.readTree(policy);
            if (parsed != null && parsed.isObject() && JSON.writeValueAsString(parsed).equals(policy)) {
                o.set("authPolicy", parsed);
                return;
            }
        } catch (JsonProcessingException e) {
            // not JSON: kept as the text it is
        }
        o.put("authPolicy", policy);
    }

    static ObjectNode vpcAssociation(VpcAssociation association) {
        ObjectNode o = NODES.objectNode();
        o.put("id", association.id());
        o.put("serviceNetworkId", association.serviceNetworkId());
        o.put("vpcId", association.vpcId());
        texts(o, "securityGroupIds", association.securityGroupIds());
        text(o, "status", association.status(), GraphDefaults.LATTICE_ACTIVE);
        return o;
    }

    static ObjectNode serviceAssociation(ServiceAssociation association) {
        ObjectNode o = NODES.objectNode();
        o.put("id", association.id());
        o.put("serviceNetworkId", association.serviceNetworkId());
        o.put("serviceId", association.serviceId());
        text(o, "status", association.status(), GraphDefaults.LATTICE_ACTIVE);
        return o;
    }

    static ObjectNode latticeService(LatticeService service) {
        ObjectNode o = NODES.objectNode();
        o.put("id", service.id());
        text(o, "arn", service.arn());
        text(o, "name", service.name());
        planned(o, "dnsName", service.dnsName());
        text(o, "customDomainName", service.customDomainName());
        auth(o, service.authType(), service.authPolicy());
        return o;
    }

    static ObjectNode latticeListener(LatticeListener listener) {
        ObjectNode o = NODES.objectNode();
        o.put("id", listener.id());
        o.put("serviceId", listener.serviceId());
        text(o, "name", listener.name());
        if (listener.protocol() != LatticeProtocol.HTTPS) {
            o.put("protocol", GraphFormat.spelling(GraphFormat.LATTICE_PROTOCOLS, listener.protocol()));
        }
        number(o, "port", listener.port(), GraphDefaults.latticePort(listener.protocol()));
        o.set("defaultAction", action(listener.defaultAction()));
        return o;
    }

    private static ObjectNode action(LatticeAction action) {
        ObjectNode o = NODES.objectNode();
        if (action instanceof LatticeAction.Forward forward) {
            ArrayNode groups = o.putArray("forward");
            for (WeightedTargetGroup group : forward.targetGroups()) {
                ObjectNode g = groups.addObject();
                planned(g, "targetGroupId", group.targetGroupId());
                number(g, "weight", group.weight(), GraphDefaults.WEIGHT);
            }
        } else if (action instanceof LatticeAction.FixedResponse fixed) {
            o.put("fixedResponse", fixed.statusCode());
        }
        return o;
    }

    static ObjectNode latticeRule(LatticeRule rule) {
        ObjectNode o = NODES.objectNode();
        o.put("id", rule.id());
        o.put("listenerId", rule.listenerId());
        text(o, "name", rule.name());
        o.put("priority", rule.priority());
        if (!rule.match().equals(HttpMatch.ANY)) {
            o.set("match", httpMatch(rule.match()));
        }
        o.set("action", action(rule.action()));
        return o;
    }

    private static ObjectNode httpMatch(HttpMatch match) {
        ObjectNode o = NODES.objectNode();
        text(o, "method", match.method());
        PathMatch path = match.path();
        if (path != null) {
            ObjectNode p = o.putObject("path");
            p.put("value", path.value());
            flag(p, "exact", path.exact(), false);
            flag(p, "caseSensitive", path.caseSensitive(), true);
        }
        if (!match.headers().isEmpty()) {
            ArrayNode headers = o.putArray("headers");
            for (HeaderMatch header : match.headers()) {
                ObjectNode h = headers.addObject();
                h.put("name", header.name());
                if (header.type() != HeaderMatch.Type.EXACT) {
                    h.put("type", GraphFormat.spelling(GraphFormat.HEADER_MATCH_TYPES, header.type()));
                }
                h.put("value", header.value());
                flag(h, "caseSensitive", header.caseSensitive(), false);
            }
        }
        return o;
    }

    static ObjectNode latticeTargetGroup(LatticeTargetGroup group) {
        ObjectNode o = NODES.objectNode();
        o.put("id", group.id());
        text(o, "arn", group.arn());
        text(o, "name", group.name());
        if (group.type() != LatticeTargetGroup.Type.INSTANCE) {
            o.put("type", GraphFormat.spelling(GraphFormat.LATTICE_TARGET_TYPES, group.type()));
        }
        number(o, "port", group.port(), 0);
        text(o, "protocol", group.protocol());
        text(o, "vpcId", group.vpcId());
        if (group.healthCheckEnabled() != null) {
            o.put("healthCheckEnabled", group.healthCheckEnabled());
        }
        array(o, "targets", group.targets(), target -> latticeTarget(target, group.port()));
        return o;
    }

    private static ObjectNode latticeTarget(LatticeTarget target, int groupPort) {
        ObjectNode o = NODES.objectNode();
        o.put("id", target.id());
        number(o, "port", target.port(), groupPort);
        health(o, target.health());
        return o;
    }
}
