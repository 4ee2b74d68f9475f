package dev.plumbline.validator.model.lattice;

import dev.plumbline.validator.model.Canonical;
import dev.plumbline.validator.model.Element;
import dev.plumbline.validator.model.Origin;

/** A prioritised listener rule (1-100, lowest first); the listener's default action comes after all rules. */
public record LatticeRule(String id, String listenerId, String name, int priority, HttpMatch match,
        LatticeAction action, Origin origin) implements Element {

    public LatticeRule {
        name = Canonical.text(name);
        match = match == null ? HttpMatch.ANY : match;
        origin = Canonical.origin(origin);
    }

    @Override
    public String kind() {
        return "Lattice rule";
    }
}
