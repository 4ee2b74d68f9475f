package dev.plumbline.internal.validation;

/**
 * A resolved argument value handed to a rule, with whether Pulumi marks it secret. Rules quote the
 * value through {@link #shown()} so that secrets never reach an error message.
 */
public record ArgValue<T>(T get, boolean secret) {

    /** The value in single quotes, or {@code [secret]}. */
    public String shown() {
        return secret ? "[secret]" : "'" + get + "'";
    }
}
