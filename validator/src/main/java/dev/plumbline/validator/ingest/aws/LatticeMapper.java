package dev.plumbline.validator.ingest.aws;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a region's {@code vpc-lattice/} folder (layout in docs/formats/aws-snapshot.md): the
 * {@code get-*} outputs of service networks, VPC and service associations, services, listeners,
 * rules, target groups and their targets, and auth policies. Rules, targets and auth policies are
 * kept under the id of the resource they were asked for, because the CLI output does not name it.
 *
 * <p>Defaults are AWS's: a weight of 1, path matches case-sensitive, header matches not. A target
 * group referred to by ARN is referred to by its id. The default rule ({@code isDefault}) is the
 * listener's default action and is not a rule. An {@code Inactive} auth policy (auth type NONE)
 * is not kept.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/Welcome.html">VPC Lattice API</a>
 */
final class LatticeMapper {

    private final IngestLog log;
    private final NetworkSink sink;

    LatticeMapper(IngestLog log, NetworkSink sink) {
        this.log = log;
        this.sink = sink;
    }

    void map(RegionSnapshot region) {
        Map<String, String> policies = policies(region);
        for (Located network : region.latticeEntries("ServiceNetworks")) {
            sink.add(new ServiceNetwork(network.text("id"), network.text("arn"), network.text("name"),
                    AuthType.valueOf(network.text("authType")), policyOf(policies, network), network.origin()));
        }
        for (Located association : region.latticeEntries("ServiceNetworkVpcAssociations")) {
            sink.add(new VpcAssociation(association.text("id"), association.text("serviceNetworkId"),
                    association.text("vpcId"), association.texts("securityGroupIds"), association.text("status"),
                    association.origin()));
        }
        for (Located association : region.latticeEntries("ServiceNetworkServiceAssociations")) {
            sink.add(new ServiceAssociation(association.text("id"), association.text("serviceNetworkId"),
                    association.text("serviceId"), association.text("status"), association.origin()));
        }
        for (Located service : region.latticeEntries("Services")) {
            String dns = service.child("dnsEntry").text("domainName");
            sink.add(new LatticeService(service.text("id"), service.text("arn"), service.text("name"),
                    dns.isEmpty() ? Planned.absent() : Planned.known(dns), service.text("customDomainName"),
                    AuthType.valueOf(service.text("authType")), policyOf(policies, service), service.origin()));
        }
        Map<String, String> groupIdsByArn = new HashMap<>();
        for (Located group : region.latticeEntries("TargetGroups")) {
            groupIdsByArn.put(group.text("arn"), group.text("id"));
        }
        targetGroups(region);
        for (Located listener : region.latticeEntries("Listeners")) {
            sink.add(new LatticeListener(listener.text("id"), listener.text("serviceId"), listener.text("name"),
                    LatticeProtocol.valueOf(listener.text("protocol")), listener.integer("port", 0),
                    action(listener.child("defaultAction"), groupIdsByArn), listener.origin()));
        }
        for (Located keyed : region.latticeEntries("Rules")) {
            String listenerId = keyed.text("ListenerId");
            for (Located rule : keyed.items("Rules")) {
                if (rule.bool("isDefault", false)) {
                    continue;
                }
                sink.add(new LatticeRule(rule.text("id"), listenerId, rule.text("name"), rule.integer("priority", 0),
                        match(rule.child("match").child("httpMatch")), action(rule.child("action"), groupIdsByArn),
                        rule.origin()));
            }
        }
    }

    private void targetGroups(RegionSnapshot region) {
        Map<String, List<LatticeTarget>> targets = new HashMap<>();
        for (Located keyed : region.latticeEntries("Targets")) {
            List<LatticeTarget> list = targets.computeIfAbsent(keyed.text("TargetGroupId"), k -> new ArrayList<>());
            for (Located target : keyed.items("Targets")) {
                list.add(new LatticeTarget(target.text("id"), target.integer("port", 0),
                        TargetHealth.parse(target.text("status")), target.origin()));
            }
        }
        for (Located group : region.latticeEntries("TargetGroups")) {
            Located config = group.child("config");
            Located healthCheck = config.child("healthCheck");
            Boolean healthCheckEnabled = healthCheck.has("enabled") ? healthCheck.bool("enabled", false) : null;
            sink.add(new LatticeTargetGroup(group.text("id"), group.text("arn"), group.text("name"),
                    LatticeTargetGroup.Type.valueOf(group.text("type")), config.integer("port", 0),
                    config.text("protocol"), config.text("vpcIdentifier"), healthCheckEnabled,
                    targets.getOrDefault(group.text("id"), List.of()), group.origin()));
        }
    }

    private static LatticeAction action(Located action, Map<String, String> groupIdsByArn) {
        if (action.has("fixedResponse")) {
            return new LatticeAction.FixedResponse(action.child("fixedResponse").integer("statusCode", 404));
        }
        List<WeightedTargetGroup> groups = new ArrayList<>();
        for (Located group : action.child("forward").items("targetGroups")) {
            String identifier = group.text("targetGroupIdentifier");
            String id = groupIdsByArn.getOrDefault(identifier,
                    identifier.startsWith("arn:") ? identifier.substring(identifier.lastIndexOf('/') + 1) : identifier);
            groups.add(new WeightedTargetGroup(Planned.known(id), group.integer("weight", 1)));
        }
        return new LatticeAction.Forward(groups);
    }

    private static HttpMatch match(Located httpMatch) {
        PathMatch path = null;
        Located pathMatch = httpMatch.child("pathMatch");
        if (pathMatch.has("match")) {
            Located match = pathMatch.child("match");
            boolean exact = match.has("exact");
            path = new PathMatch(match.text(exact ? "exact" : "prefix"), exact, pathMatch.bool("caseSensitive", true));
        }
        List<HeaderMatch> headers = new ArrayList<>();
        for (Located header : httpMatch.items("headerMatches")) {
            Located match = header.child("match");
            HeaderMatch.Type type = match.has("exact") ? HeaderMatch.Type.EXACT
                    : match.has("prefix") ? HeaderMatch.Type.PREFIX : HeaderMatch.Type.CONTAINS;
            headers.add(new HeaderMatch(header.text("name"), type, match.text(type.name().toLowerCase(java.util.Locale.ROOT)),
                    header.bool("caseSensitive", false)));
        }
        return new HttpMatch(httpMatch.text("method"), path, headers);
    }

    private Map<String, String> policies(RegionSnapshot region) {
        Map<String, String> byResource = new HashMap<>();
        for (Located entry : region.latticeEntries("AuthPolicies")) {
            Located policy = entry.child("AuthPolicy");
            if ("Inactive".equals(policy.text("state"))) {
                log.info(IngestLog.SKIPPED, policy.origin(), "skipped the auth policy of " + entry.text("ResourceId")
                        + ": it is Inactive (the resource's auth type is NONE)", "");
                continue;
            }
            byResource.put(entry.text("ResourceId"), policy.text("policy"));
        }
        return byResource;
    }

    private static String policyOf(Map<String, String> policies, Located resource) {
        String byId = policies.get(resource.text("id"));
        return byId != null ? byId : policies.getOrDefault(resource.text("arn"), "");
    }
}
