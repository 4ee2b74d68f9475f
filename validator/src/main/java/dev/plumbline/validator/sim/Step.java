package dev.plumbline.validator.sim;

import dev.plumbline.validator.model.Canonical;
import dev.plumbline.validator.model.Origin;

/**
 * One decision at a hop: a stable code for scripts, a sentence for people, and where the deciding
 * input (the route, the rule) came from.
 */
public record Step(StepCode code, String detail, Origin origin) {

    public Step {
        if (code == null) {
            throw new IllegalArgumentException("a step needs a code");
        }
        detail = Canonical.text(detail);
        origin = Canonical.origin(origin);
    }

    public static Step of(StepCode code, String detail) {
        return new Step(code, detail, Origin.NONE);
    }
}
