package dev.plumbline.validator.model;

import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.net.Prefix;
import java.util.List;

/**
 * A VPC with its IPv4 CIDR blocks (primary first, then secondary associations). Every route table
 * in it gets one {@code local} route per CIDR.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html">VPC CIDR blocks</a>
 */
public record Vpc(String id, String name, String region, String accountId, List<Prefix> cidrs, Origin origin)
        implements Element {

    public Vpc {
        name = Canonical.text(name);
        region = Canonical.text(region);
        accountId = Canonical.text(accountId);
        cidrs = Canonical.list(cidrs);
        origin = Canonical.origin(origin);
    }

    public boolean contains(Ipv4 address) {
        for (Prefix cidr : cidrs) {
            if (cidr.contains(address)) {
                return true;
            }
        }
        return false;
    }

    public boolean containsPrefix(Prefix prefix) {
        for (Prefix cidr : cidrs) {
            if (cidr.containsPrefix(prefix)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String kind() {
        return "VPC";
    }
}
