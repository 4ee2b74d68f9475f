package dev.plumbline.validator.net;

/** An inclusive range of TCP/UDP ports, 0-65535. */
public record PortRange(int from, int to) {

    public static final PortRange ALL = new PortRange(0, 65535);
    /** Ephemeral ports used by ELB, NAT gateways and Lambda (and the NAT gateway's translated ports). */
    public static final PortRange AWS_EPHEMERAL = new PortRange(1024, 65535);
    public static final PortRange LINUX_EPHEMERAL = new PortRange(32768, 61000);

    public PortRange {
        if (from < 0 || to > 65535 || from > to) {
            throw new IllegalArgumentException("invalid port range " + from + "-" + to + " (ports are 0-65535, from <= to)");
        }
    }

    public static PortRange single(int port) {
        return new PortRange(port, port);
    }

    public boolean contains(int port) {
        return port >= from && port <= to;
    }

    public boolean containsRange(PortRange other) {
        return from <= other.from && other.to <= to;
    }

    public boolean overlaps(PortRange other) {
        return from <= other.to && other.from <= to;
    }

    public boolean isAll() {
        return from == 0 && to == 65535;
    }

    public int size() {
        return to - from + 1;
    }

    @Override
    public String toString() {
        return isAll() ? "all" : from == to ? Integer.toString(from) : from + "-" + to;
    }
}
