package dev.plumbline.validator.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.diag.Severity;

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
        root.set("notes", diagnostics(report.notes()));
        root.set("findings", diagnostics(report.findings()));
        return root;
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
