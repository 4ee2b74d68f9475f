package dev.plumbline.validator.model;

import java.util.List;
import java.util.Map;

/** Normalisation used by the model's compact constructors: no null lists or strings past the boundary. */
public final class Canonical {
    private Canonical() {
    }

    public static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    public static <K, V> Map<K, V> map(Map<K, V> values) {
        return values == null ? Map.of() : Map.copyOf(values);
    }

    public static String text(String value) {
        return value == null ? "" : value;
    }

    public static Origin origin(Origin origin) {
        return origin == null ? Origin.NONE : origin;
    }
}
