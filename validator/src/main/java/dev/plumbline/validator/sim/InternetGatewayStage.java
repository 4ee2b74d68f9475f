package dev.plumbline.validator.sim;

import dev.plumbline.validator.model.InternetGateway;
import dev.plumbline.validator.model.NatGateway;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.RouteTable;
import dev.plumbline.validator.model.Vpc;
import dev.plumbline.validator.net.Ipv4;
import java.util.Optional;

/**
 * The internet gateway in both directions: out, the 1:1 NAT of a private source to its public
 * address (an interface's public or Elastic IP, a public NAT gateway's Elastic IP, an assumed
 * host's) and the exit to the internet; in, the 1:1 NAT of a public destination to the private
 * address behind it, then the gateway's edge route table or the VPC's local delivery.
 */
final class InternetGatewayStage {

    private final PacketWalker walker;
    private final Topology topology;
    private final Recorder rec;
    private final PacketWalker.SubnetHostAddresses hosts;
    private final PacketWalker.ReplyExpectation expectation;

    InternetGatewayStage(PacketWalker walker, PacketWalker.SubnetHostAddresses hosts,
            PacketWalker.ReplyExpectation expectation) {
        this.walker = walker;
        this.topology = walker.topology;
        this.rec = walker.rec;
        this.hosts = hosts;
        this.expectation = expectation;
    }

    /** A packet routed to an internet gateway: attachment, 1:1 NAT of the source, then the internet (or back in). */
    Disposition outbound(Packet p, String igwId, Vpc vpc) {
        Optional<InternetGateway> igw = topology.internetGateway(igwId);
        Recorder.HopBuilder hop = igw.isPresent() ? rec.hop(igw.get()) : rec.hop(igwId, "internet gateway", "", Origin.NONE);
        if (igw.isEmpty()) {
            hop.step(StepCode.BLACKHOLE, "internet gateway " + igwId + " is not in the input: the route is a blackhole");
            return Disposition.BLACKHOLE;
        }
        if (vpc == null || !igw.get().attachedVpcIds().contains(vpc.id())) {
            hop.step(StepCode.IGW_NOT_ATTACHED, igw.get().label() + " is not attached to "
                    + (vpc == null ? "this VPC" : vpc.label()) + ": the route is a blackhole");
            return Disposition.BLACKHOLE;
        }
        Optional<PlannedAddress> publicSource = publicSourceFor(p, vpc, hop);
        if (publicSource == null) {
            return Disposition.DROPPED;
        }
        if (publicSource.isEmpty()) {
            return Disposition.UNDETERMINED;
        }
        PlannedAddress translated = publicSource.get();
        hop.step(StepCode.IGW_SOURCE_NAT, "1:1 NAT of the source " + p.src().address() + " to its public address "
                + translated.render());
        rec.translation(new Translation(Translation.Kind.INTERNET_GATEWAY_SOURCE, igw.get().id(), true,
                p.src().address().toString(), translated.address().toString(), "private address to public address"));
        Packet out = p.withSource(translated, p.flow().srcPort());
        if (topology.publicAddressOwner(out.dst().address()).isPresent() || hosts.withPublic(out.dst().address()).isPresent()) {
            hop.step(StepCode.EXIT_INTERNET, "the destination " + out.dst().address()
                    + " is a public address of this network: the packet comes back in over the internet");
            return inbound(out);
        }
        walker.endAt(new PacketWalker.Terminal.OnInternet(), out);
        if (walker.isReply()) {
            Flow expected = expectation.request().reply();
            if (expectation.requester() instanceof Place.Internet && out.flow().src().equals(expected.src())
                    && out.flow().srcPort() == expected.srcPort() && out.flow().dst().equals(expected.dst())) {
                hop.step(StepCode.DELIVERED, "reply " + out.flow().render() + " returns to the client on the internet");
                return Disposition.ACCEPTED;
            }
            hop.step(StepCode.REPLY_MISMATCH, "the reply leaves as " + out.flow().render() + " but the client sent "
                    + expectation.request().render() + ": it will not take a reply from "
                    + out.flow().src() + " and drops it");
            return Disposition.DROPPED;
        }
        hop.step(StepCode.EXIT_INTERNET, "leaves for the internet towards " + out.dst().address());
        return Disposition.EXITS_NETWORK;
    }

    /**
     * The public address the internet gateway maps the source to; {@code null} when there is none
     * (dropped, step written); empty when it cannot be known (step written).
     */
    private Optional<PlannedAddress> publicSourceFor(Packet p, Vpc vpc, Recorder.HopBuilder hop) {
        Ipv4 source = p.src().address();
        Optional<NatGateway> natGw = topology.natGatewayWithPrivateIp(vpc.id(), source);
        if (natGw.isPresent()) {
            NatGateway n = natGw.get();
            if (n.connectivity() == NatGateway.Connectivity.PRIVATE) {
                hop.step(StepCode.IGW_PRIVATE_NAT_DROP, n.label() + " is a private NAT gateway: the internet gateway drops "
                        + "its traffic (route private NAT traffic through a transit gateway or virtual private gateway)");
                return null;
            }
            for (int i = 0; i < n.addresses().size(); i++) {
                Optional<PlannedAddress> priv = topology.natAddress(n, i, false);
                if (priv.isPresent() && priv.get().address().equals(source)) {
                    Optional<PlannedAddress> pub = topology.natAddress(n, i, true);
                    if (pub.isEmpty()) {
                        hop.step(StepCode.IGW_NO_PUBLIC_IP, n.label() + " address " + source
                                + " has no Elastic IP, so the internet gateway cannot translate it");
                        return null;
                    }
                    return pub;
                }
            }
        }
        for (NetworkInterface eni : topology.interfacesWithPrivateIp(vpc.id(), source)) {
            Optional<PlannedAddress> pub = topology.plannedPublicAddressOf(eni);
            if (pub.isPresent()) {
                return pub;
            }
            hop.step(StepCode.IGW_NO_PUBLIC_IP, eni.label() + " has no public or Elastic IP, so the internet gateway "
                    + "cannot translate " + source + " and drops the packet");
            return null;
        }
        Optional<Place.SubnetHost> host = hosts.withPrivate(source);
        if (host.isPresent() && hosts.publicByPrivate().containsKey(source)) {
            return Optional.of(hosts.publicByPrivate().get(source));
        }
        hop.step(StepCode.IGW_NO_PUBLIC_IP, "the source " + source + " has no public address "
                + (host.isPresent() ? "(the assumed host gets none: its subnet does not map public IPs on launch)" : "")
                + ", so the internet gateway drops the packet");
        return null;
    }

    /** A packet from the internet reaches a public address: which VPC, the gateway's 1:1 NAT, then its edge route table. */
    Disposition inbound(Packet p) {
        Ipv4 address = p.dst().address();
        Optional<Topology.PublicAddress> owner = topology.publicAddressOwner(address);
        Optional<Place.SubnetHost> host = hosts.withPublic(address);
        if (owner.isEmpty() && host.isEmpty()) {
            Recorder.HopBuilder hop = rec.hop("internet", "internet", "", Origin.NONE);
            if (address.isPrivate()) {
                hop.step(StepCode.INTERNET_NO_ROUTE, address + " is a private address: the internet does not route it");
                return Disposition.NO_ROUTE;
            }
            hop.step(StepCode.EXIT_INTERNET, address + " is not a public address of the modelled network; the packet stays on the internet");
            walker.endAt(new PacketWalker.Terminal.OnInternet(), p);
            return Disposition.EXITS_NETWORK;
        }
        String vpcId;
        PlannedAddress privateAddress;
        if (host.isPresent()) {
            vpcId = host.get().subnet().vpcId();
            privateAddress = PlannedAddress.exact(host.get().address());
        } else if (owner.get() instanceof Topology.PublicAddress.OfInterface of) {
            vpcId = topology.vpcIdOf(of.networkInterface());
            privateAddress = topology.privateAddressOf(of.networkInterface()).orElse(null);
        } else {
            Topology.PublicAddress.OfNatGateway of = (Topology.PublicAddress.OfNatGateway) owner.get();
            vpcId = of.natGateway().vpcId();
            int index = of.natGateway().addresses().indexOf(of.address());
            privateAddress = topology.natAddress(of.natGateway(), index, false).orElse(null);
        }
        Optional<InternetGateway> igw = topology.internetGatewayOf(vpcId);
        if (igw.isEmpty()) {
            rec.hop("internet", "internet", "", Origin.NONE).step(StepCode.IGW_NOT_ATTACHED, address
                    + " belongs to VPC " + vpcId + ", which has no attached internet gateway: unreachable from the internet");
            return Disposition.DROPPED;
        }
        Recorder.HopBuilder hop = rec.hop(igw.get());
        if (privateAddress == null) {
            return walker.undetermined(hop, "the private address behind " + address + " is not known", new Planned.Unknown<>(address.toString(), "privateIp"));
        }
        hop.step(StepCode.IGW_DESTINATION_NAT, "1:1 NAT of the destination " + address + " to the private address "
                + privateAddress.render());
        rec.translation(new Translation(Translation.Kind.INTERNET_GATEWAY_DESTINATION, igw.get().id(), false,
                address.toString(), privateAddress.address().toString(), "public address to private address"));
        Packet in = p.withDestination(privateAddress, p.flow().dstPort());
        Vpc vpc = topology.vpc(vpcId).orElse(null);
        Optional<RouteTable> edge = topology.edgeRouteTable(igw.get().id());
        if (edge.isPresent()) {
            hop.step(StepCode.EDGE_ROUTE, "traffic entering through " + igw.get().label() + " follows its gateway route table "
                    + edge.get().label());
            return walker.route(in, edge.get(), null, " (gateway route table)");
        }
        return walker.deliverInVpc(in, vpc);
    }
}
