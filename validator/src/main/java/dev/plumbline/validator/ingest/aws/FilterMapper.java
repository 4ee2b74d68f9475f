package dev.plumbline.validator.ingest.aws;

import dev.plumbline.validator.model.AclEntry;
import dev.plumbline.validator.model.NetworkAcl;
import dev.plumbline.validator.model.SecurityGroup;
import dev.plumbline.validator.model.SgPeer;
import dev.plumbline.validator.model.SgRule;
import dev.plumbline.validator.model.TrafficMatch;
import dev.plumbline.validator.net.PortRange;
import dev.plumbline.validator.net.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps security groups ({@code describe-security-groups}) and network ACLs
 * ({@code describe-network-acls}). One AWS permission (protocol and ports, several peers) becomes
 * one rule per peer: each IPv4 range, prefix list and group reference. For ICMP, AWS puts the type
 * in {@code FromPort} and the code in {@code ToPort} (security groups) or in {@code IcmpTypeCode}
 * (network ACLs); -1 means any. IPv6 ranges, ICMPv6 and IPv6 ACL entries are noted and skipped.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_IpPermission.html">IpPermission</a>
 * @see <a href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_NetworkAclEntry.html">NetworkAclEntry</a>
 */
final class FilterMapper {

    private final IngestLog log;
    private final NetworkSink sink;

    FilterMapper(IngestLog log, NetworkSink sink) {
        this.log = log;
        this.sink = sink;
    }

    void map(RegionSnapshot region) {
        region.entries("SecurityGroups").forEach(this::securityGroup);
        region.entries("NetworkAcls").forEach(this::networkAcl);
    }

    private void securityGroup(Located group) {
        String id = group.text("GroupId");
        String groupName = group.text("GroupName");
        String name = group.name().isEmpty() ? groupName : group.name();
        sink.add(new SecurityGroup(id, name, group.text("VpcId"), "default".equals(groupName),
                rules(id, group, "IpPermissions"), rules(id, group, "IpPermissionsEgress"), group.origin()));
    }

    private List<SgRule> rules(String groupId, Located group, String field) {
        List<SgRule> rules = new ArrayList<>();
        for (Located permission : group.items(field)) {
            String protocol = permission.text("IpProtocol").toLowerCase(Locale.ROOT);
            if ("icmpv6".equals(protocol) || "58".equals(protocol)) {
                log.skippedIpv6(permission, "an ICMPv6 rule of " + groupId);
                continue;
            }
            if (!permission.items("Ipv6Ranges").isEmpty()) {
                log.skippedIpv6(permission.child("Ipv6Ranges"), "the IPv6 ranges of a rule of " + groupId);
            }
            Optional<TrafficMatch> match = sgMatch(permission);
            if (match.isEmpty()) {
                continue;
            }
            for (Located range : permission.items("IpRanges")) {
                log.prefix(range, "CidrIp").ifPresent(cidr -> rules.add(new SgRule(match.get(), new SgPeer.Cidr(cidr),
                        range.text("Description"), range.origin())));
            }
            for (Located list : permission.items("PrefixListIds")) {
                rules.add(new SgRule(match.get(), new SgPeer.PrefixListRef(list.text("PrefixListId")),
                        list.text("Description"), list.origin()));
            }
            for (Located pair : permission.items("UserIdGroupPairs")) {
                rules.add(new SgRule(match.get(), new SgPeer.Group(pair.text("GroupId"), pair.text("UserId")),
                        pair.text("Description"), pair.origin()));
            }
        }
        return rules;
    }

    private Optional<TrafficMatch> sgMatch(Located permission) {
        Optional<Protocol> protocol = log.protocol(permission, "IpProtocol");
        if (protocol.isEmpty()) {
            return Optional.empty();
        }
        Protocol p = protocol.get();
        if (p.hasPorts()) {
            return log.ports(permission, "FromPort", "ToPort").map(ports -> new TrafficMatch(p, ports, -1, -1));
        }
        if (p.isIcmp()) {
            return icmp(permission, "FromPort", "ToPort");
        }
        return Optional.of(new TrafficMatch(p, PortRange.ALL, -1, -1));
    }

    private Optional<TrafficMatch> icmp(Located at, String typeField, String codeField) {
        int type = at.integer(typeField, -1);
        int code = at.integer(codeField, -1);
        if (type < -1 || type > 255 || code < -1 || code > 255) {
            log.error(IngestLog.BAD_VALUE, at.origin(), "ICMP type " + type + " / code " + code + " is out of range",
                    "ICMP type and code are 0-255, or -1 for any");
            return Optional.empty();
        }
        return Optional.of(TrafficMatch.icmp(type, code));
    }

    /** Rule 32767 is the IPv4 {@code *} rule; IPv6 entries (32768 is the IPv6 {@code *}) are skipped. */
    private void networkAcl(Located acl) {
        String id = acl.text("NetworkAclId");
        List<AclEntry> entries = new ArrayList<>();
        boolean skippedIpv6 = false;
        for (Located entry : acl.items("Entries")) {
            if (!entry.has("CidrBlock")) {
                if (entry.has("Ipv6CidrBlock")) {
                    skippedIpv6 = true;
                } else {
                    log.error(IngestLog.BAD_VALUE, entry.origin(), "the ACL entry names no CIDR",
                            "expected CidrBlock (or Ipv6CidrBlock, which is skipped)");
                }
                continue;
            }
            int number = entry.integer("RuleNumber", 0);
            if (number > AclEntry.DEFAULT_RULE_NUMBER) {
                log.error(IngestLog.BAD_VALUE, entry.child("RuleNumber").origin(),
                        "IPv4 rule number " + number + " is out of range", "IPv4 ACL rules are numbered 1-32766, 32767 is *");
                continue;
            }
            Optional<Protocol> protocol = log.protocol(entry, "Protocol");
            var cidr = log.prefix(entry, "CidrBlock");
            if (protocol.isEmpty() || cidr.isEmpty()) {
                continue;
            }
            Protocol p = protocol.get();
            Optional<TrafficMatch> match;
            if (p.hasPorts()) {
                match = log.ports(entry.child("PortRange"), "From", "To").map(ports -> new TrafficMatch(p, ports, -1, -1));
            } else if (p.isIcmp()) {
                match = icmp(entry.child("IcmpTypeCode"), "Type", "Code");
            } else {
                match = Optional.of(new TrafficMatch(p, PortRange.ALL, -1, -1));
            }
            match.ifPresent(m -> entries.add(new AclEntry(number, entry.bool("Egress", false), m, cidr.get(),
                    "allow".equals(entry.text("RuleAction")), entry.origin())));
        }
        if (skippedIpv6) {
            log.skippedIpv6(acl.child("Entries"), "the IPv6 entries of " + id);
        }
        sink.add(new NetworkAcl(id, acl.name(), acl.text("VpcId"), acl.bool("IsDefault", false), entries,
                acl.texts("Associations", "SubnetId"), acl.origin()));
    }
}
