package dev.plumbline.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** A VPC Lattice service with its target groups and listeners. */
public final class LatticeServiceArgs extends ResourceArgs {

    @Import(name = "name", required = true)
    private String name;

    @Import(name = "authType")
    private String authType;

    @Import(name = "authPolicy")
    private Output<String> authPolicy;

    @Import(name = "customDomainName")
    private Output<String> customDomainName;

    @Import(name = "certificateArn")
    private Output<String> certificateArn;

    @Import(name = "targetGroups")
    private List<LatticeTargetGroupArgs> targetGroups;

    @Import(name = "listeners", required = true)
    private List<LatticeListenerArgs> listeners;

    private LatticeServiceArgs() {
    }

    /**
     * Service name: 3-40 lower-case letters, digits and single hyphens, not starting with svc-;
     * part of its DNS name.
     */
    public String name() {
        return name;
    }

    /** NONE (default) or AWS_IAM. */
    public Optional<String> authType() {
        return Optional.ofNullable(authType);
    }

    /** Auth policy (IAM policy JSON, at most 10 KB); only with authType AWS_IAM. */
    public Optional<Output<String>> authPolicy() {
        return Optional.ofNullable(authPolicy);
    }

    /** Custom domain name; required by TLS_PASSTHROUGH listeners. */
    public Optional<Output<String>> customDomainName() {
        return Optional.ofNullable(customDomainName);
    }

    /** ACM certificate for the custom domain on HTTPS listeners. */
    public Optional<Output<String>> certificateArn() {
        return Optional.ofNullable(certificateArn);
    }

    /** Target groups the listeners forward to, referred to by name. */
    public Optional<List<LatticeTargetGroupArgs>> targetGroups() {
        return Optional.ofNullable(targetGroups);
    }

    /** One or two listeners (the Lattice limit per service). */
    public List<LatticeListenerArgs> listeners() {
        return listeners;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link LatticeServiceArgs}; arguments are validated when the component is constructed. */
    public static final class Builder {

        private final LatticeServiceArgs args = new LatticeServiceArgs();

        private Builder() {
        }

        /** See {@link LatticeServiceArgs#name()}. */
        public Builder name(String name) {
            this.args.name = name;
            return this;
        }

        /** See {@link LatticeServiceArgs#authType()}. */
        public Builder authType(String authType) {
            this.args.authType = authType;
            return this;
        }

        /** See {@link LatticeServiceArgs#authPolicy()}. */
        public Builder authPolicy(Output<String> authPolicy) {
            this.args.authPolicy = authPolicy;
            return this;
        }

        /** See {@link LatticeServiceArgs#authPolicy()}. */
        public Builder authPolicy(String authPolicy) {
            return authPolicy(Output.of(authPolicy));
        }

        /** See {@link LatticeServiceArgs#customDomainName()}. */
        public Builder customDomainName(Output<String> customDomainName) {
            this.args.customDomainName = customDomainName;
            return this;
        }

        /** See {@link LatticeServiceArgs#customDomainName()}. */
        public Builder customDomainName(String customDomainName) {
            return customDomainName(Output.of(customDomainName));
        }

        /** See {@link LatticeServiceArgs#certificateArn()}. */
        public Builder certificateArn(Output<String> certificateArn) {
            this.args.certificateArn = certificateArn;
            return this;
        }

        /** See {@link LatticeServiceArgs#certificateArn()}. */
        public Builder certificateArn(String certificateArn) {
            return certificateArn(Output.of(certificateArn));
        }

        /** See {@link LatticeServiceArgs#targetGroups()}. */
        public Builder targetGroups(List<LatticeTargetGroupArgs> targetGroups) {
            this.args.targetGroups = targetGroups == null ? null : Collections.unmodifiableList(new ArrayList<>(targetGroups));
            return this;
        }

        /** See {@link LatticeServiceArgs#targetGroups()}. */
        public Builder targetGroups(LatticeTargetGroupArgs... targetGroups) {
            return targetGroups(Arrays.asList(targetGroups));
        }

        /** See {@link LatticeServiceArgs#listeners()}. */
        public Builder listeners(List<LatticeListenerArgs> listeners) {
            this.args.listeners = listeners == null ? null : Collections.unmodifiableList(new ArrayList<>(listeners));
            return this;
        }

        /** See {@link LatticeServiceArgs#listeners()}. */
        public Builder listeners(LatticeListenerArgs... listeners) {
            return listeners(Arrays.asList(listeners));
        }

        public LatticeServiceArgs build() {
            return args;
        }
    }
}
