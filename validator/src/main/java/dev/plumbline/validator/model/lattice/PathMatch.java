package dev.plumbline.validator.model.lattice;

import dev.plumbline.validator.model.Canonical;
import java.util.Locale;

/** A path condition of a Lattice rule: exact or prefix, no wildcards; case-sensitive by default. */
public record PathMatch(String value, boolean exact, boolean caseSensitive) {

    public PathMatch {
        value = Canonical.text(value);
    }

    public boolean matches(String path) {
        String actual = caseSensitive ? path : path.toLowerCase(Locale.ROOT);
        String expected = caseSensitive ? value : value.toLowerCase(Locale.ROOT);
        return exact ? actual.equals(expected) : actual.startsWith(expected);
    }

    public String render() {
        return (exact ? "path = '" : "path prefix '") + value + "'";
    }
}
