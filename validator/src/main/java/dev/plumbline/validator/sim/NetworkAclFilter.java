package dev.plumbline.validator.sim;

import dev.plumbline.validator.model.AclEntry;
import dev.plumbline.validator.model.NetworkAcl;
import dev.plumbline.validator.model.Origin;

/**
 * Network ACL evaluation: rules of one direction in ascending number, first match decides, an
 * implicit deny after the last rule. Stateless: a reply is checked like any packet, on its own
 * (usually ephemeral) destination port.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html">NACL rules</a>
 */
final class NetworkAclFilter {

    private NetworkAclFilter() {
    }

    static Verdict evaluate(NetworkAcl acl, Packet packet, boolean outbound) {
        PlannedAddress peer = outbound ? packet.dst() : packet.src();
        Flow flow = packet.flow();
        String direction = outbound ? "outbound" : "inbound";
        for (AclEntry entry : acl.entries()) {
            if (entry.egress() != outbound
                    || !entry.match().matches(flow.protocol(), packet.port(), flow.icmpType(), flow.icmpCode())) {
                continue;
            }
            Tri tri = Tri.of(entry.cidr(), peer.span());
            if (tri == Tri.NO) {
                continue;
            }
            String what = acl.label() + " " + direction + " " + entry.render();
            if (tri == Tri.DEPENDS) {
                return Verdict.undetermined(what + " may or may not apply to " + peer.render(), entry.origin(),
                        peer.unknown());
            }
            return entry.allow() ? Verdict.allow(what, entry.origin()) : Verdict.deny(what, entry.origin());
        }
        return Verdict.deny(acl.label() + " has no " + direction + " rule matching "
                + describe(packet) + ", so the final * rule denies it", Origin.NONE);
    }

    private static String describe(Packet packet) {
        Flow flow = packet.flow();
        return flow.protocol() + (flow.protocol().hasPorts() ? " port " + packet.port() : "") + " "
                + flow.src() + " -> " + flow.dst();
    }
}
