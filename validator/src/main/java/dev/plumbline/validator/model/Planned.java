package dev.plumbline.validator.model;

import java.util.Optional;
import java.util.function.Function;

/**
 * A value as a plan knows it: known, planned to be absent, or unknown until apply. Pulumi previews
 * leave computed values unknown (an instance's private IP, an Elastic IP's address); a decision
 * that depends on an {@link Unknown} value is reported as undetermined and names the resource and
 * property it waited on.
 */
public sealed interface Planned<T> {

    record Known<T>(T value) implements Planned<T> {
        public Known {
            if (value == null) {
                throw new IllegalArgumentException("a known value cannot be null; use Planned.absent()");
            }
        }
    }

    /** Planned to have no value (no public IP, no Elastic IP). */
    record Absent<T>() implements Planned<T> {
    }

    /**
     * Not known from the input; {@code resource} is an id or URN, {@code property} the input or
     * output name, {@code reason} why it is unknown when it is not simply "computed at apply time".
     */
    record Unknown<T>(String resource, String property, String reason) implements Planned<T> {
        public Unknown {
            resource = Canonical.text(resource);
            property = Canonical.text(property);
            reason = Canonical.text(reason);
        }

        public Unknown(String resource, String property) {
            this(resource, property, "");
        }

        public String describe() {
            return property + " of " + resource + (reason.isEmpty() ? " is not known until the resource is created" : ": " + reason);
        }
    }

    static <T> Planned<T> known(T value) {
        return new Known<>(value);
    }

    static <T> Planned<T> absent() {
        return new Absent<>();
    }

    static <T> Planned<T> unknown(String resource, String property) {
        return new Unknown<>(resource, property);
    }

    static <T> Planned<T> ofNullable(T value) {
        return value == null ? new Absent<>() : new Known<>(value);
    }

    default boolean isKnown() {
        return this instanceof Known;
    }

    default boolean isAbsent() {
        return this instanceof Absent;
    }

    default boolean isUnknown() {
        return this instanceof Unknown;
    }

    /** True when known or unknown: the value is planned to exist. */
    default boolean isPresent() {
        return !(this instanceof Absent);
    }

    default Optional<T> toOptional() {
        return this instanceof Known<T> known ? Optional.of(known.value()) : Optional.empty();
    }

    default T orElse(T fallback) {
        return this instanceof Known<T> known ? known.value() : fallback;
    }

    default <R> Planned<R> map(Function<T, R> mapper) {
        if (this instanceof Known<T> known) {
            return new Known<>(mapper.apply(known.value()));
        }
        if (this instanceof Unknown<T> unknown) {
            return new Unknown<>(unknown.resource(), unknown.property());
        }
        return new Absent<>();
    }

    default String render() {
        if (this instanceof Known<T> known) {
            return String.valueOf(known.value());
        }
        if (this instanceof Unknown<T> unknown) {
            return "(unknown until apply: " + unknown.property() + ")";
        }
        return "(none)";
    }
}
