package dev.plumbline.validator.sim;

import dev.plumbline.validator.net.Prefix;

/** Three-valued match of an uncertain address against a CIDR: inside for sure, outside for sure, or it depends. */
enum Tri {
    YES, NO, DEPENDS;

    /** Whether every address of {@code span} lies in {@code rule}. */
    static Tri of(Prefix rule, Prefix span) {
        if (rule.containsPrefix(span)) {
            return YES;
        }
        return span.containsPrefix(rule) ? DEPENDS : NO;
    }
}
