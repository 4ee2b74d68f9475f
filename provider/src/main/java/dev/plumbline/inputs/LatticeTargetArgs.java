package dev.plumbline.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** One target of a VPC Lattice target group. */
public final class LatticeTargetArgs extends ResourceArgs {

    @Import(name = "name", required = true)
    private String name;

    @Import(name = "id", required = true)
    private Output<String> id;

    @Import(name = "port")
    private Integer port;

    private LatticeTargetArgs() {
    }

    /**
     * Key of the target in child names, e.g. web-1; unique in the target group. Keeps names stable
     * when the list is reordered.
     */
    public String name() {
        return name;
    }

    /** Instance id, IP address, Lambda function ARN or ALB ARN, matching the target group type. */
    public Output<String> id() {
        return id;
    }

    /** Port on this target. Default: the target group port. */
    public Optional<Integer> port() {
        return Optional.ofNullable(port);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link LatticeTargetArgs}; arguments are validated when the component is constructed. */
    public static final class Builder {

        private final LatticeTargetArgs args = new LatticeTargetArgs();

        private Builder() {
        }

        /** See {@link LatticeTargetArgs#name()}. */
        public Builder name(String name) {
            this.args.name = name;
            return this;
        }

        /** See {@link LatticeTargetArgs#id()}. */
        public Builder id(Output<String> id) {
            this.args.id = id;
            return this;
        }

        /** See {@link LatticeTargetArgs#id()}. */
        public Builder id(String id) {
            return id(Output.of(id));
        }

        /** See {@link LatticeTargetArgs#port()}. */
        public Builder port(Integer port) {
            this.args.port = port;
            return this;
        }

        public LatticeTargetArgs build() {
            return args;
        }
    }
}
