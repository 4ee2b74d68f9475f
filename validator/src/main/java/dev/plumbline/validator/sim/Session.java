package dev.plumbline.validator.sim;

/**
 * State that lives across the traces of one session: NAT gateway connection tables, load balancer
 * connections, and the seed of every hash that stands in for an AWS choice (GWLB appliance, NLB
 * target, Lattice weights). Deterministic: the same flows in the same order give the same answers.
 */
public final class Session {

    /** The seed used when none is given; documented so results can be reproduced. */
    public static final long DEFAULT_SEED = 0x5EED_0F_B1A5L;

    private final NatTable natTable = new NatTable();
    private final LoadBalancerTable loadBalancerTable = new LoadBalancerTable();
    private final java.util.Set<GwlbFlow> gwlbFlows = new java.util.HashSet<>();

    /** A flow as a GWLB tracks it: both directions give the same key. */
    private record GwlbFlow(String gwlbId, int protocol, long low, long high) {
        static GwlbFlow of(String gwlbId, Flow flow) {
            long a = ((flow.src().bits() & 0xFFFF_FFFFL) << 16) | flow.srcPort();
            long b = ((flow.dst().bits() & 0xFFFF_FFFFL) << 16) | flow.dstPort();
            return new GwlbFlow(gwlbId, flow.protocol().number(), Math.min(a, b), Math.max(a, b));
        }
    }
    private final long seed;

    public Session(long seed) {
        this.seed = seed;
    }

    public Session() {
        this(DEFAULT_SEED);
    }

    public NatTable natTable() {
        return natTable;
    }

    LoadBalancerTable loadBalancerTable() {
        return loadBalancerTable;
    }

    /** Records that a GWLB saw the request of a flow (both directions share the key). */
    void recordGwlbRequest(String gwlbId, Flow flow) {
        gwlbFlows.add(GwlbFlow.of(gwlbId, flow));
    }

    boolean gwlbSawRequest(String gwlbId, Flow reply) {
        return gwlbFlows.contains(GwlbFlow.of(gwlbId, reply));
    }

    public long seed() {
        return seed;
    }
}
