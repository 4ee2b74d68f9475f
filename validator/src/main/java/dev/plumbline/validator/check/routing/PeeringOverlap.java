package dev.plumbline.validator.check.routing;

import dev.plumbline.validator.check.CheckContext;
import dev.plumbline.validator.check.Rule;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.PeeringConnection;
import dev.plumbline.validator.model.Vpc;
import dev.plumbline.validator.net.Prefix;
import dev.plumbline.validator.sim.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * Peered VPCs must not overlap: AWS refuses a peering between overlapping CIDRs. A VPC peered
 * with two VPCs that overlap each other can route each overlapping range to only one of them.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html">Peering limitations</a>
 */
public final class PeeringOverlap implements Rule {

    @Override
    public String id() {
        return "peering.overlapping-cidrs";
    }

    @Override
    public String family() {
        return "peering";
    }

    @Override
    public String description() {
        return "peered VPCs whose CIDRs overlap, or a VPC peered with two VPCs that overlap each other";
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        Topology topology = context.topology();
        List<Diagnostic> out = new ArrayList<>();
        for (PeeringConnection pcx : topology.network().peeringConnections()) {
            if (isDead(pcx)) {
                continue;
            }
            List<Prefix> a = cidrs(topology, pcx.requesterVpcId(), pcx.requesterCidrs());
            List<Prefix> b = cidrs(topology, pcx.accepterVpcId(), pcx.accepterCidrs());
            overlap(a, b).ifPresent(pair -> out.add(Diagnostic.error(id(), pcx.origin(), pcx.label() + " peers "
                    + pcx.requesterVpcId() + " and " + pcx.accepterVpcId() + ", whose CIDRs overlap (" + pair
                    + "): AWS does not route between overlapping peered VPCs", "re-address one VPC")));
        }
        for (Vpc vpc : topology.network().vpcs()) {
            List<PeeringConnection> peerings = topology.peeringsOf(vpc.id()).stream().filter(p -> !isDead(p)).toList();
            for (int i = 0; i < peerings.size(); i++) {
                for (int j = i + 1; j < peerings.size(); j++) {
                    String p1 = peerings.get(i).peerOf(vpc.id());
                    String p2 = peerings.get(j).peerOf(vpc.id());
                    List<Prefix> c1 = cidrs(topology, p1, sideCidrs(peerings.get(i), p1));
                    List<Prefix> c2 = cidrs(topology, p2, sideCidrs(peerings.get(j), p2));
                    PeeringConnection first = peerings.get(i);
                    overlap(c1, c2).ifPresent(pair -> out.add(Diagnostic.warning("peering.overlapping-peers", first.origin(),
                            vpc.label() + " is peered with " + p1 + " and " + p2 + ", which overlap each other (" + pair
                                    + "): each overlapping range can be routed to only one of them",
                            "route only the specific subnets needed, or re-address one VPC")));
                }
            }
        }
        return out;
    }

    private static boolean isDead(PeeringConnection pcx) {
        String status = pcx.status().toLowerCase(java.util.Locale.ROOT);
        return status.equals("deleted") || status.equals("rejected") || status.equals("failed") || status.equals("expired");
    }

    private static List<Prefix> sideCidrs(PeeringConnection pcx, String vpcId) {
        return vpcId.equals(pcx.accepterVpcId()) ? pcx.accepterCidrs() : pcx.requesterCidrs();
    }

    private static List<Prefix> cidrs(Topology topology, String vpcId, List<Prefix> fromPeering) {
        return topology.vpc(vpcId).map(Vpc::cidrs).filter(c -> !c.isEmpty()).orElse(fromPeering);
    }

    private static java.util.Optional<String> overlap(List<Prefix> a, List<Prefix> b) {
        for (Prefix x : a) {
            for (Prefix y : b) {
                if (x.overlaps(y)) {
                    return java.util.Optional.of(x + " and " + y);
                }
            }
        }
        return java.util.Optional.empty();
    }
}
