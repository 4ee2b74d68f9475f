package dev.plumbline.validator.sim;

import dev.plumbline.validator.model.Element;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.Planned;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Collects what one walk saw, hop by hop, and turns it into a {@link Trace}. Not shared between walks. */
final class Recorder {

    static final int MAX_HOPS = 64;

    private final List<HopBuilder> hops = new ArrayList<>();
    private final List<Translation> translations = new ArrayList<>();
    private final List<Inspection> inspections = new ArrayList<>();
    private final Set<String> assumptions = new LinkedHashSet<>();
    private final List<Planned.Unknown<?>> unknowns = new ArrayList<>();
    private final Set<VisitKey> visited = new HashSet<>();

    private record VisitKey(String place, Flow flow) {
    }

    static final class HopBuilder {
        private final String id;
        private final String kind;
        private final String name;
        private final Origin origin;
        private final List<Step> steps = new ArrayList<>();

        private HopBuilder(String id, String kind, String name, Origin origin) {
            this.id = id;
            this.kind = kind;
            this.name = name;
            this.origin = origin;
        }

        HopBuilder step(StepCode code, String detail) {
            steps.add(Step.of(code, detail));
            return this;
        }

        HopBuilder step(StepCode code, String detail, Origin ruleOrigin) {
            steps.add(new Step(code, detail, ruleOrigin));
            return this;
        }

        Hop build() {
            return new Hop(id, kind, name, origin, steps);
        }
    }

    HopBuilder hop(Element element) {
        return hop(element.id(), element.kind(), element.name(), element.origin());
    }

    HopBuilder hop(String id, String kind, String name, Origin origin) {
        HopBuilder hop = new HopBuilder(id, kind, name, origin);
        hops.add(hop);
        return hop;
    }

    int hopCount() {
        return hops.size();
    }

    /** False when the walk was already at {@code place} with {@code flow}: a forwarding loop. */
    boolean firstVisit(String place, Flow flow) {
        return visited.add(new VisitKey(place, flow));
    }

    void translation(Translation translation) {
        translations.add(translation);
    }

    void inspection(Inspection inspection) {
        inspections.add(inspection);
    }

    void assume(String assumption) {
        assumptions.add(assumption);
    }

    void unknown(Planned.Unknown<?> unknown) {
        if (unknown != null && !unknowns.contains(unknown)) {
            unknowns.add(unknown);
        }
    }

    List<Inspection> inspections() {
        return List.copyOf(inspections);
    }

    Trace build(Flow flow, Disposition disposition, Optional<Trace> returnPath) {
        return new Trace(flow, disposition, hops.stream().map(HopBuilder::build).toList(), translations, inspections,
                List.copyOf(assumptions), unknowns, returnPath);
    }
}
