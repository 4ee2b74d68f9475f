package dev.plumbline.validator.intent;

import java.util.Locale;

/** How an intent came out. */
public enum Outcome {
    /** The plan does what the intent says. */
    PASS,
    /** The plan does not; the result says where and why. */
    FAIL,
    /**
     * The answer depends on something the plan does not know yet (a value known only after apply).
     * Never counted as a pass: it is a warning, or a failure under {@code --unknown=fail}
     * ({@link dev.plumbline.validator.diag.UnknownPolicy}).
     */
    UNDETERMINED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
