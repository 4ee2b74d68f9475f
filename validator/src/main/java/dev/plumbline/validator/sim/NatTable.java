package dev.plumbline.validator.sim;

import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.net.PortRange;
import dev.plumbline.validator.net.Protocol;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The connection table of NAT gateways during one simulation session. A NAT gateway translates
 * the source to one of its addresses and a port of 1024-65535, and holds at most
 * {@value #CONNECTIONS_PER_DESTINATION} simultaneous connections per address to one destination
 * (destination IP, port and protocol). Addresses are used in order (primary first); when every
 * address is full for a destination, new connections to it fail.
 *
 * <p>AWS does not document how the NAT gateway picks a port. Plumbline keeps the client's source
 * port when it is in range and free on that address for that destination, and otherwise takes the
 * lowest free port: two clients using the same source port get two distinct translated ports. The
 * choice is deterministic, so the same flows always get the same ports.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-basics.html">NAT gateway basics</a>
 */
public final class NatTable {

    public static final int CONNECTIONS_PER_DESTINATION = 55_000;
    public static final PortRange PORTS = PortRange.AWS_EPHEMERAL;

    private final Map<DestinationKey, PortPool> usedPorts = new HashMap<>();
    private final Map<DestinationKey, Integer> connectionCounts = new HashMap<>();
    private final Map<FlowKey, Mapping> forward = new HashMap<>();
    private final Map<FlowKey, Mapping> reverse = new HashMap<>();

    /** A translation: the NAT address chosen (by index) and the translated source. */
    public record Mapping(String natId, int addressIndex, Ipv4 address, int port, Flow original) {
    }

    private record DestinationKey(String natId, Ipv4 natAddress, Ipv4 dst, int dstPort, Protocol protocol) {
    }

    private record FlowKey(String natId, Protocol protocol, Ipv4 src, int srcPort, Ipv4 dst, int dstPort) {
        static FlowKey of(String natId, Flow flow) {
            return new FlowKey(natId, flow.protocol(), flow.src(), flow.srcPort(), flow.dst(), flow.dstPort());
        }
    }

    /**
     * Translates {@code flow} at NAT gateway {@code natId} with the given addresses (primary first);
     * an existing connection keeps its mapping. Empty when every address is full for the flow's
     * destination.
     */
    public Optional<Mapping> translate(String natId, List<Ipv4> addresses, Flow flow) {
        FlowKey key = FlowKey.of(natId, flow);
        Mapping existing = forward.get(key);
        if (existing != null) {
            return Optional.of(existing);
        }
        for (int i = 0; i < addresses.size(); i++) {
            Ipv4 address = addresses.get(i);
            DestinationKey destination = new DestinationKey(natId, address, flow.dst(), flow.dstPort(), flow.protocol());
            int count = connectionCounts.getOrDefault(destination, 0);
            if (count >= CONNECTIONS_PER_DESTINATION) {
                continue;
            }
            int port = flow.protocol().hasPorts() ? choosePort(destination, flow.srcPort()) : flow.srcPort();
            if (port < 0) {
                continue;
            }
            connectionCounts.put(destination, count + 1);
            Mapping mapping = new Mapping(natId, i, address, port, flow);
            forward.put(key, mapping);
            reverse.put(FlowKey.of(natId, flow.withSource(address, port).reply()), mapping);
            return Optional.of(mapping);
        }
        return Optional.empty();
    }

    /** The mapping a reply (addressed to the NAT's address and port) belongs to, if any. */
    public Optional<Mapping> replyMapping(String natId, Flow reply) {
        return Optional.ofNullable(reverse.get(FlowKey.of(natId, reply)));
    }

    /** Connections open from {@code natAddress} to one destination. */
    public int connections(String natId, Ipv4 natAddress, Ipv4 dst, int dstPort, Protocol protocol) {
        return connectionCounts.getOrDefault(new DestinationKey(natId, natAddress, dst, dstPort, protocol), 0);
    }

    private int choosePort(DestinationKey destination, int sourcePort) {
        return usedPorts.computeIfAbsent(destination, k -> new PortPool()).take(sourcePort);
    }

    /**
     * The ports of one NAT address taken towards one destination. Ports are never given back within
     * a session, so the lowest free port only moves up: a cursor finds it in amortised constant time
     * without a 64K-bit map per destination.
     */
    private static final class PortPool {
        private final java.util.Set<Integer> used = new java.util.HashSet<>();
        private int lowestFree = PORTS.from();

        int take(int preferred) {
            int port = PORTS.contains(preferred) && !used.contains(preferred) ? preferred : lowestFree();
            if (port > PORTS.to()) {
                return -1;
            }
            used.add(port);
            return port;
        }

        private int lowestFree() {
            while (lowestFree <= PORTS.to() && used.contains(lowestFree)) {
                lowestFree++;
            }
            return lowestFree;
        }
    }
}
