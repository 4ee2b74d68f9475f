package dev.plumbline.validator.ingest.pulumi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.elb.TargetHealth;
import dev.plumbline.validator.model.lattice.AuthType;
import dev.plumbline.validator.model.lattice.HeaderMatch;
import dev.plumbline.validator.model.lattice.HttpMatch;
import dev.plumbline.validator.model.lattice.LatticeAction;
import dev.plumbline.validator.model.lattice.LatticeListener;
import dev.plumbline.validator.model.lattice.LatticeProtocol;
import dev.plumbline.validator.model.lattice.LatticeRule;
import dev.plumbline.validator.model.lattice.LatticeService;
import dev.plumbline.validator.model.lattice.LatticeTarget;
import dev.plumbline.validator.model.lattice.LatticeTargetGroup;
import dev.plumbline.validator.model.lattice.PathMatch;
import dev.plumbline.validator.model.lattice.ServiceAssociation;
import dev.plumbline.validator.model.lattice.ServiceNetwork;
import dev.plumbline.validator.model.lattice.VpcAssociation;
import dev.plumbline.validator.model.lattice.WeightedTargetGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * VPC Lattice ({@code aws:vpclattice/*}). Identifiers may be ids or ARNs; both resolve. A forward
 * action whose target groups are unknown at preview time is resolved through the property
 * dependencies only when the weights make the order irrelevant; otherwise its target groups stay
 * unknown and a request trace that reaches it is undetermined.
 */
final class LatticeMapping {

    static final String SERVICE_NETWORK = "aws:vpclattice/serviceNetwork:ServiceNetwork";
    static final String VPC_ASSOCIATION = "aws:vpclattice/serviceNetworkVpcAssociation:ServiceNetworkVpcAssociation";
    static final String SERVICE_ASSOCIATION = "aws:vpclattice/serviceNetworkServiceAssociation:ServiceNetworkServiceAssociation";
    static final String SERVICE = "aws:vpclattice/service:Service";
    static final String LISTENER = "aws:vpclattice/listener:Listener";
    static final String RULE = "aws:vpclattice/listenerRule:ListenerRule";
    static final String TARGET_GROUP = "aws:vpclattice/targetGroup:TargetGroup";
    static final String ATTACHMENT = "aws:vpclattice/targetGroupAttachment:TargetGroupAttachment";
    static final String AUTH_POLICY = "aws:vpclattice/authPolicy:AuthPolicy";
    static final String ACCESS_LOGS = "aws:vpclattice/accessLogSubscription:AccessLogSubscription";

    private final MappingContext ctx;

    LatticeMapping(MappingContext ctx) {
        this.ctx = ctx;
    }

    void map() {
        for (PulumiResource r : ctx.ofType(SERVICE_NETWORK)) {
            ctx.markMapped(r);
            ctx.net.add(new ServiceNetwork(MappingContext.modelId(r), MappingContext.text(r, "arn"), r.name(),
                    authType(r), policyOf(r), r.origin()));
        }
        for (PulumiResource r : ctx.ofType(VPC_ASSOCIATION)) {
            ctx.markMapped(r);
            List<String> groups = new ArrayList<>();
            ctx.refList(r, "securityGroupIds", FilterMapping.GROUP_TYPES).forEach(g -> g.toOptional().ifPresent(groups::add));
            ctx.net.add(new VpcAssociation(MappingContext.modelId(r),
                    ctx.ref(r, "serviceNetworkIdentifier", Set.of(SERVICE_NETWORK)).orElse(""),
                    ctx.ref(r, "vpcIdentifier", Set.of(VpcMapping.VPC)).orElse(""), groups, MappingContext.text(r, "status"),
                    r.origin()));
        }
        for (PulumiResource r : ctx.ofType(SERVICE_ASSOCIATION)) {
            ctx.markMapped(r);
            ctx.net.add(new ServiceAssociation(MappingContext.modelId(r),
                    ctx.ref(r, "serviceNetworkIdentifier", Set.of(SERVICE_NETWORK)).orElse(""),
                    ctx.ref(r, "serviceIdentifier", Set.of(SERVICE)).orElse(""), MappingContext.text(r, "status"), r.origin()));
        }
        for (PulumiResource r : ctx.ofType(SERVICE)) {
            service(r);
        }
        for (PulumiResource r : ctx.ofType(TARGET_GROUP)) {
            targetGroup(r);
        }
        for (PulumiResource r : ctx.ofType(LISTENER)) {
            listener(r);
        }
        for (PulumiResource r : ctx.ofType(RULE)) {
            rule(r);
        }
        ctx.ofType(ACCESS_LOGS).forEach(ctx::markMapped);
    }

    private static AuthType authType(PulumiResource r) {
        return "AWS_IAM".equalsIgnoreCase(MappingContext.text(r, "authType")) ? AuthType.AWS_IAM : AuthType.NONE;
    }

    /** The auth policy attached to a service network or service by an AuthPolicy resource. */
    private String policyOf(PulumiResource owner) {
        String id = MappingContext.modelId(owner);
        List<PulumiResource> policies = new ArrayList<>(ctx.referencing(AUTH_POLICY, "resourceIdentifier",
                Set.of(SERVICE_NETWORK, SERVICE), id));
        if (!MappingContext.text(owner, "arn").isEmpty()) {
            policies.addAll(ctx.referencing(AUTH_POLICY, "resourceIdentifier", Set.of(SERVICE_NETWORK, SERVICE),
                    MappingContext.text(owner, "arn")));
        }
        for (PulumiResource policy : policies) {
            ctx.markMapped(policy);
            JsonNode value = policy.value("policy");
            if (PulumiValues.isSecret(value)) {
                return "";
            }
            if (!PulumiValues.isKnown(value)) {
                ctx.info(policy, policy.urn() + ": the auth policy is not known from the plan; requests to "
                        + owner.name() + " are evaluated as if it had none");
                return "";
            }
            return value.isTextual() ? value.asText() : value.toString();
        }
        return "";
    }

    private void service(PulumiResource r) {
        ctx.markMapped(r);
        Planned<String> dns = new Planned.Unknown<>(r.urn(), "dnsEntries");
        for (JsonNode entry : MappingContext.list(r.value("dnsEntries"))) {
            String name = MappingContext.text(entry, "domainName");
            if (!name.isEmpty()) {
                dns = Planned.known(name);
            }
        }
        ctx.net.add(new LatticeService(MappingContext.modelId(r), MappingContext.text(r, "arn"), r.name(), dns,
                MappingContext.text(r, "customDomainName"), authType(r), policyOf(r), r.origin()));
    }

    private void targetGroup(PulumiResource r) {
        ctx.markMapped(r);
        String id = MappingContext.modelId(r);
        LatticeTargetGroup.Type type = switch (MappingContext.text(r, "type").toUpperCase(Locale.ROOT)) {
            case "IP" -> LatticeTargetGroup.Type.IP;
            case "LAMBDA" -> LatticeTargetGroup.Type.LAMBDA;
            case "ALB" -> LatticeTargetGroup.Type.ALB;
            default -> LatticeTargetGroup.Type.INSTANCE;
        };
        JsonNode config = r.value("config");
        JsonNode check = config == null ? null : config.get("healthCheck");
        Boolean checkEnabled = check == null || check.isNull() ? null
                : !"false".equalsIgnoreCase(MappingContext.text(check, "enabled"));
        String vpc = "";
        if (config != null && config.has("vpcIdentifier")) {
            com.fasterxml.jackson.databind.node.ObjectNode probe = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                    .objectNode();
            vpc = ctx.refs(r, "config", List.of(new MappingContext.Slot(config.get("vpcIdentifier"), Set.of(VpcMapping.VPC), "",
                    "config.vpcIdentifier"))).get(0).orElse("");
            probe.removeAll();
        }
        List<LatticeTarget> targets = new ArrayList<>();
        List<PulumiResource> attachments = new ArrayList<>(ctx.referencing(ATTACHMENT, "targetGroupIdentifier",
                Set.of(TARGET_GROUP), id));
        if (!MappingContext.text(r, "arn").isEmpty() && !MappingContext.text(r, "arn").equals(id)) {
            attachments.addAll(ctx.referencing(ATTACHMENT, "targetGroupIdentifier", Set.of(TARGET_GROUP),
                    MappingContext.text(r, "arn")));
        }
        for (PulumiResource attachment : attachments) {
            ctx.markMapped(attachment);
            JsonNode target = attachment.value("target");
            Planned<String> targetId = ctx.refs(attachment, "target", List.of(new MappingContext.Slot(
                    target == null ? null : target.get("id"), Set.of(ComputeMapping.INSTANCE), "", "target.id"))).get(0);
            if (!targetId.isKnown()) {
                ctx.error(attachment, "target.id", "the attachment's target cannot be told from the plan",
                        "reference the instance, IP, function or load balancer directly");
                continue;
            }
            targets.add(new LatticeTarget(targetId.orElse(""), MappingContext.integer(target, "port", 0), TargetHealth.UNKNOWN,
                    attachment.origin()));
        }
        ctx.net.add(new LatticeTargetGroup(id, MappingContext.text(r, "arn"), r.name(), type,
                MappingContext.integer(config, "port", 0), MappingContext.text(config, "protocol"), vpc, checkEnabled,
                targets, r.origin()));
    }

    private void listener(PulumiResource r) {
        ctx.markMapped(r);
        Planned<String> service = ctx.ref(r, "serviceIdentifier", Set.of(SERVICE));
        if (service.isAbsent()) {
            service = ctx.ref(r, "serviceArn", Set.of(SERVICE));
        }
        String protocol = MappingContext.text(r, "protocol").toUpperCase(Locale.ROOT);
        LatticeProtocol latticeProtocol = switch (protocol) {
            case "HTTP" -> LatticeProtocol.HTTP;
            case "TLS_PASSTHROUGH" -> LatticeProtocol.TLS_PASSTHROUGH;
            default -> LatticeProtocol.HTTPS;
        };
        int port = MappingContext.integer(r.inputs(), "port", latticeProtocol == LatticeProtocol.HTTP ? 80 : 443);
        ctx.net.add(new LatticeListener(listenerId(r), service.orElse(""), r.name(), latticeProtocol, port,
                action(r, "defaultAction"), r.origin()));
    }

    /** A listener's id: its listenerId output when known (rules name it so), else its model id. */
    private static String listenerId(PulumiResource r) {
        String listenerId = MappingContext.text(r, "listenerId");
        return listenerId.isEmpty() ? MappingContext.modelId(r) : listenerId;
    }

    private void rule(PulumiResource r) {
        ctx.markMapped(r);
        Planned<String> listener = ctx.ref(r, "listenerIdentifier", Set.of(LISTENER));
        String listenerId = listener.toOptional().flatMap(ctx::byModelId).map(LatticeMapping::listenerId)
                .orElse(listener.orElse(""));
        JsonNode match = r.value("match");
        JsonNode http = match == null ? null : match.get("httpMatch");
        HttpMatch httpMatch = HttpMatch.ANY;
        if (http != null && !http.isNull()) {
            JsonNode path = http.get("pathMatch");
            PathMatch pathMatch = null;
            if (path != null && !path.isNull()) {
                JsonNode kind = path.get("match");
                String exact = MappingContext.text(kind, "exact");
                String prefix = MappingContext.text(kind, "prefix");
                boolean caseSensitive = !"false".equalsIgnoreCase(MappingContext.text(path, "caseSensitive"));
                pathMatch = new PathMatch(exact.isEmpty() ? prefix : exact, !exact.isEmpty(), caseSensitive);
            }
            List<HeaderMatch> headers = new ArrayList<>();
            for (JsonNode header : MappingContext.list(http.get("headerMatches"))) {
                JsonNode kind = header.get("match");
                HeaderMatch.Type type = !MappingContext.text(kind, "exact").isEmpty() ? HeaderMatch.Type.EXACT
                        : !MappingContext.text(kind, "prefix").isEmpty() ? HeaderMatch.Type.PREFIX : HeaderMatch.Type.CONTAINS;
                String value = MappingContext.text(kind, type.name().toLowerCase(Locale.ROOT));
                headers.add(new HeaderMatch(MappingContext.text(header, "name"), type, value,
                        "true".equalsIgnoreCase(MappingContext.text(header, "caseSensitive"))));
            }
            httpMatch = new HttpMatch(MappingContext.text(http, "method"), pathMatch, headers);
        }
        ctx.net.add(new LatticeRule(MappingContext.text(r, "ruleId").isEmpty() ? MappingContext.modelId(r)
                : MappingContext.text(r, "ruleId"), listenerId, r.name(), MappingContext.integer(r.inputs(), "priority", 0),
                httpMatch, action(r, "action"), r.origin()));
    }

    /**
     * A forward (weights kept with their target groups) or fixed-response action. pulumi-aws (6.x)
     * writes a listener's default action with a list {@code forwards} of one block, and a listener
     * rule's action with one object {@code forward}; both are read, either shape.
     */
    private LatticeAction action(PulumiResource r, String property) {
        JsonNode action = r.value(property);
        if (action == null || action.isNull()) {
            return null;
        }
        JsonNode fixed = action.get("fixedResponse");
        if (fixed != null && !fixed.isNull()) {
            return new LatticeAction.FixedResponse(MappingContext.integer(fixed, "statusCode", 404));
        }
        String key = action.has("forward") ? "forward" : "forwards";
        JsonNode block = action.get(key);
        boolean listed = block != null && block.isArray();
        JsonNode forward = listed ? (block.isEmpty() ? null : block.get(0)) : block;
        String at = key + (listed ? "[0]" : "");
        List<JsonNode> groups = forward == null ? List.of() : MappingContext.list(forward.get("targetGroups"));
        List<MappingContext.Slot> slots = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            slots.add(new MappingContext.Slot(groups.get(i).get("targetGroupIdentifier"), Set.of(TARGET_GROUP),
                    Integer.toString(MappingContext.integer(groups.get(i), "weight", 1)),
                    property + "." + at + ".targetGroups[" + i + "].targetGroupIdentifier"));
        }
        List<Planned<String>> resolved = ctx.refs(r, property, slots);
        List<WeightedTargetGroup> weighted = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            weighted.add(new WeightedTargetGroup(resolved.get(i), MappingContext.integer(groups.get(i), "weight", 1)));
        }
        return new LatticeAction.Forward(weighted);
    }
}
