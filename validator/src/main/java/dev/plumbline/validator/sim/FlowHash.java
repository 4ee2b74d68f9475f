package dev.plumbline.validator.sim;

import dev.plumbline.validator.model.elb.TargetGroup;

/**
 * The seeded, documented hash that stands in for a load balancer's flow-to-target choice. It is
 * symmetric: a flow and its reply hash the same, as a GWLB keeps both directions on one
 * appliance. GWLB stickiness picks which fields count: the 5-tuple (default), the 3-tuple (source
 * IP, destination IP, protocol) or the 2-tuple (source and destination IP).
 */
final class FlowHash {

    private FlowHash() {
    }

    static int pick(long seed, Flow flow, TargetGroup.Stickiness stickiness, int choices) {
        if (choices <= 1) {
            return 0;
        }
        long a = endpoint(flow.src().bits(), flow.srcPort(), stickiness);
        long b = endpoint(flow.dst().bits(), flow.dstPort(), stickiness);
        long low = Math.min(a, b);
        long high = Math.max(a, b);
        long h = mix(seed ^ mix(low) ^ Long.rotateLeft(mix(high), 17));
        if (stickiness != TargetGroup.Stickiness.TWO_TUPLE) {
            h = mix(h ^ flow.protocol().number());
        }
        return (int) Math.floorMod(h, (long) choices);
    }

    private static long endpoint(int address, int port, TargetGroup.Stickiness stickiness) {
        long ip = address & 0xFFFF_FFFFL;
        return stickiness == TargetGroup.Stickiness.FIVE_TUPLE ? (ip << 16) | port : ip;
    }

    /** SplitMix64's finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
