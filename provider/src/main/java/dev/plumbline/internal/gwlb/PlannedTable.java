package dev.plumbline.internal.gwlb;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A route table the inspection chain creates. Its kind says what it is associated with: the
 * internet gateway (edge association), the application subnets of its zone, or the endpoint subnet
 * of its stage in its zone.
 */
public record PlannedTable(String key, Kind kind, Optional<String> stage, Optional<String> zone, List<PlannedRoute> routes) {

    /** What a planned table is associated with. */
    public enum Kind { EDGE, APP, ENDPOINT }

    public PlannedTable {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(zone, "zone");
        routes = List.copyOf(routes);
    }
}
