package dev.plumbline.inputs;

import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** HTTP match of a listener rule. All given conditions must hold. */
public final class LatticeMatchArgs extends ResourceArgs {

    @Import(name = "pathExact")
    private String pathExact;

    @Import(name = "pathPrefix")
    private String pathPrefix;

    @Import(name = "pathCaseSensitive")
    private Boolean pathCaseSensitive;

    @Import(name = "method")
    private String method;

    @Import(name = "headers")
    private List<LatticeHeaderMatchArgs> headers;

    private LatticeMatchArgs() {
    }

    /** Exact path, starting with /. Not with pathPrefix. */
    public Optional<String> pathExact() {
        return Optional.ofNullable(pathExact);
    }

    /** Path prefix, starting with /. Not with pathExact. */
    public Optional<String> pathPrefix() {
        return Optional.ofNullable(pathPrefix);
    }

    /** Whether the path match is case sensitive. Default true. */
    public Optional<Boolean> pathCaseSensitive() {
        return Optional.ofNullable(pathCaseSensitive);
    }

    /**
     * HTTP method, matched exactly: GET, POST, PUT, DELETE, PATCH, HEAD, OPTIONS, CONNECT or TRACE.
     */
    public Optional<String> method() {
        return Optional.ofNullable(method);
    }

    /** Up to 5 header conditions. */
    public Optional<List<LatticeHeaderMatchArgs>> headers() {
        return Optional.ofNullable(headers);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link LatticeMatchArgs}; arguments are validated when the component is constructed. */
    public static final class Builder {

        private final LatticeMatchArgs args = new LatticeMatchArgs();

        private Builder() {
        }

        /** See {@link LatticeMatchArgs#pathExact()}. */
        public Builder pathExact(String pathExact) {
            this.args.pathExact = pathExact;
            return this;
        }

        /** See {@link LatticeMatchArgs#pathPrefix()}. */
        public Builder pathPrefix(String pathPrefix) {
            this.args.pathPrefix = pathPrefix;
            return this;
        }

        /** See {@link LatticeMatchArgs#pathCaseSensitive()}. */
        public Builder pathCaseSensitive(Boolean pathCaseSensitive) {
            this.args.pathCaseSensitive = pathCaseSensitive;
            return this;
        }

        /** See {@link LatticeMatchArgs#method()}. */
        public Builder method(String method) {
            this.args.method = method;
            return this;
        }

        /** See {@link LatticeMatchArgs#headers()}. */
        public Builder headers(List<LatticeHeaderMatchArgs> headers) {
            this.args.headers = headers == null ? null : Collections.unmodifiableList(new ArrayList<>(headers));
            return this;
        }

        /** See {@link LatticeMatchArgs#headers()}. */
        public Builder headers(LatticeHeaderMatchArgs... headers) {
            return headers(Arrays.asList(headers));
        }

        public LatticeMatchArgs build() {
            return args;
        }
    }
}
