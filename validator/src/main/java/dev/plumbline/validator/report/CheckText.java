package dev.plumbline.validator.report;

import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.diag.Severity;

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
        out.append('\n').append(report.passed() ? "PASS" : "FAIL").append(": ").append(report.count(Severity.ERROR))
                .append(" error(s), ").append(report.count(Severity.WARNING)).append(" warning(s), ")
                .append(report.count(Severity.INFO)).append(" note(s)\n");
        return out.toString();
    }

    private static String plural(Severity severity) {
        return switch (severity) {
            case ERROR -> "Errors";
            case WARNING -> "Warnings";
            case INFO -> "Notes";
        };
    }
}
