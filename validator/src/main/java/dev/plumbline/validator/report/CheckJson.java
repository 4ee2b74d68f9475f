package dev.plumbline.validator.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.diag.Severity;
import dev.plumbline.validator.intent.Expectation;
import dev.plumbline.validator.intent.Intent;
import dev.plumbline.validator.intent.IntentResult;
import dev.plumbline.validator.intent.Outcome;

/** {@code plumbline check --format json}: the shape {@code schemas/report.schema.json} describes. */
public final class CheckJson {

    public static final int VERSION = 1;

    private CheckJson() {
    }

    public static ObjectNode document(CheckReport report) {
        ObjectNode root = JsonOut.MAPPER.createObjectNode();
        root.put("version", VERSION);
        ObjectNode input = root.putObject("input");
        input.put("path", report.input());
        input.put("format", report.format());
        input.put("elements", report.elements());
        ArrayNode sources = input.putArray("sources");
        report.sources().forEach(sources::add);
        ObjectNode summary = root.putObject("summary");
        summary.put("passed", report.passed());
        summary.put("errors", report.count(Severity.ERROR));
        summary.put("warnings", report.count(Severity.WARNING));
        summary.put("infos", report.count(Severity.INFO));
        if (report.hasIntents()) {
            ObjectNode intents = summary.putObject("intents");
            intents.put("passed", report.count(Outcome.PASS));
            intents.put("failed", report.count(Outcome.FAIL));
            intents.put("undetermined", report.count(Outcome.UNDETERMINED));
            intents.put("unknown", report.unknownPolicy().label());
        }
        root.set("notes", diagnostics(report.notes()));
        root.set("findings", diagnostics(report.findings()));
        if (report.hasIntents()) {
            ObjectNode intents = root.putObject("intents");
            intents.put("file", report.intentsFile());
            ArrayNode results = intents.putArray("results");
            report.intents().forEach(r -> results.add(intent(report, r)));
        }
        return root;
    }

    static ObjectNode intent(CheckReport report, IntentResult result) {
        Intent intent = result.intent();
        ObjectNode node = JsonOut.MAPPER.createObjectNode();
        node.put("name", intent.name());
        node.set("location", JsonOut.origin(intent.origin()));
        node.put("from", result.from().describe());
        node.put("to", result.to().describe());
        node.set("expect", expectation(intent.expectation(), result));
        node.put("outcome", result.outcome().label());
        report.severityOf(result).ifPresent(severity -> node.put("severity", severity.label()));
        node.put("reason", result.reason());
        result.culprit().ifPresent(hop -> {
            ObjectNode at = node.putObject("stoppedAt");
            at.put("direction", hop.reply() ? "reply" : "request");
            at.put("hop", hop.index());
        });
        node.set("trace", TraceJson.trace(result.trace()));
        result.request().ifPresent(request -> node.set("lattice", TraceJson.lattice(request)));
        return node;
    }

    private static ObjectNode expectation(Expectation expectation, IntentResult result) {
        ObjectNode node = JsonOut.MAPPER.createObjectNode();
        node.put("kind", expectation.keyword());
        if (expectation instanceof Expectation.InspectedBy inspected) {
            inspected.stages().forEach(node.putArray("stages")::add);
        } else if (expectation instanceof Expectation.Via via) {
            via.hops().forEach(node.putArray("hops")::add);
        } else if (expectation instanceof Expectation.TargetGroup group) {
            node.put("targetGroup", group.targetGroup());
            node.put("share", group.share());
            node.put("tolerance", group.tolerance());
            node.put("requests", group.requests());
            result.observedShare().ifPresent(share -> node.put("observedShare", share));
        }
        return node;
    }

    static ArrayNode diagnostics(java.util.List<Diagnostic> diagnostics) {
        ArrayNode array = JsonOut.MAPPER.createArrayNode();
        for (Diagnostic d : diagnostics) {
            ObjectNode n = array.addObject();
            n.put("ruleId", d.ruleId());
            n.put("severity", d.severity().label());
            n.set("location", JsonOut.origin(d.location()));
            n.put("message", d.message());
            if (!d.hint().isEmpty()) {
                n.put("hint", d.hint());
            }
        }
        return array;
    }
}
