package dev.plumbline.validator.intent;

import dev.plumbline.validator.diag.BadInputException;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.Element;
import dev.plumbline.validator.model.Instance;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.SecurityGroup;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.model.elb.LoadBalancer;
import dev.plumbline.validator.model.endpoint.InterfaceEndpoint;
import dev.plumbline.validator.model.lattice.LatticeService;
import dev.plumbline.validator.model.lattice.LatticeTargetGroup;
import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.net.Prefix;
import dev.plumbline.validator.sim.Hop;
import dev.plumbline.validator.sim.Inspection;
import dev.plumbline.validator.sim.LatticeRequest;
import dev.plumbline.validator.sim.LatticeTracer;
import dev.plumbline.validator.sim.Place;
import dev.plumbline.validator.sim.PlaceResolver;
import dev.plumbline.validator.sim.RequestTrace;
import dev.plumbline.validator.sim.Session;
import dev.plumbline.validator.sim.Simulator;
import dev.plumbline.validator.sim.Topology;
import dev.plumbline.validator.sim.Trace;
import dev.plumbline.validator.sim.TraceRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Evaluates intents against one plan. First every name of every intent is resolved (ends of the
 * flow, security groups, GWLB stages, hops, target groups); any that does not resolve is bad input
 * (all of them in one {@link BadInputException}, each with its JSON pointer and the closest names).
 * Then each intent is traced in a fresh {@link Session} with the default seed, so results do not
 * depend on the order of intents and repeat exactly, and judged:
 *
 * <ul>
 * <li>{@code reachable}: the request gets through ({@code ACCEPTED} or {@code EXITS_NETWORK}) and,
 * for stateful protocols, its reply comes back.</li>
 * <li>{@code unreachable}: the request is not delivered. A request that is delivered while its
 * reply is dropped fails: the destination still receives the source's packets.</li>
 * <li>{@code inspected-by}: reachable, the request inspected by exactly the stages in order, the
 * reply by the same stages in reverse order.</li>
 * <li>{@code via}: reachable, and the request's hops contain the given ones in order.</li>
 * <li>{@code target-group}: of N requests, the share Lattice forwards to the group is within the
 * tolerance of the expected share. Whether its targets then accept is a {@code reachable} intent's
 * question.</li>
 * </ul>
 *
 * A result whose deciding trace is {@code UNDETERMINED} is {@link Outcome#UNDETERMINED}, never a
 * pass. Pure: no I/O; the simulator is only read.
 */
public final class IntentEvaluator {

    /** Rule id of names in an intents file that name nothing in the plan (or several things where one is needed). */
    public static final String UNRESOLVED = "intents.unresolved";
    /** Rule id of intents that cannot be traced as written (a flow from a Lattice service, a port missing). */
    public static final String INVALID = IntentsReader.RULE_ID;

    private static final Pattern CIDR_SHAPE = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,3}$");
    private static final Predicate<Element> ADDRESSABLE = e -> e instanceof Instance || e instanceof NetworkInterface
            || e instanceof Subnet || e instanceof InterfaceEndpoint || e instanceof LatticeService;
    private static final Predicate<Element> STAGE = e -> e instanceof Instance || e instanceof NetworkInterface
            || e instanceof LoadBalancer lb && lb.type() == LoadBalancer.Type.GATEWAY;
    private static final Set<String> PSEUDO_HOPS = Set.of("internet", "vpc-lattice");

    private final Simulator simulator;
    private final Topology topology;
    private final PlanNames names;
    private final PlaceResolver resolver;
    private final LatticeTracer lattice;

    public IntentEvaluator(Simulator simulator) {
        this.simulator = simulator;
        this.topology = simulator.topology();
        this.names = new PlanNames(topology);
        this.resolver = new PlaceResolver(topology);
        this.lattice = new LatticeTracer(topology);
    }

    public List<IntentResult> evaluate(IntentFile file) throws BadInputException {
        return evaluate(file, Progress.NONE);
    }

    /** Resolves every intent, then judges each in file order, telling {@code progress} after each. */
    public List<IntentResult> evaluate(IntentFile file, Progress progress) throws BadInputException {
        List<Diagnostic> problems = new ArrayList<>();
        List<Bound> bound = new ArrayList<>();
        for (Intent intent : file.intents()) {
            bind(intent, problems).ifPresent(bound::add);
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        List<IntentResult> results = new ArrayList<>();
        for (Bound b : bound) {
            results.add(judge(b));
            progress.advanced(results.size(), bound.size(), b.intent().name());
        }
        return results;
    }

    /** An intent with its names resolved: the ends, and per stage or via hop the ids that match it. */
    private record Bound(Intent intent, Place from, Place to, List<Set<String>> matchers, String targetGroupId) {
    }

    // ---- binding ---------------------------------------------------------------------------------

    private Optional<Bound> bind(Intent intent, List<Diagnostic> problems) {
        Origin at = intent.origin();
        int before = problems.size();
        List<String> fromGroups = securityGroups(intent.fromSecurityGroups(), at.child("/from-security-groups"), problems);
        List<String> toGroups = securityGroups(intent.toSecurityGroups(), at.child("/to-security-groups"), problems);
        Optional<Place> from = place(intent.from(), false, fromGroups, at.child("/from"), problems);
        Optional<Place> to = place(intent.to(), true, toGroups, at.child("/to"), problems);
        from.ifPresent(f -> {
            if (f instanceof Place.AtLatticeService || f instanceof Place.AtInterfaceEndpoint) {
                problems.add(Diagnostic.error(INVALID, at.child("/from"), "'" + intent.from() + "' is " + f.describe()
                        + ": a flow cannot start there", "start the flow at an instance, interface, subnet, CIDR, address or 'internet'"));
            }
        });
        boolean toLattice = to.isPresent() && to.get() instanceof Place.AtLatticeService;
        if (to.isPresent() && !toLattice) {
            if (intent.request().isPresent()) {
                problems.add(Diagnostic.error(INVALID, at.child("/request"), "'request' applies only to a VPC Lattice service; '"
                        + intent.to() + "' is " + to.get().describe(), "remove 'request', or make 'to' a Lattice service"));
            }
            if (intent.protocol().hasPorts() && intent.port().isEmpty()) {
                problems.add(Diagnostic.error(INVALID, at, "no destination port for " + protocolName(intent) + " to '"
                        + intent.to() + "'", "add 'port:', e.g. port: 443"));
            }
            if (intent.expectation() instanceof Expectation.TargetGroup) {
                problems.add(Diagnostic.error(INVALID, at.child("/expect/target-group"), "target-group applies to requests to "
                        + "a VPC Lattice service; '" + intent.to() + "' is " + to.get().describe(),
                        "make 'to' a Lattice service, or use another expectation"));
            }
        }
        if (toLattice && intent.protocol().number() != 6) {
            problems.add(Diagnostic.error(INVALID, at.child("/protocol"), "a VPC Lattice service takes HTTP requests over tcp",
                    "remove 'protocol' or set it to tcp"));
        }
        List<Set<String>> matchers = new ArrayList<>();
        String targetGroupId = "";
        Origin expectAt = at.child("/expect");
        if (intent.expectation() instanceof Expectation.InspectedBy inspected) {
            for (int i = 0; i < inspected.stages().size(); i++) {
                matchers.add(stage(inspected.stages().get(i), expectAt.child("/inspected-by/" + i), problems));
            }
        } else if (intent.expectation() instanceof Expectation.Via via) {
            for (int i = 0; i < via.hops().size(); i++) {
                matchers.add(hop(via.hops().get(i), expectAt.child("/via/" + i), problems));
            }
        } else if (intent.expectation() instanceof Expectation.TargetGroup group) {
            targetGroupId = targetGroup(group.targetGroup(), expectAt.child("/target-group"), problems);
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Bound(intent, from.get(), to.get(), matchers, targetGroupId));
    }

    private Optional<Place> place(String text, boolean destination, List<String> groups, Origin at,
            List<Diagnostic> problems) {
        if (CIDR_SHAPE.matcher(text).matches()) {
            return cidr(text, destination, groups, at, problems);
        }
        try {
            return Optional.of(resolver.resolve(text, destination, groups));
        } catch (PlaceResolver.UnresolvedPlaceException e) {
            String message = e.getMessage();
            String hint = "use an id, a URN, a resource name, a CIDR, an IPv4 address or 'internet'";
            if (names.find(text, ADDRESSABLE).isEmpty() && !message.contains("did you mean")) {
                hint = names.suggestion(text, ADDRESSABLE, "places");
            }
            problems.add(Diagnostic.error(UNRESOLVED, at, message, hint));
            return Optional.empty();
        }
    }

    /**
     * A CIDR stands for one host in it. Inside a subnet: the first address AWS could hand out there
     * (after the four it reserves) that falls in the CIDR and that no interface holds, filtering
     * nothing unless security groups are given. Outside every VPC: an address on the internet (its
     * first host address). A /32 is that address. A CIDR across several subnets is ambiguous.
     */
    private Optional<Place> cidr(String text, boolean destination, List<String> groups, Origin at, List<Diagnostic> problems) {
        Prefix prefix;
        try {
            prefix = Prefix.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(Diagnostic.error(UNRESOLVED, at, e.getMessage(), "give a network address, e.g. 10.0.1.0/24"));
            return Optional.empty();
        }
        if (prefix.isHost()) {
            return place(prefix.network().toString(), destination, groups, at, problems);
        }
        List<Subnet> subnets = topology.network().subnets().stream().filter(s -> s.cidr().overlaps(prefix)).toList();
        if (subnets.size() > 1) {
            problems.add(Diagnostic.error(UNRESOLVED, at, text + " spans " + subnets.size() + " subnets ("
                    + String.join(", ", subnets.stream().map(PlanNames::describe).limit(6).toList())
                    + (subnets.size() > 6 ? ", ..." : "") + "); a CIDR stands for one host",
                    "name one subnet, or give a CIDR inside one"));
            return Optional.empty();
        }
        if (subnets.size() == 1) {
            Subnet subnet = subnets.get(0);
            Optional<Ipv4> host = freeHost(subnet, prefix);
            if (host.isEmpty()) {
                problems.add(Diagnostic.error(UNRESOLVED, at, text + " holds no address AWS can assign in "
                        + PlanNames.describe(subnet) + " (it reserves the first four and the last)", "give a wider CIDR"));
                return Optional.empty();
            }
            return Optional.of(new Place.SubnetHost(subnet, host.get(), groups));
        }
        boolean inVpc = topology.network().vpcs().stream().anyMatch(v -> v.cidrs().stream().anyMatch(c -> c.overlaps(prefix)));
        if (inVpc || prefix.network().isPrivate()) {
            problems.add(Diagnostic.error(UNRESOLVED, at, text + " is private address space in no subnet of the plan",
                    "give a CIDR inside a subnet, or a public CIDR for hosts on the internet"));
            return Optional.empty();
        }
        return Optional.of(new Place.Internet(prefix.size() > 2 ? prefix.network().plus(1) : prefix.network()));
    }

    private Optional<Ipv4> freeHost(Subnet subnet, Prefix within) {
        long first = Math.max(subnet.cidr().first().asLong() + 4, within.first().asLong());
        long last = Math.min(subnet.cidr().last().asLong() - 1, within.last().asLong());
        Optional<Ipv4> firstUsable = Optional.empty();
        for (long a = first; a <= last && a < first + 256; a++) {
            Ipv4 candidate = new Ipv4((int) a);
            if (firstUsable.isEmpty()) {
                firstUsable = Optional.of(candidate);
            }
            if (topology.interfacesWithPrivateIp(subnet.vpcId(), candidate).isEmpty()) {
                return Optional.of(candidate);
            }
        }
        return firstUsable;
    }

    private List<String> securityGroups(List<String> texts, Origin at, List<Diagnostic> problems) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            List<Element> found = names.find(text, SecurityGroup.class::isInstance);
            if (found.size() == 1) {
                ids.add(found.get(0).id());
            } else if (found.isEmpty()) {
                problems.add(Diagnostic.error(UNRESOLVED, at.child("/" + i), "'" + text + "' is not a security group of the plan",
                        names.suggestion(text, SecurityGroup.class::isInstance, "security groups")));
            } else {
                problems.add(Diagnostic.error(UNRESOLVED, at.child("/" + i), "'" + text + "' names " + found.size()
                        + " security groups: " + String.join(", ", found.stream().map(PlanNames::describe).toList()),
                        "use the security group's id"));
            }
        }
        return ids;
    }

    private Set<String> stage(String text, Origin at, List<Diagnostic> problems) {
        Set<String> ids = new LinkedHashSet<>();
        if (Ipv4.tryParse(text).isPresent()) {
            ids.add(text);
            return ids;
        }
        for (Element e : names.find(text, STAGE)) {
            if (e instanceof NetworkInterface eni) {
                ids.add(topology.instanceOf(eni).map(Instance::id).orElse(eni.id()));
            } else {
                ids.add(e.id());
            }
        }
        if (ids.isEmpty()) {
            problems.add(Diagnostic.error(UNRESOLVED, at, "'" + text + "' is not an appliance or a Gateway Load Balancer of the plan",
                    names.suggestion(text, STAGE, "appliances and Gateway Load Balancers")));
        }
        return ids;
    }

    private Set<String> hop(String text, Origin at, List<Diagnostic> problems) {
        Set<String> ids = new LinkedHashSet<>();
        if (PSEUDO_HOPS.contains(text)) {
            ids.add(text);
            return ids;
        }
        for (Element e : names.find(text, e -> true)) {
            ids.add(e.id());
            if (e instanceof NetworkInterface eni) {
                topology.instanceOf(eni).ifPresent(i -> ids.add(i.id()));
                if (!eni.attachedTo().isEmpty()) {
                    ids.add(eni.attachedTo());
                }
            }
        }
        if (ids.isEmpty()) {
            problems.add(Diagnostic.error(UNRESOLVED, at, "'" + text + "' names nothing in the plan",
                    names.suggestion(text, e -> true, "resources")));
        }
        return ids;
    }

    private String targetGroup(String text, Origin at, List<Diagnostic> problems) {
        Predicate<Element> kind = LatticeTargetGroup.class::isInstance;
        List<Element> found = new ArrayList<>(names.find(text, kind));
        if (found.isEmpty()) {
            topology.network().latticeTargetGroups().stream().filter(g -> g.arn().equals(text)).forEach(found::add);
        }
        if (found.size() == 1) {
            return found.get(0).id();
        }
        if (found.isEmpty()) {
            problems.add(Diagnostic.error(UNRESOLVED, at, "'" + text + "' is not a VPC Lattice target group of the plan",
                    names.suggestion(text, kind, "Lattice target groups")));
        } else {
            problems.add(Diagnostic.error(UNRESOLVED, at, "'" + text + "' names " + found.size() + " target groups: "
                    + String.join(", ", found.stream().map(PlanNames::describe).toList()), "use the target group's id"));
        }
        return "";
    }

    // ---- judging ---------------------------------------------------------------------------------

    private IntentResult judge(Bound b) {
        Intent intent = b.intent();
        Session session = new Session();
        if (b.to() instanceof Place.AtLatticeService service) {
            Intent.Http http = intent.request().orElse(Intent.Http.DEFAULT);
            LatticeRequest request = new LatticeRequest(b.from(), service.service(), http.method(), http.path(),
                    http.headers(), intent.port().orElse(0), http.principal());
            int requests = intent.expectation() instanceof Expectation.TargetGroup group ? group.requests() : 1;
            RequestTrace result = lattice.trace(request, session, requests);
            return judge(b, result.trace(), Optional.of(result));
        }
        boolean ports = intent.protocol().hasPorts();
        TraceRequest request = new TraceRequest(b.from(), b.to(), intent.protocol(), ports ? intent.port().orElse(0) : 0,
                ports ? intent.sourcePort() : 0);
        return judge(b, simulator.trace(request, session), Optional.empty());
    }

    private IntentResult judge(Bound b, Trace trace, Optional<RequestTrace> request) {
        Expectation expectation = b.intent().expectation();
        Verdict verdict;
        if (expectation instanceof Expectation.InspectedBy inspectedBy) {
            verdict = inspected(trace, inspectedBy, b.matchers());
        } else if (expectation instanceof Expectation.Via via) {
            verdict = via(trace, via, b.matchers());
        } else if (expectation instanceof Expectation.TargetGroup group) {
            verdict = share(trace, request.orElseThrow(), group, b.targetGroupId());
        } else if (expectation instanceof Expectation.Unreachable) {
            verdict = unreachable(trace);
        } else {
            verdict = reachable(trace);
        }
        return new IntentResult(b.intent(), verdict.outcome, verdict.reason, b.from(), b.to(), trace,
                request, verdict.culprit, verdict.share);
    }

    private record Verdict(Outcome outcome, String reason, Optional<IntentResult.HopRef> culprit, Optional<Double> share) {
        static Verdict of(Outcome outcome, String reason) {
            return new Verdict(outcome, reason, Optional.empty(), Optional.empty());
        }
    }

    /** The stop of a trace that did not get through, or empty when the request and its reply did. */
    private static Optional<Verdict> stop(Trace trace, String prefix) {
        if (!trace.disposition().isSuccess()) {
            return Optional.of(stopped(trace, false, prefix + "the request"));
        }
        if (trace.returnPath().isPresent() && !trace.returnPath().get().disposition().isSuccess()) {
            return Optional.of(stopped(trace.returnPath().get(), true, prefix + "the request gets through but its reply"));
        }
        return Optional.empty();
    }

    private static Verdict stopped(Trace trace, boolean reply, String what) {
        Optional<IntentResult.HopRef> at = trace.hops().isEmpty() ? Optional.empty()
                : Optional.of(new IntentResult.HopRef(reply, trace.hops().size() - 1));
        String where = trace.hops().isEmpty() ? "" : " at " + label(trace.hops().get(trace.hops().size() - 1));
        String why = trace.finalStep().map(s -> ": " + s.code() + ": " + s.detail()).orElse("");
        if (trace.disposition() == dev.plumbline.validator.sim.Disposition.UNDETERMINED) {
            String detail = trace.finalStep().map(s -> s.detail()).orElse("");
            String unknowns = String.join("; ", trace.undeterminedBy().stream().map(u -> u.describe()).distinct()
                    .filter(u -> !detail.contains(u)).toList());
            return new Verdict(Outcome.UNDETERMINED, what + " is undetermined" + where + why
                    + (unknowns.isEmpty() ? "" : " (depends on " + unknowns + ")"), at, Optional.empty());
        }
        return new Verdict(Outcome.FAIL, what + " is stopped" + where + " (" + trace.disposition() + ")" + why, at,
                Optional.empty());
    }

    private static Verdict reachable(Trace trace) {
        return stop(trace, "").orElseGet(() -> Verdict.of(Outcome.PASS, delivered(trace)));
    }

    private static String delivered(Trace trace) {
        String end = trace.hops().isEmpty() ? "" : " at " + label(trace.hops().get(trace.hops().size() - 1));
        return "the request gets through (" + trace.disposition() + end + ")"
                + (trace.returnPath().isPresent() ? " and its reply returns" : "; no reply is simulated beyond the modelled network");
    }

    private static Verdict unreachable(Trace trace) {
        if (!trace.disposition().isSuccess()) {
            Verdict stop = stopped(trace, false, "the request");
            return stop.outcome == Outcome.UNDETERMINED ? stop : new Verdict(Outcome.PASS, stop.reason, stop.culprit, Optional.empty());
        }
        String end = trace.hops().isEmpty() ? "" : " at " + label(trace.hops().get(trace.hops().size() - 1));
        Optional<IntentResult.HopRef> last = trace.hops().isEmpty() ? Optional.empty()
                : Optional.of(new IntentResult.HopRef(false, trace.hops().size() - 1));
        String reason = "the request is delivered (" + trace.disposition() + end + ")";
        if (trace.returnPath().isPresent() && !trace.returnPath().get().disposition().isSuccess()) {
            Trace reply = trace.returnPath().get();
            reason += "; only its reply is stopped (" + reply.disposition() + (reply.hops().isEmpty() ? ""
                    : " at " + label(reply.hops().get(reply.hops().size() - 1)))
                    + "), so connections fail but the source's packets still arrive";
        }
        return new Verdict(Outcome.FAIL, reason, last, Optional.empty());
    }

    private Verdict inspected(Trace trace, Expectation.InspectedBy expected, List<Set<String>> matchers) {
        Optional<Verdict> stop = stop(trace, "not inspected end to end: ");
        if (stop.isPresent()) {
            return stop.get();
        }
        List<Inspection> request = trace.inspections().stream().filter(i -> !i.reply()).toList();
        if (!matches(request, matchers)) {
            return Verdict.of(Outcome.FAIL, "the request is inspected by " + render(request) + ", expected "
                    + String.join(" then ", expected.stages()));
        }
        if (trace.returnPath().isEmpty()) {
            return Verdict.of(Outcome.UNDETERMINED, "the request is inspected by " + render(request)
                    + " as expected, but its reply is not simulated (it is outside the modelled network)");
        }
        List<Inspection> reply = trace.returnPath().get().inspections().stream().filter(Inspection::reply).toList();
        List<Set<String>> reversed = new ArrayList<>(matchers);
        java.util.Collections.reverse(reversed);
        if (!matches(reply, reversed)) {
            List<String> stages = new ArrayList<>(expected.stages());
            java.util.Collections.reverse(stages);
            return Verdict.of(Outcome.FAIL, "the request is inspected as expected, but the reply is inspected by "
                    + render(reply) + ", expected " + String.join(" then ", stages));
        }
        return Verdict.of(Outcome.PASS, "the request is inspected by " + render(request) + " and the reply by " + render(reply));
    }

    private static boolean matches(List<Inspection> seen, List<Set<String>> matchers) {
        if (seen.size() != matchers.size()) {
            return false;
        }
        for (int i = 0; i < seen.size(); i++) {
            Inspection inspection = seen.get(i);
            Set<String> ids = matchers.get(i);
            if (!ids.contains(inspection.applianceId()) && !ids.contains(inspection.loadBalancerId())) {
                return false;
            }
        }
        return true;
    }

    private String render(List<Inspection> inspections) {
        if (inspections.isEmpty()) {
            return "no appliance";
        }
        return String.join(" then ", inspections.stream().map(i -> "appliance "
                + topology.element(i.applianceId()).map(Element::label).orElse(i.applianceId()) + " behind "
                + (i.loadBalancerName().isEmpty() ? i.loadBalancerId() : i.loadBalancerName())).toList());
    }

    private static Verdict via(Trace trace, Expectation.Via expected, List<Set<String>> matchers) {
        Optional<Verdict> stop = stop(trace, "");
        if (stop.isPresent()) {
            return stop.get();
        }
        List<Hop> hops = trace.hops();
        List<String> passed = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < expected.hops().size(); i++) {
            Set<String> ids = matchers.get(i);
            int found = -1;
            for (int h = next; h < hops.size(); h++) {
                if (ids.contains(hops.get(h).nodeId())) {
                    found = h;
                    break;
                }
            }
            if (found < 0) {
                return Verdict.of(Outcome.FAIL, "the request does not pass " + expected.hops().get(i)
                        + (i == 0 ? "" : " after " + expected.hops().get(i - 1)) + "; its hops are " + hopList(hops));
            }
            passed.add(expected.hops().get(i) + " (hop " + (found + 1) + ")");
            next = found + 1;
        }
        return Verdict.of(Outcome.PASS, "the request passes " + String.join(", ", passed) + " and gets through");
    }

    private static String hopList(List<Hop> hops) {
        List<String> labels = new ArrayList<>();
        for (Hop hop : hops) {
            String label = hop.nodeName().isEmpty() ? hop.nodeId() : hop.nodeName();
            if (labels.isEmpty() || !labels.get(labels.size() - 1).equals(label)) {
                labels.add(label);
            }
        }
        return String.join(" > ", labels);
    }

    private Verdict share(Trace trace, RequestTrace result, Expectation.TargetGroup expected, String groupId) {
        Map<String, Integer> distribution = result.distribution();
        if (distribution.isEmpty() && expected.requests() == 1 && !result.targetGroupId().isEmpty()) {
            distribution = Map.of(result.targetGroupId(), 1);
        }
        int forwarded = distribution.values().stream().mapToInt(Integer::intValue).sum();
        if (forwarded == 0) {
            Optional<Verdict> stop = stop(trace, "");
            if (stop.isPresent() && stop.get().outcome == Outcome.UNDETERMINED) {
                return stop.get();
            }
            String why = result.fixedStatus() != 0 ? "the " + (result.ruleId().isEmpty() ? "default action"
                    : "rule " + topology.element(result.ruleId()).map(Element::label).orElse(result.ruleId()))
                    + " answers with a fixed response " + result.fixedStatus()
                    : stop.map(Verdict::reason).orElse("no forward action applies");
            return new Verdict(Outcome.FAIL, "no request is forwarded to a target group: " + why,
                    stop.flatMap(Verdict::culprit), Optional.of(0.0));
        }
        int count = distribution.getOrDefault(groupId, 0);
        double observed = (double) count / expected.requests();
        String rule = result.ruleId().isEmpty() ? "the listener's default action"
                : "rule " + topology.element(result.ruleId()).map(Element::label).orElse(result.ruleId());
        String sentence = String.format(Locale.ROOT, "%s receives %d of %d requests (%.1f%%) under %s; expected %.1f%% ± %.1f%%",
                expected.targetGroup(), count, expected.requests(), 100 * observed, rule, 100 * expected.share(),
                100 * expected.tolerance());
        boolean within = Math.abs(observed - expected.share()) <= expected.tolerance() + 1e-9;
        if (!within) {
            List<String> others = new ArrayList<>();
            distribution.forEach((group, n) -> {
                if (!group.equals(groupId) && n > 0) {
                    others.add(group + " " + n);
                }
            });
            if (!others.isEmpty()) {
                sentence += "; the others went to " + String.join(", ", others);
            }
        }
        return new Verdict(within ? Outcome.PASS : Outcome.FAIL, sentence, Optional.empty(), Optional.of(observed));
    }

    /** {@code kind name (id)}; a pseudo hop such as the internet by its id alone. */
    private static String label(Hop hop) {
        return hop.nodeKind().equals(hop.nodeId()) ? hop.nodeId() : hop.label();
    }

    private static String protocolName(Intent intent) {
        return intent.protocol().hasPorts() && intent.protocol().number() == 17 ? "udp" : "tcp";
    }
}
