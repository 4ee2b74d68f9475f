package dev.plumbline.validator.sim;

/** How a trace ends. */
public enum Disposition {
    /** Delivered to the destination. */
    ACCEPTED,
    /** Left the simulated network towards its destination (the internet, a transit gateway, an AWS service). */
    EXITS_NETWORK,
    /** Stopped on the way out: a security group's egress rules or a network ACL's outbound rules. */
    DENIED_OUT,
    /** Stopped on the way in: a network ACL's inbound rules or a security group's ingress rules. */
    DENIED_IN,
    /** No route matched the destination. */
    NO_ROUTE,
    /** The matching route's target is gone. */
    BLACKHOLE,
    /** Dropped for another stated reason (no public IP at the internet gateway, NAT ports exhausted, ...). */
    DROPPED,
    /** The packet came back to a place it had already been with the same header. */
    LOOP,
    /** The outcome depends on something the plan does not know yet; the trace names it. */
    UNDETERMINED;

    public boolean isSuccess() {
        return this == ACCEPTED || this == EXITS_NETWORK;
    }
}
