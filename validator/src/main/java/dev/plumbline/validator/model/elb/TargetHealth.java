package dev.plumbline.validator.model.elb;

/**
 * Target health as ELB and Lattice report it. {@link #UNKNOWN} means the input does not say (a
 * plan never does); the simulator treats such a target as healthy and says so in the trace.
 */
public enum TargetHealth {
    HEALTHY, UNHEALTHY, INITIAL, UNUSED, DRAINING, UNAVAILABLE, UNKNOWN;

    public static TargetHealth parse(String state) {
        if (state == null || state.isBlank()) {
            return UNKNOWN;
        }
        try {
            return valueOf(state.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }

    /** Healthy, or not known to be unhealthy. */
    public boolean canServe() {
        return this == HEALTHY || this == UNKNOWN;
    }
}
