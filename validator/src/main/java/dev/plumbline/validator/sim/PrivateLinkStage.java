package dev.plumbline.validator.sim;

import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.SecurityGroup;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.model.Vpc;
import dev.plumbline.validator.model.elb.Listener;
import dev.plumbline.validator.model.elb.LoadBalancer;
import dev.plumbline.validator.model.elb.Target;
import dev.plumbline.validator.model.elb.TargetGroup;
import dev.plumbline.validator.model.elb.TargetHealth;
import dev.plumbline.validator.model.endpoint.EndpointService;
import dev.plumbline.validator.model.endpoint.InterfaceEndpoint;
import dev.plumbline.validator.net.Protocol;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * PrivateLink through an interface endpoint to an NLB-backed endpoint service, and traffic to a
 * Network Load Balancer node in general.
 *
 * <p>The client reaches the endpoint's interface in its subnet; the endpoint's security groups
 * admit it or not; only an {@code available} connection forwards; the service must be offered in
 * the interface's AZ (compared by AZ id). The NLB node of that AZ needs a listener on the port, may
 * check its own security groups with the client's private address as source, and forwards to a
 * healthy target of its AZ (any AZ with cross-zone load balancing). The target sees the NLB node's
 * private address as source: client IP preservation has no effect on PrivateLink traffic; proxy
 * protocol v2 carries the client address in a header.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-share-your-services.html">Share your services</a>
 */
final class PrivateLinkStage {

    private final PacketWalker walker;
    private final LoadBalancerTable connections;
    private final long seed;

    PrivateLinkStage(PacketWalker walker, LoadBalancerTable connections, long seed) {
        this.walker = walker;
        this.connections = connections;
        this.seed = seed;
    }

    /** A packet addressed to an interface endpoint's network interface. */
    Disposition enter(Packet p, InterfaceEndpoint endpoint, NetworkInterface eni) {
        Topology topology = walker.topology;
        Recorder rec = walker.rec;
        Optional<Subnet> subnet = topology.subnet(eni.subnetId());
        Recorder.HopBuilder hop = rec.hop(endpoint);
        hop.step(StepCode.ENDPOINT_ENTER, p.flow().render() + " enters " + endpoint.label() + " through " + eni.id()
                + " (" + eni.privateIp().render() + ") in " + subnet.map(Subnet::azName).orElse("its AZ"));
        if (!p.flow().protocol().equals(Protocol.TCP)) {
            hop.step(StepCode.ENDPOINT_PROTOCOL_UNSUPPORTED, "interface endpoints carry TCP only; "
                    + p.flow().protocol() + " is dropped (AWS documentation of 2021; newer services may accept UDP, "
                    + "Plumbline takes the safer reading)");
            return Disposition.DROPPED;
        }
        List<String> groups = endpointGroups(endpoint, eni);
        if (!p.reply()) {
            Verdict verdict = walker.groups.evaluate(groups, p, false, endpoint.vpcId());
            if (verdict.allowed()) {
                hop.step(StepCode.ENDPOINT_SG_ALLOW, verdict.explanation(), verdict.origin());
            } else if (verdict.denied()) {
                hop.step(StepCode.ENDPOINT_SG_DENY, "the endpoint's security groups refuse the client: "
                        + verdict.explanation(), verdict.origin());
                return Disposition.DENIED_IN;
            } else {
                return walker.undetermined(hop, verdict.explanation(), verdict.unknown());
            }
        }
        String state = EndpointStates.effectiveState(topology, endpoint);
        if (!"available".equalsIgnoreCase(state)) {
            hop.step(StepCode.ENDPOINT_NOT_ACCEPTED, endpoint.label() + " is " + state
                    + (state.toLowerCase(Locale.ROOT).contains("pending") ? ": the provider has not accepted the connection"
                            : "") + "; only an available endpoint forwards traffic");
            return Disposition.DROPPED;
        }
        Optional<EndpointService> found = topology.serviceOf(endpoint);
        if (found.isEmpty()) {
            hop.step(StepCode.ENDPOINT_SERVICE_MISSING, "delivered to " + endpoint.serviceName().render()
                    + " through the endpoint; the service's side is not in the input, so the trace ends here");
            walker.endAt(new PacketWalker.Terminal.Elsewhere(endpoint.serviceName().render()), p);
            return Disposition.EXITS_NETWORK;
        }
        EndpointService service = found.get();
        String refusal = refusal(endpoint, service);
        if (refusal != null) {
            hop.step(refusal.startsWith("region") ? StepCode.ENDPOINT_REGION_NOT_SUPPORTED : StepCode.ENDPOINT_PRINCIPAL_DENIED,
                    refusal.substring(refusal.indexOf(':') + 1).trim());
            return Disposition.DROPPED;
        }
        if (subnet.isEmpty()) {
            return walker.undetermined(hop, "the subnet of " + eni.label() + " is not in the input",
                    new dev.plumbline.validator.model.Planned.Unknown<>(eni.subnetId(), "availabilityZone"));
        }
        boolean providerSideKnown = service.loadBalancerArns().stream()
                .anyMatch(arn -> !walker.topology.nodesOf(arn).isEmpty());
        if (!providerSideKnown) {
            return beyondTheInput(p, hop, endpoint, service, subnet.get());
        }
        Optional<Topology.LoadBalancerNode> node = nodeIn(service, subnet.get());
        if (node.isEmpty()) {
            hop.step(StepCode.ENDPOINT_AZ_NOT_OFFERED, service.label() + " is not offered in " + subnet.get().azName()
                    + subnet.get().azId().toOptional().map(id -> " (" + id + ")").orElse("")
                    + ": none of its load balancers has a node in that AZ, so the endpoint's interface there leads nowhere");
            return Disposition.DROPPED;
        }
        if (walker.topology.zoneMatchedByNameAcrossAccounts(node.get().subnet(), subnet.get())) {
            walker.rec.assume("the AZ ids of " + subnet.get().id() + " and " + node.get().subnet().id() + " are not known: "
                    + "they were matched by the name " + subnet.get().azName() + ", which can be a different zone in "
                    + "another account");
        }
        hop.step(StepCode.ENDPOINT_ENTER, "carried by PrivateLink to " + node.get().loadBalancer().label() + " in "
                + node.get().zone().azName());
        return intoLoadBalancer(p, node.get(), eni);
    }

    /**
     * The service's load balancers are not in the input (an AWS service, or another team's): the
     * trace ends at the service once the endpoint's AZ is one the service lists.
     */
    private Disposition beyondTheInput(Packet p, Recorder.HopBuilder hop, InterfaceEndpoint endpoint,
            EndpointService service, Subnet subnet) {
        if (!service.availabilityZones().isEmpty() && !subnet.azName().isEmpty()
                && !service.availabilityZones().contains(subnet.azName())) {
            hop.step(StepCode.ENDPOINT_AZ_NOT_OFFERED, service.label() + " is offered in " + service.availabilityZones()
                    + ", not in " + subnet.azName() + ": the endpoint's interface there leads nowhere");
            return Disposition.DROPPED;
        }
        hop.step(StepCode.ENDPOINT_SERVICE_MISSING, "delivered to " + service.label() + " ("
                + service.serviceName().render() + ") through the endpoint; the service's load balancers and targets are "
                + "not in the input, so the trace ends at the service");
        walker.endAt(new PacketWalker.Terminal.Elsewhere(service.label()), p);
        return Disposition.EXITS_NETWORK;
    }

    /** A packet addressed to a load balancer node directly: a reply from a target, or a client in the same network. */
    Disposition atNode(Packet p, Topology.LoadBalancerNode node) {
        if (p.reply()) {
            Optional<LoadBalancerTable.Connection> connection = connections.forReply(p.flow());
            Recorder.HopBuilder hop = walker.rec.hop(node.loadBalancer());
            if (connection.isEmpty()) {
                hop.step(StepCode.NLB_NO_LISTENER, node.loadBalancer().label()
                        + " has no connection this reply belongs to, so it drops it");
                return Disposition.DROPPED;
            }
            return replyToClient(hop, p, connection.get());
        }
        return intoLoadBalancer(p, node, null);
    }

    /**
     * A reply leaving a target whose load balancer preserved the client's address: the load
     * balancer still carries the reply, so it is handed back to it.
     */
    Optional<Disposition> interceptReply(Packet p) {
        Optional<LoadBalancerTable.Connection> connection = connections.forReply(p.flow());
        if (connection.isEmpty() || connection.get().node().address().address().equals(p.flow().dst())) {
            return Optional.empty();
        }
        Recorder.HopBuilder hop = walker.rec.hop(connection.get().node().loadBalancer());
        return Optional.of(replyToClient(hop, p, connection.get()));
    }

    private Disposition replyToClient(Recorder.HopBuilder hop, Packet p, LoadBalancerTable.Connection connection) {
        Topology topology = walker.topology;
        Flow back = connection.clientFlow().reply();
        hop.step(StepCode.NLB_SOURCE_NAT, "reply matched to the client connection " + connection.clientFlow().render()
                + " and translated back to " + back.render());
        walker.rec.translation(new Translation(Translation.Kind.LOAD_BALANCER_SOURCE, connection.node().loadBalancer().id(),
                true, p.flow().src() + ":" + p.flow().srcPort(), back.src() + ":" + back.srcPort(),
                "load balancer answers with the address the client called"));
        PlannedAddress client = addressOf(back.dst(), connection);
        Packet reply = Packet.of(back, PlannedAddress.exact(back.src()), client, true);
        if (connection.endpointInterface() != null) {
            NetworkInterface eni = connection.endpointInterface();
            Optional<Subnet> subnet = topology.subnet(eni.subnetId());
            walker.rec.hop(eni).step(StepCode.ENDPOINT_ENTER, "the reply returns through PrivateLink and leaves "
                    + "the endpoint interface " + eni.id() + " towards the client");
            return subnet.isPresent() ? walker.leaveSubnet(reply, subnet.get()) : Disposition.DROPPED;
        }
        return walker.leaveSubnet(reply, connection.node().subnet());
    }

    private PlannedAddress addressOf(dev.plumbline.validator.net.Ipv4 address, LoadBalancerTable.Connection connection) {
        for (NetworkInterface eni : walker.topology.interfacesWithPrivateIp(address)) {
            Optional<PlannedAddress> planned = walker.topology.privateAddressOf(eni);
            if (planned.isPresent() && planned.get().address().equals(address)) {
                return planned.get();
            }
        }
        return PlannedAddress.exact(address);
    }

    private Disposition intoLoadBalancer(Packet p, Topology.LoadBalancerNode node, NetworkInterface endpointInterface) {
        Topology topology = walker.topology;
        LoadBalancer lb = node.loadBalancer();
        Recorder.HopBuilder hop = walker.rec.hop(lb);
        boolean privateLink = endpointInterface != null;
        Optional<Listener> listener = topology.listenersOf(lb.id()).stream()
                .filter(l -> l.port() == p.flow().dstPort() && carries(l.protocol(), p.flow().protocol()))
                .findFirst();
        if (listener.isEmpty()) {
            hop.step(StepCode.NLB_NO_LISTENER, lb.label() + " has no listener for " + p.flow().protocol() + " port "
                    + p.flow().dstPort() + ": traffic matching no listener is dropped");
            return Disposition.DROPPED;
        }
        hop.step(StepCode.NLB_LISTENER, "listener " + listener.get().name() + " of " + lb.label() + " takes the connection",
                listener.get().origin());
        if (!lb.securityGroupIds().isEmpty()) {
            if (privateLink && !lb.enforceSgInboundOnPrivateLink()) {
                hop.step(StepCode.NLB_SG_ALLOW, "the load balancer's security groups are not enforced on PrivateLink "
                        + "traffic (EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic is off)");
            } else {
                Verdict verdict = walker.groups.evaluate(lb.securityGroupIds(), p, false, lb.vpcId());
                if (verdict.denied()) {
                    hop.step(StepCode.NLB_SG_DENY, "the load balancer's security groups refuse the client"
                            + (privateLink ? " (checked with the client's private address as source)" : "") + ": "
                            + verdict.explanation(), verdict.origin());
                    return Disposition.DENIED_IN;
                }
                if (!verdict.allowed()) {
                    return walker.undetermined(hop, verdict.explanation(), verdict.unknown());
                }
                hop.step(StepCode.NLB_SG_ALLOW, verdict.explanation(), verdict.origin());
            }
        }
        Optional<TargetGroup> group = listener.get().forwardTargetGroupArns().stream().findFirst()
                .flatMap(topology::targetGroup);
        if (group.isEmpty()) {
            hop.step(StepCode.NLB_NO_HEALTHY_TARGET, "listener " + listener.get().name()
                    + " forwards to no target group in the input");
            return Disposition.DROPPED;
        }
        TargetGroup tg = group.get();
        boolean crossZone = tg.crossZone() != null ? tg.crossZone() : lb.crossZone();
        List<Choice> choices = choices(tg, node, crossZone);
        List<Choice> healthy = choices.stream().filter(c -> c.health.canServe()).toList();
        if (healthy.isEmpty()) {
            hop.step(StepCode.NLB_NO_HEALTHY_TARGET, "no healthy target of " + tg.label() + " in "
                    + (crossZone ? "any AZ" : node.zone().azName() + " (cross-zone load balancing is off)")
                    + (choices.isEmpty() ? "" : ": " + choices.get(0).why)
                    + "; the connection fails");
            return Disposition.DROPPED;
        }
        Choice chosen = healthy.get(FlowHash.pick(seed, p.flow(), TargetGroup.Stickiness.FIVE_TUPLE, healthy.size()));
        int targetPort = chosen.target.port() > 0 ? chosen.target.port() : tg.port() > 0 ? tg.port() : p.flow().dstPort();
        Optional<PlannedAddress> targetAddress = chosen.eni == null
                ? dev.plumbline.validator.net.Ipv4.tryParse(chosen.target.id()).map(PlannedAddress::exact)
                : topology.privateAddressOf(chosen.eni);
        if (targetAddress.isEmpty()) {
            return walker.undetermined(hop, "the address of target " + chosen.target.id() + " is not in the input",
                    new dev.plumbline.validator.model.Planned.Unknown<>(chosen.target.id(), "privateIp"));
        }
        hop.step(StepCode.NLB_TARGET, "forwards to target " + chosen.target.id() + " (" + targetAddress.get().render()
                + ":" + targetPort + ") of " + tg.label() + (chosen.health == TargetHealth.UNKNOWN
                        ? "; its health is not in the plan and is assumed healthy" : ""), tg.origin());
        boolean preserve = !privateLink && tg.targetType() == TargetGroup.TargetType.INSTANCE;
        PlannedAddress source = preserve ? p.src() : node.address();
        if (privateLink) {
            hop.step(StepCode.NLB_SOURCE_NAT, "the target sees the load balancer's address " + node.address().render()
                    + " as source, not the client's: client IP preservation has no effect on PrivateLink traffic");
            if (tg.proxyProtocolV2()) {
                hop.step(StepCode.PROXY_PROTOCOL, "proxy protocol v2 is on: a header carries the client address "
                        + p.flow().src() + " and the endpoint id to the target");
            }
        } else if (!preserve) {
            hop.step(StepCode.NLB_SOURCE_NAT, "IP targets on TCP see the load balancer's address "
                    + node.address().render() + " as source (client IP preservation is off by default for them)");
        }
        Flow towardTarget = new Flow(p.flow().protocol(), source.address(), targetAddress.get().address(),
                p.flow().srcPort(), targetPort, p.flow().icmpType(), p.flow().icmpCode());
        if (!preserve) {
            walker.rec.translation(new Translation(Translation.Kind.LOAD_BALANCER_SOURCE, lb.id(), true,
                    p.flow().src() + ":" + p.flow().srcPort(), source.address() + ":" + p.flow().srcPort(),
                    "load balancer node address replaces the client's"));
        }
        walker.rec.translation(new Translation(Translation.Kind.LOAD_BALANCER_DESTINATION, lb.id(), false,
                p.flow().dst() + ":" + p.flow().dstPort(), targetAddress.get().address() + ":" + targetPort,
                "listener to target"));
        if (preserve && targetAddress.get().address().equals(p.src().address())) {
            hop.step(StepCode.NLB_LOOPBACK, "the load balancer keeps the client's address and sends the connection back "
                    + "to the client itself (" + p.src().address() + "): source and destination are the same, and an "
                    + "internal NLB does not support this loopback, so the connection times out (turn client IP "
                    + "preservation off, or call the service from outside its target group)");
            return Disposition.DROPPED;
        }
        connections.open(towardTarget, new LoadBalancerTable.Connection(p.flow(), endpointInterface, node));
        Packet out = Packet.of(towardTarget, source, targetAddress.get(), false);
        return walker.leaveSubnet(out, node.subnet());
    }

    private static boolean carries(String listenerProtocol, Protocol packet) {
        String protocol = listenerProtocol.toUpperCase(Locale.ROOT);
        if (packet.equals(Protocol.TCP)) {
            return protocol.isEmpty() || protocol.equals("TCP") || protocol.equals("TLS") || protocol.equals("TCP_UDP");
        }
        if (packet.equals(Protocol.UDP)) {
            return protocol.equals("UDP") || protocol.equals("TCP_UDP");
        }
        return false;
    }

    private record Choice(Target target, NetworkInterface eni, TargetHealth health, String why) {
    }

    private List<Choice> choices(TargetGroup tg, Topology.LoadBalancerNode node, boolean crossZone) {
        Topology topology = walker.topology;
        List<Choice> out = new ArrayList<>();
        for (Target target : tg.targets()) {
            NetworkInterface eni = TargetResolution.interfaceOf(topology, target, tg.vpcId());
            String zone = TargetResolution.zoneOf(topology, target, eni);
            if (!crossZone && !zone.isEmpty() && !zone.equals(node.subnet().azName())) {
                continue;
            }
            TargetHealth health = target.health();
            String why = health == TargetHealth.UNKNOWN ? "" : "target " + target.id() + " is "
                    + health.name().toLowerCase(Locale.ROOT);
            if (health == TargetHealth.UNKNOWN && eni != null && tg.healthCheck().enabled()) {
                int port = tg.healthCheck().effectivePort(target.port() > 0 ? target.port() : tg.port());
                Optional<PlannedAddress> address = topology.privateAddressOf(eni);
                if (port > 0 && address.isPresent()) {
                    Flow check = Flow.tcp(node.address().address(), 40000, address.get().address(), port);
                    Verdict verdict = walker.groups.evaluate(eni.securityGroupIds(),
                            Packet.of(check, node.address(), address.get(), false), false, topology.vpcIdOf(eni));
                    if (verdict.denied()) {
                        health = TargetHealth.UNHEALTHY;
                        why = "target " + target.id() + " refuses the health check on TCP port " + port
                                + " from the load balancer in its security groups";
                    }
                }
            }
            out.add(new Choice(target, eni, health, why));
        }
        out.sort(Comparator.comparing(c -> c.target.id()));
        return out;
    }

    private Optional<Topology.LoadBalancerNode> nodeIn(EndpointService service, Subnet subnet) {
        for (String arn : service.loadBalancerArns()) {
            for (Topology.LoadBalancerNode node : walker.topology.nodesOf(arn)) {
                if (node.loadBalancer().type() == LoadBalancer.Type.NETWORK
                        && Topology.sameZone(node.subnet().azName(), node.subnet().azId(), subnet.azName(), subnet.azId())) {
                    return Optional.of(node);
                }
            }
        }
        return Optional.empty();
    }

    /** The endpoint's groups: on its interface, else on the endpoint, else its VPC's default group. */
    private List<String> endpointGroups(InterfaceEndpoint endpoint, NetworkInterface eni) {
        if (!eni.securityGroupIds().isEmpty()) {
            return eni.securityGroupIds();
        }
        if (!endpoint.securityGroupIds().isEmpty()) {
            return endpoint.securityGroupIds();
        }
        return walker.topology.network().securityGroups().stream()
                .filter(g -> g.vpcId().equals(endpoint.vpcId()) && g.isDefault()).map(SecurityGroup::id).toList();
    }

    /** Why the service turns the endpoint away (prefixed "principal:" or "region:"), or null. */
    private String refusal(InterfaceEndpoint endpoint, EndpointService service) {
        String account = endpoint.ownerAccount();
        if (account.isEmpty()) {
            account = walker.topology.vpc(endpoint.vpcId()).map(Vpc::accountId).orElse("");
        }
        if (!account.isEmpty() && !account.equals(service.ownerAccount()) && !PrincipalMatch.allows(service.allowedPrincipals(), account)) {
            return "principal: account " + account + " of " + endpoint.label() + " is not among the allowed principals of "
                    + service.label() + " (" + (service.allowedPrincipals().isEmpty() ? "none"
                            : String.join(", ", service.allowedPrincipals())) + "), so it cannot connect";
        }
        String consumerRegion = walker.topology.vpc(endpoint.vpcId()).map(Vpc::region).orElse("");
        if (!endpoint.serviceRegion().isEmpty() && !service.region().isEmpty()
                && !endpoint.serviceRegion().equals(service.region())) {
            return "region: " + endpoint.label() + " names service region " + endpoint.serviceRegion() + " but "
                    + service.label() + " is hosted in " + service.region();
        }
        if (!consumerRegion.isEmpty() && !service.region().isEmpty() && !consumerRegion.equals(service.region())
                && !service.supportedRegions().contains(consumerRegion)) {
            return "region: " + endpoint.label() + " is in " + consumerRegion + ", which is not among the supported "
                    + "regions of " + service.label() + " " + service.supportedRegions()
                    + " (cross-Region PrivateLink needs the consumer's region there)";
        }
        return null;
    }
}
