package dev.plumbline.validator.diag;

/** How much a diagnostic matters: an {@link #ERROR} fails {@code plumbline check} (exit code 1). */
public enum Severity {
    ERROR, WARNING, INFO;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
