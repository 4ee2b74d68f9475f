package dev.plumbline.validator.report;

import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.Canonical;
import java.util.List;

/**
 * One rule of {@code plumbline check} as reports need it: its id, family and one-sentence
 * description (from {@link dev.plumbline.validator.check.Rule}) and the findings it made, whose
 * rule ids may be more specific than the rule's own ({@code nat.no-elastic-ip} from
 * {@code nat.no-internet-route}).
 */
public record RuleRun(String id, String family, String description, List<Diagnostic> findings) {

    public RuleRun {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("a rule run needs the rule's id");
        }
        family = Canonical.text(family);
        description = Canonical.text(description);
        findings = Canonical.list(findings);
    }

    public static RuleRun of(dev.plumbline.validator.check.Rule rule, List<Diagnostic> findings) {
        return new RuleRun(rule.id(), rule.family(), rule.description(), findings);
    }
}
