package dev.plumbline.validator.intent;

import dev.plumbline.validator.diag.NearMiss;

import dev.plumbline.validator.model.Element;
import dev.plumbline.validator.sim.Topology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The names an intent may use for the plan's resources: ids (and ARNs), Pulumi URNs and the logical
 * name at their end, and Name tags. A name several resources carry matches all of them; the
 * evaluator decides whether that is allowed where the name is used. For names that match nothing,
 * {@link #closest} offers the nearest ones (by edit distance) as "did you mean".
 */
final class PlanNames {

    private final Topology topology;
    private final Map<String, List<Element>> byName = new HashMap<>();
    private final Map<String, List<Element>> byUrn = new HashMap<>();

    PlanNames(Topology topology) {
        this.topology = topology;
        topology.network().elements().forEach(e -> {
            if (!e.name().isEmpty()) {
                byName.computeIfAbsent(e.name(), k -> new ArrayList<>()).add(e);
            }
            String urn = e.origin().urn();
            if (!urn.isEmpty()) {
                byUrn.computeIfAbsent(urn, k -> new ArrayList<>()).add(e);
                int at = urn.lastIndexOf("::");
                if (at >= 0) {
                    byUrn.computeIfAbsent(urn.substring(at + 2), k -> new ArrayList<>()).add(e);
                }
            }
        });
    }

    /** Every element {@code text} names that {@code kind} accepts: by id first, then URN, then name. */
    List<Element> find(String text, Predicate<Element> kind) {
        Set<Element> found = new LinkedHashSet<>();
        topology.element(text).filter(kind).ifPresent(found::add);
        if (found.isEmpty()) {
            byUrn.getOrDefault(text, List.of()).stream().filter(kind).forEach(found::add);
        }
        if (found.isEmpty()) {
            byName.getOrDefault(text, List.of()).stream().filter(kind).forEach(found::add);
        }
        return List.copyOf(found);
    }

    /** Up to five names or ids of {@code kind} closest to {@code text}, each as {@code name (kind id)}. */
    List<String> closest(String text, Predicate<Element> kind) {
        record Candidate(String shown, int distance) {
        }
        int tolerated = Math.max(2, text.length() / 3);
        List<Candidate> candidates = new ArrayList<>();
        topology.network().elements().filter(kind).forEach(e -> {
            int distance = Math.min(e.name().isEmpty() ? Integer.MAX_VALUE : distance(text, e.name()), distance(text, e.id()));
            if (distance <= tolerated || (!e.name().isEmpty() && (e.name().contains(text) || text.contains(e.name())))) {
                candidates.add(new Candidate(describe(e), distance));
            }
        });
        return candidates.stream().sorted(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::shown))
                .map(Candidate::shown).distinct().limit(5).toList();
    }

    /** Some names of {@code kind}, for "known ones are" when nothing is close. */
    List<String> some(Predicate<Element> kind, int limit) {
        return topology.network().elements().filter(kind).map(PlanNames::describe).limit(limit).toList();
    }

    static String describe(Element e) {
        return (e.name().isEmpty() || e.name().equals(e.id()) ? "" : e.name() + " ") + "(" + e.kind() + " " + e.id() + ")";
    }

    /** "did you mean A, B?" or "known ones: ...", to end an error message. */
    String suggestion(String text, Predicate<Element> kind, String what) {
        List<String> close = closest(text, kind);
        if (!close.isEmpty()) {
            return "did you mean " + String.join(", ", close) + "?";
        }
        List<String> known = some(kind, 8);
        return known.isEmpty() ? "the plan has no " + what : "known " + what + ": " + String.join(", ", known)
                + (topology.network().elements().filter(kind).count() > known.size() ? ", ..." : "");
    }

    static int distance(String a, String b) {
        return NearMiss.distance(a, b);
    }
}
