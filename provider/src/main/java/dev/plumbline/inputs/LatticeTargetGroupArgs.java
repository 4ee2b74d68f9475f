package dev.plumbline.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** A VPC Lattice target group and its targets. */
public final class LatticeTargetGroupArgs extends ResourceArgs {

    @Import(name = "name", required = true)
    private String name;

    @Import(name = "type", required = true)
    private String type;

    @Import(name = "vpcId")
    private Output<String> vpcId;

    @Import(name = "port")
    private Integer port;

    @Import(name = "protocol")
    private String protocol;

    @Import(name = "protocolVersion")
    private String protocolVersion;

    @Import(name = "healthCheck")
    private LatticeHealthCheckArgs healthCheck;

    @Import(name = "targets")
    private List<LatticeTargetArgs> targets;

    private LatticeTargetGroupArgs() {
    }

    /**
     * Target group name: 3-128 lower-case letters, digits and single hyphens, not starting with
     * tg-; unique in the network.
     */
    public String name() {
        return name;
    }

    /** INSTANCE, IP, LAMBDA or ALB. */
    public String type() {
        return type;
    }

    /** VPC of the targets; required except for LAMBDA. */
    public Optional<Output<String>> vpcId() {
        return Optional.ofNullable(vpcId);
    }

    /** Target port, 1-65535; required except for LAMBDA. */
    public Optional<Integer> port() {
        return Optional.ofNullable(port);
    }

    /**
     * HTTP, HTTPS or TCP; required except for LAMBDA. TCP target groups serve TLS_PASSTHROUGH
     * listeners.
     */
    public Optional<String> protocol() {
        return Optional.ofNullable(protocol);
    }

    /** HTTP1 (default), HTTP2 or GRPC, for HTTP and HTTPS target groups. */
    public Optional<String> protocolVersion() {
        return Optional.ofNullable(protocolVersion);
    }

    /**
     * Health check; not supported for LAMBDA and ALB. Default: on for HTTP1, off for HTTP2 and TCP.
     */
    public Optional<LatticeHealthCheckArgs> healthCheck() {
        return Optional.ofNullable(healthCheck);
    }

    /**
     * Targets to register: instance ids, IPs, a Lambda function ARN or an ALB ARN, each with a name
     * of your choice and an optional port.
     */
    public Optional<List<LatticeTargetArgs>> targets() {
        return Optional.ofNullable(targets);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link LatticeTargetGroupArgs}; arguments are validated when the component is constructed. */
    public static final class Builder {

        private final LatticeTargetGroupArgs args = new LatticeTargetGroupArgs();

        private Builder() {
        }

        /** See {@link LatticeTargetGroupArgs#name()}. */
        public Builder name(String name) {
            this.args.name = name;
            return this;
        }

        /** See {@link LatticeTargetGroupArgs#type()}. */
        public Builder type(String type) {
            this.args.type = type;
            return this;
        }

        /** See {@link LatticeTargetGroupArgs#vpcId()}. */
        public Builder vpcId(Output<String> vpcId) {
            this.args.vpcId = vpcId;
            return this;
        }

        /** See {@link LatticeTargetGroupArgs#vpcId()}. */
        public Builder vpcId(String vpcId) {
            return vpcId(Output.of(vpcId));
        }

        /** See {@link LatticeTargetGroupArgs#port()}. */
        public Builder port(Integer port) {
            this.args.port = port;
            return this;
        }

        /** See {@link LatticeTargetGroupArgs#protocol()}. */
        public Builder protocol(String protocol) {
            this.args.protocol = protocol;
            return this;
        }

        /** See {@link LatticeTargetGroupArgs#protocolVersion()}. */
        public Builder protocolVersion(String protocolVersion) {
            this.args.protocolVersion = protocolVersion;
            return this;
        }

        /** See {@link LatticeTargetGroupArgs#healthCheck()}. */
        public Builder healthCheck(LatticeHealthCheckArgs healthCheck) {
            this.args.healthCheck = healthCheck;
            return this;
        }

        /** See {@link LatticeTargetGroupArgs#targets()}. */
        public Builder targets(List<LatticeTargetArgs> targets) {
            this.args.targets = targets == null ? null : Collections.unmodifiableList(new ArrayList<>(targets));
            return this;
        }

        /** See {@link LatticeTargetGroupArgs#targets()}. */
        public Builder targets(LatticeTargetArgs... targets) {
            return targets(Arrays.asList(targets));
        }

        public LatticeTargetGroupArgs build() {
            return args;
        }
    }
}
