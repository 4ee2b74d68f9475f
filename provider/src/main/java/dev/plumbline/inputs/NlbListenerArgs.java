package dev.plumbline.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** One listener of a {@link NewNetworkLoadBalancerArgs}, with its own target group. */
public final class NlbListenerArgs extends ResourceArgs {

    @Import(name = "port", required = true)
    private Integer port;

    @Import(name = "protocol")
    private String protocol;

    @Import(name = "targetPort")
    private Integer targetPort;

    @Import(name = "certificateArn")
    private Output<String> certificateArn;

    private NlbListenerArgs() {
    }

    /** Listener port, 1-65535. */
    public Integer port() {
        return port;
    }

    /** TCP (default), TLS, UDP or TCP_UDP. */
    public Optional<String> protocol() {
        return Optional.ofNullable(protocol);
    }

    /** Port on the targets. Default: the listener port. */
    public Optional<Integer> targetPort() {
        return Optional.ofNullable(targetPort);
    }

    /** ACM certificate ARN; required for TLS, refused otherwise. */
    public Optional<Output<String>> certificateArn() {
        return Optional.ofNullable(certificateArn);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link NlbListenerArgs}; arguments are validated when the component is constructed. */
    public static final class Builder {

        private final NlbListenerArgs args = new NlbListenerArgs();

        private Builder() {
        }

        /** See {@link NlbListenerArgs#port()}. */
        public Builder port(Integer port) {
            this.args.port = port;
            return this;
        }

        /** See {@link NlbListenerArgs#protocol()}. */
        public Builder protocol(String protocol) {
            this.args.protocol = protocol;
            return this;
        }

        /** See {@link NlbListenerArgs#targetPort()}. */
        public Builder targetPort(Integer targetPort) {
            this.args.targetPort = targetPort;
            return this;
        }

        /** See {@link NlbListenerArgs#certificateArn()}. */
        public Builder certificateArn(Output<String> certificateArn) {
            this.args.certificateArn = certificateArn;
            return this;
        }

        /** See {@link NlbListenerArgs#certificateArn()}. */
        public Builder certificateArn(String certificateArn) {
            return certificateArn(Output.of(certificateArn));
        }

        public NlbListenerArgs build() {
            return args;
        }
    }
}
