package dev.plumbline;

import com.pulumi.aws.vpclattice.AccessLogSubscription;
import com.pulumi.aws.vpclattice.AccessLogSubscriptionArgs;
import com.pulumi.aws.vpclattice.AuthPolicy;
import com.pulumi.aws.vpclattice.AuthPolicyArgs;
import com.pulumi.aws.vpclattice.Listener;
import com.pulumi.aws.vpclattice.ListenerArgs;
import com.pulumi.aws.vpclattice.ListenerRule;
import com.pulumi.aws.vpclattice.ListenerRuleArgs;
import com.pulumi.aws.vpclattice.Service;
import com.pulumi.aws.vpclattice.ServiceArgs;
import com.pulumi.aws.vpclattice.ServiceNetwork;
import com.pulumi.aws.vpclattice.ServiceNetworkArgs;
import com.pulumi.aws.vpclattice.ServiceNetworkServiceAssociation;
import com.pulumi.aws.vpclattice.ServiceNetworkServiceAssociationArgs;
import com.pulumi.aws.vpclattice.ServiceNetworkVpcAssociation;
import com.pulumi.aws.vpclattice.ServiceNetworkVpcAssociationArgs;
import com.pulumi.aws.vpclattice.TargetGroup;
import com.pulumi.aws.vpclattice.TargetGroupArgs;
import com.pulumi.aws.vpclattice.TargetGroupAttachment;
import com.pulumi.aws.vpclattice.TargetGroupAttachmentArgs;
import com.pulumi.aws.vpclattice.inputs.ListenerDefaultActionArgs;
import com.pulumi.aws.vpclattice.inputs.ListenerDefaultActionFixedResponseArgs;
import com.pulumi.aws.vpclattice.inputs.ListenerDefaultActionForwardArgs;
import com.pulumi.aws.vpclattice.inputs.ListenerDefaultActionForwardTargetGroupArgs;
import com.pulumi.aws.vpclattice.inputs.ListenerRuleActionArgs;
import com.pulumi.aws.vpclattice.inputs.ListenerRuleActionFixedResponseArgs;
import com.pulumi.aws.vpclattice.inputs.ListenerRuleActionForwardArgs;
import com.pulumi.aws.vpclattice.inputs.ListenerRuleActionForwardTargetGroupArgs;
import com.pulumi.aws.vpclattice.inputs.ListenerRuleMatchArgs;
import com.pulumi.aws.vpclattice.inputs.ListenerRuleMatchHttpMatchArgs;
import com.pulumi.aws.vpclattice.inputs.ListenerRuleMatchHttpMatchHeaderMatchArgs;
import com.pulumi.aws.vpclattice.inputs.ListenerRuleMatchHttpMatchHeaderMatchMatchArgs;
import com.pulumi.aws.vpclattice.inputs.ListenerRuleMatchHttpMatchPathMatchArgs;
import com.pulumi.aws.vpclattice.inputs.ListenerRuleMatchHttpMatchPathMatchMatchArgs;
import com.pulumi.aws.vpclattice.inputs.TargetGroupAttachmentTargetArgs;
import com.pulumi.aws.vpclattice.inputs.TargetGroupConfigArgs;
import com.pulumi.aws.vpclattice.inputs.TargetGroupConfigHealthCheckArgs;
import com.pulumi.aws.vpclattice.inputs.TargetGroupConfigHealthCheckMatcherArgs;
import com.pulumi.aws.vpclattice.outputs.ServiceDnsEntry;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import dev.plumbline.internal.lattice.CheckedNetwork;
import dev.plumbline.internal.lattice.LatticeRules;
import dev.plumbline.internal.naming.ChildNames;
import dev.plumbline.internal.outputs.OutputMaps;
import dev.plumbline.internal.tagging.Tags;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A VPC Lattice service network, type token {@value #TYPE}: the network (auth type, optional auth
 * policy and access log subscription), its VPC associations with their security groups, and its
 * services, each with target groups and their targets, listeners with a default action and
 * prioritised rules (path, header and method matches; weighted forwards or fixed responses), and
 * the service's association with the network.
 *
 * <p>AWS: https://docs.aws.amazon.com/vpc-lattice/latest/ug/what-is-vpc-lattice.html. A request is
 * allowed only if the network's and the service's auth both allow it; AWS_IAM without a policy
 * denies everything. Targets must admit the VPC Lattice prefix list in their security groups, which
 * this component does not manage.
 */
public final class LatticeServiceNetwork extends ComponentResource {

    /** The Pulumi type token. */
    public static final String TYPE = "plumbline:index:LatticeServiceNetwork";

    /** The service network id (sn-...). */
    @Export(name = "serviceNetworkId")
    @Import(name = "serviceNetworkId", required = true)
    public final Output<String> serviceNetworkId;

    /** The service network ARN. */
    @Export(name = "serviceNetworkArn")
    @Import(name = "serviceNetworkArn", required = true)
    public final Output<String> serviceNetworkArn;

    /** Each service's id, by service name. */
    @Export(name = "serviceIds")
    @Import(name = "serviceIds", required = true)
    public final Output<Map<String, String>> serviceIds;

    /** Each service's ARN, by service name. */
    @Export(name = "serviceArns")
    @Import(name = "serviceArns", required = true)
    public final Output<Map<String, String>> serviceArns;

    /** Each service's generated DNS name (&lt;name&gt;-&lt;id&gt;...vpc-lattice-svcs.&lt;region&gt;.on.aws), by service name. */
    @Export(name = "serviceDnsNames")
    @Import(name = "serviceDnsNames", required = true)
    public final Output<Map<String, String>> serviceDnsNames;

    /** Each target group's id, by target group name. */
    @Export(name = "targetGroupIds")
    @Import(name = "targetGroupIds", required = true)
    public final Output<Map<String, String>> targetGroupIds;

    /**
     * Validates {@code args} (throwing {@link dev.plumbline.internal.validation.InvalidArgsException}
     * before any child exists) and creates the network.
     */
    public LatticeServiceNetwork(String name, LatticeServiceNetworkArgs args, ComponentResourceOptions options) {
        super(TYPE, name, null, options);
        CheckedNetwork net = LatticeRules.check(TYPE, name, args);
        ChildNames names = ChildNames.of(name);
        Tags tags = net.tags();

        String networkName = names.child("network");
        ServiceNetwork network = new ServiceNetwork(networkName, ServiceNetworkArgs.builder()
                .name(net.name())
                .authType(net.authType())
                .tags(tags.forChild(networkName))
                .build(), child());
        net.authPolicy().ifPresent(policy -> new AuthPolicy(names.child("network", "policy"), AuthPolicyArgs.builder()
                .resourceIdentifier(network.arn())
                .policy(policy)
                .build(), child()));
        net.accessLogDestinationArn().ifPresent(destination -> {
            String logName = names.child("access-log");
            new AccessLogSubscription(logName, AccessLogSubscriptionArgs.builder()
                    .resourceIdentifier(network.id())
                    .destinationArn(destination)
                    .tags(tags.forChild(logName))
                    .build(), child());
        });
        for (CheckedNetwork.VpcAssociation association : net.vpcAssociations()) {
            String associationName = names.child("vpc", association.name());
            ServiceNetworkVpcAssociationArgs.Builder vpc = ServiceNetworkVpcAssociationArgs.builder()
                    .serviceNetworkIdentifier(network.id())
                    .vpcIdentifier(association.vpcId())
                    .tags(tags.forChild(associationName));
            association.securityGroupIds().ifPresent(vpc::securityGroupIds);
            new ServiceNetworkVpcAssociation(associationName, vpc.build(), child());
        }

        Map<String, Output<String>> serviceIdsByName = new TreeMap<>();
        Map<String, Output<String>> serviceArnsByName = new TreeMap<>();
        Map<String, Output<String>> dnsNames = new TreeMap<>();
        Map<String, Output<String>> targetGroupIdsByName = new TreeMap<>();
        for (CheckedNetwork.Service s : net.services()) {
            String serviceName = names.child("svc", s.name());
            ServiceArgs.Builder serviceArgs = ServiceArgs.builder()
                    .name(s.name())
                    .authType(s.authType())
                    .tags(tags.forChild(serviceName));
            s.customDomainName().ifPresent(serviceArgs::customDomainName);
            s.certificateArn().ifPresent(serviceArgs::certificateArn);
            Service service = new Service(serviceName, serviceArgs.build(), child());
            s.authPolicy().ifPresent(policy -> new AuthPolicy(names.child("svc", s.name(), "policy"), AuthPolicyArgs.builder()
                    .resourceIdentifier(service.arn())
                    .policy(policy)
                    .build(), child()));
            String associationName = names.child("assoc", s.name());
            new ServiceNetworkServiceAssociation(associationName, ServiceNetworkServiceAssociationArgs.builder()
                    .serviceIdentifier(service.id())
                    .serviceNetworkIdentifier(network.id())
                    .tags(tags.forChild(associationName))
                    .build(), child());

            Map<String, Output<String>> tgIds = new HashMap<>();
            for (CheckedNetwork.TargetGroup tg : s.targetGroups()) {
                TargetGroup created = targetGroup(tg, names, tags);
                tgIds.put(tg.name(), created.id());
                targetGroupIdsByName.put(tg.name(), created.id());
            }
            for (CheckedNetwork.Listener l : s.listeners()) {
                String listenerName = names.child("listener", s.name(), l.name());
                Listener listener = new Listener(listenerName, ListenerArgs.builder()
                        .name(l.name())
                        .protocol(l.protocol())
                        .port(l.port())
                        .serviceIdentifier(service.id())
                        .defaultAction(defaultAction(l.defaultAction(), tgIds))
                        .tags(tags.forChild(listenerName))
                        .build(), child());
                for (CheckedNetwork.Rule r : l.rules()) {
                    String ruleName = names.child("rule", s.name(), l.name(), r.name());
                    new ListenerRule(ruleName, ListenerRuleArgs.builder()
                            .name(r.name())
                            .priority(r.priority())
                            .serviceIdentifier(service.id())
                            .listenerIdentifier(listener.listenerId())
                            .match(match(r.match()))
                            .action(ruleAction(r.action(), tgIds))
                            .tags(tags.forChild(ruleName))
                            .build(), child());
                }
            }
            serviceIdsByName.put(s.name(), service.id());
            serviceArnsByName.put(s.name(), service.arn());
            dnsNames.put(s.name(), service.dnsEntries().applyValue(LatticeServiceNetwork::firstDomainName));
        }

        this.serviceNetworkId = network.id();
        this.serviceNetworkArn = network.arn();
        this.serviceIds = OutputMaps.of(serviceIdsByName);
        this.serviceArns = OutputMaps.of(serviceArnsByName);
        this.serviceDnsNames = OutputMaps.of(dnsNames);
        this.targetGroupIds = OutputMaps.of(targetGroupIdsByName);
        registerOutputs(Map.of(
                "serviceNetworkId", serviceNetworkId,
                "serviceNetworkArn", serviceNetworkArn,
                "serviceIds", serviceIds,
                "serviceArns", serviceArns,
                "serviceDnsNames", serviceDnsNames,
                "targetGroupIds", targetGroupIds));
    }

    private TargetGroup targetGroup(CheckedNetwork.TargetGroup tg, ChildNames names, Tags tags) {
        String tgName = names.child("tg", tg.name());
        TargetGroupArgs.Builder args = TargetGroupArgs.builder()
                .name(tg.name())
                .type(tg.type())
                .tags(tags.forChild(tgName));
        if (!"LAMBDA".equals(tg.type())) {
            TargetGroupConfigArgs.Builder config = TargetGroupConfigArgs.builder();
            tg.vpcId().ifPresent(config::vpcIdentifier);
            tg.port().ifPresent(config::port);
            tg.protocol().ifPresent(config::protocol);
            tg.protocolVersion().ifPresent(config::protocolVersion);
            tg.healthCheck().ifPresent(h -> config.healthCheck(healthCheck(h)));
            args.config(config.build());
        }
        TargetGroup created = new TargetGroup(tgName, args.build(), child());
        tg.targets().forEach((key, target) -> {
            TargetGroupAttachmentTargetArgs.Builder t = TargetGroupAttachmentTargetArgs.builder().id(target.id());
            target.port().ifPresent(t::port);
            new TargetGroupAttachment(names.child("target", tg.name(), key), TargetGroupAttachmentArgs.builder()
                    .targetGroupIdentifier(created.id())
                    .target(t.build())
                    .build(), child());
        });
        return created;
    }

    private static TargetGroupConfigHealthCheckArgs healthCheck(CheckedNetwork.HealthCheck h) {
        TargetGroupConfigHealthCheckArgs.Builder b = TargetGroupConfigHealthCheckArgs.builder().enabled(h.enabled());
        h.protocol().ifPresent(b::protocol);
        h.port().ifPresent(b::port);
        h.path().ifPresent(b::path);
        h.intervalSeconds().ifPresent(b::healthCheckIntervalSeconds);
        h.timeoutSeconds().ifPresent(b::healthCheckTimeoutSeconds);
        h.healthyThreshold().ifPresent(b::healthyThresholdCount);
        h.unhealthyThreshold().ifPresent(b::unhealthyThresholdCount);
        h.matcher().ifPresent(m -> b.matcher(TargetGroupConfigHealthCheckMatcherArgs.builder().value(m).build()));
        return b.build();
    }

    private static ListenerDefaultActionArgs defaultAction(CheckedNetwork.Action action, Map<String, Output<String>> tgIds) {
        if (action.fixedResponseStatusCode().isPresent()) {
            return ListenerDefaultActionArgs.builder()
                    .fixedResponse(ListenerDefaultActionFixedResponseArgs.builder()
                            .statusCode(action.fixedResponseStatusCode().get())
                            .build())
                    .build();
        }
        List<ListenerDefaultActionForwardTargetGroupArgs> targets = action.forward().stream()
                .map(w -> ListenerDefaultActionForwardTargetGroupArgs.builder()
                        .targetGroupIdentifier(tgIds.get(w.targetGroup()))
                        .weight(w.weight())
                        .build())
                .toList();
        return ListenerDefaultActionArgs.builder()
                .forwards(ListenerDefaultActionForwardArgs.builder().targetGroups(targets).build())
                .build();
    }

    private static ListenerRuleActionArgs ruleAction(CheckedNetwork.Action action, Map<String, Output<String>> tgIds) {
        if (action.fixedResponseStatusCode().isPresent()) {
            return ListenerRuleActionArgs.builder()
                    .fixedResponse(ListenerRuleActionFixedResponseArgs.builder()
                            .statusCode(action.fixedResponseStatusCode().get())
                            .build())
                    .build();
        }
        List<ListenerRuleActionForwardTargetGroupArgs> targets = action.forward().stream()
                .map(w -> ListenerRuleActionForwardTargetGroupArgs.builder()
                        .targetGroupIdentifier(tgIds.get(w.targetGroup()))
                        .weight(w.weight())
                        .build())
                .toList();
        return ListenerRuleActionArgs.builder()
                .forward(ListenerRuleActionForwardArgs.builder().targetGroups(targets).build())
                .build();
    }

    private static ListenerRuleMatchArgs match(CheckedNetwork.Match m) {
        ListenerRuleMatchHttpMatchArgs.Builder http = ListenerRuleMatchHttpMatchArgs.builder();
        if (m.pathExact().isPresent() || m.pathPrefix().isPresent()) {
            ListenerRuleMatchHttpMatchPathMatchMatchArgs.Builder path = ListenerRuleMatchHttpMatchPathMatchMatchArgs.builder();
            m.pathExact().ifPresent(path::exact);
            m.pathPrefix().ifPresent(path::prefix);
            http.pathMatch(ListenerRuleMatchHttpMatchPathMatchArgs.builder()
                    .caseSensitive(m.pathCaseSensitive())
                    .match(path.build())
                    .build());
        }
        m.method().ifPresent(http::method);
        if (!m.headers().isEmpty()) {
            http.headerMatches(m.headers().stream().map(h -> {
                ListenerRuleMatchHttpMatchHeaderMatchMatchArgs.Builder value = ListenerRuleMatchHttpMatchHeaderMatchMatchArgs.builder();
                switch (h.kind()) {
                    case "exact" -> value.exact(h.value());
                    case "prefix" -> value.prefix(h.value());
                    default -> value.contains(h.value());
                }
                return ListenerRuleMatchHttpMatchHeaderMatchArgs.builder()
                        .name(h.name())
                        .caseSensitive(h.caseSensitive())
                        .match(value.build())
                        .build();
            }).toList());
        }
        return ListenerRuleMatchArgs.builder().httpMatch(http.build()).build();
    }

    private static String firstDomainName(List<ServiceDnsEntry> entries) {
        return entries.stream().map(ServiceDnsEntry::domainName).flatMap(java.util.Optional::stream).findFirst().orElse("");
    }

    private CustomResourceOptions child() {
        return CustomResourceOptions.builder().parent(this).build();
    }
}
