package dev.plumbline.validator.sim;

import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.model.endpoint.InterfaceEndpoint;
import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.net.Prefix;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers "can this reach that, by which hops, and why not" for one network. Pure and
 * deterministic: no I/O, no clock; the only choices AWS makes at random are stood in for by a
 * seeded hash ({@link Session#seed()}). A simulator is immutable and may be shared; a
 * {@link Session} carries connection state between traces (NAT port use) and is not thread-safe.
 */
public final class Simulator {

    private final Topology topology;

    public Simulator(Network network) {
        this(new Topology(network));
    }

    public Simulator(Topology topology) {
        this.topology = topology;
    }

    public Topology topology() {
        return topology;
    }

    /** Traces one request in a fresh session. */
    public Trace trace(TraceRequest request) {
        return trace(request, new Session());
    }

    /** Traces one request; NAT and load balancer connections it opens stay open in {@code session}. */
    public Trace trace(TraceRequest request, Session session) {
        if (request.to() instanceof Place.AtLatticeService || request.from() instanceof Place.AtLatticeService
                || request.from() instanceof Place.AtInterfaceEndpoint) {
            throw new IllegalArgumentException("a packet trace runs from an interface, a subnet or the internet "
                    + "to an interface, a subnet, an interface endpoint or the internet; Lattice services take a request trace");
        }
        Recorder rec = new Recorder();
        Map<Ipv4, PlannedAddress> hostPublic = new HashMap<>();
        List<Place.SubnetHost> hosts = new ArrayList<>();
        Optional<PlannedAddress> src = sourceAddress(request.from(), rec, hosts, hostPublic);
        Optional<PlannedAddress> dst = destinationAddress(request, rec, hosts, hostPublic);
        Flow flow = new Flow(request.protocol(), src.map(PlannedAddress::address).orElse(Ipv4.ZERO),
                dst.map(PlannedAddress::address).orElse(Ipv4.ZERO), request.protocol().hasPorts() ? request.srcPort() : 0,
                request.protocol().hasPorts() ? request.dstPort() : 0,
                request.protocol().isIcmp() ? Flow.ICMP_ECHO_REQUEST : -1, request.protocol().isIcmp() ? 0 : -1);
        if (src.isEmpty() || dst.isEmpty()) {
            return rec.build(flow, unaddressable(rec, request, src.isEmpty()), Optional.empty());
        }
        PacketWalker.SubnetHostAddresses hostAddresses = new PacketWalker.SubnetHostAddresses(hosts, hostPublic);
        Set<String> tracked = new HashSet<>();
        PacketWalker forward = new PacketWalker(topology, session, rec, tracked, null, hostAddresses);
        Packet packet = Packet.of(flow, src.get(), dst.get(), false);
        Disposition disposition = start(forward, packet, request.from());

        Optional<Trace> reply = Optional.empty();
        if (needsReply(disposition, forward.terminal(), request)) {
            Recorder replyRec = new Recorder();
            Packet delivered = forward.finalPacket();
            Packet back = Packet.of(delivered.flow().reply(), delivered.dst(), delivered.src(), true);
            PacketWalker replyWalker = new PacketWalker(topology, session, replyRec, tracked,
                    new PacketWalker.ReplyExpectation(flow, request.from()), hostAddresses);
            Disposition replyDisposition = startReply(replyWalker, back, forward.terminal());
            reply = Optional.of(replyRec.build(back.flow(), replyDisposition, Optional.empty()));
        } else if (disposition.isSuccess() && forward.terminal() instanceof PacketWalker.Terminal.Elsewhere elsewhere) {
            rec.assume("the reply from " + elsewhere.where() + " is not simulated: it is outside the modelled network");
        }
        return rec.build(flow, disposition, reply);
    }

    private static boolean needsReply(Disposition disposition, PacketWalker.Terminal terminal, TraceRequest request) {
        boolean stateful = request.protocol().hasPorts() || request.protocol().isIcmp();
        return stateful && disposition.isSuccess() && !(terminal instanceof PacketWalker.Terminal.Elsewhere);
    }

    private static Disposition start(PacketWalker walker, Packet packet, Place from) {
        if (from instanceof Place.AtInterface at) {
            return walker.fromInterface(packet, at.networkInterface());
        }
        if (from instanceof Place.SubnetHost host) {
            return walker.fromSubnetHost(packet, host);
        }
        return walker.fromInternet(packet);
    }

    private static Disposition startReply(PacketWalker walker, Packet packet, PacketWalker.Terminal terminal) {
        if (terminal instanceof PacketWalker.Terminal.AtInterface at) {
            return walker.fromInterface(packet, at.networkInterface());
        }
        if (terminal instanceof PacketWalker.Terminal.AtSubnetHost host) {
            return walker.fromSubnetHost(packet, host.host());
        }
        return walker.fromInternet(packet);
    }

    private Optional<PlannedAddress> sourceAddress(Place from, Recorder rec, List<Place.SubnetHost> hosts,
            Map<Ipv4, PlannedAddress> hostPublic) {
        if (from instanceof Place.AtInterface at) {
            Optional<PlannedAddress> address = topology.privateAddressOf(at.networkInterface());
            address.filter(a -> !a.isExact()).ifPresent(a -> rec.assume("the source " + at.networkInterface().label()
                    + " has no known address yet (" + a.unknown().describe() + "); decisions that depend on it are undetermined"));
            return address;
        }
        if (from instanceof Place.SubnetHost host) {
            registerHost(host, rec, hosts, hostPublic);
            return Optional.of(PlannedAddress.exact(host.address()));
        }
        Place.Internet internet = (Place.Internet) from;
        assumeStandIn(internet, rec);
        return Optional.of(PlannedAddress.exact(internet.address()));
    }

    private static void assumeStandIn(Place.Internet internet, Recorder rec) {
        if (internet.standIn()) {
            rec.assume("the internet is represented by " + internet.address()
                    + " (a documentation address no resource of the plan owns); give an address for a specific one");
        }
    }

    private Optional<PlannedAddress> destinationAddress(TraceRequest request, Recorder rec, List<Place.SubnetHost> hosts,
            Map<Ipv4, PlannedAddress> hostPublic) {
        Place to = request.to();
        boolean fromInternet = request.from() instanceof Place.Internet;
        if (to instanceof Place.AtInterface at) {
            if (fromInternet) {
                return topology.plannedPublicAddressOf(at.networkInterface());
            }
            return topology.privateAddressOf(at.networkInterface());
        }
        if (to instanceof Place.SubnetHost host) {
            registerHost(host, rec, hosts, hostPublic);
            if (fromInternet) {
                return Optional.ofNullable(hostPublic.get(host.address()));
            }
            return Optional.of(PlannedAddress.exact(host.address()));
        }
        if (to instanceof Place.AtInterfaceEndpoint endpoint) {
            return endpointInterface(endpoint.endpoint(), request.from(), rec).flatMap(topology::privateAddressOf);
        }
        Place.Internet internet = (Place.Internet) to;
        assumeStandIn(internet, rec);
        return Optional.of(PlannedAddress.exact(internet.address()));
    }

    /** The endpoint's interface in the source's AZ, as the endpoint's regional DNS name would answer from there. */
    Optional<NetworkInterface> endpointInterface(InterfaceEndpoint endpoint, Place from, Recorder rec) {
        Optional<Subnet> sourceSubnet = subnetOf(from);
        List<NetworkInterface> interfaces = new ArrayList<>();
        endpoint.networkInterfaceIds().forEach(id -> topology.networkInterface(id).ifPresent(interfaces::add));
        if (interfaces.isEmpty()) {
            topology.network().networkInterfaces().stream()
                    .filter(e -> e.attachedTo().equals(endpoint.id())).forEach(interfaces::add);
        }
        if (interfaces.isEmpty()) {
            return Optional.empty();
        }
        if (sourceSubnet.isPresent()) {
            for (NetworkInterface eni : interfaces) {
                Optional<Subnet> subnet = topology.subnet(eni.subnetId());
                if (subnet.isPresent() && Topology.sameZone(subnet.get().azName(), subnet.get().azId(),
                        sourceSubnet.get().azName(), sourceSubnet.get().azId())) {
                    rec.assume("the endpoint is entered through " + eni.id() + ", its interface in the source's AZ "
                            + subnet.get().azName());
                    return Optional.of(eni);
                }
            }
        }
        rec.assume("the endpoint has no interface in the source's AZ; entered through " + interfaces.get(0).id());
        return Optional.of(interfaces.get(0));
    }

    private Optional<Subnet> subnetOf(Place place) {
        if (place instanceof Place.AtInterface at) {
            return topology.subnet(at.networkInterface().subnetId());
        }
        if (place instanceof Place.SubnetHost host) {
            return Optional.of(host.subnet());
        }
        return Optional.empty();
    }

    private void registerHost(Place.SubnetHost host, Recorder rec, List<Place.SubnetHost> hosts,
            Map<Ipv4, PlannedAddress> hostPublic) {
        if (hosts.contains(host)) {
            return;
        }
        hosts.add(host);
        rec.assume(host.describe() + " stands for the subnet's hosts"
                + (host.securityGroupIds().isEmpty() ? "; it filters nothing (no security groups given)" : ""));
        if (host.subnet().mapPublicIpOnLaunch()) {
            PlannedAddress pub = new PlannedAddress(Ipv4.of(198, 19, 255, 1 + hostPublic.size()), Prefix.ANY,
                    new Planned.Unknown<>(host.subnet().id(), "public IP of a host (MapPublicIpOnLaunch)"));
            hostPublic.put(host.address(), pub);
            rec.assume("hosts of " + host.subnet().id() + " get a public IP on launch (MapPublicIpOnLaunch); "
                    + "its value is not known");
        }
    }

    private static Disposition unaddressable(Recorder rec, TraceRequest request, boolean source) {
        Place place = source ? request.from() : request.to();
        if (!source && request.from() instanceof Place.Internet) {
            rec.hop("internet", "internet", "", Origin.NONE).step(StepCode.INTERNET_NO_ROUTE, place.describe()
                    + " has no public or Elastic IP: the internet cannot address it");
            return Disposition.NO_ROUTE;
        }
        rec.hop("request", "request", "", Origin.NONE).step(StepCode.UNDETERMINED, place.describe()
                + " has no address in the input");
        return Disposition.UNDETERMINED;
    }
}
