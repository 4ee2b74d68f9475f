package dev.plumbline.validator.intent;

/** Told after each intent is evaluated, so a terminal can show how far a long run is. */
@FunctionalInterface
public interface Progress {

    /** Reports nothing. */
    Progress NONE = (done, total, name) -> {
    };

    /** {@code done} of {@code total} intents are evaluated; {@code name} is the last one. */
    void advanced(int done, int total, String name);
}
