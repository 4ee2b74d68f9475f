package dev.plumbline.validator.sim;

import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.PrefixList;
import dev.plumbline.validator.model.SecurityGroup;
import dev.plumbline.validator.model.SgPeer;
import dev.plumbline.validator.model.SgRule;
import dev.plumbline.validator.net.Prefix;
import java.util.List;
import java.util.Optional;

/**
 * Security group evaluation: the union of the allow rules of every group on the interface, for the
 * packet's direction. A group reference matches the private addresses of the group's members in
 * the same VPC or a peered one; a NAT-translated or public address never matches one.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html">Security group rules</a>
 */
final class SecurityGroupFilter {

    private final Topology topology;

    SecurityGroupFilter(Topology topology) {
        this.topology = topology;
    }

    /** Whether the groups let {@code packet} leave (egress) or arrive (ingress) at an interface in {@code vpcId}. */
    Verdict evaluate(List<String> groupIds, Packet packet, boolean egress, String vpcId) {
        String direction = egress ? "outbound" : "inbound";
        if (groupIds.isEmpty()) {
            return Verdict.deny("no security group on the interface, so no " + direction + " rule admits "
                    + packet.flow().render(), Origin.NONE);
        }
        PlannedAddress peer = egress ? packet.dst() : packet.src();
        Verdict undetermined = null;
        for (String groupId : groupIds) {
            Optional<SecurityGroup> found = topology.securityGroup(groupId);
            if (found.isEmpty()) {
                if (undetermined == null) {
                    undetermined = Verdict.undetermined("security group " + groupId
                            + " is not in the input, so its rules are unknown", Origin.NONE,
                            new Planned.Unknown<>(groupId, "rules"));
                }
                continue;
            }
            SecurityGroup group = found.get();
            for (SgRule rule : egress ? group.egress() : group.ingress()) {
                Flow flow = packet.flow();
                if (!rule.match().matches(flow.protocol(), packet.port(), flow.icmpType(), flow.icmpCode())) {
                    continue;
                }
                PeerMatch match = matchPeer(rule.peer(), peer, vpcId);
                if (match.tri == Tri.YES) {
                    return Verdict.allow(group.label() + " allows " + direction + " " + describe(rule, egress), rule.origin());
                }
                if (match.tri == Tri.DEPENDS && undetermined == null) {
                    undetermined = Verdict.undetermined(group.label() + " allows " + direction + " " + describe(rule, egress)
                            + ", which may or may not cover " + peer.render(), rule.origin(), match.unknown);
                }
            }
        }
        if (undetermined != null) {
            return undetermined;
        }
        return Verdict.deny("no " + direction + " rule of " + String.join(", ", groupIds) + " allows "
                + packet.flow().protocol() + (packet.flow().protocol().hasPorts() ? " port " + packet.port() : "")
                + (egress ? " to " : " from ") + peer.render(), Origin.NONE);
    }

    private static String describe(SgRule rule, boolean egress) {
        return rule.match().render() + (egress ? " to " : " from ") + rule.peer().render();
    }

    private record PeerMatch(Tri tri, Planned.Unknown<?> unknown) {
    }

    private PeerMatch matchPeer(SgPeer rulePeer, PlannedAddress peer, String vpcId) {
        if (rulePeer instanceof SgPeer.Cidr cidr) {
            return new PeerMatch(Tri.of(cidr.prefix(), peer.span()), peer.unknown());
        }
        if (rulePeer instanceof SgPeer.PrefixListRef ref) {
            Optional<PrefixList> list = topology.prefixList(ref.prefixListId());
            if (list.isEmpty()) {
                return new PeerMatch(Tri.DEPENDS, new Planned.Unknown<>(ref.prefixListId(), "entries"));
            }
            Tri best = Tri.NO;
            for (Prefix prefix : list.get().cidrs()) {
                Tri tri = Tri.of(prefix, peer.span());
                if (tri == Tri.YES) {
                    return new PeerMatch(Tri.YES, null);
                }
                if (tri == Tri.DEPENDS) {
                    best = Tri.DEPENDS;
                }
            }
            return new PeerMatch(best, peer.unknown());
        }
        if (rulePeer instanceof SgPeer.Group group) {
            for (NetworkInterface member : topology.interfacesWithPrivateIp(peer.address())) {
                if (member.securityGroupIds().contains(group.groupId()) && reachableVpc(topology.vpcIdOf(member), vpcId)) {
                    return new PeerMatch(Tri.YES, null);
                }
            }
            if (loadBalancerInGroup(peer, group.groupId(), vpcId)) {
                return new PeerMatch(Tri.YES, null);
            }
            return new PeerMatch(Tri.NO, null);
        }
        SgPeer.Unresolved unresolved = (SgPeer.Unresolved) rulePeer;
        return new PeerMatch(Tri.DEPENDS, unresolved.unknown());
    }

    /**
     * A load balancer with security groups is a member of them: a target's rule that references the
     * load balancer's group admits traffic from the load balancer's nodes.
     */
    private boolean loadBalancerInGroup(PlannedAddress peer, String groupId, String vpcId) {
        return topology.loadBalancerNodeAt(vpcId, peer.address())
                .map(node -> node.loadBalancer().securityGroupIds().contains(groupId))
                .orElse(false);
    }

    /** Group references work in the same VPC and across an active peering. */
    private boolean reachableVpc(String memberVpc, String vpcId) {
        if (memberVpc.equals(vpcId)) {
            return true;
        }
        return topology.peeringsOf(vpcId).stream().anyMatch(p -> p.isActive() && p.peerOf(vpcId).equals(memberVpc));
    }
}
