package dev.plumbline.validator.location;

import dev.plumbline.validator.model.Origin;
import java.util.List;
import java.util.Optional;

/**
 * Maps where a model element came from ({@link Origin}: file, JSON pointer, URN) to a line a person
 * can open. Reports ask it and fall back to the origin itself (file and JSON pointer, or URN) when
 * it knows no line.
 *
 * <p>Locators chain: {@link #orElse} asks a second one when the first has no answer. A locator for
 * Pulumi programs (URN to the line of the program that declared the resource) goes first, then
 * {@link JsonPointerLines} for graph, snapshot and plan files.
 */
@FunctionalInterface
public interface SourceLocator {

    /** Knows no line for anything. */
    SourceLocator NONE = origin -> Optional.empty();

    Optional<SourceRegion> locate(Origin origin);

    default SourceLocator orElse(SourceLocator next) {
        return origin -> {
            Optional<SourceRegion> found = locate(origin);
            return found.isPresent() ? found : next.locate(origin);
        };
    }

    /** The first locator of {@code locators} that knows a line. */
    static SourceLocator firstOf(List<SourceLocator> locators) {
        SourceLocator chain = NONE;
        for (int i = locators.size() - 1; i >= 0; i--) {
            chain = locators.get(i).orElse(chain);
        }
        return chain;
    }
}
