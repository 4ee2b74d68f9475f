package dev.plumbline.validator.model.lattice;

import dev.plumbline.validator.model.Planned;

/** One target group of a forward action and its weight (0-999). */
public record WeightedTargetGroup(Planned<String> targetGroupId, int weight) {

    public WeightedTargetGroup {
        targetGroupId = targetGroupId == null ? Planned.absent() : targetGroupId;
    }
}
