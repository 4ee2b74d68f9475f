package dev.plumbline.inputs;

import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What a listener or rule does with a request: forward to weighted target groups, or answer with a
 * fixed status. Exactly one of the two.
 */
public final class LatticeActionArgs extends ResourceArgs {

    @Import(name = "forward")
    private List<LatticeWeightedTargetGroupArgs> forward;

    @Import(name = "fixedResponseStatusCode")
    private Integer fixedResponseStatusCode;

    private LatticeActionArgs() {
    }

    /** 1-10 target groups of the same service, traffic split by weight. */
    public Optional<List<LatticeWeightedTargetGroupArgs>> forward() {
        return Optional.ofNullable(forward);
    }

    /** HTTP status code to answer with, e.g. 404. */
    public Optional<Integer> fixedResponseStatusCode() {
        return Optional.ofNullable(fixedResponseStatusCode);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link LatticeActionArgs}; arguments are validated when the component is constructed. */
    public static final class Builder {

        private final LatticeActionArgs args = new LatticeActionArgs();

        private Builder() {
        }

        /** See {@link LatticeActionArgs#forward()}. */
        public Builder forward(List<LatticeWeightedTargetGroupArgs> forward) {
            this.args.forward = forward == null ? null : Collections.unmodifiableList(new ArrayList<>(forward));
            return this;
        }

        /** See {@link LatticeActionArgs#forward()}. */
        public Builder forward(LatticeWeightedTargetGroupArgs... forward) {
            return forward(Arrays.asList(forward));
        }

        /** See {@link LatticeActionArgs#fixedResponseStatusCode()}. */
        public Builder fixedResponseStatusCode(Integer fixedResponseStatusCode) {
            this.args.fixedResponseStatusCode = fixedResponseStatusCode;
            return this;
        }

        public LatticeActionArgs build() {
            return args;
        }
    }
}
