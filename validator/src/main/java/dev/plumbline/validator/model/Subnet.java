package dev.plumbline.validator.model;

import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.net.Prefix;

/**
 * A subnet: one CIDR in one Availability Zone. AZ names are per account ({@code us-east-1a} may be
 * a different zone in two accounts); AZ ids ({@code use1-az1}) are the same everywhere, so
 * cross-account comparisons use the id.
 *
 * <p>AWS reserves the first four addresses and the last one of every subnet.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html">Subnet sizing</a>
 */
public record Subnet(String id, String name, String vpcId, Prefix cidr, String azName, Planned<String> azId,
        boolean mapPublicIpOnLaunch, Origin origin) implements Element {

    public Subnet {
        name = Canonical.text(name);
        azName = Canonical.text(azName);
        azId = azId == null ? Planned.absent() : azId;
        origin = Canonical.origin(origin);
    }

    /** The first address AWS would hand out: the network address plus four (for /28 and larger). */
    public Ipv4 firstUsableHost() {
        return cidr.length() >= 31 ? cidr.first() : cidr.first().plus(Math.min(4, cidr.size() - 2));
    }

    @Override
    public String kind() {
        return "subnet";
    }
}
