package dev.plumbline.validator.report;

import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.diag.Severity;
import dev.plumbline.validator.model.Canonical;
import java.util.List;

/**
 * Everything {@code plumbline check} found, ready for any output format: what was read, the notes
 * of the reader (skipped keys, assumptions), the findings of the rules, and the counts that decide
 * the exit code.
 */
public record CheckReport(String input, String format, List<String> sources, int elements, List<Diagnostic> notes,
        List<Diagnostic> findings) {

    public CheckReport {
        input = Canonical.text(input);
        format = Canonical.text(format);
        sources = Canonical.list(sources);
        notes = Canonical.list(notes);
        findings = Canonical.list(findings);
    }

    public long count(Severity severity) {
        return findings.stream().filter(d -> d.severity() == severity).count();
    }

    public boolean passed() {
        return count(Severity.ERROR) == 0;
    }
}
