package dev.plumbline.runner.aws;

import java.util.List;
import java.util.Optional;

/**
 * The AWS-managed prefix lists the mocks know: the S3 and DynamoDB gateway-endpoint lists and the
 * VPC Lattice lists (<a href="https://docs.aws.amazon.com/vpc/latest/userguide/working-with-aws-managed-prefix-lists.html">AWS-managed
 * prefix lists</a>). Ids are {@code pl-} and 8 hex digits of the list's name. Lattice's entries are
 * the real link-local ranges (169.254.171.0/24, fd00:ec2:80::/64); the S3 and DynamoDB entries are
 * a few ranges of the us-east-1 lists, used for every region: enough to route and to filter on,
 * illustrative only (AWS changes its lists; these are not kept in sync).
 */
final class ManagedPrefixLists {

    record PrefixList(String id, String name, String addressFamily, List<String> cidrs) {

        String arn(String region) {
            return "arn:" + Regions.partition(region) + ":ec2:" + region + ":aws:prefix-list/" + id;
        }
    }

    private ManagedPrefixLists() {
    }

    /** The list with this name in this region, if the mocks know it. */
    static Optional<PrefixList> byName(String name, String region) {
        String prefix = "com.amazonaws." + region + ".";
        if (!name.startsWith(prefix)) {
            return Optional.empty();
        }
        switch (name.substring(prefix.length())) {
            case "s3":
                return Optional.of(list(name, "IPv4", List.of("3.5.0.0/19", "52.216.0.0/15", "54.231.0.0/16")));
            case "dynamodb":
                return Optional.of(list(name, "IPv4", List.of("3.218.180.0/22", "52.94.0.0/22", "52.119.224.0/20")));
            case "vpc-lattice":
                return Optional.of(list(name, "IPv4", List.of("169.254.171.0/24")));
            case "ipv6.vpc-lattice":
                return Optional.of(list(name, "IPv6", List.of("fd00:ec2:80::/64")));
            default:
                return Optional.empty();
        }
    }

    /** The list with this id in this region, if the mocks know it. */
    static Optional<PrefixList> byId(String id, String region) {
        for (String service : List.of("s3", "dynamodb", "vpc-lattice", "ipv6.vpc-lattice")) {
            Optional<PrefixList> list = byName("com.amazonaws." + region + "." + service, region);
            if (list.isPresent() && list.get().id().equals(id)) {
                return list;
            }
        }
        return Optional.empty();
    }

    /** The prefix list id of a gateway endpoint's service, known or not. */
    static String idFor(String serviceName) {
        return "pl-" + AwsIds.hex("prefix-list|" + serviceName, 8);
    }

    private static PrefixList list(String name, String family, List<String> cidrs) {
        return new PrefixList(idFor(name), name, family, cidrs);
    }
}
