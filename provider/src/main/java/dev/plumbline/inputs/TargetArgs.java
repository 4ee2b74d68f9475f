package dev.plumbline.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

/**
 * A load balancer target with a name of your choice, which keeps child names stable when the list
 * is reordered.
 */
public final class TargetArgs extends ResourceArgs {

    @Import(name = "name", required = true)
    private String name;

    @Import(name = "id", required = true)
    private Output<String> id;

    private TargetArgs() {
    }

    /**
     * Key of the target in child names, e.g. fw-a: lower case, up to 20 characters, unique in the
     * list.
     */
    public String name() {
        return name;
    }

    /** Instance id (i-...) or private IPv4 address, as the target type says. */
    public Output<String> id() {
        return id;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link TargetArgs}; arguments are validated when the component is constructed. */
    public static final class Builder {

        private final TargetArgs args = new TargetArgs();

        private Builder() {
        }

        /** See {@link TargetArgs#name()}. */
        public Builder name(String name) {
            this.args.name = name;
            return this;
        }

        /** See {@link TargetArgs#id()}. */
        public Builder id(Output<String> id) {
            this.args.id = id;
            return this;
        }

        /** See {@link TargetArgs#id()}. */
        public Builder id(String id) {
            return id(Output.of(id));
        }

        public TargetArgs build() {
            return args;
        }
    }
}
