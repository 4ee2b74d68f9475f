package dev.plumbline.validator.sim;

import dev.plumbline.validator.net.Protocol;

/**
 * What to trace: from where, to where, and the packet's protocol and ports. The source port
 * defaults to {@value #DEFAULT_SOURCE_PORT}, inside both the Linux (32768-61000) and the Windows
 * (49152-65535) ephemeral ranges, so network ACL reply rules are tested on a realistic port.
 */
public record TraceRequest(Place from, Place to, Protocol protocol, int dstPort, int srcPort) {

    public static final int DEFAULT_SOURCE_PORT = 49152;

    public TraceRequest {
        if (from == null || to == null) {
            throw new IllegalArgumentException("a trace needs a source and a destination");
        }
        protocol = protocol == null ? Protocol.TCP : protocol;
        if (protocol.isAll()) {
            throw new IllegalArgumentException("trace one protocol at a time: tcp, udp or icmp");
        }
    }

    public static TraceRequest tcp(Place from, Place to, int port) {
        return new TraceRequest(from, to, Protocol.TCP, port, DEFAULT_SOURCE_PORT);
    }

    public static TraceRequest udp(Place from, Place to, int port) {
        return new TraceRequest(from, to, Protocol.UDP, port, DEFAULT_SOURCE_PORT);
    }

    public static TraceRequest icmp(Place from, Place to) {
        return new TraceRequest(from, to, Protocol.ICMP, 0, 0);
    }

    public TraceRequest withSourcePort(int port) {
        return new TraceRequest(from, to, protocol, dstPort, port);
    }
}
