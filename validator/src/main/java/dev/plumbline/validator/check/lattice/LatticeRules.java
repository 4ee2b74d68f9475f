package dev.plumbline.validator.check.lattice;

import dev.plumbline.validator.check.CheckContext;
import dev.plumbline.validator.check.Rule;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.lattice.HeaderMatch;
import dev.plumbline.validator.model.lattice.HttpMatch;
import dev.plumbline.validator.model.lattice.LatticeAction;
import dev.plumbline.validator.model.lattice.LatticeListener;
import dev.plumbline.validator.model.lattice.LatticeProtocol;
import dev.plumbline.validator.model.lattice.LatticeRule;
import dev.plumbline.validator.model.lattice.PathMatch;
import dev.plumbline.validator.model.lattice.WeightedTargetGroup;
import dev.plumbline.validator.sim.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Listener rules and actions: priorities 1-100 and unique per listener; a rule that can never
 * match because an earlier rule matches every request it would; forward actions with 1-10 target
 * groups and weights 0-999, not all zero; a TLS passthrough listener has only its default rule and
 * forwards to TCP target groups.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc-lattice/latest/ug/listener-rules.html">Listener rules</a>
 */
public final class LatticeRules implements Rule {

    @Override
    public String id() {
        return "lattice.duplicate-priority";
    }

    @Override
    public String family() {
        return "lattice";
    }

    @Override
    public String description() {
        return "listener rules and forward actions AWS refuses, or that can never match";
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        Topology topology = context.topology();
        List<Diagnostic> out = new ArrayList<>();
        for (LatticeListener listener : topology.network().latticeListeners()) {
            List<LatticeRule> rules = topology.latticeRulesOf(listener.id());
            Map<Integer, LatticeRule> byPriority = new HashMap<>();
            for (LatticeRule rule : rules) {
                if (rule.priority() < 1 || rule.priority() > 100) {
                    out.add(Diagnostic.error("lattice.invalid-priority", rule.origin(), "rule " + rule.label()
                            + " has priority " + rule.priority() + "; Lattice rule priorities are 1-100",
                            "give it a priority between 1 and 100"));
                }
                LatticeRule first = byPriority.putIfAbsent(rule.priority(), rule);
                if (first != null) {
                    out.add(Diagnostic.error(id(), rule.origin(), "rules " + first.label() + " and " + rule.label()
                            + " of listener " + listener.label() + " share priority " + rule.priority()
                            + ": priorities must be unique per listener", "give each rule its own priority"));
                }
            }
            for (int i = 0; i < rules.size(); i++) {
                for (int j = 0; j < i; j++) {
                    LatticeRule earlier = rules.get(j);
                    LatticeRule later = rules.get(i);
                    if (earlier.priority() < later.priority() && covers(earlier.match(), later.match())) {
                        out.add(Diagnostic.warning("lattice.rule-shadowed", later.origin(), "rule " + later.label()
                                + " (priority " + later.priority() + ") never matches: rule " + earlier.label()
                                + " (priority " + earlier.priority() + ") matches every request it would",
                                "give " + later.label() + " a lower priority number than " + earlier.label()
                                        + ", or narrow " + earlier.label()));
                        break;
                    }
                }
            }
            if (listener.protocol() == LatticeProtocol.TLS_PASSTHROUGH) {
                if (!rules.isEmpty()) {
                    out.add(Diagnostic.error("lattice.tls-passthrough", listener.origin(), "TLS passthrough listener "
                            + listener.label() + " has " + rules.size() + " rule(s): such a listener allows only its "
                            + "default action", "remove the rules, or terminate TLS with an HTTPS listener"));
                }
                tlsTargets(topology, listener, out);
            }
            checkAction(listener.defaultAction(), "the default action of listener " + listener.label(), listener.origin(),
                    out);
            for (LatticeRule rule : rules) {
                checkAction(rule.action(), "rule " + rule.label(), rule.origin(), out);
            }
        }
        return out;
    }

    private static void tlsTargets(Topology topology, LatticeListener listener, List<Diagnostic> out) {
        if (listener.defaultAction() instanceof LatticeAction.Forward forward) {
            for (WeightedTargetGroup weighted : forward.targetGroups()) {
                topology.latticeTargetGroup(weighted.targetGroupId().orElse("")).ifPresent(group -> {
                    if (!group.protocol().isEmpty() && !group.protocol().equalsIgnoreCase("TCP")) {
                        out.add(Diagnostic.error("lattice.tls-passthrough", listener.origin(), "TLS passthrough listener "
                                + listener.label() + " forwards to " + group.label() + ", a " + group.protocol()
                                + " target group: TLS passthrough needs TCP target groups",
                                "forward to a TCP target group"));
                    }
                });
            }
        }
    }

    private static void checkAction(LatticeAction action, String what, dev.plumbline.validator.model.Origin origin,
            List<Diagnostic> out) {
        if (!(action instanceof LatticeAction.Forward forward)) {
            return;
        }
        List<WeightedTargetGroup> groups = forward.targetGroups();
        if (groups.isEmpty() || groups.size() > 10) {
            out.add(Diagnostic.error("lattice.invalid-action", origin, what + " forwards to " + groups.size()
                    + " target groups; a forward action takes 1 to 10", "forward to between 1 and 10 target groups"));
        }
        boolean outOfRange = groups.stream().anyMatch(g -> g.weight() < 0 || g.weight() > 999);
        if (outOfRange) {
            out.add(Diagnostic.error("lattice.invalid-action", origin, what + " has a weight outside 0-999",
                    "use weights between 0 and 999"));
        }
        boolean known = groups.stream().allMatch(g -> g.targetGroupId() instanceof Planned.Known);
        if (!groups.isEmpty() && known && groups.stream().allMatch(g -> g.weight() == 0)) {
            out.add(Diagnostic.error("lattice.zero-weights", origin, what + " forwards with every weight 0: no target "
                    + "group receives requests", "give at least one target group a positive weight"));
        }
    }

    /** Whether every request matching {@code later} also matches {@code earlier}. */
    static boolean covers(HttpMatch earlier, HttpMatch later) {
        if (!earlier.method().isEmpty() && !earlier.method().equals(later.method())) {
            return false;
        }
        if (earlier.path() != null && (later.path() == null || !pathCovers(earlier.path(), later.path()))) {
            return false;
        }
        for (HeaderMatch condition : earlier.headers()) {
            if (later.headers().stream().noneMatch(h -> headerCovers(condition, h))) {
                return false;
            }
        }
        return true;
    }

    private static boolean pathCovers(PathMatch earlier, PathMatch later) {
        if (earlier.caseSensitive() && !later.caseSensitive()) {
            return false;
        }
        String a = earlier.caseSensitive() ? earlier.value() : earlier.value().toLowerCase(Locale.ROOT);
        String b = earlier.caseSensitive() ? later.value() : later.value().toLowerCase(Locale.ROOT);
        if (earlier.exact()) {
            return later.exact() && a.equals(b);
        }
        return b.startsWith(a);
    }

    private static boolean headerCovers(HeaderMatch earlier, HeaderMatch later) {
        if (!earlier.name().equalsIgnoreCase(later.name()) || (earlier.caseSensitive() && !later.caseSensitive())) {
            return false;
        }
        String a = earlier.caseSensitive() ? earlier.value() : earlier.value().toLowerCase(Locale.ROOT);
        String b = earlier.caseSensitive() ? later.value() : later.value().toLowerCase(Locale.ROOT);
        return switch (earlier.type()) {
            case EXACT -> later.type() == HeaderMatch.Type.EXACT && a.equals(b);
            case PREFIX -> later.type() != HeaderMatch.Type.CONTAINS && b.startsWith(a);
            case CONTAINS -> b.contains(a);
        };
    }

}
