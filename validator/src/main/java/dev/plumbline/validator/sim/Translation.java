package dev.plumbline.validator.sim;

import dev.plumbline.validator.model.Canonical;

/**
 * An address translation applied on the way: which node did it, to the source or the destination,
 * and the address and port before and after (port 0 where the protocol has none).
 */
public record Translation(Kind kind, String nodeId, boolean sourceSide, String before, String after, String detail) {

    public enum Kind {
        /** Internet gateway 1:1 NAT from a private address to its public or Elastic IP. */
        INTERNET_GATEWAY_SOURCE,
        /** Internet gateway 1:1 NAT from a public or Elastic IP back to the private address. */
        INTERNET_GATEWAY_DESTINATION,
        /** NAT gateway source NAT with port translation. */
        NAT_GATEWAY_SOURCE,
        /** NAT gateway reversing its translation for a reply. */
        NAT_GATEWAY_DESTINATION,
        /** A Network Load Balancer replacing the client address with its own (PrivateLink). */
        LOAD_BALANCER_SOURCE,
        /** A load balancer choosing the target: destination becomes the target's address. */
        LOAD_BALANCER_DESTINATION,
        /** VPC Lattice sourcing the request from its link-local range. */
        LATTICE_SOURCE
    }

    public Translation {
        nodeId = Canonical.text(nodeId);
        before = Canonical.text(before);
        after = Canonical.text(after);
        detail = Canonical.text(detail);
    }
}
