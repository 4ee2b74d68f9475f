package dev.plumbline.inputs;

import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

/** A listener rule: requests matching all given conditions get the action. */
public final class LatticeRuleArgs extends ResourceArgs {

    @Import(name = "name", required = true)
    private String name;

    @Import(name = "priority", required = true)
    private Integer priority;

    @Import(name = "match", required = true)
    private LatticeMatchArgs match;

    @Import(name = "action", required = true)
    private LatticeActionArgs action;

    private LatticeRuleArgs() {
    }

    /** Rule name: 3-63 lower-case letters, digits and single hyphens, unique in the listener. */
    public String name() {
        return name;
    }

    /** Priority 1-100, lowest first; unique in the listener. */
    public Integer priority() {
        return priority;
    }

    /** Conditions; at least one of path, method or headers. */
    public LatticeMatchArgs match() {
        return match;
    }

    /** Forward or fixed response. */
    public LatticeActionArgs action() {
        return action;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link LatticeRuleArgs}; arguments are validated when the component is constructed. */
    public static final class Builder {

        private final LatticeRuleArgs args = new LatticeRuleArgs();

        private Builder() {
        }

        /** See {@link LatticeRuleArgs#name()}. */
        public Builder name(String name) {
            this.args.name = name;
            return this;
        }

        /** See {@link LatticeRuleArgs#priority()}. */
        public Builder priority(Integer priority) {
            this.args.priority = priority;
            return this;
        }

        /** See {@link LatticeRuleArgs#match()}. */
        public Builder match(LatticeMatchArgs match) {
            this.args.match = match;
            return this;
        }

        /** See {@link LatticeRuleArgs#action()}. */
        public Builder action(LatticeActionArgs action) {
            this.args.action = action;
            return this;
        }

        public LatticeRuleArgs build() {
            return args;
        }
    }
}
