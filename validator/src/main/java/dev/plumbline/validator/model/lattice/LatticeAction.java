package dev.plumbline.validator.model.lattice;

import dev.plumbline.validator.model.Canonical;
import java.util.List;

/** What a Lattice rule does: forward to 1-10 weighted target groups, or answer with a fixed status. */
public sealed interface LatticeAction {

    record Forward(List<WeightedTargetGroup> targetGroups) implements LatticeAction {
        public Forward {
            targetGroups = Canonical.list(targetGroups);
        }
    }

    record FixedResponse(int statusCode) implements LatticeAction {
    }
}
