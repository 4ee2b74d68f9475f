package dev.plumbline.validator.sim;

import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.model.Vpc;
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
import dev.plumbline.validator.model.lattice.ServiceAssociation;
import dev.plumbline.validator.model.lattice.ServiceNetwork;
import dev.plumbline.validator.model.lattice.VpcAssociation;
import dev.plumbline.validator.model.lattice.WeightedTargetGroup;
import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.net.Prefix;
import dev.plumbline.validator.net.Protocol;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Traces an HTTP request through VPC Lattice: the client's security groups (egress to the
 * service's link-local address), the VPC's association with a service network that includes the
 * service and the association's security groups, the auth decision of the service network and the
 * service (both must allow; explicit Deny wins; {@code AWS_IAM} with no policy denies), the
 * listener, the rules in priority order (and why each earlier one did not match), the weighted
 * target-group choice (a seeded hash per request), then Lattice's own connection to a healthy
 * target from its link-local range: the target subnet's network ACL and the target's security
 * groups must admit that range (the {@code com.amazonaws.<region>.vpc-lattice} prefix list).
 *
 * @see <a href="https://docs.aws.amazon.com/vpc-lattice/latest/ug/how-it-works.html">How VPC Lattice works</a>
 */
public final class LatticeTracer {

    /** The link-local range VPC Lattice answers from in the client VPC and connects to targets from. */
    public static final Prefix LATTICE_RANGE = Prefix.parse("169.254.171.0/24");

    private final Topology topology;
    private final Map<String, AuthPolicy> policies = new ConcurrentHashMap<>();

    public LatticeTracer(Topology topology) {
        this.topology = topology;
    }

    /** Traces one request. */
    public RequestTrace trace(LatticeRequest request, Session session) {
        return trace(request, session, 1);
    }

    /**
     * Traces one request; when {@code requests > 1}, also reports how that many requests spread over
     * the forward action's target groups (each request picks by the seeded hash of its number).
     */
    public RequestTrace trace(LatticeRequest request, Session session, int requests) {
        Walk walk = new Walk(request, session);
        Disposition disposition = walk.run();
        boolean known = walk.forward != null && walk.forward.stream().allMatch(w -> w.targetGroupId().isKnown());
        Map<String, Integer> distribution = requests > 1 && known ? distribution(walk.forward, session.seed(), requests)
                : Map.of();
        Trace trace = walk.rec.build(walk.flow, disposition, Optional.ofNullable(walk.reply));
        Map<String, String> labels = new LinkedHashMap<>();
        if (!walk.ruleLabel.isEmpty()) {
            labels.put(walk.ruleId, walk.ruleLabel);
        }
        java.util.stream.Stream.concat(distribution.keySet().stream(), java.util.stream.Stream.of(walk.targetGroupId))
                .forEach(id -> topology.latticeTargetGroup(id).ifPresent(group -> labels.put(id, group.label())));
        return new RequestTrace(request, trace, walk.ruleId, walk.targetGroupId, walk.fixedStatus, distribution, labels);
    }

    private static Map<String, Integer> distribution(List<WeightedTargetGroup> forward, long seed, int requests) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        forward.forEach(w -> counts.put(w.targetGroupId().orElse("?"), 0));
        for (int i = 0; i < requests; i++) {
            WeightedTargetGroup chosen = pick(forward, seed, i);
            if (chosen != null) {
                counts.merge(chosen.targetGroupId().orElse("?"), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The weighted choice for request number {@code index}; null when every weight is zero. */
    static WeightedTargetGroup pick(List<WeightedTargetGroup> forward, long seed, long index) {
        int total = forward.stream().mapToInt(WeightedTargetGroup::weight).sum();
        if (total <= 0) {
            return null;
        }
        long slot = Math.floorMod(FlowHash.mix(seed ^ FlowHash.mix(index + 0x9E3779B97F4A7C15L)), (long) total);
        for (WeightedTargetGroup candidate : forward) {
            slot -= candidate.weight();
            if (slot < 0) {
                return candidate;
            }
        }
        return forward.get(forward.size() - 1);
    }

    private AuthPolicy policy(String json) {
        return policies.computeIfAbsent(json, AuthPolicy::parse);
    }

    /** One request's walk; fields collect what the request trace reports. */
    private final class Walk {
        final LatticeRequest request;
        final Session session;
        final Recorder rec = new Recorder();
        final PacketWalker walker;
        Flow flow;
        Trace reply;
        String ruleId = "";
        String ruleLabel = "";
        String targetGroupId = "";
        int fixedStatus;
        List<WeightedTargetGroup> forward;

        Walk(LatticeRequest request, Session session) {
            this.request = request;
            this.session = session;
            this.walker = new PacketWalker(topology, session, rec, new HashSet<>(), null,
                    new PacketWalker.SubnetHostAddresses(List.of(), Map.of()));
        }

        Disposition run() {
            LatticeService service = request.service();
            Optional<LatticeListener> listener = listener(service);
            int port = listener.map(LatticeListener::port).orElse(request.port() == 0 ? 443 : request.port());
            PlannedAddress serviceAddress = new PlannedAddress(serviceAddress(service), LATTICE_RANGE,
                    new Planned.Unknown<>(service.id(), "address", "its DNS name resolves to a link-local address AWS picks in "
                            + LATTICE_RANGE));
            Optional<PlannedAddress> client = clientAddress();
            flow = Flow.tcp(client.map(PlannedAddress::address).orElse(Ipv4.ZERO), TraceRequest.DEFAULT_SOURCE_PORT,
                    serviceAddress.address(), port);
            if (client.isEmpty()) {
                rec.hop("client", "client", "", Origin.NONE).step(StepCode.LATTICE_NOT_ASSOCIATED,
                        request.from().describe() + " is not in a VPC: VPC Lattice services are reached only from VPCs "
                                + "associated with a service network (or through a service-network endpoint)");
                return Disposition.DROPPED;
            }
            Packet packet = Packet.of(flow, client.get(), serviceAddress, false);
            String vpcId = clientVpc();
            Disposition stop = leaveClient(packet, service);
            if (stop != null) {
                return stop;
            }
            Optional<ServiceNetwork> network = association(vpcId, service, packet);
            if (network == null) {
                return Disposition.DENIED_IN;
            }
            if (network.isEmpty()) {
                return Disposition.DROPPED;
            }
            Recorder.HopBuilder hop = rec.hop(service);
            hop.step(StepCode.LATTICE_SERVICE, request.render() + " reaches " + service.label()
                    + service.dnsName().toOptional().map(d -> " (" + d + ")").orElse(""));
            if (listener.isEmpty()) {
                hop.step(StepCode.LATTICE_NO_LISTENER, service.label() + " has no listener"
                        + (request.port() == 0 ? "" : " on port " + request.port()) + ": the request is refused");
                return Disposition.DROPPED;
            }
            hop.step(StepCode.LATTICE_LISTENER, "listener " + listener.get().label() + " (" + listener.get().protocol()
                    + " " + listener.get().port() + ") takes the request", listener.get().origin());
            stop = authorize(hop, network.get(), service, vpcId);
            if (stop != null) {
                return stop;
            }
            LatticeAction action = route(hop, listener.get());
            return act(hop, action);
        }

        private Optional<LatticeListener> listener(LatticeService service) {
            List<LatticeListener> listeners = topology.latticeListenersOf(service.id());
            if (request.port() != 0) {
                return listeners.stream().filter(l -> l.port() == request.port()).findFirst();
            }
            return listeners.stream().findFirst();
        }

        private Ipv4 serviceAddress(LatticeService service) {
            int index = topology.network().latticeServices().indexOf(service);
            return LATTICE_RANGE.first().plus(1 + Math.floorMod(index, 200));
        }

        private Optional<PlannedAddress> clientAddress() {
            if (request.from() instanceof Place.AtInterface at) {
                return topology.privateAddressOf(at.networkInterface());
            }
            if (request.from() instanceof Place.SubnetHost host) {
                return Optional.of(PlannedAddress.exact(host.address()));
            }
            return Optional.empty();
        }

        private String clientVpc() {
            if (request.from() instanceof Place.AtInterface at) {
                return topology.vpcIdOf(at.networkInterface());
            }
            return ((Place.SubnetHost) request.from()).subnet().vpcId();
        }

        /** The client's own security groups must let the request out to the service's link-local address. */
        private Disposition leaveClient(Packet packet, LatticeService service) {
            if (request.from() instanceof Place.AtInterface at) {
                NetworkInterface eni = at.networkInterface();
                var element = walker.hopElement(eni);
                Recorder.HopBuilder hop = rec.hop(element.id(), element.kind(), element.name(), element.origin());
                hop.step(StepCode.START, request.render() + " to " + service.label() + ": its DNS name resolves to "
                        + packet.dst().address() + " in VPC Lattice's link-local range " + LATTICE_RANGE);
                return walker.checkGroups(hop, eni, packet, true);
            }
            Place.SubnetHost host = (Place.SubnetHost) request.from();
            Recorder.HopBuilder hop = rec.hop(host.subnet().id(), "subnet host", host.address().toString(),
                    host.subnet().origin());
            hop.step(StepCode.START, request.render() + " to " + service.label() + " from " + host.describe());
            if (!host.securityGroupIds().isEmpty()) {
                return walker.applyGroupVerdict(hop, walker.groups.evaluate(host.securityGroupIds(), packet, true,
                        host.subnet().vpcId()), true);
            }
            return null;
        }

        /**
         * The service network through which the client's VPC reaches the service; empty when none
         * (step written), null when the association's security groups refuse the client (step written).
         */
        private Optional<ServiceNetwork> association(String vpcId, LatticeService service, Packet packet) {
            List<VpcAssociation> associations = topology.latticeAssociationsOfVpc(vpcId);
            List<String> serviceNetworks = topology.latticeAssociationsOfService(service.id()).stream()
                    .map(ServiceAssociation::serviceNetworkId).toList();
            for (VpcAssociation association : associations) {
                if (!serviceNetworks.contains(association.serviceNetworkId())) {
                    continue;
                }
                Optional<ServiceNetwork> network = topology.serviceNetwork(association.serviceNetworkId());
                Recorder.HopBuilder hop = network.isPresent() ? rec.hop(network.get())
                        : rec.hop(association.serviceNetworkId(), "service network", "", Origin.NONE);
                if (!association.status().isEmpty() && !"ACTIVE".equalsIgnoreCase(association.status())) {
                    hop.step(StepCode.LATTICE_NOT_ASSOCIATED, "the association of VPC " + vpcId + " is "
                            + association.status() + ", not ACTIVE");
                    return Optional.empty();
                }
                if (association.securityGroupIds().isEmpty()) {
                    hop.step(StepCode.LATTICE_ASSOCIATION_SG_ALLOW, "VPC " + vpcId + " is associated with the service "
                            + "network without security groups: the association admits every client of the VPC");
                } else {
                    Verdict verdict = walker.groups.evaluate(association.securityGroupIds(), packet, false, vpcId);
                    if (verdict.denied()) {
                        hop.step(StepCode.LATTICE_ASSOCIATION_SG_DENY, "the service network association's security "
                                + "groups refuse the client: " + verdict.explanation(), verdict.origin());
                        return null;
                    }
                    if (!verdict.allowed()) {
                        walker.undetermined(hop, verdict.explanation(), verdict.unknown());
                        return null;
                    }
                    hop.step(StepCode.LATTICE_ASSOCIATION_SG_ALLOW, verdict.explanation(), verdict.origin());
                }
                return network.isPresent() ? network : Optional.of(new ServiceNetwork(association.serviceNetworkId(),
                        "", "", AuthType.NONE, "", Origin.NONE));
            }
            rec.hop(service).step(StepCode.LATTICE_NOT_ASSOCIATED, "VPC " + vpcId + " is not associated with a service "
                    + "network that includes " + service.label()
                    + (associations.isEmpty() ? " (it has no service network association)"
                            : " (it is associated with " + String.join(", ", associations.stream()
                                    .map(VpcAssociation::serviceNetworkId).toList()) + ")")
                    + "; associate the service with that network or the VPC with the service's network");
            return Optional.empty();
        }

        private Disposition authorize(Recorder.HopBuilder hop, ServiceNetwork network, LatticeService service,
                String vpcId) {
            String account = topology.vpc(vpcId).map(Vpc::accountId).orElse("");
            AuthPolicy.Request ask = new AuthPolicy.Request(request.principal(), resourceArn(service), vpcId, account,
                    request.method(), request.path(), flow.dstPort());
            Disposition stop = authorizeOne(hop, "service network " + network.label(), network.id(),
                    network.authType(), network.authPolicy(), ask);
            if (stop != null) {
                return stop;
            }
            return authorizeOne(hop, "service " + service.label(), service.id(), service.authType(),
                    service.authPolicy(), ask);
        }

        private Disposition authorizeOne(Recorder.HopBuilder hop, String what, String id, AuthType type, String policy,
                AuthPolicy.Request ask) {
            if (type == AuthType.NONE) {
                hop.step(StepCode.LATTICE_AUTH_ALLOW, what + " has auth type NONE: no auth check");
                return null;
            }
            if (policy.isBlank()) {
                hop.step(StepCode.LATTICE_AUTH_DENY, what + " has auth type AWS_IAM and no auth policy, which denies "
                        + "every request");
                return Disposition.DENIED_IN;
            }
            AuthPolicy.Decision decision = policy(policy).evaluate(ask);
            rec.assume("the caller's own IAM policy allows vpc-lattice-svcs:Invoke (identity policies are not in the plan)");
            switch (decision.outcome()) {
                case ALLOW -> {
                    hop.step(StepCode.LATTICE_AUTH_ALLOW, what + ": " + decision.explanation()
                            + (ask.principal().isEmpty() ? " (unsigned request)" : " for " + ask.principal()));
                    return null;
                }
                case DENY -> {
                    hop.step(StepCode.LATTICE_AUTH_DENY, what + ": " + decision.explanation());
                    return Disposition.DENIED_IN;
                }
                default -> {
                    return walker.undetermined(hop, what + ": " + decision.explanation(),
                            new Planned.Unknown<>(id, "authPolicy condition"));
                }
            }
        }

        private String resourceArn(LatticeService service) {
            String arn = service.arn().isEmpty() ? "arn:aws:vpc-lattice:::service/" + service.id() : service.arn();
            return arn + request.path();
        }

        /** The rules in priority order, then the default action. */
        private LatticeAction route(Recorder.HopBuilder hop, LatticeListener listener) {
            List<LatticeRule> rules = topology.latticeRulesOf(listener.id());
            if (listener.protocol() == LatticeProtocol.TLS_PASSTHROUGH) {
                if (!rules.isEmpty()) {
                    hop.step(StepCode.LATTICE_RULE_SKIPPED, "a TLS passthrough listener ignores its " + rules.size()
                            + " rule(s): only the default action applies");
                }
                hop.step(StepCode.LATTICE_DEFAULT_ACTION, "TLS passthrough: the default action applies");
                return listener.defaultAction();
            }
            for (LatticeRule rule : rules) {
                String miss = mismatch(rule.match());
                if (miss != null) {
                    hop.step(StepCode.LATTICE_RULE_SKIPPED, "rule " + rule.label() + " (priority " + rule.priority()
                            + ") does not match: " + miss, rule.origin());
                    continue;
                }
                hop.step(StepCode.LATTICE_RULE_MATCH, "rule " + rule.label() + " (priority " + rule.priority()
                        + ") matches " + request.render(), rule.origin());
                ruleId = rule.id();
                ruleLabel = rule.label();
                return rule.action();
            }
            hop.step(StepCode.LATTICE_DEFAULT_ACTION, (rules.isEmpty() ? "no rules" : "no rule matches")
                    + ": the listener's default action applies", listener.origin());
            return listener.defaultAction();
        }

        /** Why a rule does not match the request, or null when it does. */
        private String mismatch(HttpMatch match) {
            if (!match.method().isEmpty() && !match.method().equals(request.method())) {
                return "method " + request.method() + " is not " + match.method();
            }
            if (match.path() != null && !match.path().matches(request.path())) {
                return "path " + request.path() + (match.path().exact() ? " is not " : " does not start with ")
                        + match.path().value();
            }
            for (HeaderMatch header : match.headers()) {
                String value = request.header(header.name());
                if (!header.matches(value)) {
                    return value == null ? "header " + header.name() + " is absent"
                            : "header " + header.name() + ": '" + value + "' does not match " + header.render();
                }
            }
            return null;
        }

        private Disposition act(Recorder.HopBuilder hop, LatticeAction action) {
            if (action instanceof LatticeAction.FixedResponse fixed) {
                fixedStatus = fixed.statusCode();
                hop.step(StepCode.LATTICE_FIXED_RESPONSE, "VPC Lattice answers with a fixed response, status "
                        + fixed.statusCode() + "; no target is called");
                return Disposition.ACCEPTED;
            }
            if (action == null) {
                hop.step(StepCode.LATTICE_NO_TARGET, "the listener has no default action in the input");
                return Disposition.DROPPED;
            }
            forward = ((LatticeAction.Forward) action).targetGroups();
            for (WeightedTargetGroup weighted : forward) {
                if (weighted.targetGroupId() instanceof Planned.Unknown<String> unknown) {
                    return walker.undetermined(hop, "which target group receives the request is not known from the plan: "
                            + unknown.describe(), unknown);
                }
            }
            long key = FlowHash.mix(request.render().hashCode() ^ ((long) flow.src().bits() << 20));
            WeightedTargetGroup chosen = pick(forward, session.seed(), key);
            if (chosen == null) {
                hop.step(StepCode.LATTICE_NO_TARGET, "every target group of the forward action has weight 0: "
                        + "no target group receives requests");
                return Disposition.DROPPED;
            }
            int total = forward.stream().mapToInt(WeightedTargetGroup::weight).sum();
            targetGroupId = chosen.targetGroupId().orElse("");
            Optional<LatticeTargetGroup> group = topology.latticeTargetGroup(targetGroupId);
            hop.step(StepCode.LATTICE_TARGET_GROUP, "forwards to target group "
                    + group.map(LatticeTargetGroup::label).orElse(targetGroupId) + " (weight " + chosen.weight() + " of "
                    + total + ", " + Math.round(100.0 * chosen.weight() / total) + "% of requests; this request by the "
                    + "seeded hash)");
            if (group.isEmpty()) {
                return walker.undetermined(hop, "target group " + targetGroupId + " is not in the input",
                        new Planned.Unknown<>(targetGroupId, "targets"));
            }
            return toTarget(group.get());
        }

        private Disposition toTarget(LatticeTargetGroup group) {
            Recorder.HopBuilder hop = rec.hop(group);
            List<LatticeTarget> healthy = new ArrayList<>();
            for (LatticeTarget target : group.targets()) {
                if (target.health().canServe()) {
                    healthy.add(target);
                }
            }
            if (healthy.isEmpty()) {
                hop.step(StepCode.LATTICE_NO_TARGET, group.label() + (group.targets().isEmpty() ? " has no targets"
                        : " has no healthy target") + ": the request fails");
                return Disposition.DROPPED;
            }
            LatticeTarget target = healthy.get((int) Math.floorMod(FlowHash.mix(session.seed() ^ flow.src().bits()),
                    (long) healthy.size()));
            if (group.type() == LatticeTargetGroup.Type.LAMBDA) {
                hop.step(StepCode.DELIVERED, "VPC Lattice invokes Lambda function " + target.id());
                walker.endAt(new PacketWalker.Terminal.Elsewhere("Lambda " + target.id()), null);
                return Disposition.ACCEPTED;
            }
            if (group.type() == LatticeTargetGroup.Type.ALB) {
                hop.step(StepCode.DELIVERED, "VPC Lattice forwards to Application Load Balancer " + target.id()
                        + "; the ALB's own listeners and targets are not modelled");
                return Disposition.ACCEPTED;
            }
            NetworkInterface eni = TargetResolution.interfaceOf(topology, target.id(), group.vpcId());
            int port = target.port() > 0 ? target.port() : group.port();
            if (eni == null) {
                return walker.undetermined(hop, "target " + target.id() + " of " + group.label() + " is not in the input",
                        new Planned.Unknown<>(target.id(), "privateIp"));
            }
            Optional<PlannedAddress> targetAddress = topology.privateAddressOf(eni);
            if (targetAddress.isEmpty()) {
                return walker.undetermined(hop, "target " + target.id() + " has no address in the input",
                        new Planned.Unknown<>(target.id(), "privateIp"));
            }
            PlannedAddress latticeSource = new PlannedAddress(LATTICE_RANGE.first().plus(200), LATTICE_RANGE,
                    new Planned.Unknown<>("VPC Lattice", "source address", "any address of " + LATTICE_RANGE));
            hop.step(StepCode.LATTICE_SOURCE_NAT, "VPC Lattice connects to target " + target.id() + " ("
                    + targetAddress.get().render() + ":" + port + ") from its link-local range " + LATTICE_RANGE
                    + (target.health() == TargetHealth.UNKNOWN ? "; the target's health is not in the plan and is assumed healthy" : ""));
            rec.translation(new Translation(Translation.Kind.LATTICE_SOURCE, group.id(), true,
                    flow.src() + ":" + flow.srcPort(), LATTICE_RANGE.toString(), "VPC Lattice proxies the request"));
            Flow toTarget = new Flow(Protocol.TCP, latticeSource.address(), targetAddress.get().address(),
                    TraceRequest.DEFAULT_SOURCE_PORT, port, -1, -1);
            Packet packet = Packet.of(toTarget, latticeSource, targetAddress.get(), false);
            Optional<Subnet> subnet = topology.subnet(eni.subnetId());
            if (subnet.isPresent()) {
                Recorder.HopBuilder subnetHop = rec.hop(subnet.get());
                Disposition denied = walker.checkAcl(subnetHop, subnet.get(), packet, false);
                if (denied != null) {
                    return denied;
                }
            }
            var element = walker.hopElement(eni);
            Recorder.HopBuilder targetHop = rec.hop(element.id(), element.kind(), element.name(), element.origin());
            Verdict verdict = walker.groups.evaluate(eni.securityGroupIds(), packet, false, topology.vpcIdOf(eni));
            if (verdict.denied()) {
                targetHop.step(StepCode.LATTICE_TARGET_SG_DENY, "the target's security groups do not admit VPC Lattice's "
                        + "range " + LATTICE_RANGE + " (allow the com.amazonaws.<region>.vpc-lattice prefix list): "
                        + verdict.explanation(), verdict.origin());
                return Disposition.DENIED_IN;
            }
            if (!verdict.allowed()) {
                return walker.undetermined(targetHop, verdict.explanation(), verdict.unknown());
            }
            targetHop.step(StepCode.LATTICE_TARGET_SG_ALLOW, verdict.explanation(), verdict.origin());
            targetHop.step(StepCode.DELIVERED, request.render() + " delivered to " + eni.label() + " on port " + port);
            reply = replyFrom(packet, eni, subnet.orElse(null));
            return Disposition.ACCEPTED;
        }

        /** The response leaves the target towards VPC Lattice: stateful security groups, the subnet's ACL outbound. */
        private Trace replyFrom(Packet request, NetworkInterface eni, Subnet subnet) {
            Recorder replyRec = new Recorder();
            Packet back = Packet.of(request.flow().reply(), request.dst(), request.src(), true);
            var element = walker.hopElement(eni);
            Recorder.HopBuilder hop = replyRec.hop(element.id(), element.kind(), element.name(), element.origin());
            hop.step(StepCode.SG_STATEFUL_REPLY, "the response leaves " + eni.label()
                    + ": its security groups admitted the request and are stateful");
            Disposition disposition = Disposition.ACCEPTED;
            if (subnet != null) {
                PacketWalker replyWalker = new PacketWalker(topology, session, replyRec, new HashSet<>(),
                        new PacketWalker.ReplyExpectation(request.flow(), request().from()),
                        new PacketWalker.SubnetHostAddresses(List.of(), Map.of()));
                Disposition denied = replyWalker.checkAcl(replyRec.hop(subnet), subnet, back, true);
                if (denied != null) {
                    disposition = denied;
                }
            }
            if (disposition == Disposition.ACCEPTED) {
                replyRec.hop("vpc-lattice", "VPC Lattice", "", Origin.NONE).step(StepCode.DELIVERED,
                        "VPC Lattice returns the response to the client on its connection");
            }
            return replyRec.build(back.flow(), disposition, Optional.empty());
        }

        private LatticeRequest request() {
            return request;
        }
    }
}
