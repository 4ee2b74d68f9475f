package dev.plumbline.inputs;

import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** Health check of a Gateway Load Balancer target group. Ranges and defaults are AWS's. */
public final class GwlbHealthCheckArgs extends ResourceArgs {

    @Import(name = "protocol")
    private String protocol;

    @Import(name = "port")
    private Integer port;

    @Import(name = "path")
    private String path;

    @Import(name = "intervalSeconds")
    private Integer intervalSeconds;

    @Import(name = "timeoutSeconds")
    private Integer timeoutSeconds;

    @Import(name = "healthyThreshold")
    private Integer healthyThreshold;

    @Import(name = "unhealthyThreshold")
    private Integer unhealthyThreshold;

    private GwlbHealthCheckArgs() {
    }

    /** TCP (default), HTTP or HTTPS. */
    public Optional<String> protocol() {
        return Optional.ofNullable(protocol);
    }

    /** Port, 1-65535. Default 80. */
    public Optional<Integer> port() {
        return Optional.ofNullable(port);
    }

    /** Path for HTTP and HTTPS checks, starting with /. Default /. */
    public Optional<String> path() {
        return Optional.ofNullable(path);
    }

    /** Seconds between checks, 5-300. Default 10. */
    public Optional<Integer> intervalSeconds() {
        return Optional.ofNullable(intervalSeconds);
    }

    /** Seconds before a check fails, 2-120, less than the interval. Default 5. */
    public Optional<Integer> timeoutSeconds() {
        return Optional.ofNullable(timeoutSeconds);
    }

    /** Consecutive successes before a target is healthy, 2-10. Default 5. */
    public Optional<Integer> healthyThreshold() {
        return Optional.ofNullable(healthyThreshold);
    }

    /** Consecutive failures before a target is unhealthy, 2-10. Default 2. */
    public Optional<Integer> unhealthyThreshold() {
        return Optional.ofNullable(unhealthyThreshold);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link GwlbHealthCheckArgs}; arguments are validated when the component is constructed. */
    public static final class Builder {

        private final GwlbHealthCheckArgs args = new GwlbHealthCheckArgs();

        private Builder() {
        }

        /** See {@link GwlbHealthCheckArgs#protocol()}. */
        public Builder protocol(String protocol) {
            this.args.protocol = protocol;
            return this;
        }

        /** See {@link GwlbHealthCheckArgs#port()}. */
        public Builder port(Integer port) {
            this.args.port = port;
            return this;
        }

        /** See {@link GwlbHealthCheckArgs#path()}. */
        public Builder path(String path) {
            this.args.path = path;
            return this;
        }

        /** See {@link GwlbHealthCheckArgs#intervalSeconds()}. */
        public Builder intervalSeconds(Integer intervalSeconds) {
            this.args.intervalSeconds = intervalSeconds;
            return this;
        }

        /** See {@link GwlbHealthCheckArgs#timeoutSeconds()}. */
        public Builder timeoutSeconds(Integer timeoutSeconds) {
            this.args.timeoutSeconds = timeoutSeconds;
            return this;
        }

        /** See {@link GwlbHealthCheckArgs#healthyThreshold()}. */
        public Builder healthyThreshold(Integer healthyThreshold) {
            this.args.healthyThreshold = healthyThreshold;
            return this;
        }

        /** See {@link GwlbHealthCheckArgs#unhealthyThreshold()}. */
        public Builder unhealthyThreshold(Integer unhealthyThreshold) {
            this.args.unhealthyThreshold = unhealthyThreshold;
            return this;
        }

        public GwlbHealthCheckArgs build() {
            return args;
        }
    }
}
