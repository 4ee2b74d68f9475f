package dev.plumbline.validator.sim;

import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.Planned;

/**
 * A filter's answer: allowed, denied, or undetermined (what the plan does not know is named), with
 * the sentence explaining it and the rule that decided.
 */
record Verdict(Outcome outcome, String explanation, Origin origin, Planned.Unknown<?> unknown) {

    enum Outcome {
        ALLOW, DENY, UNDETERMINED
    }

    static Verdict allow(String explanation, Origin origin) {
        return new Verdict(Outcome.ALLOW, explanation, origin, null);
    }

    static Verdict deny(String explanation, Origin origin) {
        return new Verdict(Outcome.DENY, explanation, origin, null);
    }

    static Verdict undetermined(String explanation, Origin origin, Planned.Unknown<?> unknown) {
        return new Verdict(Outcome.UNDETERMINED, explanation, origin, unknown);
    }

    boolean allowed() {
        return outcome == Outcome.ALLOW;
    }

    boolean denied() {
        return outcome == Outcome.DENY;
    }
}
