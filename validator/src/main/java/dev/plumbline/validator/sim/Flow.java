package dev.plumbline.validator.sim;

import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.net.Protocol;

/**
 * A packet header as the network sees it at one point: protocol, addresses, ports (TCP/UDP) or
 * ICMP type and code. Port fields are 0 for protocols without ports.
 */
public record Flow(Protocol protocol, Ipv4 src, Ipv4 dst, int srcPort, int dstPort, int icmpType, int icmpCode) {

    public static final int ICMP_ECHO_REQUEST = 8;
    public static final int ICMP_ECHO_REPLY = 0;

    public Flow {
        if (protocol == null || protocol.isAll()) {
            throw new IllegalArgumentException("a flow needs one concrete protocol");
        }
        if (src == null || dst == null) {
            throw new IllegalArgumentException("a flow needs a source and a destination address");
        }
        if (srcPort < 0 || srcPort > 65535 || dstPort < 0 || dstPort > 65535) {
            throw new IllegalArgumentException("ports must be 0-65535");
        }
    }

    public static Flow tcp(Ipv4 src, int srcPort, Ipv4 dst, int dstPort) {
        return new Flow(Protocol.TCP, src, dst, srcPort, dstPort, -1, -1);
    }

    public static Flow udp(Ipv4 src, int srcPort, Ipv4 dst, int dstPort) {
        return new Flow(Protocol.UDP, src, dst, srcPort, dstPort, -1, -1);
    }

    public static Flow icmpEcho(Ipv4 src, Ipv4 dst) {
        return new Flow(Protocol.ICMP, src, dst, 0, 0, ICMP_ECHO_REQUEST, 0);
    }

    /** The reply's header: addresses and ports swapped, an echo request answered by an echo reply. */
    public Flow reply() {
        int replyType = protocol.isIcmp() && icmpType == ICMP_ECHO_REQUEST ? ICMP_ECHO_REPLY : icmpType;
        return new Flow(protocol, dst, src, dstPort, srcPort, replyType, icmpCode);
    }

    public Flow withSource(Ipv4 address, int port) {
        return new Flow(protocol, address, dst, protocol.hasPorts() ? port : srcPort, dstPort, icmpType, icmpCode);
    }

    public Flow withDestination(Ipv4 address, int port) {
        return new Flow(protocol, src, address, srcPort, protocol.hasPorts() ? port : dstPort, icmpType, icmpCode);
    }

    public String render() {
        if (protocol.hasPorts()) {
            return protocol + " " + src + ":" + srcPort + " -> " + dst + ":" + dstPort;
        }
        if (protocol.isIcmp()) {
            return "icmp " + src + " -> " + dst + " type " + icmpType + " code " + icmpCode;
        }
        return "protocol " + protocol + " " + src + " -> " + dst;
    }
}
