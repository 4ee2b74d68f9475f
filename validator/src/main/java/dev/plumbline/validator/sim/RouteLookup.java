package dev.plumbline.validator.sim;

import dev.plumbline.validator.model.Route;
import dev.plumbline.validator.net.Prefix;
import java.util.List;

/**
 * The result of a route lookup: every equal-best route (ties are explicit, never hidden), the
 * prefix they matched on, and whether the answer depends on which address of an uncertain span the
 * packet really has.
 */
public record RouteLookup(List<Route> routes, Prefix matchedPrefix, boolean dependsOnAddress) {

    public RouteLookup {
        routes = List.copyOf(routes);
    }

    public boolean isEmpty() {
        return routes.isEmpty();
    }

    public boolean isAmbiguous() {
        return routes.size() > 1;
    }

    public Route route() {
        if (routes.size() != 1) {
            throw new IllegalStateException("lookup has " + routes.size() + " routes");
        }
        return routes.get(0);
    }
}
