package dev.plumbline.inputs;

import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** Health check of a VPC Lattice target group. Ranges and defaults are AWS's. */
public final class LatticeHealthCheckArgs extends ResourceArgs {

    @Import(name = "enabled")
    private Boolean enabled;

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

    @Import(name = "matcher")
    private String matcher;

    private LatticeHealthCheckArgs() {
    }

    /** Whether health checks run. Default true when this object is given. */
    public Optional<Boolean> enabled() {
        return Optional.ofNullable(enabled);
    }

    /** HTTP or HTTPS. Default: the target group's protocol. */
    public Optional<String> protocol() {
        return Optional.ofNullable(protocol);
    }

    /** Port, 1-65535. Default: the target port. */
    public Optional<Integer> port() {
        return Optional.ofNullable(port);
    }

    /** Path, starting with /. Default /. */
    public Optional<String> path() {
        return Optional.ofNullable(path);
    }

    /** Seconds between checks, 5-300. Default 30. */
    public Optional<Integer> intervalSeconds() {
        return Optional.ofNullable(intervalSeconds);
    }

    /** Seconds before a check fails, 1-120. Default 5. */
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

    /** Expected HTTP codes, e.g. 200 or 200-299. Default 200. */
    public Optional<String> matcher() {
        return Optional.ofNullable(matcher);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link LatticeHealthCheckArgs}; arguments are validated when the component is constructed. */
    public static final class Builder {

        private final LatticeHealthCheckArgs args = new LatticeHealthCheckArgs();

        private Builder() {
        }

        /** See {@link LatticeHealthCheckArgs#enabled()}. */
        public Builder enabled(Boolean enabled) {
            this.args.enabled = enabled;
            return this;
        }

        /** See {@link LatticeHealthCheckArgs#protocol()}. */
        public Builder protocol(String protocol) {
            this.args.protocol = protocol;
            return this;
        }

        /** See {@link LatticeHealthCheckArgs#port()}. */
        public Builder port(Integer port) {
            this.args.port = port;
            return this;
        }

        /** See {@link LatticeHealthCheckArgs#path()}. */
        public Builder path(String path) {
            this.args.path = path;
            return this;
        }

        /** See {@link LatticeHealthCheckArgs#intervalSeconds()}. */
        public Builder intervalSeconds(Integer intervalSeconds) {
            this.args.intervalSeconds = intervalSeconds;
            return this;
        }

        /** See {@link LatticeHealthCheckArgs#timeoutSeconds()}. */
        public Builder timeoutSeconds(Integer timeoutSeconds) {
            this.args.timeoutSeconds = timeoutSeconds;
            return this;
        }

        /** See {@link LatticeHealthCheckArgs#healthyThreshold()}. */
        public Builder healthyThreshold(Integer healthyThreshold) {
            this.args.healthyThreshold = healthyThreshold;
            return this;
        }

        /** See {@link LatticeHealthCheckArgs#unhealthyThreshold()}. */
        public Builder unhealthyThreshold(Integer unhealthyThreshold) {
            this.args.unhealthyThreshold = unhealthyThreshold;
            return this;
        }

        /** See {@link LatticeHealthCheckArgs#matcher()}. */
        public Builder matcher(String matcher) {
            this.args.matcher = matcher;
            return this;
        }

        public LatticeHealthCheckArgs build() {
            return args;
        }
    }
}
