package dev.plumbline.validator.model;

import dev.plumbline.validator.net.Prefix;
import java.util.List;

/**
 * A VPC peering connection. Only {@code active} connections carry traffic. Peering is not
 * transitive: a packet that arrived over a peering can only be delivered inside the peer VPC, not
 * forwarded on through its gateways or other peerings.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html">Peering basics</a>
 */
public record PeeringConnection(String id, String name, String requesterVpcId, List<Prefix> requesterCidrs,
        String accepterVpcId, List<Prefix> accepterCidrs, String status, Origin origin) implements Element {

    public PeeringConnection {
        name = Canonical.text(name);
        requesterCidrs = Canonical.list(requesterCidrs);
        accepterCidrs = Canonical.list(accepterCidrs);
        status = Canonical.text(status);
        origin = Canonical.origin(origin);
    }

    public boolean isActive() {
        return "active".equalsIgnoreCase(status);
    }

    /** The VPC on the other side from {@code vpcId}, or empty if {@code vpcId} is not an end of this peering. */
    public String peerOf(String vpcId) {
        if (vpcId.equals(requesterVpcId)) {
            return accepterVpcId;
        }
        if (vpcId.equals(accepterVpcId)) {
            return requesterVpcId;
        }
        return "";
    }

    @Override
    public String kind() {
        return "VPC peering connection";
    }
}
