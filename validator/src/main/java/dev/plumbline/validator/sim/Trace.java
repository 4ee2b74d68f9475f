package dev.plumbline.validator.sim;

import dev.plumbline.validator.model.Canonical;
import dev.plumbline.validator.model.Planned;
import java.util.List;
import java.util.Optional;

/**
 * The answer to "can this reach that": the flow as it left the source, how it ended, every hop with
 * its steps, the translations applied, the GWLB inspections passed, the assumptions made, and for
 * stateful protocols the reply's own trace. An {@link Disposition#UNDETERMINED} trace lists in
 * {@code undeterminedBy} what the plan did not know.
 */
public record Trace(Flow flow, Disposition disposition, List<Hop> hops, List<Translation> translations,
        List<Inspection> inspections, List<String> assumptions, List<Planned.Unknown<?>> undeterminedBy,
        Optional<Trace> returnPath) {

    public Trace {
        if (flow == null || disposition == null) {
            throw new IllegalArgumentException("a trace needs a flow and a disposition");
        }
        hops = Canonical.list(hops);
        translations = Canonical.list(translations);
        inspections = Canonical.list(inspections);
        assumptions = Canonical.list(assumptions);
        undeterminedBy = Canonical.list(undeterminedBy);
        returnPath = returnPath == null ? Optional.empty() : returnPath;
    }

    /** The last step of the last hop: the decision that ended the trace. */
    public Optional<Step> finalStep() {
        for (int i = hops.size() - 1; i >= 0; i--) {
            List<Step> steps = hops.get(i).steps();
            if (!steps.isEmpty()) {
                return Optional.of(steps.get(steps.size() - 1));
            }
        }
        return Optional.empty();
    }

    /** Every step code in order, for tests and scripts. */
    public List<StepCode> codes() {
        return hops.stream().flatMap(h -> h.steps().stream()).map(Step::code).toList();
    }

    /** The ids of the hops in order. */
    public List<String> hopIds() {
        return hops.stream().map(Hop::nodeId).toList();
    }

    /** Forward and (when there is one) reply both succeeded. */
    public boolean isRoundTrip() {
        return disposition.isSuccess() && returnPath.map(r -> r.disposition().isSuccess()).orElse(true);
    }
}
