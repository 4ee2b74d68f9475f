package dev.plumbline.validator.check.filtering;

import dev.plumbline.validator.check.CheckContext;
import dev.plumbline.validator.check.Rule;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.AclEntry;
import dev.plumbline.validator.model.NetworkAcl;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.net.PortRange;
import dev.plumbline.validator.net.Protocol;
import dev.plumbline.validator.sim.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Network ACLs are stateless: when a rule admits connections (inbound to a service port, or
 * outbound to one), the replies travel the other way on the client's ephemeral port and need a
 * rule of their own. This rule finds allow rules whose replies the ACL denies on part of the
 * ephemeral range 32768-65535 (Linux 32768-61000 and Windows 49152-65535 clients); AWS's own
 * services (ELB, NAT gateway, Lambda) use 1024-65535.
 *
 * <p>Allow rules that themselves cover most of the ephemeral range are taken to be reply rules
 * and are not checked for replies of their own.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/userguide/nacl-ephemeral-ports.html">Ephemeral ports</a>
 */
public final class AclBlocksReturnTraffic implements Rule {

    static final PortRange CLIENT_EPHEMERAL = new PortRange(32768, 65535);
    private static final Ipv4 INTERNET = Ipv4.of(203, 0, 113, 10);

    @Override
    public String id() {
        return "nacl.blocks-return";
    }

    @Override
    public String family() {
        return "filtering";
    }

    @Override
    public String description() {
        return "a network ACL that admits connections but denies their replies on ephemeral ports";
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        Topology topology = context.topology();
        List<Diagnostic> out = new ArrayList<>();
        java.util.Set<String> inUse = new java.util.HashSet<>();
        for (Subnet subnet : topology.network().subnets()) {
            topology.effectiveAcl(subnet).ifPresent(a -> inUse.add(a.id()));
        }
        for (NetworkAcl acl : topology.network().networkAcls()) {
            if (!inUse.contains(acl.id())) {
                continue;
            }
            for (AclEntry entry : acl.entries()) {
                if (!entry.allow() || entry.isDefaultRule() || !carriesConnections(entry)) {
                    continue;
                }
                Protocol protocol = entry.match().protocol().isAll() ? Protocol.TCP : entry.match().protocol();
                Ipv4 peer = entry.cidr().length() == 0 ? INTERNET : entry.cidr().first();
                List<PortRange> blocked = blockedReplyPorts(acl, !entry.egress(), protocol, peer);
                if (!blocked.isEmpty()) {
                    String direction = entry.egress() ? "outbound" : "inbound";
                    String replyDirection = entry.egress() ? "inbound" : "outbound";
                    out.add(Diagnostic.error(id(), entry.origin().isKnown() ? entry.origin() : acl.origin(),
                            acl.label() + " " + direction + " rule " + entry.ruleNumber() + " admits " + entry.match().render()
                                    + (entry.egress() ? " to " : " from ") + entry.cidr() + ", but its " + replyDirection
                                    + " rules deny the replies " + (entry.egress() ? "from " : "to ") + entry.cidr()
                                    + " on " + protocol + " ports " + render(blocked)
                                    + ": network ACLs are stateless, so those connections fail",
                            "add an " + replyDirection + " rule allowing " + protocol + " 1024-65535 "
                                    + (entry.egress() ? "from " : "to ") + entry.cidr()
                                    + " (or at least 32768-65535 for Linux and Windows clients)"));
                }
            }
        }
        return out;
    }

    /** A rule opens connections when it is TCP/UDP/all and is not itself an ephemeral-range reply rule. */
    private static boolean carriesConnections(AclEntry entry) {
        Protocol protocol = entry.match().protocol();
        if (!protocol.isAll() && !protocol.hasPorts()) {
            return false;
        }
        PortRange ports = entry.match().ports();
        boolean replyRule = !ports.isAll() && ports.from() >= 1024 && ports.size() > 10_000;
        return !replyRule;
    }

    /** Port ranges of {@link #CLIENT_EPHEMERAL} that the ACL denies for replies in direction {@code egress}. */
    static List<PortRange> blockedReplyPorts(NetworkAcl acl, boolean egress, Protocol protocol, Ipv4 peer) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(CLIENT_EPHEMERAL.from());
        for (AclEntry entry : acl.entries()) {
            if (entry.egress() == egress) {
                cuts.add(entry.match().ports().from());
                cuts.add(entry.match().ports().to() + 1);
            }
        }
        List<PortRange> blocked = new ArrayList<>();
        Integer start = null;
        List<Integer> points = new ArrayList<>(cuts.subSet(CLIENT_EPHEMERAL.from(), true, CLIENT_EPHEMERAL.to(), true));
        for (int i = 0; i < points.size(); i++) {
            int from = points.get(i);
            int to = i + 1 < points.size() ? points.get(i + 1) - 1 : CLIENT_EPHEMERAL.to();
            boolean allowed = decide(acl, egress, protocol, peer, from);
            if (!allowed && start == null) {
                start = from;
            }
            if (allowed && start != null) {
                blocked.add(new PortRange(start, from - 1));
                start = null;
            }
            if (i + 1 == points.size() && start != null) {
                blocked.add(new PortRange(start, to));
            }
        }
        return blocked;
    }

    private static boolean decide(NetworkAcl acl, boolean egress, Protocol protocol, Ipv4 peer, int port) {
        for (AclEntry entry : acl.entries()) {
            if (entry.egress() == egress && entry.match().matches(protocol, port, -1, -1) && entry.cidr().contains(peer)) {
                return entry.allow();
            }
        }
        return false;
    }

    private static String render(List<PortRange> ranges) {
        return String.join(", ", ranges.stream().map(PortRange::toString).toList());
    }

}
