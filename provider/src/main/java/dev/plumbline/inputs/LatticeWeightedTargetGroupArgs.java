package dev.plumbline.inputs;

import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** A target group in a forward action, with its weight. */
public final class LatticeWeightedTargetGroupArgs extends ResourceArgs {

    @Import(name = "targetGroup", required = true)
    private String targetGroup;

    @Import(name = "weight")
    private Integer weight;

    private LatticeWeightedTargetGroupArgs() {
    }

    /** Name of a target group of the same service. */
    public String targetGroup() {
        return targetGroup;
    }

    /** Weight 0-999. Default 1. */
    public Optional<Integer> weight() {
        return Optional.ofNullable(weight);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link LatticeWeightedTargetGroupArgs}; arguments are validated when the component is constructed. */
    public static final class Builder {

        private final LatticeWeightedTargetGroupArgs args = new LatticeWeightedTargetGroupArgs();

        private Builder() {
        }

        /** See {@link LatticeWeightedTargetGroupArgs#targetGroup()}. */
        public Builder targetGroup(String targetGroup) {
            this.args.targetGroup = targetGroup;
            return this;
        }

        /** See {@link LatticeWeightedTargetGroupArgs#weight()}. */
        public Builder weight(Integer weight) {
            this.args.weight = weight;
            return this;
        }

        public LatticeWeightedTargetGroupArgs build() {
            return args;
        }
    }
}
