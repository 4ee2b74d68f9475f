package dev.plumbline.validator.model;

import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.net.Prefix;
import java.util.List;

/**
 * A VPC with its IPv4 CIDR blocks (primary first, then secondary associations). Every route table
 * in it gets one {@code local} route per CIDR.
 *
 * <p>{@code accountScope} says what is known of the account when {@code accountId} is not: two VPCs
 * with the same non-empty scope are in one account (for a Pulumi plan, the one AWS provider that
 * manages both: one provider, one set of credentials). Empty when nothing is known.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html">VPC CIDR blocks</a>
 */
public record Vpc(String id, String name, String region, String accountId, List<Prefix> cidrs, Origin origin,
        String accountScope) implements Element {

    public Vpc {
        name = Canonical.text(name);
        region = Canonical.text(region);
        accountId = Canonical.text(accountId);
        cidrs = Canonical.list(cidrs);
        origin = Canonical.origin(origin);
        accountScope = Canonical.text(accountScope);
    }

    public Vpc(String id, String name, String region, String accountId, List<Prefix> cidrs, Origin origin) {
        this(id, name, region, accountId, cidrs, origin, "");
    }

    /**
     * Whether this VPC and {@code other} are known to be in one account: equal account ids when both
     * are known, else the same non-empty {@link #accountScope}.
     */
    public boolean knownSameAccount(Vpc other) {
        if (!accountId.isEmpty() && !other.accountId.isEmpty()) {
            return accountId.equals(other.accountId);
        }
        return !accountScope.isEmpty() && accountScope.equals(other.accountScope);
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
