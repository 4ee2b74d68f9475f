package dev.plumbline.validator.report;

import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.diag.Severity;
import dev.plumbline.validator.intent.IntentResult;
import dev.plumbline.validator.intent.Outcome;

/** {@code plumbline check} for a terminal: findings by severity, each with its location and hint, then the verdict. */
public final class CheckText {

    private CheckText() {
    }

    public static String render(CheckReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Checked ").append(report.input()).append(" (").append(report.format()).append(", ")
                .append(report.elements()).append(" network elements)\n");
        if (!report.notes().isEmpty()) {
            out.append("\nInput notes:\n");
            for (Diagnostic note : report.notes()) {
                out.append("  ").append(note.severity().label()).append(" ").append(note.ruleId()).append(": ")
                        .append(note.message()).append('\n');
            }
        }
        for (Severity severity : Severity.values()) {
            boolean header = false;
            for (Diagnostic finding : report.findings()) {
                if (finding.severity() != severity) {
                    continue;
                }
                if (!header) {
                    out.append('\n').append(plural(severity)).append(":\n");
                    header = true;
                }
                out.append("  [").append(finding.ruleId()).append("] ").append(finding.message()).append('\n');
                out.append("      at ").append(finding.location().render()).append('\n');
                if (!finding.hint().isEmpty()) {
                    out.append("      fix: ").append(finding.hint()).append('\n');
                }
            }
        }
        if (report.hasIntents()) {
            appendIntents(out, report);
        }
        out.append('\n').append(report.passed() ? "PASS" : "FAIL").append(": ").append(report.count(Severity.ERROR))
                .append(" error(s), ").append(report.count(Severity.WARNING)).append(" warning(s), ")
                .append(report.count(Severity.INFO)).append(" note(s)");
        if (report.hasIntents()) {
            out.append("; intents: ").append(report.count(Outcome.PASS)).append(" passed, ").append(report.count(Outcome.FAIL))
                    .append(" failed, ").append(report.count(Outcome.UNDETERMINED)).append(" undetermined");
        }
        out.append('\n');
        return out.toString();
    }

    /**
     * Each intent with its outcome, flow and reason; a result that did not pass also gets its path
     * (the stopping hop marked) and the {@code plumbline trace} command that shows it hop by hop.
     */
    private static void appendIntents(StringBuilder out, CheckReport report) {
        out.append("\nIntents (").append(report.intentsFile()).append("):\n");
        for (IntentResult result : report.intents()) {
            out.append("  ").append(IntentText.outcome(report, result)).append("  ").append(result.intent().name()).append('\n');
            out.append("      ").append(IntentText.flow(result.intent())).append('\n');
            out.append("      ").append(result.reason()).append('\n');
            if (result.outcome() != Outcome.PASS) {
                out.append("      path: ").append(IntentText.path(result.trace())).append('\n');
                result.trace().returnPath().ifPresent(reply -> out.append("      reply: ").append(IntentText.path(reply)).append('\n'));
                out.append("      at ").append(result.intent().origin().render()).append('\n');
                out.append("      trace it: ").append(IntentText.traceCommand(report.planArguments(), result)).append('\n');
            }
        }
    }

    private static String plural(Severity severity) {
        return switch (severity) {
            case ERROR -> "Errors";
            case WARNING -> "Warnings";
            case INFO -> "Notes";
        };
    }
}
