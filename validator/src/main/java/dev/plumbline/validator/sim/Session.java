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
    private final java.util.Set<String> gwlbFlows = new java.util.HashSet<>();
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
        gwlbFlows.add(gwlbKey(gwlbId, flow));
    }

    boolean gwlbSawRequest(String gwlbId, Flow reply) {
        return gwlbFlows.contains(gwlbKey(gwlbId, reply));
    }

    private static String gwlbKey(String gwlbId, Flow flow) {
        String a = flow.src() + ":" + flow.srcPort();
        String b = flow.dst() + ":" + flow.dstPort();
        return gwlbId + "|" + flow.protocol() + "|" + (a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a);
    }

    public long seed() {
        return seed;
    }
}
