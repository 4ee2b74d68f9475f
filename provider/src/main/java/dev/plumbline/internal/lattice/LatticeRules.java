package dev.plumbline.internal.lattice;

import static dev.plumbline.internal.validation.FormatRules.ec2Id;
import static dev.plumbline.internal.validation.FormatRules.key;
import static dev.plumbline.internal.validation.FormatRules.oneOf;
import static dev.plumbline.internal.validation.FormatRules.port;
import static dev.plumbline.internal.validation.FormatRules.present;
import static dev.plumbline.internal.validation.FormatRules.range;

import com.pulumi.core.Output;
import dev.plumbline.LatticeServiceNetworkArgs;
import dev.plumbline.inputs.LatticeActionArgs;
import dev.plumbline.inputs.LatticeHeaderMatchArgs;
import dev.plumbline.inputs.LatticeHealthCheckArgs;
import dev.plumbline.inputs.LatticeListenerArgs;
import dev.plumbline.inputs.LatticeMatchArgs;
import dev.plumbline.inputs.LatticeRuleArgs;
import dev.plumbline.inputs.LatticeServiceArgs;
import dev.plumbline.inputs.LatticeTargetArgs;
import dev.plumbline.inputs.LatticeTargetGroupArgs;
import dev.plumbline.inputs.LatticeVpcAssociationArgs;
import dev.plumbline.inputs.LatticeWeightedTargetGroupArgs;
import dev.plumbline.internal.tagging.Tags;
import dev.plumbline.internal.validation.ArgsCheck;
import dev.plumbline.internal.validation.FormatRules;
import dev.plumbline.internal.validation.Ipv4Cidr;
import dev.plumbline.internal.validation.Problems;
import dev.plumbline.internal.validation.ValueRule;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Every rule on {@link LatticeServiceNetworkArgs}. Sources: listeners and rules
 * (https://docs.aws.amazon.com/vpc-lattice/latest/ug/listeners.html, .../listener-rules.html: priority
 * 1-100, forward to 1-10 target groups with weights 0-999, TLS passthrough allows only the default
 * action and needs a custom domain and TCP target groups), target groups
 * (.../target-groups.html: health checks not for LAMBDA or ALB), VPC associations (up to 5 security
 * groups; a VPC joins one service network), auth policies (at most 10 KB) and the names' patterns
 * of the VPC Lattice API reference.
 */
public final class LatticeRules {

    public static final List<String> AUTH_TYPES = List.of("NONE", "AWS_IAM");
    public static final List<String> TARGET_GROUP_TYPES = List.of("INSTANCE", "IP", "LAMBDA", "ALB");
    public static final List<String> TARGET_PROTOCOLS = List.of("HTTP", "HTTPS", "TCP");
    public static final List<String> PROTOCOL_VERSIONS = List.of("HTTP1", "HTTP2", "GRPC");
    public static final List<String> LISTENER_PROTOCOLS = List.of("HTTP", "HTTPS", "TLS_PASSTHROUGH");
    public static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "CONNECT", "TRACE");
    public static final int MAX_LISTENERS = 2;
    public static final int MAX_FORWARD_TARGET_GROUPS = 10;
    public static final int MAX_WEIGHT = 999;
    public static final int MAX_HEADER_MATCHES = 5;
    public static final int MAX_ASSOCIATION_SECURITY_GROUPS = 5;
    public static final int MAX_POLICY_BYTES = 10 * 1024;

    private static final Pattern MATCHER = Pattern.compile("\\d{3}(-\\d{3})?(,\\d{3}(-\\d{3})?)*");

    /** A kind of Lattice name: its length limits and the prefix AWS reserves for generated ids. */
    private record NameKind(String what, int max, String reservedPrefix) {

        boolean valid(String name) {
            return name.length() >= 3 && name.length() <= max && !name.startsWith(reservedPrefix)
                    && name.matches("[a-z0-9]([a-z0-9]|-(?!-))*[a-z0-9]");
        }

        String fix() {
            return "use 3 to " + max + " lower-case letters, digits and single hyphens, not starting or ending with a hyphen"
                    + " nor starting with '" + reservedPrefix + "'";
        }

        void check(String name, String argument, Problems problems) {
            problems.require(valid(name), argument, "'" + name + "' is not a valid " + what + " name", fix());
        }
    }

    private static final NameKind NETWORK = new NameKind("service network", 63, "servicenetwork-");
    private static final NameKind SERVICE = new NameKind("service", 40, "svc-");
    private static final NameKind TARGET_GROUP = new NameKind("target group", 128, "tg-");
    private static final NameKind LISTENER = new NameKind("listener", 63, "listener-");
    private static final NameKind RULE = new NameKind("rule", 63, "rule-");

    private LatticeRules() {
    }

    /** Validates {@code args}; throws before any child exists if a known value breaks a rule. */
    public static CheckedNetwork check(String type, String componentName, LatticeServiceNetworkArgs args) {
        ArgsCheck check = new ArgsCheck(type, componentName);
        String name = args.name().orElse(componentName);
        if (args.name().isPresent()) {
            NETWORK.check(name, "name", check);
        } else {
            check.require(NETWORK.valid(name), "name", "is not set, and the component name '" + name + "' is not a valid service network name",
                    "set name: " + NETWORK.fix());
        }
        String authType = args.authType().orElse("NONE");
        oneOf(authType, AUTH_TYPES, "authType", check);
        Optional<Output<String>> policy = authPolicy(args.authPolicy(), authType, "authPolicy", "authType", check);
        Optional<Output<String>> accessLog = args.accessLogDestinationArn().map(a -> check.value(a,
                FormatRules.arn("accessLogDestinationArn", Set.of("s3", "logs", "firehose"),
                        "an S3 bucket, CloudWatch Logs group or Firehose stream ARN")));

        List<CheckedNetwork.VpcAssociation> associations = vpcAssociations(args.vpcAssociations().orElse(List.of()), check);

        List<CheckedNetwork.Service> services = new ArrayList<>();
        Set<String> serviceNames = new HashSet<>();
        Set<String> targetGroupNames = new HashSet<>();
        List<LatticeServiceArgs> serviceArgs = args.services().orElse(List.of());
        for (int i = 0; i < serviceArgs.size(); i++) {
            String at = "services[" + i + "]";
            LatticeServiceArgs s = serviceArgs.get(i);
            if (!present(s, at, "remove the empty entry", check) || !present(s.name(), at + ".name", "name the service", check)) {
                continue;
            }
            SERVICE.check(s.name(), at + ".name", check);
            check.require(serviceNames.add(s.name()), at + ".name", "'" + s.name() + "' is used twice", "give every service its own name");
            services.add(service(s, at, targetGroupNames, check));
        }
        Tags tags = Tags.check(args.tags().orElse(null), check);
        check.throwIfInvalid();
        return new CheckedNetwork(name, authType, policy, accessLog, associations, services, tags);
    }

    private static List<CheckedNetwork.VpcAssociation> vpcAssociations(List<LatticeVpcAssociationArgs> given, ArgsCheck check) {
        List<CheckedNetwork.VpcAssociation> associations = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<Output<String>> vpcIds = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String at = "vpcAssociations[" + i + "]";
            LatticeVpcAssociationArgs a = given.get(i);
            if (!present(a, at, "remove the empty entry", check)) {
                continue;
            }
            if (present(a.name(), at + ".name", "give the association a key such as clients", check)) {
                key(a.name(), 30, at + ".name", check);
                check.require(names.add(a.name()), at + ".name", "'" + a.name() + "' is used twice", "give every association its own name");
            }
            present(a.vpcId(), at + ".vpcId", "pass the VPC id", check);
            Output<String> vpcId = check.value(a.vpcId(), ec2Id(at + ".vpcId", "vpc", "a VPC"));
            if (vpcId != null) {
                vpcIds.add(vpcId);
                paths.add(at + ".vpcId");
            }
            Optional<Output<List<String>>> groups = a.securityGroupIds().map(g -> check.value(g,
                    FormatRules.<String>nonEmpty(at + ".securityGroupIds", "list 1 to 5 security groups, or leave it out")
                            .and(FormatRules.ec2Ids(at + ".securityGroupIds", "sg", "a security group"))
                            .and((v, p) -> p.require(v.get().size() <= MAX_ASSOCIATION_SECURITY_GROUPS, at + ".securityGroupIds",
                                    v.get().size() + " security groups", "pass at most " + MAX_ASSOCIATION_SECURITY_GROUPS))));
            associations.add(new CheckedNetwork.VpcAssociation(a.name(), vpcId, groups));
        }
        List<Output<String>> checked = check.values(vpcIds, (value, problems) -> {
            Map<String, String> first = new HashMap<>();
            for (int i = 0; i < value.get().size(); i++) {
                String earlier = first.putIfAbsent(value.get().get(i), paths.get(i));
                if (earlier != null) {
                    problems.add(paths.get(i), "is the same VPC as " + earlier, "associate each VPC once: a VPC joins one service network only once");
                }
            }
        });
        if (checked.size() == associations.size()) {
            for (int i = 0; i < associations.size(); i++) {
                CheckedNetwork.VpcAssociation a = associations.get(i);
                associations.set(i, new CheckedNetwork.VpcAssociation(a.name(), checked.get(i), a.securityGroupIds()));
            }
        }
        return associations;
    }

    private static CheckedNetwork.Service service(LatticeServiceArgs s, String at, Set<String> targetGroupNames, ArgsCheck check) {
        String authType = s.authType().orElse("NONE");
        oneOf(authType, AUTH_TYPES, at + ".authType", check);
        Optional<Output<String>> policy = authPolicy(s.authPolicy(), authType, at + ".authPolicy", at + ".authType", check);
        Optional<Output<String>> domain = s.customDomainName().map(d -> check.value(d, FormatRules.dnsName(at + ".customDomainName")));
        Optional<Output<String>> certificate = s.certificateArn().map(c -> check.value(c,
                FormatRules.arn(at + ".certificateArn", Set.of("acm"), "an ACM certificate ARN")));
        check.require(certificate.isEmpty() || domain.isPresent(), at + ".certificateArn", "is given without customDomainName",
                "set customDomainName, or remove the certificate (the generated domain uses AWS's certificate)");

        Map<String, CheckedNetwork.TargetGroup> targetGroups = new TreeMap<>();
        List<LatticeTargetGroupArgs> tgArgs = s.targetGroups().orElse(List.of());
        for (int i = 0; i < tgArgs.size(); i++) {
            String tgAt = at + ".targetGroups[" + i + "]";
            LatticeTargetGroupArgs t = tgArgs.get(i);
            if (!present(t, tgAt, "remove the empty entry", check) || !present(t.name(), tgAt + ".name", "name the target group", check)) {
                continue;
            }
            TARGET_GROUP.check(t.name(), tgAt + ".name", check);
            check.require(targetGroupNames.add(t.name()), tgAt + ".name", "'" + t.name() + "' is used twice in the network",
                    "give every target group its own name (they are unique per account and Region)");
            targetGroup(t, tgAt, check).ifPresent(tg -> targetGroups.put(tg.name(), tg));
        }

        List<LatticeListenerArgs> listenerArgs = s.listeners() == null ? List.of() : s.listeners();
        check.require(!listenerArgs.isEmpty(), at + ".listeners", s.listeners() == null ? "is missing" : "is empty",
                "add a listener, e.g. {name: http, protocol: HTTP, defaultAction: {forward: [{targetGroup: ...}]}}");
        check.require(listenerArgs.size() <= MAX_LISTENERS, at + ".listeners", listenerArgs.size() + " listeners",
                "keep at most " + MAX_LISTENERS + " (the VPC Lattice limit per service)");
        List<CheckedNetwork.Listener> listeners = new ArrayList<>();
        Set<String> listenerNames = new HashSet<>();
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < listenerArgs.size(); i++) {
            String lAt = at + ".listeners[" + i + "]";
            LatticeListenerArgs l = listenerArgs.get(i);
            if (!present(l, lAt, "remove the empty entry", check) || !present(l.name(), lAt + ".name", "name the listener", check)
                    || !present(l.protocol(), lAt + ".protocol", "use HTTP, HTTPS or TLS_PASSTHROUGH", check)) {
                continue;
            }
            LISTENER.check(l.name(), lAt + ".name", check);
            check.require(listenerNames.add(l.name()), lAt + ".name", "'" + l.name() + "' is used twice", "give every listener of the service its own name");
            oneOf(l.protocol(), LISTENER_PROTOCOLS, lAt + ".protocol", check);
            int listenerPort = l.port().orElse("HTTP".equals(l.protocol()) ? 80 : 443);
            port(listenerPort, lAt + ".port", check);
            check.require(ports.add(listenerPort), lAt + ".port", "port " + listenerPort + " has a listener already", "give each listener its own port");
            listeners.add(listener(l, lAt, listenerPort, domain.isPresent(), certificate.isPresent(), targetGroups, check));
        }
        return new CheckedNetwork.Service(s.name(), authType, policy, domain, certificate, List.copyOf(targetGroups.values()), listeners);
    }

    private static Optional<CheckedNetwork.TargetGroup> targetGroup(LatticeTargetGroupArgs t, String at, ArgsCheck check) {
        if (!present(t.type(), at + ".type", "use INSTANCE, IP, LAMBDA or ALB", check)) {
            return Optional.empty();
        }
        oneOf(t.type(), TARGET_GROUP_TYPES, at + ".type", check);
        boolean lambda = "LAMBDA".equals(t.type());
        if (lambda) {
            for (String field : List.of("vpcId", "port", "protocol", "protocolVersion")) {
                boolean given = switch (field) {
                    case "vpcId" -> t.vpcId().isPresent();
                    case "port" -> t.port().isPresent();
                    case "protocol" -> t.protocol().isPresent();
                    default -> t.protocolVersion().isPresent();
                };
                check.require(!given, at + "." + field, "is set on a LAMBDA target group", "remove it: Lambda targets have no VPC, port or protocol");
            }
        } else {
            check.require(t.vpcId().isPresent(), at + ".vpcId", "is missing", "pass the VPC of the targets");
            check.require(t.port().isPresent(), at + ".port", "is missing", "give the targets' port");
            check.require(t.protocol().isPresent(), at + ".protocol", "is missing", "use HTTP, HTTPS or TCP");
            port(t.port().orElse(null), at + ".port", check);
            t.protocol().ifPresent(p -> oneOf(p, "ALB".equals(t.type()) ? List.of("HTTP", "HTTPS") : TARGET_PROTOCOLS, at + ".protocol", check));
            t.protocolVersion().ifPresent(v -> {
                oneOf(v, PROTOCOL_VERSIONS, at + ".protocolVersion", check);
                check.require(!"TCP".equals(t.protocol().orElse("")), at + ".protocolVersion", "is set on a TCP target group",
                        "remove it; protocol versions apply to HTTP and HTTPS");
            });
        }
        Optional<CheckedNetwork.HealthCheck> health = t.healthCheck().map(h -> {
            check.require(!lambda && !"ALB".equals(t.type()), at + ".healthCheck", "is not supported for " + t.type() + " target groups",
                    "remove it");
            return healthCheck(h, at + ".healthCheck", check);
        });
        Optional<Output<String>> vpcId = t.vpcId().map(v -> check.value(v, ec2Id(at + ".vpcId", "vpc", "a VPC")));

        SortedMap<String, CheckedNetwork.Target> targets = new TreeMap<>();
        List<LatticeTargetArgs> given = t.targets().orElse(List.of());
        if (lambda || "ALB".equals(t.type())) {
            check.require(given.size() <= 1, at + ".targets", given.size() + " targets", "register one " + t.type() + " target per target group");
        }
        for (int i = 0; i < given.size(); i++) {
            String path = at + ".targets[" + i + "]";
            LatticeTargetArgs target = given.get(i);
            if (!present(target, path, "remove the empty entry", check) || !present(target.name(), path + ".name", "name the target", check)
                    || !present(target.id(), path + ".id", "give the target's id", check)) {
                continue;
            }
            key(target.name(), 30, path + ".name", check);
            check.require(!targets.containsKey(target.name()), path + ".name", "'" + target.name() + "' is used twice",
                    "give every target of the group its own name");
            target.port().ifPresent(p -> {
                port(p, path + ".port", check);
                check.require(!lambda, path + ".port", "is set on a Lambda target", "remove it");
            });
            targets.put(target.name(), new CheckedNetwork.Target(check.value(target.id(), targetId(t.type(), path + ".id")), target.port()));
        }
        return Optional.of(new CheckedNetwork.TargetGroup(t.name(), t.type(), vpcId, t.port(), t.protocol(), t.protocolVersion(), health, targets));
    }

    private static CheckedNetwork.HealthCheck healthCheck(LatticeHealthCheckArgs h, String at, Problems problems) {
        h.protocol().ifPresent(p -> oneOf(p, TARGET_PROTOCOLS, at + ".protocol", problems));
        port(h.port().orElse(null), at + ".port", problems);
        h.path().ifPresent(p -> problems.require(p.startsWith("/"), at + ".path", "'" + p + "' does not start with /",
                "write an absolute path such as /healthz"));
        range(h.intervalSeconds().orElse(null), 5, 300, at + ".intervalSeconds", problems);
        range(h.timeoutSeconds().orElse(null), 1, 120, at + ".timeoutSeconds", problems);
        range(h.healthyThreshold().orElse(null), 2, 10, at + ".healthyThreshold", problems);
        range(h.unhealthyThreshold().orElse(null), 2, 10, at + ".unhealthyThreshold", problems);
        h.matcher().ifPresent(m -> problems.require(MATCHER.matcher(m).matches(), at + ".matcher", "'" + m + "' is not a status code matcher",
                "use codes and ranges such as 200 or 200-299"));
        return new CheckedNetwork.HealthCheck(h.enabled().orElse(true), h.protocol(), h.port(), h.path(), h.intervalSeconds(),
                h.timeoutSeconds(), h.healthyThreshold(), h.unhealthyThreshold(), h.matcher());
    }

    private static ValueRule<String> targetId(String type, String argument) {
        return switch (type) {
            case "INSTANCE" -> ec2Id(argument, "i", "an EC2 instance");
            case "IP" -> (value, problems) -> problems.require(Ipv4Cidr.parse(value.get() + "/32").ok(), argument,
                    value.shown() + " is not an IPv4 address", "give the target's private IPv4 address");
            case "LAMBDA" -> FormatRules.arn(argument, Set.of("lambda"), "a Lambda function ARN");
            default -> (value, problems) -> problems.require(value.get().contains(":loadbalancer/app/"), argument,
                    value.shown() + " is not an Application Load Balancer ARN",
                    "pass the ALB's ARN (arn:aws:elasticloadbalancing:...:loadbalancer/app/...)");
        };
    }

    private static CheckedNetwork.Listener listener(LatticeListenerArgs l, String at, int port, boolean customDomain,
            boolean certificate, Map<String, CheckedNetwork.TargetGroup> targetGroups, ArgsCheck check) {
        boolean passthrough = "TLS_PASSTHROUGH".equals(l.protocol());
        List<LatticeRuleArgs> ruleArgs = l.rules().orElse(List.of());
        if (passthrough) {
            check.require(ruleArgs.isEmpty(), at + ".rules", "a TLS_PASSTHROUGH listener has " + ruleArgs.size() + " rules",
                    "remove the rules: TLS passthrough allows only the default action (the request is encrypted)");
            check.require(customDomain, at + ".protocol", "TLS_PASSTHROUGH needs the service's customDomainName",
                    "set customDomainName on the service (clients are matched by SNI)");
        }
        if ("HTTPS".equals(l.protocol()) && customDomain) {
            check.require(certificate, at + ".protocol", "HTTPS on a custom domain needs the service's certificateArn",
                    "set certificateArn on the service to a certificate for the custom domain");
        }
        Optional<CheckedNetwork.Action> defaultAction = Optional.empty();
        if (present(l.defaultAction(), at + ".defaultAction", "give what requests matching no rule get", check)) {
            defaultAction = Optional.of(action(l.defaultAction(), at + ".defaultAction", l.protocol(), targetGroups, check));
        }
        List<CheckedNetwork.Rule> rules = new ArrayList<>();
        Map<Integer, String> priorities = new HashMap<>();
        Set<String> ruleNames = new HashSet<>();
        for (int i = 0; i < ruleArgs.size(); i++) {
            String rAt = at + ".rules[" + i + "]";
            LatticeRuleArgs r = ruleArgs.get(i);
            if (!present(r, rAt, "remove the empty entry", check) || !present(r.name(), rAt + ".name", "name the rule", check)
                    || !present(r.priority(), rAt + ".priority", "give a priority from 1 to 100", check)
                    || !present(r.match(), rAt + ".match", "give at least one of path, method or headers", check)
                    || !present(r.action(), rAt + ".action", "give forward or fixedResponseStatusCode", check)) {
                continue;
            }
            RULE.check(r.name(), rAt + ".name", check);
            check.require(ruleNames.add(r.name()), rAt + ".name", "'" + r.name() + "' is used twice", "give every rule of the listener its own name");
            range(r.priority(), 1, 100, rAt + ".priority", check);
            String earlier = priorities.putIfAbsent(r.priority(), rAt);
            if (earlier != null) {
                check.add(rAt + ".priority", "priority " + r.priority() + " is also the priority of " + earlier,
                        "give every rule of the listener its own priority (lowest is evaluated first)");
            }
            rules.add(new CheckedNetwork.Rule(r.name(), r.priority(), match(r.match(), rAt + ".match", check),
                    action(r.action(), rAt + ".action", l.protocol(), targetGroups, check)));
        }
        return new CheckedNetwork.Listener(l.name(), l.protocol(), port,
                defaultAction.orElse(new CheckedNetwork.Action(List.of(), Optional.of(404))), rules);
    }

    private static CheckedNetwork.Match match(LatticeMatchArgs m, String at, Problems problems) {
        problems.require(m.pathExact().isPresent() || m.pathPrefix().isPresent() || m.method().isPresent()
                        || !m.headers().orElse(List.of()).isEmpty(), at, "has no condition",
                "give at least one of pathExact, pathPrefix, method or headers (the default action covers everything else)");
        problems.require(m.pathExact().isEmpty() || m.pathPrefix().isEmpty(), at + ".pathPrefix", "is given together with pathExact",
                "keep one of the two");
        for (String field : List.of("pathExact", "pathPrefix")) {
            Optional<String> path = field.equals("pathExact") ? m.pathExact() : m.pathPrefix();
            path.ifPresent(p -> problems.require(p.startsWith("/") && !p.contains("*"), at + "." + field,
                    "'" + p + "' is not a path (must start with / and has no wildcards)", "write a literal path such as /orders"));
        }
        m.method().ifPresent(method -> oneOf(method, METHODS, at + ".method", problems));
        List<LatticeHeaderMatchArgs> headerArgs = m.headers().orElse(List.of());
        problems.require(headerArgs.size() <= MAX_HEADER_MATCHES, at + ".headers", headerArgs.size() + " header conditions",
                "keep at most " + MAX_HEADER_MATCHES);
        List<CheckedNetwork.HeaderMatch> headers = new ArrayList<>();
        for (int i = 0; i < headerArgs.size(); i++) {
            String hAt = at + ".headers[" + i + "]";
            LatticeHeaderMatchArgs h = headerArgs.get(i);
            if (!present(h, hAt, "remove the empty entry", problems) || !present(h.name(), hAt + ".name", "give the header name", problems)) {
                continue;
            }
            List<String[]> kinds = new ArrayList<>();
            h.exact().ifPresent(v -> kinds.add(new String[] {"exact", v}));
            h.prefix().ifPresent(v -> kinds.add(new String[] {"prefix", v}));
            h.contains().ifPresent(v -> kinds.add(new String[] {"contains", v}));
            problems.require(kinds.size() == 1, hAt, kinds.isEmpty() ? "has no value to match" : "has " + kinds.size() + " values to match",
                    "give exactly one of exact, prefix or contains");
            if (kinds.size() == 1) {
                headers.add(new CheckedNetwork.HeaderMatch(h.name(), kinds.get(0)[0], kinds.get(0)[1], h.caseSensitive().orElse(false)));
            }
        }
        return new CheckedNetwork.Match(m.pathExact(), m.pathPrefix(), m.pathCaseSensitive().orElse(true), m.method(), headers);
    }

    private static CheckedNetwork.Action action(LatticeActionArgs a, String at, String listenerProtocol,
            Map<String, CheckedNetwork.TargetGroup> targetGroups, Problems problems) {
        List<LatticeWeightedTargetGroupArgs> forward = a.forward().orElse(List.of());
        Optional<Integer> status = a.fixedResponseStatusCode();
        problems.require(forward.isEmpty() != status.isEmpty(), at,
                forward.isEmpty() ? "has neither forward nor fixedResponseStatusCode" : "has both forward and fixedResponseStatusCode",
                "give exactly one of the two");
        status.ifPresent(code -> range(code, 100, 599, at + ".fixedResponseStatusCode", problems));
        if ("TLS_PASSTHROUGH".equals(listenerProtocol)) {
            problems.require(status.isEmpty(), at + ".fixedResponseStatusCode", "a TLS_PASSTHROUGH listener cannot answer with a status",
                    "forward to a TCP target group");
        }
        problems.require(forward.size() <= MAX_FORWARD_TARGET_GROUPS, at + ".forward", forward.size() + " target groups",
                "forward to at most " + MAX_FORWARD_TARGET_GROUPS);
        List<CheckedNetwork.WeightedTarget> targets = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < forward.size(); i++) {
            String fAt = at + ".forward[" + i + "]";
            LatticeWeightedTargetGroupArgs w = forward.get(i);
            if (!present(w, fAt, "remove the empty entry", problems)
                    || !present(w.targetGroup(), fAt + ".targetGroup", "name a target group of the service", problems)) {
                continue;
            }
            int weight = w.weight().orElse(1);
            range(weight, 0, MAX_WEIGHT, fAt + ".weight", problems);
            problems.require(seen.add(w.targetGroup()), fAt + ".targetGroup", "'" + w.targetGroup() + "' is listed twice",
                    "list each target group once and add up the weights");
            CheckedNetwork.TargetGroup tg = targetGroups.get(w.targetGroup());
            if (tg == null) {
                problems.add(fAt + ".targetGroup", "'" + w.targetGroup() + "' is not a target group of this service",
                        "use one of " + targetGroups.keySet() + " or add it to the service's targetGroups");
            } else if ("TLS_PASSTHROUGH".equals(listenerProtocol)) {
                problems.require("TCP".equals(tg.protocol().orElse("")), fAt + ".targetGroup",
                        "'" + tg.name() + "' is not a TCP target group", "TLS_PASSTHROUGH listeners forward to TCP target groups only");
            } else {
                problems.require(!"TCP".equals(tg.protocol().orElse("")), fAt + ".targetGroup",
                        "'" + tg.name() + "' is a TCP target group behind an " + listenerProtocol + " listener",
                        "use an HTTP or HTTPS target group, or a TLS_PASSTHROUGH listener");
            }
            targets.add(new CheckedNetwork.WeightedTarget(w.targetGroup(), weight));
        }
        if (!targets.isEmpty()) {
            problems.require(targets.stream().anyMatch(t -> t.weight() > 0), at + ".forward", "every weight is 0, so no request is forwarded",
                    "give at least one target group a weight above 0");
        }
        return new CheckedNetwork.Action(targets, status);
    }

    private static Optional<Output<String>> authPolicy(Optional<Output<String>> policy, String authType, String argument,
            String authTypeArgument, ArgsCheck check) {
        policy.ifPresent(p -> check.require("AWS_IAM".equals(authType), argument, "is given while " + authTypeArgument + " is " + authType,
                "set " + authTypeArgument + " to AWS_IAM, or remove the policy (it is not evaluated otherwise)"));
        return policy.map(p -> check.value(p, (value, problems) -> {
            int bytes = value.get().getBytes(StandardCharsets.UTF_8).length;
            problems.require(!value.get().isBlank(), argument, "is blank", "pass an IAM policy document (JSON)");
            problems.require(bytes <= MAX_POLICY_BYTES, argument, bytes + " bytes", "keep the policy within 10 KB");
        }));
    }
}
