package dev.plumbline.validator.sim;

import dev.plumbline.validator.model.Instance;
import dev.plumbline.validator.model.NatGateway;
import dev.plumbline.validator.model.NetworkAcl;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.PeeringConnection;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.Route;
import dev.plumbline.validator.model.RouteTable;
import dev.plumbline.validator.model.RouteTarget;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.model.Vpc;
import dev.plumbline.validator.model.endpoint.GatewayEndpoint;
import dev.plumbline.validator.model.endpoint.GwlbEndpoint;
import dev.plumbline.validator.model.endpoint.InterfaceEndpoint;
import dev.plumbline.validator.model.endpoint.VpcEndpoint;
import dev.plumbline.validator.net.Ipv4;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Walks one packet through the network in AWS order: the source's security groups (egress), the
 * source subnet's network ACL (outbound), the route table, whatever the route points at, the
 * destination subnet's network ACL (inbound) and the destination's security groups (ingress).
 * Packets between two addresses of one subnet are not routed and cross no network ACL.
 *
 * <p>A reply walk ({@link Packet#reply()}) skips the security groups that admitted the request
 * (they are stateful) but checks every network ACL again, and ends only where the request came
 * from, with the addresses the requester used.
 */
final class PacketWalker {

    /** Where a walk ended, for starting its reply. */
    sealed interface Terminal {
        record AtInterface(NetworkInterface networkInterface) implements Terminal {
        }

        record AtSubnetHost(Place.SubnetHost host) implements Terminal {
        }

        record OnInternet() implements Terminal {
        }

        /** Beyond the model (transit gateway, AWS service, peer VPC not in the input): no reply is walked. */
        record Elsewhere(String where) implements Terminal {
        }
    }

    /** What the reply must look like when it reaches the requester: the request as it was sent, reversed. */
    record ReplyExpectation(Flow request, Place requester) {
    }

    final Topology topology;
    final SecurityGroupFilter groups;
    final NatTable nat;
    final Recorder rec;
    final Session session;
    private final Set<String> trackedInterfaces;
    private final ReplyExpectation expectation;
    private final SubnetHostAddresses hosts;
    private final PrivateLinkStage privateLink;
    private final GwlbStage gwlb;
    private final InternetGatewayStage internetGateway;
    private final NatGatewayStage natGateway;

    private Terminal terminal = new Terminal.Elsewhere("nowhere");
    private Packet finalPacket;

    /** Addresses of assumed subnet hosts, private and public, so replies find them. */
    record SubnetHostAddresses(List<Place.SubnetHost> hosts, java.util.Map<Ipv4, PlannedAddress> publicByPrivate) {
        Optional<Place.SubnetHost> withPrivate(Ipv4 address) {
            return hosts.stream().filter(h -> h.address().equals(address)).findFirst();
        }

        Optional<Place.SubnetHost> withPublic(Ipv4 address) {
            return publicByPrivate.entrySet().stream().filter(e -> e.getValue().address().equals(address))
                    .findFirst().flatMap(e -> withPrivate(e.getKey()));
        }
    }

    PacketWalker(Topology topology, Session session, Recorder rec, Set<String> trackedInterfaces,
            ReplyExpectation expectation, SubnetHostAddresses hosts) {
        this.topology = topology;
        this.groups = new SecurityGroupFilter(topology);
        this.nat = session.natTable();
        this.session = session;
        this.rec = rec;
        this.trackedInterfaces = trackedInterfaces;
        this.expectation = expectation;
        this.hosts = hosts;
        this.privateLink = new PrivateLinkStage(this, session.loadBalancerTable(), session.seed());
        this.gwlb = new GwlbStage(this, session.seed());
        this.internetGateway = new InternetGatewayStage(this, hosts, expectation);
        this.natGateway = new NatGatewayStage(this);
    }

    Terminal terminal() {
        return terminal;
    }

    Packet finalPacket() {
        return finalPacket;
    }

    boolean isReply() {
        return expectation != null;
    }

    // ---------------------------------------------------------------- sources

    Disposition fromInterface(Packet p, NetworkInterface eni) {
        var element = hopElement(eni);
        Recorder.HopBuilder hop = rec.hop(element.id(), element.kind(), element.name(), element.origin());
        hop.step(StepCode.START, (isReply() ? "reply " : "") + p.flow().render() + " leaves " + eni.label());
        if (isReply()) {
            Optional<Disposition> viaLoadBalancer = privateLink.interceptReply(p);
            if (viaLoadBalancer.isPresent()) {
                return viaLoadBalancer.get();
            }
        }
        Disposition denied = checkGroups(hop, eni, p, true);
        if (denied != null) {
            return denied;
        }
        Optional<Subnet> subnet = topology.subnet(eni.subnetId());
        if (subnet.isEmpty()) {
            return undetermined(hop, "the subnet " + eni.subnetId() + " of " + eni.label() + " is not in the input",
                    new Planned.Unknown<>(eni.subnetId(), "cidrBlock"));
        }
        return leaveSubnet(p, subnet.get());
    }

    Disposition fromSubnetHost(Packet p, Place.SubnetHost host) {
        Recorder.HopBuilder hop = rec.hop(host.subnet().id(), "subnet host", host.address().toString(),
                host.subnet().origin());
        hop.step(StepCode.START, (isReply() ? "reply " : "") + p.flow().render() + " leaves " + host.describe());
        if (!host.securityGroupIds().isEmpty() && !isReply()) {
            Verdict verdict = groups.evaluate(host.securityGroupIds(), p, true, host.subnet().vpcId());
            Disposition stop = applyGroupVerdict(hop, verdict, true);
            if (stop != null) {
                return stop;
            }
        }
        return leaveSubnet(p, host.subnet());
    }

    Disposition fromInternet(Packet p) {
        rec.hop("internet", "internet", "", Origin.NONE)
                .step(StepCode.FROM_INTERNET, (isReply() ? "reply " : "") + p.flow().render() + " arrives from the internet");
        return internetGateway.inbound(p);
    }

    // ---------------------------------------------------------------- subnets and routing

    /** The packet leaves a subnet: same-subnet delivery, else the network ACL outbound and the route table. */
    Disposition leaveSubnet(Packet p, Subnet subnet) {
        if (subnet.cidr().containsPrefix(p.dst().span())) {
            rec.hop(subnet).step(StepCode.SAME_SUBNET, p.dst().address() + " is in " + subnet.label() + " ("
                    + subnet.cidr() + "): delivered directly, not routed, and no network ACL applies");
            return arriveInSubnet(p, subnet);
        }
        Recorder.HopBuilder hop = rec.hop(subnet);
        Disposition denied = checkAcl(hop, subnet, p, true);
        if (denied != null) {
            return denied;
        }
        return routeFrom(p, subnet);
    }

    Disposition routeFrom(Packet p, Subnet subnet) {
        Optional<RouteTable> table = topology.effectiveRouteTable(subnet);
        if (table.isEmpty()) {
            rec.hop(subnet).step(StepCode.NO_ROUTE_TABLE, subnet.label()
                    + " has no route table: no explicit association and its VPC has no main route table in the input");
            return Disposition.NO_ROUTE;
        }
        return route(p, table.get(), subnet, topology.hasExplicitRouteTable(subnet) ? "" : " (the VPC's main table)");
    }

    /** Looks the destination up in {@code table} and forwards to the route's target. */
    Disposition route(Packet p, RouteTable table, Subnet fromSubnet, String howChosen) {
        Recorder.HopBuilder hop = rec.hop(table);
        if (!rec.firstVisit(table.id(), p.flow()) || rec.hopCount() > Recorder.MAX_HOPS) {
            hop.step(StepCode.LOOP, "the packet is back at " + table.label() + " with the same header "
                    + p.flow().render() + ": a forwarding loop");
            return Disposition.LOOP;
        }
        RouteLookup lookup = topology.compiled(table).lookup(p.dst().span());
        if (lookup.dependsOnAddress()) {
            return undetermined(hop, "which route of " + table.label() + " matches depends on the exact address of "
                    + p.dst().render(), p.dst().unknown());
        }
        if (lookup.isEmpty()) {
            hop.step(StepCode.NO_ROUTE, "no route in " + table.label() + howChosen + " matches " + p.dst().address());
            return Disposition.NO_ROUTE;
        }
        if (lookup.isAmbiguous()) {
            hop.step(StepCode.ROUTE_AMBIGUOUS, lookup.routes().size() + " routes of " + table.label()
                    + " match " + p.dst().address() + " equally (" + String.join("; ",
                            lookup.routes().stream().map(Route::render).toList())
                    + "): AWS picks one of them and keeps it, so the path cannot be known from the plan");
            rec.unknown(new Planned.Unknown<>(table.id(), "routes"));
            return Disposition.UNDETERMINED;
        }
        Route route = lookup.route();
        if (route.blackhole()) {
            hop.step(StepCode.BLACKHOLE, p.dst().address() + " matches " + route.render() + " in " + table.label()
                    + ": the target no longer exists, so the packet is dropped", route.origin());
            return Disposition.BLACKHOLE;
        }
        hop.step(StepCode.ROUTE_MATCH, p.dst().address() + " matches " + route.render() + " in " + table.label()
                + howChosen + (lookup.matchedPrefix() == null ? "" : " (longest match " + lookup.matchedPrefix() + ")"),
                route.origin());
        Vpc vpc = topology.vpc(table.vpcId()).orElse(null);
        return forward(p, route.target(), vpc, fromSubnet, hop);
    }

    private Disposition forward(Packet p, RouteTarget target, Vpc vpc, Subnet fromSubnet, Recorder.HopBuilder hop) {
        if (target instanceof RouteTarget.Local) {
            return deliverInVpc(p, vpc);
        }
        if (target instanceof RouteTarget.InternetGateway igw) {
            return internetGateway.outbound(p, igw.targetId(), vpc);
        }
        if (target instanceof RouteTarget.NatGateway n) {
            return natGateway.through(p, n.targetId(), fromSubnet);
        }
        if (target instanceof RouteTarget.NetworkInterface eni) {
            Optional<NetworkInterface> found = topology.networkInterface(eni.targetId());
            if (found.isEmpty()) {
                hop.step(StepCode.BLACKHOLE, "network interface " + eni.targetId() + " is not in the input: the route is a blackhole");
                return Disposition.BLACKHOLE;
            }
            return throughInterface(p, found.get(), fromSubnet);
        }
        if (target instanceof RouteTarget.Instance instanceTarget) {
            Optional<NetworkInterface> found = topology.instance(instanceTarget.targetId())
                    .flatMap(i -> topology.networkInterface(i.primaryInterfaceId()));
            if (found.isEmpty()) {
                hop.step(StepCode.BLACKHOLE, "instance " + instanceTarget.targetId()
                        + " (or its primary interface) is not in the input: the route is a blackhole");
                return Disposition.BLACKHOLE;
            }
            return throughInterface(p, found.get(), fromSubnet);
        }
        if (target instanceof RouteTarget.Peering peering) {
            return peering(p, peering.targetId(), vpc);
        }
        if (target instanceof RouteTarget.VpcEndpoint endpoint) {
            return vpcEndpoint(p, endpoint.targetId(), fromSubnet, hop);
        }
        if (target instanceof RouteTarget.TransitGateway tgw) {
            hop.step(StepCode.EXIT_TRANSIT_GATEWAY, "sent to transit gateway " + tgw.targetId()
                    + "; transit gateways are not modelled inside, so the trace ends here");
            terminal = new Terminal.Elsewhere("transit gateway " + tgw.targetId());
            finalPacket = p;
            return Disposition.EXITS_NETWORK;
        }
        if (target instanceof RouteTarget.VpnGateway vgw) {
            hop.step(StepCode.EXIT_VPN_GATEWAY, "sent to virtual private gateway " + vgw.targetId()
                    + " (VPN or Direct Connect); the trace ends at the edge of the modelled network");
            terminal = new Terminal.Elsewhere("virtual private gateway " + vgw.targetId());
            finalPacket = p;
            return Disposition.EXITS_NETWORK;
        }
        if (target instanceof RouteTarget.EgressOnlyInternetGateway eigw) {
            hop.step(StepCode.BLACKHOLE, "egress-only internet gateway " + eigw.targetId()
                    + " carries IPv6 only; an IPv4 packet routed to it is dropped");
            return Disposition.DROPPED;
        }
        if (target instanceof RouteTarget.Opaque opaque) {
            hop.step(StepCode.EXIT_OPAQUE, "sent to " + opaque.render() + ", which Plumbline does not model; the trace ends here");
            terminal = new Terminal.Elsewhere(opaque.render());
            finalPacket = p;
            return Disposition.EXITS_NETWORK;
        }
        RouteTarget.Unresolved unresolved = (RouteTarget.Unresolved) target;
        return undetermined(hop, "the route's target is not known until apply ("
                + unresolved.unknown().describe() + ")", unresolved.unknown());
    }

    /** Local delivery inside a VPC: the destination's subnet, its network ACL inbound, then the address. */
    Disposition deliverInVpc(Packet p, Vpc vpc) {
        if (vpc == null) {
            return undetermined(rec.hop("vpc", "VPC", "", Origin.NONE), "the route table's VPC is not in the input",
                    new Planned.Unknown<>("vpc", "cidrBlock"));
        }
        List<Subnet> candidates = topology.subnetsOverlapping(vpc.id(), p.dst().span());
        Optional<Subnet> subnet = topology.subnetFor(vpc.id(), p.dst().address());
        if (subnet.isEmpty() || candidates.size() > 1) {
            Recorder.HopBuilder hop = rec.hop(vpc);
            if (candidates.size() > 1) {
                return undetermined(hop, "which subnet of " + vpc.label() + " holds " + p.dst().render()
                        + " depends on the exact address", p.dst().unknown());
            }
            hop.step(StepCode.NO_SUBNET, p.dst().address() + " is not in any subnet of " + vpc.label()
                    + ", so nothing there can receive it");
            return Disposition.DROPPED;
        }
        Recorder.HopBuilder hop = rec.hop(subnet.get());
        hop.step(StepCode.LOCAL_DELIVERY, p.dst().address() + " is in " + subnet.get().label() + " ("
                + subnet.get().cidr() + ")");
        Disposition denied = checkAcl(hop, subnet.get(), p, false);
        if (denied != null) {
            return denied;
        }
        return arriveInSubnet(p, subnet.get());
    }

    /** The packet is in the destination's subnet: find who holds the address. */
    Disposition arriveInSubnet(Packet p, Subnet subnet) {
        Ipv4 address = p.dst().address();
        Optional<Topology.LoadBalancerNode> node = topology.loadBalancerNodeAt(subnet.vpcId(), address);
        if (node.isPresent()) {
            return privateLink.atNode(p, node.get());
        }
        Optional<NatGateway> natAtAddress = topology.natGatewayWithPrivateIp(subnet.vpcId(), address);
        if (natAtAddress.isPresent()) {
            return natGateway.inbound(p, natAtAddress.get());
        }
        List<NetworkInterface> holders = topology.interfacesWithPrivateIp(subnet.vpcId(), address).stream()
                .filter(e -> e.subnetId().equals(subnet.id())).toList();
        if (!holders.isEmpty()) {
            NetworkInterface eni = holders.get(0);
            Optional<InterfaceEndpoint> endpoint = endpointOwning(eni);
            if (endpoint.isPresent()) {
                return privateLink.enter(p, endpoint.get(), eni);
            }
            return arriveAtInterface(p, eni);
        }
        Optional<Place.SubnetHost> host = hosts.withPrivate(address).filter(h -> h.subnet().id().equals(subnet.id()));
        if (host.isPresent()) {
            return arriveAtSubnetHost(p, host.get());
        }
        rec.hop(subnet).step(StepCode.NO_INTERFACE, "no network interface in " + subnet.label() + " has address "
                + address + ", so the packet has nowhere to go");
        return Disposition.DROPPED;
    }

    private Optional<InterfaceEndpoint> endpointOwning(NetworkInterface eni) {
        if (!"vpc_endpoint".equals(eni.interfaceType()) && !eni.attachedTo().startsWith("vpce-")) {
            return topology.interfaceEndpointListing(eni.id());
        }
        Optional<InterfaceEndpoint> byOwner = topology.interfaceEndpoint(eni.attachedTo());
        if (byOwner.isPresent()) {
            return byOwner;
        }
        return topology.interfaceEndpointListing(eni.id());
    }

    /** Final delivery to an interface: its security groups inbound, then accepted (or, for a reply, checked against the request). */
    Disposition arriveAtInterface(Packet p, NetworkInterface eni) {
        var element = hopElement(eni);
        Recorder.HopBuilder hop = rec.hop(element.id(), element.kind(), element.name(), element.origin());
        Disposition denied = checkGroups(hop, eni, p, false);
        if (denied != null) {
            return denied;
        }
        terminal = new Terminal.AtInterface(eni);
        finalPacket = p;
        if (isReply()) {
            return replyArrived(hop, p, expectation.requester() instanceof Place.AtInterface at
                    && at.networkInterface().id().equals(eni.id()), eni.label());
        }
        hop.step(StepCode.DELIVERED, p.flow().render() + " delivered to " + eni.label());
        return Disposition.ACCEPTED;
    }

    private Disposition arriveAtSubnetHost(Packet p, Place.SubnetHost host) {
        Recorder.HopBuilder hop = rec.hop(host.subnet().id(), "subnet host", host.address().toString(),
                host.subnet().origin());
        if (!host.securityGroupIds().isEmpty() && !isReply()) {
            Disposition stop = applyGroupVerdict(hop,
                    groups.evaluate(host.securityGroupIds(), p, false, host.subnet().vpcId()), false);
            if (stop != null) {
                return stop;
            }
        } else if (!isReply()) {
            hop.step(StepCode.SG_NONE, "the assumed host " + host.address()
                    + " filters nothing (no security groups given)");
        }
        terminal = new Terminal.AtSubnetHost(host);
        finalPacket = p;
        if (isReply()) {
            return replyArrived(hop, p, expectation.requester().equals(host), host.describe());
        }
        hop.step(StepCode.DELIVERED, p.flow().render() + " delivered to " + host.describe());
        return Disposition.ACCEPTED;
    }

    private Disposition replyArrived(Recorder.HopBuilder hop, Packet p, boolean atRequester, String where) {
        Flow expected = expectation.request().reply();
        boolean addressesMatch = p.flow().src().equals(expected.src()) && p.flow().dst().equals(expected.dst())
                && p.flow().srcPort() == expected.srcPort() && p.flow().dstPort() == expected.dstPort();
        if (atRequester && addressesMatch) {
            hop.step(StepCode.DELIVERED, "reply " + p.flow().render() + " delivered to " + where);
            return Disposition.ACCEPTED;
        }
        hop.step(StepCode.REPLY_MISMATCH, "the reply reaches " + where + " as " + p.flow().render()
                + " but the requester expects " + expected.render()
                + ": it does not belong to the requester's connection and is dropped");
        return Disposition.DROPPED;
    }

    // ---------------------------------------------------------------- interfaces as route targets

    /** A route to an interface or instance: the appliance's subnet ACL and security groups, its source/destination check, then its own routing. */
    Disposition throughInterface(Packet p, NetworkInterface eni, Subnet fromSubnet) {
        Optional<Subnet> subnet = topology.subnet(eni.subnetId());
        if (subnet.isPresent() && (fromSubnet == null || !fromSubnet.id().equals(subnet.get().id()))) {
            Recorder.HopBuilder subnetHop = rec.hop(subnet.get());
            Disposition denied = checkAcl(subnetHop, subnet.get(), p, false);
            if (denied != null) {
                return denied;
            }
        }
        var element = hopElement(eni);
        Recorder.HopBuilder hop = rec.hop(element.id(), element.kind(), element.name(), element.origin());
        Disposition denied = checkGroups(hop, eni, p, false);
        if (denied != null) {
            return denied;
        }
        if (eni.sourceDestCheck()) {
            hop.step(StepCode.SOURCE_DEST_CHECK, eni.label() + " has source/destination check on: it drops packets "
                    + "not addressed to it, so it cannot forward " + p.flow().render()
                    + " (turn the check off on appliances and NAT instances)");
            return Disposition.DROPPED;
        }
        hop.step(StepCode.APPLIANCE_FORWARD, eni.label() + " forwards the packet; Plumbline assumes the appliance "
                + "passes it unchanged (its own rules and NAT are not modelled)");
        rec.assume("appliance " + eni.id() + " forwards traffic unchanged");
        denied = checkGroups(hop, eni, p, true);
        if (denied != null) {
            return denied;
        }
        if (subnet.isEmpty()) {
            return undetermined(hop, "the subnet of " + eni.label() + " is not in the input",
                    new Planned.Unknown<>(eni.subnetId(), "cidrBlock"));
        }
        return leaveSubnet(p, subnet.get());
    }

    // ---------------------------------------------------------------- peering

    private Disposition peering(Packet p, String peeringId, Vpc vpc) {
        Optional<PeeringConnection> found = topology.peering(peeringId);
        Recorder.HopBuilder hop = found.isPresent() ? rec.hop(found.get())
                : rec.hop(peeringId, "VPC peering connection", "", Origin.NONE);
        if (found.isEmpty() || !found.get().isActive()) {
            hop.step(StepCode.PEERING_INACTIVE, "peering " + peeringId + (found.isEmpty() ? " is not in the input"
                    : " is " + found.get().status() + ", not active") + ": the route is a blackhole");
            return Disposition.BLACKHOLE;
        }
        PeeringConnection pcx = found.get();
        String peerVpcId = vpc == null ? "" : pcx.peerOf(vpc.id());
        if (peerVpcId.isEmpty()) {
            hop.step(StepCode.PEERING_INACTIVE, pcx.label() + " does not connect " + (vpc == null ? "this VPC" : vpc.label())
                    + ": the route is a blackhole");
            return Disposition.BLACKHOLE;
        }
        Optional<Vpc> peer = topology.vpc(peerVpcId);
        List<dev.plumbline.validator.net.Prefix> peerCidrs = peer.map(Vpc::cidrs)
                .orElse(peerVpcId.equals(pcx.accepterVpcId()) ? pcx.accepterCidrs() : pcx.requesterCidrs());
        boolean inPeer = peerCidrs.stream().anyMatch(c -> c.containsPrefix(p.dst().span()));
        if (!inPeer) {
            hop.step(StepCode.PEERING_NOT_TRANSITIVE, p.dst().address() + " is not in the peer VPC " + peerVpcId + " ("
                    + peerCidrs + "): peering is not transitive, so the peer VPC does not forward it elsewhere");
            return Disposition.DROPPED;
        }
        if (peer.isEmpty()) {
            hop.step(StepCode.PEER_OUTSIDE_MODEL, "crosses " + pcx.label() + " to VPC " + peerVpcId
                    + ", which is not in the input; the trace ends at the peering");
            terminal = new Terminal.Elsewhere("peer VPC " + peerVpcId);
            finalPacket = p;
            return Disposition.EXITS_NETWORK;
        }
        hop.step(StepCode.PEERING_CROSS, "crosses " + pcx.label() + " into " + peer.get().label());
        return deliverInVpc(p, peer.get());
    }

    // ---------------------------------------------------------------- VPC endpoints

    private Disposition vpcEndpoint(Packet p, String endpointId, Subnet fromSubnet, Recorder.HopBuilder routeHop) {
        Optional<VpcEndpoint> endpoint = topology.vpcEndpoint(endpointId);
        if (endpoint.isEmpty()) {
            routeHop.step(StepCode.BLACKHOLE, "VPC endpoint " + endpointId + " is not in the input: the route is a blackhole");
            return Disposition.BLACKHOLE;
        }
        if (endpoint.get() instanceof GatewayEndpoint gateway) {
            rec.hop(gateway).step(StepCode.GATEWAY_ENDPOINT, "sent through gateway endpoint " + gateway.label()
                    + " to " + gateway.serviceName() + "; the endpoint policy is not evaluated");
            terminal = new Terminal.Elsewhere(gateway.serviceName());
            finalPacket = p;
            return Disposition.EXITS_NETWORK;
        }
        if (endpoint.get() instanceof GwlbEndpoint gwlbEndpoint) {
            return gwlb.through(p, gwlbEndpoint, fromSubnet);
        }
        routeHop.step(StepCode.BLACKHOLE, endpoint.get().label() + " is an interface endpoint, which cannot be a route target");
        return Disposition.BLACKHOLE;
    }

    // ---------------------------------------------------------------- filters

    /** Security groups of an interface for this packet; returns the disposition when it stops, else null. */
    Disposition checkGroups(Recorder.HopBuilder hop, NetworkInterface eni, Packet p, boolean egress) {
        if (isReply() && trackedInterfaces.contains(eni.id())) {
            hop.step(StepCode.SG_STATEFUL_REPLY, "security groups of " + eni.label()
                    + " let the reply through: they admitted the request and are stateful");
            return null;
        }
        Verdict verdict = groups.evaluate(eni.securityGroupIds(), p, egress, topology.vpcIdOf(eni));
        Disposition stop = applyGroupVerdict(hop, verdict, egress);
        if (stop == null && !isReply()) {
            trackedInterfaces.add(eni.id());
        }
        return stop;
    }

    Disposition applyGroupVerdict(Recorder.HopBuilder hop, Verdict verdict, boolean egress) {
        if (verdict.allowed()) {
            hop.step(egress ? StepCode.SG_EGRESS_ALLOW : StepCode.SG_INGRESS_ALLOW, verdict.explanation(), verdict.origin());
            return null;
        }
        if (verdict.denied()) {
            hop.step(egress ? StepCode.SG_EGRESS_DENY : StepCode.SG_INGRESS_DENY, verdict.explanation(), verdict.origin());
            return egress ? Disposition.DENIED_OUT : Disposition.DENIED_IN;
        }
        return undetermined(hop, verdict.explanation(), verdict.unknown());
    }

    /** The network ACL of a subnet for this packet; returns the disposition when it stops, else null. */
    Disposition checkAcl(Recorder.HopBuilder hop, Subnet subnet, Packet p, boolean outbound) {
        Optional<NetworkAcl> acl = topology.effectiveAcl(subnet);
        if (acl.isEmpty()) {
            rec.assume("no network ACL for " + subnet.id() + " in the input: its VPC's default ACL, which allows all traffic");
            hop.step(outbound ? StepCode.NACL_OUTBOUND_ALLOW : StepCode.NACL_INBOUND_ALLOW, "no network ACL for "
                    + subnet.label() + " in the input; assumed the default ACL, which allows all traffic");
            return null;
        }
        Verdict verdict = NetworkAclFilter.evaluate(acl.get(), p, outbound);
        if (verdict.allowed()) {
            hop.step(outbound ? StepCode.NACL_OUTBOUND_ALLOW : StepCode.NACL_INBOUND_ALLOW, verdict.explanation(),
                    verdict.origin());
            return null;
        }
        if (verdict.denied()) {
            hop.step(outbound ? StepCode.NACL_OUTBOUND_DENY : StepCode.NACL_INBOUND_DENY, verdict.explanation()
                    + (isReply() ? " (network ACLs are stateless: the reply on port " + p.port()
                            + " needs its own rule)" : ""), verdict.origin());
            return outbound ? Disposition.DENIED_OUT : Disposition.DENIED_IN;
        }
        return undetermined(hop, verdict.explanation(), verdict.unknown());
    }

    Disposition undetermined(Recorder.HopBuilder hop, String why, Planned.Unknown<?> unknown) {
        hop.step(StepCode.UNDETERMINED, why);
        rec.unknown(unknown);
        return Disposition.UNDETERMINED;
    }

    void endAt(Terminal where, Packet p) {
        terminal = where;
        finalPacket = p;
    }

    /** The instance an interface belongs to is the more familiar hop name. */
    dev.plumbline.validator.model.Element hopElement(NetworkInterface eni) {
        Optional<Instance> instance = topology.instanceOf(eni);
        return instance.isPresent() && instance.get().primaryInterfaceId().equals(eni.id()) ? instance.get() : eni;
    }
}
