package dev.plumbline.validator.ingest.pulumi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.validator.model.AclEntry;
import dev.plumbline.validator.model.NetworkAcl;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.SecurityGroup;
import dev.plumbline.validator.model.SgPeer;
import dev.plumbline.validator.model.SgRule;
import dev.plumbline.validator.model.TrafficMatch;
import dev.plumbline.validator.net.PortRange;
import dev.plumbline.validator.net.Prefix;
import dev.plumbline.validator.net.Protocol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Security groups (inline rules, {@code SecurityGroupRule}, {@code vpc/SecurityGroupIngressRule}
 * and {@code EgressRule}) and network ACLs (inline entries, {@code NetworkAclRule},
 * {@code NetworkAclAssociation}, {@code DefaultNetworkAcl}).
 *
 * <p>The AWS provider removes the allow-all egress rule AWS gives a new security group, so a group
 * has exactly the egress rules the program declares; a group with none lets nothing out. Custom
 * network ACLs get the final {@code *} deny of each direction.
 */
final class FilterMapping {

    static final String SECURITY_GROUP = "aws:ec2/securityGroup:SecurityGroup";
    static final String DEFAULT_SG = "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup";
    static final String SG_RULE = "aws:ec2/securityGroupRule:SecurityGroupRule";
    static final String INGRESS_RULE = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";
    static final String EGRESS_RULE = "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule";
    static final String NETWORK_ACL = "aws:ec2/networkAcl:NetworkAcl";
    static final String DEFAULT_ACL = "aws:ec2/defaultNetworkAcl:DefaultNetworkAcl";
    static final String ACL_RULE = "aws:ec2/networkAclRule:NetworkAclRule";
    static final String ACL_ASSOCIATION = "aws:ec2/networkAclAssociation:NetworkAclAssociation";
    static final Set<String> GROUP_TYPES = Set.of(SECURITY_GROUP, DEFAULT_SG);

    private final MappingContext ctx;

    FilterMapping(MappingContext ctx) {
        this.ctx = ctx;
    }

    void map() {
        for (PulumiResource r : ctx.ofType(SECURITY_GROUP)) {
            group(r, false);
        }
        for (PulumiResource r : ctx.ofType(DEFAULT_SG)) {
            group(r, true);
        }
        for (PulumiResource r : ctx.ofType(NETWORK_ACL)) {
            acl(r, false);
        }
        for (PulumiResource r : ctx.ofType(DEFAULT_ACL)) {
            acl(r, true);
        }
    }

    // ------------------------------------------------------------ security groups

    private void group(PulumiResource r, boolean isDefault) {
        ctx.markMapped(r);
        Planned<String> vpcId = ctx.ref(r, "vpcId", Set.of(VpcMapping.VPC));
        String id = MappingContext.modelId(r);
        List<SgRule> ingress = new ArrayList<>(inline(r, "ingress", id));
        List<SgRule> egress = new ArrayList<>(inline(r, "egress", id));
        for (PulumiResource rule : ctx.referencing(SG_RULE, "securityGroupId", GROUP_TYPES, id)) {
            ctx.markMapped(rule);
            boolean isEgress = "egress".equalsIgnoreCase(MappingContext.text(rule, "type"));
            List<SgRule> rules = classicRule(rule, id);
            (isEgress ? egress : ingress).addAll(rules);
        }
        for (String type : List.of(INGRESS_RULE, EGRESS_RULE)) {
            for (PulumiResource rule : ctx.referencing(type, "securityGroupId", GROUP_TYPES, id)) {
                ctx.markMapped(rule);
                vpcRule(rule).ifPresent(type.equals(INGRESS_RULE) ? ingress::add : egress::add);
            }
        }
        if (egress.isEmpty()) {
            ctx.info(r, r.urn() + ": security group " + r.name() + " declares no egress rule; the AWS provider removes "
                    + "AWS's default allow-all egress, so nothing leaves its members unless another group allows it");
        }
        ctx.net.add(new SecurityGroup(id, r.name(), vpcId.orElse(""), isDefault, ingress,
                egress, r.origin()));
    }

    /** Inline {@code ingress}/{@code egress} blocks of a SecurityGroup: one model rule per peer. */
    private List<SgRule> inline(PulumiResource r, String property, String ownId) {
        List<SgRule> out = new ArrayList<>();
        List<JsonNode> blocks = MappingContext.list(r.value(property));
        List<MappingContext.Slot> slots = new ArrayList<>();
        List<int[]> positions = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            List<JsonNode> groups = MappingContext.list(blocks.get(i).get("securityGroups"));
            for (int j = 0; j < groups.size(); j++) {
                slots.add(new MappingContext.Slot(groups.get(j), GROUP_TYPES, "",
                        property + "[" + i + "].securityGroups[" + j + "]"));
                positions.add(new int[] {i, j});
            }
        }
        List<Planned<String>> groupRefs = ctx.refs(r, property, slots);
        Map<Integer, List<SgPeer>> wholeLists = wholeUnknownGroupLists(r, property, blocks, groupRefs);
        for (int i = 0; i < blocks.size(); i++) {
            JsonNode block = blocks.get(i);
            String path = property + "[" + i + "]";
            Optional<TrafficMatch> match = match(r, MappingContext.text(block, "protocol"), block, path);
            if (match.isEmpty()) {
                continue;
            }
            Origin origin = r.origin().child("/inputs/" + property + "/" + i);
            String description = MappingContext.text(block, "description");
            for (SgPeer peer : listedPeers(r, block.get("cidrBlocks"), path + ".cidrBlocks", false)) {
                out.add(new SgRule(match.get(), peer, description, origin));
            }
            for (SgPeer peer : listedPeers(r, block.get("prefixListIds"), path + ".prefixListIds", true)) {
                out.add(new SgRule(match.get(), peer, description, origin));
            }
            for (int k = 0; k < slots.size(); k++) {
                if (positions.get(k)[0] == i) {
                    out.add(new SgRule(match.get(), peer(groupRefs.get(k)), description, origin));
                }
            }
            for (SgPeer peer : wholeLists.getOrDefault(i, List.of())) {
                out.add(new SgRule(match.get(), peer, description, origin));
            }
            if (selfRule(block)) {
                out.add(new SgRule(match.get(), new SgPeer.Group(ownId, ""), description, origin));
            }
        }
        return out;
    }

    /**
     * The peers of blocks whose {@code securityGroups} list is unknown as a whole (a Java or Go
     * program's {@code Output<List<String>>} in a preview). The property dependencies of
     * {@code ingress}/{@code egress} name the groups of every block at once: with one such block, it
     * holds the named groups no other block refers to; with several, which block holds which cannot
     * be told and their peers stay unknown.
     */
    private Map<Integer, List<SgPeer>> wholeUnknownGroupLists(PulumiResource r, String property, List<JsonNode> blocks,
            List<Planned<String>> known) {
        List<Integer> unknownBlocks = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (PulumiValues.isUnknown(blocks.get(i).get("securityGroups"))) {
                unknownBlocks.add(i);
            }
        }
        Map<Integer, List<SgPeer>> out = new HashMap<>();
        if (unknownBlocks.isEmpty()) {
            return out;
        }
        Set<String> claimed = new HashSet<>();
        known.forEach(g -> g.toOptional().ifPresent(claimed::add));
        List<PulumiResource> candidates = new ArrayList<>();
        for (String urn : r.dependenciesOf(property)) {
            ctx.byUrn(urn).filter(g -> GROUP_TYPES.contains(g.type()) && !claimed.contains(MappingContext.modelId(g))
                    && !candidates.contains(g)).ifPresent(candidates::add);
        }
        if (unknownBlocks.size() == 1 && !candidates.isEmpty()) {
            out.put(unknownBlocks.get(0), candidates.stream()
                    .<SgPeer>map(g -> new SgPeer.Group(MappingContext.modelId(g), "")).toList());
            ctx.noteWholeUnknownList(r.name() + "." + property + "[" + unknownBlocks.get(0) + "].securityGroups");
            return out;
        }
        String reason = unknownBlocks.size() + " rule(s) of '" + property + "' have security group lists unknown as a "
                + "whole" + (candidates.isEmpty() ? " and its propertyDependencies name no other group"
                        : "; its propertyDependencies name " + String.join(", ", candidates.stream().map(PulumiResource::name)
                                .toList()) + " but not which rule holds which");
        for (int i : unknownBlocks) {
            out.put(i, List.of(new SgPeer.Unresolved(new Planned.Unknown<>(r.urn(), property + "[" + i + "].securityGroups",
                    reason))));
        }
        return out;
    }

    private static boolean selfRule(JsonNode block) {
        JsonNode self = block.get("self");
        return self != null && (self.asBoolean(false) || "true".equalsIgnoreCase(self.asText()));
    }

    private static SgPeer peer(Planned<String> group) {
        if (group instanceof Planned.Unknown<String> unknown) {
            return new SgPeer.Unresolved(unknown);
        }
        return new SgPeer.Group(group.orElse(""), "");
    }

    /** A classic SecurityGroupRule: CIDRs, prefix lists, a source group or itself. */
    private List<SgRule> classicRule(PulumiResource rule, String ownId) {
        List<SgRule> out = new ArrayList<>();
        Optional<TrafficMatch> match = match(rule, MappingContext.text(rule, "protocol"), rule.merged(), "protocol");
        if (match.isEmpty()) {
            return out;
        }
        String description = MappingContext.text(rule, "description");
        for (SgPeer peer : listedPeers(rule, declared(rule, "cidrBlocks"), "cidrBlocks", false)) {
            out.add(new SgRule(match.get(), peer, description, rule.origin()));
        }
        for (SgPeer peer : listedPeers(rule, declared(rule, "prefixListIds"), "prefixListIds", true)) {
            out.add(new SgRule(match.get(), peer, description, rule.origin()));
        }
        Planned<String> source = ctx.ref(rule, "sourceSecurityGroupId", GROUP_TYPES);
        if (!source.isAbsent()) {
            out.add(new SgRule(match.get(), peer(source), description, rule.origin()));
        }
        if (MappingContext.bool(rule, "self", false)) {
            out.add(new SgRule(match.get(), new SgPeer.Group(ownId, ""), description, rule.origin()));
        }
        if (out.isEmpty()) {
            ctx.error(rule, "cidrBlocks", "the rule names no peer (CIDR, prefix list, source group or self)",
                    "give the rule a peer");
        }
        return out;
    }

    /**
     * The peers a rule names in a list of CIDRs or of prefix-list ids (or in one such value). A value
     * the plan does not show, unknown until apply or a secret, is an unresolved peer: the decisions
     * that depend on it are undetermined rather than made as if the rule admitted nothing.
     */
    private List<SgPeer> listedPeers(PulumiResource r, JsonNode values, String path, boolean prefixLists) {
        if (values == null || values.isNull() || values.isMissingNode()) {
            return List.of();
        }
        if (!PulumiValues.isKnown(values)) {
            return List.of(unresolved(r, path, values));
        }
        List<SgPeer> out = new ArrayList<>();
        List<JsonNode> list = values.isArray() ? MappingContext.list(values) : List.of(values);
        for (int i = 0; i < list.size(); i++) {
            JsonNode value = list.get(i);
            String at = values.isArray() ? path + "[" + i + "]" : path;
            if (value == null || value.isNull()) {
                continue;
            }
            if (!PulumiValues.isKnown(value)) {
                out.add(unresolved(r, at, value));
            } else if (prefixLists) {
                out.add(new SgPeer.PrefixListRef(value.asText()));
            } else {
                ctx.cidr(r, value, at).map(SgPeer.Cidr::new).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * A peer property the program set (its input, or its known output): an output that is merely
     * unknown while the input is absent is a computed attribute, not a peer.
     */
    private static JsonNode declared(PulumiResource r, String property) {
        JsonNode input = r.inputs().get(property);
        if (input != null && !input.isNull()) {
            return r.value(property);
        }
        JsonNode output = r.outputs().get(property);
        return PulumiValues.isKnown(output) ? output : null;
    }

    private static SgPeer unresolved(PulumiResource r, String path, JsonNode value) {
        return new SgPeer.Unresolved(new Planned.Unknown<>(r.urn(), path,
                PulumiValues.isSecret(value) ? "a secret, which Plumbline does not read" : ""));
    }

    /** A vpc/SecurityGroupIngressRule or EgressRule: exactly one peer. */
    private Optional<SgRule> vpcRule(PulumiResource rule) {
        Optional<TrafficMatch> match = match(rule, MappingContext.text(rule, "ipProtocol"), rule.merged(), "ipProtocol");
        if (match.isEmpty()) {
            return Optional.empty();
        }
        String description = MappingContext.text(rule, "description");
        for (String property : List.of("cidrIpv4", "prefixListId")) {
            JsonNode value = declared(rule, property);
            if (value != null) {
                return listedPeers(rule, value, property, property.equals("prefixListId")).stream().findFirst()
                        .map(peer -> new SgRule(match.get(), peer, description, rule.origin()));
            }
        }
        Planned<String> group = ctx.ref(rule, "referencedSecurityGroupId", GROUP_TYPES);
        if (!group.isAbsent()) {
            return Optional.of(new SgRule(match.get(), peer(group), description, rule.origin()));
        }
        if (rule.value("cidrIpv6") != null) {
            ctx.info(rule, rule.urn() + ": IPv6 rule skipped: Plumbline models IPv4 only");
            return Optional.empty();
        }
        ctx.error(rule, "cidrIpv4", "the rule names no peer", "set cidrIpv4, prefixListId or referencedSecurityGroupId");
        return Optional.empty();
    }


    /** Protocol and ports as the provider writes them: "-1"/"all", a name or a number; ICMP type and code in the ports. */
    private Optional<TrafficMatch> match(PulumiResource owner, String protocolText, JsonNode node, String path) {
        if (protocolText.isEmpty()) {
            ctx.error(owner, path, "the rule has no protocol", "set protocol (tcp, udp, icmp or -1)");
            return Optional.empty();
        }
        Protocol protocol;
        try {
            protocol = Protocol.parse(protocolText);
        } catch (IllegalArgumentException e) {
            if (protocolText.equalsIgnoreCase("icmpv6") || protocolText.equals("58")) {
                return Optional.empty();
            }
            ctx.error(owner, path, e.getMessage(), "use tcp, udp, icmp, -1 or a protocol number");
            return Optional.empty();
        }
        int from = MappingContext.integer(node, "fromPort", -1);
        int to = MappingContext.integer(node, "toPort", -1);
        if (protocol.isIcmp()) {
            return Optional.of(new TrafficMatch(protocol, PortRange.ALL, from, to));
        }
        if (!protocol.hasPorts()) {
            return Optional.of(new TrafficMatch(protocol, PortRange.ALL, -1, -1));
        }
        if (from < 0 && to < 0 || from == 0 && to == 0 && "-1".equals(protocolText)) {
            return Optional.of(new TrafficMatch(protocol, PortRange.ALL, -1, -1));
        }
        try {
            return Optional.of(new TrafficMatch(protocol, new PortRange(Math.max(0, from), to < 0 ? 65535 : to), -1, -1));
        } catch (IllegalArgumentException e) {
            ctx.error(owner, path, e.getMessage(), "use fromPort <= toPort within 0-65535");
            return Optional.empty();
        }
    }

    // ------------------------------------------------------------ network ACLs

    private void acl(PulumiResource r, boolean isDefault) {
        ctx.markMapped(r);
        String id = MappingContext.modelId(r);
        String vpcId = ctx.ref(r, "vpcId", Set.of(VpcMapping.VPC)).orElse("");
        if (isDefault && vpcId.isEmpty()) {
            for (PulumiResource vpc : ctx.ofType(VpcMapping.VPC)) {
                if (MappingContext.text(r, "defaultNetworkAclId").equals(VpcMapping.output(vpc, "defaultNetworkAclId", "-"))
                        || r.dependenciesOf("defaultNetworkAclId").contains(vpc.urn())) {
                    vpcId = MappingContext.modelId(vpc);
                }
            }
        }
        List<AclEntry> entries = new ArrayList<>();
        for (String direction : List.of("ingress", "egress")) {
            List<JsonNode> blocks = MappingContext.list(r.value(direction));
            for (int i = 0; i < blocks.size(); i++) {
                JsonNode block = blocks.get(i);
                entry(r, block, direction.equals("egress"), MappingContext.integer(block, "ruleNo", -1),
                        MappingContext.text(block, "action"), direction + "[" + i + "]",
                        r.origin().child("/inputs/" + direction + "/" + i)).ifPresent(entries::add);
            }
        }
        for (PulumiResource rule : ctx.referencing(ACL_RULE, "networkAclId", Set.of(NETWORK_ACL, DEFAULT_ACL), id)) {
            ctx.markMapped(rule);
            JsonNode node = rule.merged();
            entry(rule, node, MappingContext.bool(rule, "egress", false), MappingContext.integer(node, "ruleNumber", -1),
                    MappingContext.text(rule, "ruleAction"), "ruleNumber", rule.origin()).ifPresent(entries::add);
        }
        entries.add(new AclEntry(AclEntry.DEFAULT_RULE_NUMBER, false, TrafficMatch.ALL, Prefix.ANY, false, r.origin()));
        entries.add(new AclEntry(AclEntry.DEFAULT_RULE_NUMBER, true, TrafficMatch.ALL, Prefix.ANY, false, r.origin()));
        List<String> subnets = new ArrayList<>();
        ctx.refList(r, "subnetIds", Set.of(VpcMapping.SUBNET)).forEach(s -> s.toOptional().ifPresent(subnets::add));
        for (PulumiResource association : ctx.referencing(ACL_ASSOCIATION, "networkAclId", Set.of(NETWORK_ACL, DEFAULT_ACL), id)) {
            ctx.markMapped(association);
            ctx.ref(association, "subnetId", Set.of(VpcMapping.SUBNET)).toOptional().ifPresent(subnets::add);
        }
        ctx.net.add(new NetworkAcl(id, r.name(), vpcId, isDefault, entries, subnets, r.origin()));
    }

    private Optional<AclEntry> entry(PulumiResource owner, JsonNode node, boolean egress, int number, String action,
            String path, Origin origin) {
        Optional<TrafficMatch> match = match(owner, MappingContext.text(node, "protocol"), node, path + ".protocol");
        if (match.isEmpty()) {
            return Optional.empty();
        }
        JsonNode cidrValue = node.get("cidrBlock");
        if (!PulumiValues.isKnown(cidrValue) || cidrValue.asText().isEmpty()) {
            if (PulumiValues.isKnown(node.get("ipv6CidrBlock"))) {
                ctx.info(owner, owner.urn() + ": IPv6 ACL rule " + number + " skipped: Plumbline models IPv4 only");
            } else {
                ctx.error(owner, path + ".cidrBlock", "the ACL rule has no CIDR", "set cidrBlock");
            }
            return Optional.empty();
        }
        Optional<Prefix> cidr = ctx.cidr(owner, cidrValue, path + ".cidrBlock");
        if (cidr.isEmpty()) {
            return Optional.empty();
        }
        if (number < 1 || number > 32766) {
            ctx.error(owner, path, "ACL rule number " + number + " is outside 1-32766", "number rules 1-32766");
            return Optional.empty();
        }
        boolean allow = action.equalsIgnoreCase("allow");
        if (!allow && !action.equalsIgnoreCase("deny")) {
            ctx.error(owner, path, "ACL rule action '" + action + "' is neither allow nor deny", "use allow or deny");
            return Optional.empty();
        }
        return Optional.of(new AclEntry(number, egress, match.get(), cidr.get(), allow, origin));
    }
}
