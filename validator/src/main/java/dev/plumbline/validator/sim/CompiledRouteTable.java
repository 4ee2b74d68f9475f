package dev.plumbline.validator.sim;

import dev.plumbline.validator.model.PrefixList;
import dev.plumbline.validator.model.Route;
import dev.plumbline.validator.model.RouteDestination;
import dev.plumbline.validator.model.RouteTable;
import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.net.Prefix;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A route table ready for lookups: every CIDR route, and every entry of each prefix-list route, in
 * a prefix trie.
 *
 * <p>Lookup follows AWS route priority: the longest prefix wins whatever its kind; among routes to
 * the same prefix a static route beats a prefix-list route, which beats a propagated one. What is
 * left after that tie-break is returned whole: more than one route means the choice is not
 * decided by the table (overlapping prefix lists to different targets), and the caller says so.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/userguide/route-tables-priority.html">Route priority</a>
 */
public final class CompiledRouteTable {

    private final RouteTable table;
    private final PrefixTrie<RankedRoute> trie = new PrefixTrie<>();
    private final List<String> missingPrefixLists = new ArrayList<>();

    /** A route as stored in the trie: the route, the prefix it was stored under, and its priority rank. */
    record RankedRoute(Route route, Prefix prefix, int rank) {
    }

    CompiledRouteTable(RouteTable table, Map<String, PrefixList> prefixLists) {
        this.table = table;
        for (Route route : table.routes()) {
            if (route.destination() instanceof RouteDestination.Cidr cidr) {
                trie.put(cidr.prefix(), new RankedRoute(route, cidr.prefix(), rank(route, false)));
            } else if (route.destination() instanceof RouteDestination.PrefixListRef ref) {
                PrefixList list = prefixLists.get(ref.prefixListId());
                if (list == null) {
                    missingPrefixLists.add(ref.prefixListId());
                    continue;
                }
                for (Prefix prefix : list.cidrs()) {
                    trie.put(prefix, new RankedRoute(route, prefix, rank(route, true)));
                }
            }
        }
        trie.freeze();
        exact = new RouteLookup[trie.slotCount()];
        for (int slot = 0; slot < exact.length; slot++) {
            exact[slot] = best(trie.valuesAt(slot), false);
        }
    }

    private static final RouteLookup NO_ROUTE = new RouteLookup(List.of(), null, false);
    private final RouteLookup[] exact;

    private static int rank(Route route, boolean viaPrefixList) {
        return switch (route.source()) {
            case LOCAL, STATIC -> viaPrefixList ? 1 : 0;
            case GATEWAY_ENDPOINT -> 1;
            case PROPAGATED -> 2;
        };
    }

    public RouteTable table() {
        return table;
    }

    /** Prefix lists named by routes of this table but absent from the network: their routes match nothing. */
    public List<String> missingPrefixLists() {
        return List.copyOf(missingPrefixLists);
    }

    /** The best routes for one address (usually one; empty when nothing matches). */
    public RouteLookup lookup(Ipv4 destination) {
        int slot = trie.longestMatchSlot(destination.bits());
        return slot < 0 ? NO_ROUTE : exact[slot];
    }

    /**
     * The best routes for every address of {@code span}; {@link RouteLookup#dependsOnAddress()} is
     * true when a longer route inside the span would win for part of it.
     */
    public RouteLookup lookup(Prefix span) {
        PrefixTrie.SpanMatch<RankedRoute> match = trie.longestMatch(span);
        return best(match.values(), match.split());
    }

    private static RouteLookup best(List<RankedRoute> candidates, boolean split) {
        if (candidates.isEmpty()) {
            return new RouteLookup(List.of(), null, split);
        }
        if (candidates.size() == 1) {
            RankedRoute only = candidates.get(0);
            return new RouteLookup(List.of(only.route()), only.prefix(), split);
        }
        int bestRank = Integer.MAX_VALUE;
        for (RankedRoute candidate : candidates) {
            bestRank = Math.min(bestRank, candidate.rank());
        }
        List<Route> best = new ArrayList<>(2);
        for (RankedRoute candidate : candidates) {
            if (candidate.rank() == bestRank && !best.contains(candidate.route())) {
                best.add(candidate.route());
            }
        }
        return new RouteLookup(List.copyOf(best), candidates.get(0).prefix(), split);
    }
}
