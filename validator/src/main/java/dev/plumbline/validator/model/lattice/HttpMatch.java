package dev.plumbline.validator.model.lattice;

import dev.plumbline.validator.model.Canonical;
import java.util.List;

/**
 * The conditions of a Lattice rule. An empty method or a {@code null} path matches any; all
 * conditions must hold. Methods are exact and case-sensitive.
 */
public record HttpMatch(String method, PathMatch path, List<HeaderMatch> headers) {

    public static final HttpMatch ANY = new HttpMatch("", null, List.of());

    public HttpMatch {
        method = Canonical.text(method);
        headers = Canonical.list(headers);
    }
}
