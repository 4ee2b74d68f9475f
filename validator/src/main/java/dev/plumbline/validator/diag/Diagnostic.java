package dev.plumbline.validator.diag;

import dev.plumbline.validator.model.Canonical;
import dev.plumbline.validator.model.Origin;

/**
 * A problem as a value: a stable rule id, a severity, where it is (file, JSON pointer, URN), what
 * is wrong, and a hint at what would work. Findings of {@code plumbline check} and problems found
 * while reading input are both diagnostics.
 */
public record Diagnostic(String ruleId, Severity severity, Origin location, String message, String hint) {

    public Diagnostic {
        if (ruleId == null || ruleId.isEmpty()) {
            throw new IllegalArgumentException("a diagnostic needs a rule id");
        }
        severity = severity == null ? Severity.ERROR : severity;
        location = Canonical.origin(location);
        message = Canonical.text(message);
        hint = Canonical.text(hint);
    }

    public static Diagnostic error(String ruleId, Origin location, String message, String hint) {
        return new Diagnostic(ruleId, Severity.ERROR, location, message, hint);
    }

    public static Diagnostic warning(String ruleId, Origin location, String message, String hint) {
        return new Diagnostic(ruleId, Severity.WARNING, location, message, hint);
    }

    public static Diagnostic info(String ruleId, Origin location, String message, String hint) {
        return new Diagnostic(ruleId, Severity.INFO, location, message, hint);
    }

    /** One line for a terminal: {@code file#/pointer: message (hint)}. */
    public String render() {
        return location.render() + ": " + message + (hint.isEmpty() ? "" : " (" + hint + ")");
    }
}
