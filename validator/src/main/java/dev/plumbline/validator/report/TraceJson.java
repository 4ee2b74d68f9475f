package dev.plumbline.validator.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.sim.Flow;
import dev.plumbline.validator.sim.Hop;
import dev.plumbline.validator.sim.Inspection;
import dev.plumbline.validator.sim.RequestTrace;
import dev.plumbline.validator.sim.Step;
import dev.plumbline.validator.sim.Trace;
import dev.plumbline.validator.sim.Translation;

/** A trace as JSON, the shape {@code schemas/trace.schema.json} describes. */
public final class TraceJson {

    public static final int VERSION = 1;

    private TraceJson() {
    }

    /** The document {@code plumbline trace --format json} prints. */
    public static ObjectNode document(String from, String to, Trace trace) {
        ObjectNode root = JsonOut.MAPPER.createObjectNode();
        root.put("version", VERSION);
        root.put("from", from);
        root.put("to", to);
        root.setAll(trace(trace));
        return root;
    }

    /** The document for a Lattice request trace: the trace plus what Lattice decided. */
    public static ObjectNode document(String from, String to, RequestTrace result) {
        ObjectNode root = document(from, to, result.trace());
        root.set("lattice", lattice(result));
        return root;
    }

    /** What Lattice decided for a request: method, path, rule, target group, fixed response, distribution. */
    public static ObjectNode lattice(RequestTrace result) {
        ObjectNode lattice = JsonOut.MAPPER.createObjectNode();
        lattice.put("method", result.request().method());
        lattice.put("path", result.request().path());
        lattice.put("rule", result.ruleId());
        lattice.put("targetGroup", result.targetGroupId());
        if (result.fixedStatus() != 0) {
            lattice.put("fixedStatus", result.fixedStatus());
        }
        ObjectNode distribution = lattice.putObject("distribution");
        result.distribution().forEach(distribution::put);
        return lattice;
    }

    public static ObjectNode trace(Trace trace) {
        ObjectNode node = JsonOut.MAPPER.createObjectNode();
        node.set("flow", flow(trace.flow()));
        node.put("disposition", trace.disposition().name());
        trace.finalStep().ifPresent(step -> node.put("reason", step.code().name()));
        ArrayNode hops = node.putArray("hops");
        for (Hop hop : trace.hops()) {
            ObjectNode h = hops.addObject();
            h.put("id", hop.nodeId());
            h.put("kind", hop.nodeKind());
            if (!hop.nodeName().isEmpty()) {
                h.put("name", hop.nodeName());
            }
            if (hop.origin().isKnown()) {
                h.set("source", JsonOut.origin(hop.origin()));
            }
            ArrayNode steps = h.putArray("steps");
            for (Step step : hop.steps()) {
                ObjectNode s = steps.addObject();
                s.put("code", step.code().name());
                s.put("detail", step.detail());
                if (step.origin().isKnown()) {
                    s.set("source", JsonOut.origin(step.origin()));
                }
            }
        }
        ArrayNode translations = node.putArray("translations");
        for (Translation t : trace.translations()) {
            ObjectNode n = translations.addObject();
            n.put("kind", t.kind().name());
            n.put("node", t.nodeId());
            n.put("side", t.sourceSide() ? "source" : "destination");
            n.put("before", t.before());
            n.put("after", t.after());
            n.put("detail", t.detail());
        }
        ArrayNode inspections = node.putArray("inspectedBy");
        for (Inspection inspection : trace.inspections()) {
            ObjectNode n = inspections.addObject();
            n.put("direction", inspection.reply() ? "reply" : "request");
            n.put("endpoint", inspection.endpointId());
            n.put("loadBalancer", inspection.loadBalancerId());
            if (!inspection.loadBalancerName().isEmpty()) {
                n.put("loadBalancerName", inspection.loadBalancerName());
            }
            n.put("appliance", inspection.applianceId());
        }
        ArrayNode assumptions = node.putArray("assumptions");
        trace.assumptions().forEach(assumptions::add);
        ArrayNode undetermined = node.putArray("undetermined");
        for (Planned.Unknown<?> unknown : trace.undeterminedBy()) {
            ObjectNode n = undetermined.addObject();
            n.put("resource", unknown.resource());
            n.put("property", unknown.property());
            n.put("message", unknown.describe());
        }
        if (trace.returnPath().isPresent()) {
            node.set("returnPath", trace(trace.returnPath().get()));
        } else {
            node.putNull("returnPath");
        }
        return node;
    }

    static ObjectNode flow(Flow flow) {
        ObjectNode node = JsonOut.MAPPER.createObjectNode();
        node.put("protocol", flow.protocol().toString());
        node.put("src", flow.src().toString());
        node.put("dst", flow.dst().toString());
        if (flow.protocol().hasPorts()) {
            node.put("srcPort", flow.srcPort());
            node.put("dstPort", flow.dstPort());
        }
        if (flow.protocol().isIcmp()) {
            node.put("icmpType", flow.icmpType());
            node.put("icmpCode", flow.icmpCode());
        }
        return node;
    }
}
