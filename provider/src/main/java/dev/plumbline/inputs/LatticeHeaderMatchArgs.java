package dev.plumbline.inputs;

import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** A header condition of a listener rule: exactly one of exact, prefix or contains. */
public final class LatticeHeaderMatchArgs extends ResourceArgs {

    @Import(name = "name", required = true)
    private String name;

    @Import(name = "exact")
    private String exact;

    @Import(name = "prefix")
    private String prefix;

    @Import(name = "contains")
    private String contains;

    @Import(name = "caseSensitive")
    private Boolean caseSensitive;

    private LatticeHeaderMatchArgs() {
    }

    /** Header name. */
    public String name() {
        return name;
    }

    /** The value equals this. */
    public Optional<String> exact() {
        return Optional.ofNullable(exact);
    }

    /** The value starts with this. */
    public Optional<String> prefix() {
        return Optional.ofNullable(prefix);
    }

    /** The value contains this. */
    public Optional<String> contains() {
        return Optional.ofNullable(contains);
    }

    /** Whether the value match is case sensitive. Default false. */
    public Optional<Boolean> caseSensitive() {
        return Optional.ofNullable(caseSensitive);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link LatticeHeaderMatchArgs}; arguments are validated when the component is constructed. */
    public static final class Builder {

        private final LatticeHeaderMatchArgs args = new LatticeHeaderMatchArgs();

        private Builder() {
        }

        /** See {@link LatticeHeaderMatchArgs#name()}. */
        public Builder name(String name) {
            this.args.name = name;
            return this;
        }

        /** See {@link LatticeHeaderMatchArgs#exact()}. */
        public Builder exact(String exact) {
            this.args.exact = exact;
            return this;
        }

        /** See {@link LatticeHeaderMatchArgs#prefix()}. */
        public Builder prefix(String prefix) {
            this.args.prefix = prefix;
            return this;
        }

        /** See {@link LatticeHeaderMatchArgs#contains()}. */
        public Builder contains(String contains) {
            this.args.contains = contains;
            return this;
        }

        /** See {@link LatticeHeaderMatchArgs#caseSensitive()}. */
        public Builder caseSensitive(Boolean caseSensitive) {
            this.args.caseSensitive = caseSensitive;
            return this;
        }

        public LatticeHeaderMatchArgs build() {
            return args;
        }
    }
}
