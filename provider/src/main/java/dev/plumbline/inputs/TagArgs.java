package dev.plumbline.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

/**
 * One tag. The components take tags as a list of key and value because pulumi-java 1.36 cannot read
 * map inputs sent by other languages.
 */
public final class TagArgs extends ResourceArgs {

    @Import(name = "key", required = true)
    private String key;

    @Import(name = "value", required = true)
    private Output<String> value;

    private TagArgs() {
    }

    /** Tag key, 1-128 characters, not starting with aws:. */
    public String key() {
        return key;
    }

    /** Tag value, at most 256 characters. */
    public Output<String> value() {
        return value;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link TagArgs}; arguments are validated when the component is constructed. */
    public static final class Builder {

        private final TagArgs args = new TagArgs();

        private Builder() {
        }

        /** See {@link TagArgs#key()}. */
        public Builder key(String key) {
            this.args.key = key;
            return this;
        }

        /** See {@link TagArgs#value()}. */
        public Builder value(Output<String> value) {
            this.args.value = value;
            return this;
        }

        /** See {@link TagArgs#value()}. */
        public Builder value(String value) {
            return value(Output.of(value));
        }

        public TagArgs build() {
            return args;
        }
    }
}
