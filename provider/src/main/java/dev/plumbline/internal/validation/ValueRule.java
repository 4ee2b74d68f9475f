package dev.plumbline.internal.validation;

/**
 * A rule on one argument value. The same rule runs at construction when the value is already known
 * and again when a deploy-time value resolves, so both paths report the same messages.
 */
@FunctionalInterface
public interface ValueRule<T> {

    void check(ArgValue<T> value, Problems problems);

    /** This rule, then {@code next} on the same value. */
    default ValueRule<T> and(ValueRule<T> next) {
        return (value, problems) -> {
            check(value, problems);
            next.check(value, problems);
        };
    }
}
