package dev.plumbline.validator.report;

import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.sim.Hop;
import dev.plumbline.validator.sim.Inspection;
import dev.plumbline.validator.sim.RequestTrace;
import dev.plumbline.validator.sim.Step;
import dev.plumbline.validator.sim.Trace;
import dev.plumbline.validator.sim.Translation;
import java.util.List;

/** A trace as text for a terminal: the verdict first, then hop by hop, then translations, assumptions and the reply. */
public final class TraceText {

    private TraceText() {
    }

    public static String render(Trace trace) {
        StringBuilder out = new StringBuilder();
        render(out, trace, "", "Flow");
        return out.toString();
    }

    /** A Lattice request: what Lattice decided, the distribution of N requests, then the trace. */
    public static String render(RequestTrace result) {
        StringBuilder out = new StringBuilder();
        out.append("Request: ").append(result.request().render()).append(" to ").append(result.request().service().label())
                .append('\n');
        out.append("Rule: ").append(result.ruleId().isEmpty() ? "(default action)" : result.label(result.ruleId())).append('\n');
        if (result.fixedStatus() != 0) {
            out.append("Fixed response: ").append(result.fixedStatus()).append('\n');
        }
        if (!result.targetGroupId().isEmpty()) {
            out.append("Target group: ").append(result.label(result.targetGroupId())).append('\n');
        }
        if (!result.distribution().isEmpty()) {
            int total = result.distribution().values().stream().mapToInt(Integer::intValue).sum();
            out.append("Distribution of ").append(total).append(" requests:\n");
            result.distribution().forEach((group, count) -> out.append("  ").append(result.label(group)).append(": ").append(count)
                    .append(String.format(" (%.1f%%)", 100.0 * count / Math.max(1, total))).append('\n'));
        }
        render(out, result.trace(), "", "Flow");
        return out.toString();
    }

    private static void render(StringBuilder out, Trace trace, String indent, String title) {
        out.append(indent).append(title).append(": ").append(trace.flow().render()).append('\n');
        out.append(indent).append("Result: ").append(trace.disposition());
        trace.finalStep().ifPresent(step -> out.append(" (").append(step.code()).append(')'));
        out.append('\n');
        int number = 1;
        for (Hop hop : trace.hops()) {
            out.append(indent).append(String.format("%3d. ", number++)).append(hop.label()).append('\n');
            for (Step step : hop.steps()) {
                out.append(indent).append("       ").append(step.code()).append(": ").append(step.detail()).append('\n');
            }
        }
        if (!trace.translations().isEmpty()) {
            out.append(indent).append("Translations:\n");
            for (Translation t : trace.translations()) {
                out.append(indent).append("  ").append(t.nodeId()).append(": ").append(t.sourceSide() ? "source " : "destination ")
                        .append(t.before()).append(" -> ").append(t.after()).append(" (").append(t.detail()).append(")\n");
            }
        }
        if (!trace.inspections().isEmpty()) {
            out.append(indent).append("Inspected by:\n");
            appendInspections(out, indent + "  ", trace.inspections());
        }
        if (!trace.undeterminedBy().isEmpty()) {
            out.append(indent).append("Undetermined because:\n");
            for (Planned.Unknown<?> unknown : trace.undeterminedBy()) {
                out.append(indent).append("  ").append(unknown.describe()).append('\n');
            }
        }
        if (!trace.assumptions().isEmpty()) {
            out.append(indent).append("Assumptions:\n");
            for (String assumption : trace.assumptions()) {
                out.append(indent).append("  - ").append(assumption).append('\n');
            }
        }
        trace.returnPath().ifPresent(reply -> {
            out.append('\n');
            render(out, reply, indent + "  ", "Reply");
        });
    }

    static void appendInspections(StringBuilder out, String indent, List<Inspection> inspections) {
        for (Inspection inspection : inspections) {
            out.append(indent).append(inspection.reply() ? "reply:   " : "request: ").append("appliance ")
                    .append(inspection.applianceId()).append(" behind ")
                    .append(inspection.loadBalancerName().isEmpty() ? inspection.loadBalancerId() : inspection.loadBalancerName())
                    .append(" via ").append(inspection.endpointId()).append('\n');
        }
    }
}
