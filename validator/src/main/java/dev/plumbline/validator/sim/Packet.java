package dev.plumbline.validator.sim;

/**
 * The packet on the wire during a walk: its header and, for each address, what is known of it. A
 * reply packet passes security groups that saw its request (connection tracking).
 */
record Packet(Flow flow, PlannedAddress src, PlannedAddress dst, boolean reply) {

    Packet {
        if (!src.address().equals(flow.src()) || !dst.address().equals(flow.dst())) {
            throw new IllegalArgumentException("packet addresses disagree with its flow");
        }
    }

    static Packet of(Flow flow, PlannedAddress src, PlannedAddress dst, boolean reply) {
        return new Packet(flow, src, dst, reply);
    }

    Packet withSource(PlannedAddress address, int port) {
        return new Packet(flow.withSource(address.address(), port), address, dst, reply);
    }

    Packet withDestination(PlannedAddress address, int port) {
        return new Packet(flow.withDestination(address.address(), port), src, address, reply);
    }

    /** The port a rule checks: the destination port for TCP/UDP. */
    int port() {
        return flow.dstPort();
    }
}
