package dev.plumbline.inputs;

import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** A listener of a VPC Lattice service: a default action and prioritised rules. */
public final class LatticeListenerArgs extends ResourceArgs {

    @Import(name = "name", required = true)
    private String name;

    @Import(name = "protocol", required = true)
    private String protocol;

    @Import(name = "port")
    private Integer port;

    @Import(name = "defaultAction", required = true)
    private LatticeActionArgs defaultAction;

    @Import(name = "rules")
    private List<LatticeRuleArgs> rules;

    private LatticeListenerArgs() {
    }

    /**
     * Listener name: 3-63 lower-case letters, digits and single hyphens, unique in the service.
     */
    public String name() {
        return name;
    }

    /** HTTP, HTTPS or TLS_PASSTHROUGH. */
    public String protocol() {
        return protocol;
    }

    /** Port, 1-65535. Default 80 for HTTP, 443 otherwise. */
    public Optional<Integer> port() {
        return Optional.ofNullable(port);
    }

    /** What requests matching no rule get. */
    public LatticeActionArgs defaultAction() {
        return defaultAction;
    }

    /** Rules, evaluated by priority; not allowed on TLS_PASSTHROUGH listeners. */
    public Optional<List<LatticeRuleArgs>> rules() {
        return Optional.ofNullable(rules);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link LatticeListenerArgs}; arguments are validated when the component is constructed. */
    public static final class Builder {

        private final LatticeListenerArgs args = new LatticeListenerArgs();

        private Builder() {
        }

        /** See {@link LatticeListenerArgs#name()}. */
        public Builder name(String name) {
            this.args.name = name;
            return this;
        }

        /** See {@link LatticeListenerArgs#protocol()}. */
        public Builder protocol(String protocol) {
            this.args.protocol = protocol;
            return this;
        }

        /** See {@link LatticeListenerArgs#port()}. */
        public Builder port(Integer port) {
            this.args.port = port;
            return this;
        }

        /** See {@link LatticeListenerArgs#defaultAction()}. */
        public Builder defaultAction(LatticeActionArgs defaultAction) {
            this.args.defaultAction = defaultAction;
            return this;
        }

        /** See {@link LatticeListenerArgs#rules()}. */
        public Builder rules(List<LatticeRuleArgs> rules) {
            this.args.rules = rules == null ? null : Collections.unmodifiableList(new ArrayList<>(rules));
            return this;
        }

        /** See {@link LatticeListenerArgs#rules()}. */
        public Builder rules(LatticeRuleArgs... rules) {
            return rules(Arrays.asList(rules));
        }

        public LatticeListenerArgs build() {
            return args;
        }
    }
}
