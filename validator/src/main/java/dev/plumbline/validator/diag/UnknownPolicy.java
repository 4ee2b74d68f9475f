package dev.plumbline.validator.diag;

import java.util.Locale;

/**
 * How a result that depends on values unknown at plan time counts for the gate: {@link #WARN} (the
 * default) reports it as a warning that does not fail the check; {@link #FAIL} makes it fail
 * (exit code 1). Undetermined results are never counted as passed.
 */
public enum UnknownPolicy {
    WARN, FAIL;

    /** The severity an undetermined result gets under this policy. */
    public Severity severity() {
        return this == FAIL ? Severity.ERROR : Severity.WARNING;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
