package dev.plumbline.internal.gwlb;

import java.util.Objects;

/** One route of a planned route table. */
public record PlannedRoute(Destination destination, Hop target) {

    public PlannedRoute {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(target, "target");
    }
}
