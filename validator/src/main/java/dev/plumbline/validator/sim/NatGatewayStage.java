package dev.plumbline.validator.sim;

import dev.plumbline.validator.model.NatGateway;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.net.Ipv4;
import java.util.List;
import java.util.Optional;

/**
 * The NAT gateway: a packet routed to it gets a source address and port from the session's
 * {@link NatTable} and leaves through the NAT subnet's route table; a packet addressed to one of
 * its own addresses is a reply translated back to the requester, or dropped.
 */
final class NatGatewayStage {

    private final PacketWalker walker;
    private final Topology topology;
    private final Recorder rec;

    NatGatewayStage(PacketWalker walker) {
        this.walker = walker;
        this.topology = walker.topology;
        this.rec = walker.rec;
    }

    /** A packet routed to a NAT gateway: its subnet's network ACL, source NAT, then the NAT subnet's route table. */
    Disposition through(Packet p, String natId, Subnet fromSubnet) {
        Optional<NatGateway> found = topology.natGateway(natId);
        if (found.isEmpty()) {
            rec.hop(natId, "NAT gateway", "", Origin.NONE).step(StepCode.BLACKHOLE, "NAT gateway " + natId
                    + " is not in the input: the route is a blackhole");
            return Disposition.BLACKHOLE;
        }
        NatGateway n = found.get();
        Optional<Subnet> natSubnet = topology.subnet(n.subnetId());
        if (natSubnet.isPresent() && (fromSubnet == null || !fromSubnet.id().equals(natSubnet.get().id()))) {
            Recorder.HopBuilder subnetHop = rec.hop(natSubnet.get());
            Disposition denied = walker.checkAcl(subnetHop, natSubnet.get(), p, false);
            if (denied != null) {
                return denied;
            }
        }
        Recorder.HopBuilder hop = rec.hop(n);
        if (!n.state().isEmpty() && !"available".equalsIgnoreCase(n.state()) && !"pending".equalsIgnoreCase(n.state())) {
            hop.step(StepCode.NAT_UNAVAILABLE, n.label() + " is " + n.state() + ": it forwards nothing");
            return Disposition.BLACKHOLE;
        }
        if (natSubnet.isEmpty()) {
            return walker.undetermined(hop, "the subnet " + n.subnetId() + " of " + n.label() + " is not in the input",
                    new Planned.Unknown<>(n.subnetId(), "cidrBlock"));
        }
        List<PlannedAddress> addresses = new java.util.ArrayList<>();
        for (int i = 0; i < n.addresses().size(); i++) {
            topology.natAddress(n, i, false).ifPresent(addresses::add);
        }
        if (addresses.isEmpty()) {
            return walker.undetermined(hop, n.label() + " has no private address in the input",
                    new Planned.Unknown<>(n.id(), "privateIp"));
        }
        Optional<NatTable.Mapping> mapping = walker.nat.translate(n.id(), addresses.stream().map(PlannedAddress::address).toList(),
                p.flow());
        if (mapping.isEmpty()) {
            hop.step(StepCode.NAT_PORTS_EXHAUSTED, n.label() + " has " + NatTable.CONNECTIONS_PER_DESTINATION
                    + " connections open to " + p.flow().dst() + ":" + p.flow().dstPort() + " " + p.flow().protocol()
                    + " on each of its " + addresses.size() + " address(es): no port is free, so the new connection fails"
                    + " (ErrorPortAllocation)");
            return Disposition.DROPPED;
        }
        NatTable.Mapping m = mapping.get();
        PlannedAddress translated = addresses.get(m.addressIndex());
        hop.step(StepCode.NAT_TRANSLATE, "source NAT " + p.flow().src() + portText(p.flow(), p.flow().srcPort())
                + " -> " + translated.address() + portText(p.flow(), m.port()) + " (address "
                + (m.addressIndex() == 0 ? "primary" : "secondary #" + m.addressIndex()) + ")");
        rec.translation(new Translation(Translation.Kind.NAT_GATEWAY_SOURCE, n.id(), true,
                p.flow().src() + portText(p.flow(), p.flow().srcPort()), translated.address() + portText(p.flow(), m.port()),
                "NAT gateway source translation"));
        Packet out = p.withSource(translated, m.port());
        return walker.leaveSubnet(out, natSubnet.get());
    }

    /** A packet addressed to a NAT gateway's own address: a reply to one of its connections, or dropped. */
    Disposition inbound(Packet p, NatGateway n) {
        Recorder.HopBuilder hop = rec.hop(n);
        Optional<NatTable.Mapping> mapping = walker.nat.replyMapping(n.id(), p.flow());
        if (mapping.isEmpty()) {
            hop.step(StepCode.NAT_NO_INBOUND, n.label() + " accepts no new inbound connections: it only translates "
                    + "connections opened from behind it");
            return Disposition.DROPPED;
        }
        Flow original = mapping.get().original();
        Optional<PlannedAddress> back = addressOfRequester(original.src(), n.vpcId());
        PlannedAddress to = back.orElse(PlannedAddress.exact(original.src()));
        hop.step(StepCode.NAT_REPLY, "reply matches the connection from " + original.src()
                + portText(original, original.srcPort()) + ": destination translated back");
        rec.translation(new Translation(Translation.Kind.NAT_GATEWAY_DESTINATION, n.id(), false,
                p.flow().dst() + portText(p.flow(), p.flow().dstPort()), original.src() + portText(original, original.srcPort()),
                "NAT gateway reverse translation"));
        Packet in = p.withDestination(to, original.srcPort());
        Optional<Subnet> natSubnet = topology.subnet(n.subnetId());
        return natSubnet.isPresent() ? walker.leaveSubnet(in, natSubnet.get()) : Disposition.DROPPED;
    }

    private Optional<PlannedAddress> addressOfRequester(Ipv4 address, String vpcId) {
        for (NetworkInterface eni : topology.interfacesWithPrivateIp(vpcId, address)) {
            return topology.privateAddressOf(eni);
        }
        return Optional.empty();
    }

    private static String portText(Flow flow, int port) {
        return flow.protocol().hasPorts() ? ":" + port : "";
    }
}
