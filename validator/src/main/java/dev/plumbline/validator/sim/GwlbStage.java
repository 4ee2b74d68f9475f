package dev.plumbline.validator.sim;

import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.model.elb.LoadBalancer;
import dev.plumbline.validator.model.elb.Target;
import dev.plumbline.validator.model.elb.TargetGroup;
import dev.plumbline.validator.model.elb.TargetHealth;
import dev.plumbline.validator.model.endpoint.EndpointService;
import dev.plumbline.validator.model.endpoint.GwlbEndpoint;
import java.util.List;
import java.util.Optional;

/**
 * A packet routed to a Gateway Load Balancer endpoint: wrapped in GENEVE (UDP 6081) to the GWLB
 * node of the endpoint's AZ, handed to one appliance chosen by a symmetric hash of the flow (per
 * the target group's stickiness, so the reply meets the same appliance), returned to the endpoint,
 * and routed on by the endpoint subnet's route table. With cross-zone load balancing off (the
 * default) only appliances in the endpoint's AZ are candidates. With every candidate unhealthy
 * the GWLB fails open to one of them, which drops the traffic.
 *
 * @see <a href="https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/introduction.html">Gateway Load Balancers</a>
 */
final class GwlbStage {

    static final int GENEVE_PORT = 6081;

    private final PacketWalker walker;
    private final long seed;

    GwlbStage(PacketWalker walker, long seed) {
        this.walker = walker;
        this.seed = seed;
    }

    Disposition through(Packet p, GwlbEndpoint endpoint, Subnet fromSubnet) {
        Topology topology = walker.topology;
        Recorder rec = walker.rec;
        Optional<Subnet> endpointSubnet = topology.subnet(endpoint.subnetId());
        if (endpointSubnet.isPresent() && (fromSubnet == null || !fromSubnet.id().equals(endpointSubnet.get().id()))) {
            Disposition denied = walker.checkAcl(rec.hop(endpointSubnet.get()), endpointSubnet.get(), p, false);
            if (denied != null) {
                return denied;
            }
        }
        Recorder.HopBuilder hop = rec.hop(endpoint);
        String state = EndpointStates.effectiveState(topology, endpoint);
        if (!"available".equalsIgnoreCase(state)) {
            hop.step(StepCode.ENDPOINT_NOT_ACCEPTED, endpoint.label() + " is " + (state.isEmpty() ? "not available" : state)
                    + ": only an available endpoint forwards traffic to the appliances");
            return Disposition.DROPPED;
        }
        Optional<EndpointService> service = topology.serviceOf(endpoint);
        if (service.isEmpty()) {
            return walker.undetermined(hop, "the endpoint service " + endpoint.serviceName().render()
                    + " of " + endpoint.label() + " is not in the input, so its appliances cannot be simulated",
                    new Planned.Unknown<>(endpoint.id(), "serviceName"));
        }
        if (endpointSubnet.isEmpty()) {
            return walker.undetermined(hop, "the subnet " + endpoint.subnetId() + " of " + endpoint.label()
                    + " is not in the input", new Planned.Unknown<>(endpoint.subnetId(), "availabilityZone"));
        }
        Subnet subnet = endpointSubnet.get();
        Optional<Topology.LoadBalancerNode> node = nodeServing(service.get(), subnet);
        if (node.isEmpty()) {
            hop.step(StepCode.GWLB_NO_ZONE, "no Gateway Load Balancer of " + service.get().label() + " serves "
                    + subnet.azName() + idText(subnet) + ", the AZ of " + endpoint.label() + ": the packet is dropped");
            return Disposition.DROPPED;
        }
        LoadBalancer gwlb = node.get().loadBalancer();
        if (topology.zoneMatchedByNameAcrossAccounts(node.get().subnet(), subnet)) {
            rec.assume("the AZ ids of " + subnet.id() + " and " + node.get().subnet().id() + " are not known: they were "
                    + "matched by the name " + subnet.azName() + ", which can be a different zone in another account");
        }
        hop.step(StepCode.GWLB_ENCAPSULATE, "encapsulated in GENEVE (UDP " + GENEVE_PORT + ") to " + gwlb.label()
                + " in " + node.get().zone().azName());

        Recorder.HopBuilder lbHop = rec.hop(gwlb);
        List<TargetGroup> groups = topology.targetGroupsOf(gwlb.id());
        if (groups.isEmpty()) {
            lbHop.step(StepCode.GWLB_ALL_UNHEALTHY, gwlb.label() + " has no listener forwarding to a target group: "
                    + "no appliance receives the traffic");
            return Disposition.DROPPED;
        }
        TargetGroup group = groups.get(0);
        if (!"GENEVE".equalsIgnoreCase(group.protocol()) || group.port() != GENEVE_PORT) {
            lbHop.step(StepCode.GWLB_ALL_UNHEALTHY, group.label() + " uses " + group.protocol() + "/" + group.port()
                    + ", not GENEVE/6081: a GWLB only talks GENEVE on port 6081 to its appliances");
            return Disposition.DROPPED;
        }
        boolean crossZone = group.crossZone() != null ? group.crossZone() : gwlb.crossZone();
        GwlbAppliances.Pool appliances = topology.gwlbAppliances().pool(group, node.get(), crossZone);
        List<GwlbAppliances.Candidate> candidates = appliances.all();
        if (candidates.isEmpty()) {
            lbHop.step(StepCode.GWLB_ALL_UNHEALTHY, group.label() + " has no appliance "
                    + (crossZone ? "registered" : "in " + node.get().zone().azName() + " (cross-zone load balancing is off)")
                    + ": the traffic is dropped");
            return Disposition.DROPPED;
        }
        List<GwlbAppliances.Candidate> healthy = appliances.healthy();
        boolean failOpen = healthy.isEmpty();
        List<GwlbAppliances.Candidate> pool = failOpen ? candidates : healthy;
        GwlbAppliances.Candidate chosen = pool.get(FlowHash.pick(seed, p.flow(), group.stickiness(), pool.size()));
        String tuple = switch (group.stickiness()) {
            case FIVE_TUPLE -> "5-tuple";
            case THREE_TUPLE -> "3-tuple (source IP, destination IP, protocol)";
            case TWO_TUPLE -> "2-tuple (source IP, destination IP)";
        };
        if (failOpen) {
            lbHop.step(StepCode.GWLB_ALL_UNHEALTHY, "every appliance of " + group.label() + " is unhealthy ("
                    + candidates.get(0).healthReason() + "): the GWLB fails open to " + chosen.label()
                    + ", which drops the traffic until it recovers");
            rec.inspection(new Inspection(endpoint.id(), gwlb.id(), gwlb.name(), chosen.target().id(), p.reply()));
            return Disposition.DROPPED;
        }
        if (p.reply() && !walker.session.gwlbSawRequest(gwlb.id(), p.flow())) {
            lbHop.step(StepCode.GWLB_ASYMMETRIC, gwlb.label() + " sees the reply " + p.flow().render()
                    + " but never saw its request (the request bypassed inspection): a GWLB drops a flow whose first "
                    + "packet it did not see, so the connection breaks; route both directions through endpoints of this GWLB");
            rec.inspection(new Inspection(endpoint.id(), gwlb.id(), gwlb.name(), chosen.target().id(), true));
            return Disposition.DROPPED;
        }
        if (!p.reply()) {
            walker.session.recordGwlbRequest(gwlb.id(), p.flow());
        }
        if (chosen.networkInterface() != null) {
            Disposition blocked = genevePath(lbHop, node.get(), chosen);
            if (blocked != null) {
                return blocked;
            }
        }
        lbHop.step(StepCode.GWLB_APPLIANCE, "appliance " + chosen.label() + " inspects the flow (chosen by a "
                + tuple + " hash among " + pool.size() + " healthy appliance(s)"
                + (chosen.health() == TargetHealth.UNKNOWN ? "; its health is not in the plan and is assumed healthy" : "")
                + ")");
        rec.assume("GWLB appliances pass inspected traffic unchanged (their own rules are not modelled)");
        rec.inspection(new Inspection(endpoint.id(), gwlb.id(), gwlb.name(), chosen.target().id(), p.reply()));
        rec.hop(endpoint).step(StepCode.GWLB_RETURN, "returned in GENEVE to " + endpoint.label()
                + "; routing continues with the route table of " + subnet.label());
        return walker.leaveSubnet(p, subnet);
    }

    /**
     * Why the GENEVE leg to the appliance is refused by its subnet's network ACL or its security
     * groups, recorded on the load balancer's hop; null when it passes.
     */
    private Disposition genevePath(Recorder.HopBuilder lbHop, Topology.LoadBalancerNode node, GwlbAppliances.Candidate chosen) {
        Optional<GwlbAppliances.GeneveLeg> geneve = walker.topology.gwlbAppliances().geneveLeg(node, chosen);
        if (geneve.isEmpty()) {
            return null;
        }
        GwlbAppliances.GeneveLeg leg = geneve.get();
        Verdict acl = leg.acl();
        if (acl != null && !acl.allowed()) {
            lbHop.step(StepCode.GWLB_APPLIANCE_SG_DENY, "GENEVE from " + node.address().render() + " to appliance "
                    + chosen.label() + " is not admitted: " + acl.explanation(), acl.origin());
            return acl.denied() ? Disposition.DROPPED : markUndetermined(acl);
        }
        Verdict sg = leg.securityGroups();
        if (!sg.allowed()) {
            lbHop.step(StepCode.GWLB_APPLIANCE_SG_DENY, "the appliance " + chosen.label()
                    + " does not admit GENEVE (UDP 6081) from the GWLB: " + sg.explanation(), sg.origin());
            return sg.denied() ? Disposition.DROPPED : markUndetermined(sg);
        }
        return null;
    }

    private Disposition markUndetermined(Verdict verdict) {
        walker.rec.unknown(verdict.unknown());
        return Disposition.UNDETERMINED;
    }

    private Optional<Topology.LoadBalancerNode> nodeServing(EndpointService service, Subnet subnet) {
        for (String arn : service.loadBalancerArns()) {
            for (Topology.LoadBalancerNode node : walker.topology.nodesOf(arn)) {
                if (node.loadBalancer().type() == LoadBalancer.Type.GATEWAY
                        && Topology.sameZone(node.subnet().azName(), node.subnet().azId(), subnet.azName(), subnet.azId())) {
                    return Optional.of(node);
                }
            }
        }
        return Optional.empty();
    }

    private static String idText(Subnet subnet) {
        return subnet.azId().isKnown() ? " (" + subnet.azId().orElse("") + ")" : "";
    }
}
