package dev.plumbline.validator.model;

import dev.plumbline.validator.net.Prefix;
import java.util.List;

/**
 * A managed prefix list: AWS-managed (S3, DynamoDB, VPC Lattice) or customer-managed. Usable in
 * route tables and security groups, not in network ACLs. A customer list costs its max entries in
 * a security group's rule quota.
 */
public record PrefixList(String id, String name, List<Prefix> cidrs, int maxEntries, boolean awsManaged,
        Origin origin) implements Element {

    public PrefixList {
        name = Canonical.text(name);
        cidrs = Canonical.list(cidrs);
        origin = Canonical.origin(origin);
    }

    @Override
    public String kind() {
        return "prefix list";
    }
}
