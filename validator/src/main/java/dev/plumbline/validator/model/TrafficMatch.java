package dev.plumbline.validator.model;

import dev.plumbline.validator.net.PortRange;
import dev.plumbline.validator.net.Protocol;

/**
 * The protocol part of a security group or network ACL rule: a protocol, a destination port range
 * for TCP/UDP, or an ICMP type and code (-1 for any).
 */
public record TrafficMatch(Protocol protocol, PortRange ports, int icmpType, int icmpCode) {

    public static final TrafficMatch ALL = new TrafficMatch(Protocol.ALL, PortRange.ALL, -1, -1);

    public TrafficMatch {
        protocol = protocol == null ? Protocol.ALL : protocol;
        ports = ports == null || !protocol.hasPorts() ? PortRange.ALL : ports;
        if (!protocol.isIcmp()) {
            icmpType = -1;
            icmpCode = -1;
        }
    }

    public static TrafficMatch tcp(PortRange ports) {
        return new TrafficMatch(Protocol.TCP, ports, -1, -1);
    }

    public static TrafficMatch udp(PortRange ports) {
        return new TrafficMatch(Protocol.UDP, ports, -1, -1);
    }

    public static TrafficMatch icmp(int type, int code) {
        return new TrafficMatch(Protocol.ICMP, PortRange.ALL, type, code);
    }

    /**
     * Whether a packet of {@code packetProtocol} with this destination port (TCP/UDP) or ICMP type
     * and code matches.
     */
    public boolean matches(Protocol packetProtocol, int port, int packetIcmpType, int packetIcmpCode) {
        if (!protocol.matches(packetProtocol)) {
            return false;
        }
        if (protocol.hasPorts()) {
            return ports.contains(port);
        }
        if (protocol.isIcmp()) {
            return (icmpType == -1 || icmpType == packetIcmpType) && (icmpCode == -1 || icmpCode == packetIcmpCode);
        }
        return true;
    }

    public String render() {
        if (protocol.isAll()) {
            return "all traffic";
        }
        if (protocol.hasPorts()) {
            return protocol + " " + (ports.isAll() ? "all ports" : "port " + ports);
        }
        if (protocol.isIcmp()) {
            return "icmp" + (icmpType == -1 ? "" : " type " + icmpType + (icmpCode == -1 ? "" : " code " + icmpCode));
        }
        return "protocol " + protocol;
    }
}
