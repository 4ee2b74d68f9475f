package dev.plumbline.validator.model;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A network ACL: stateless, numbered rules per direction applied at the subnet boundary. Replies
 * are checked again, so return traffic on ephemeral ports must be allowed explicitly. The default
 * ACL allows all; a new custom ACL denies all.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html">Network ACLs</a>
 */
public record NetworkAcl(String id, String name, String vpcId, boolean isDefault, List<AclEntry> entries,
        List<String> subnetIds, Origin origin) implements Element {

    public NetworkAcl {
        name = Canonical.text(name);
        entries = Canonical.list(entries).stream()
                .sorted(Comparator.comparingInt(AclEntry::ruleNumber))
                .toList();
        subnetIds = Canonical.list(subnetIds);
        origin = Canonical.origin(origin);
    }

    /** Rules of one direction in evaluation order (ascending number, the {@code *} rule last if present). */
    public Stream<AclEntry> entries(boolean egress) {
        return entries.stream().filter(e -> e.egress() == egress);
    }

    @Override
    public String kind() {
        return "network ACL";
    }
}
