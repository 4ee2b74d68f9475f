package dev.plumbline.validator.model.lattice;

import dev.plumbline.validator.model.Canonical;
import java.util.Locale;

/** A header condition of a Lattice rule: exact, prefix or contains; case-insensitive by default. */
public record HeaderMatch(String name, Type type, String value, boolean caseSensitive) {

    public enum Type {
        EXACT, PREFIX, CONTAINS
    }

    public HeaderMatch {
        name = Canonical.text(name);
        type = type == null ? Type.EXACT : type;
        value = Canonical.text(value);
    }

    public boolean matches(String headerValue) {
        if (headerValue == null) {
            return false;
        }
        String actual = caseSensitive ? headerValue : headerValue.toLowerCase(Locale.ROOT);
        String expected = caseSensitive ? value : value.toLowerCase(Locale.ROOT);
        return switch (type) {
            case EXACT -> actual.equals(expected);
            case PREFIX -> actual.startsWith(expected);
            case CONTAINS -> actual.contains(expected);
        };
    }

    public String render() {
        return name + " " + type.name().toLowerCase(Locale.ROOT) + " '" + value + "'";
    }
}
