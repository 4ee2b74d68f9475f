package dev.plumbline.validator.check.lattice;

import dev.plumbline.validator.check.CheckContext;
import dev.plumbline.validator.check.Rule;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.lattice.AuthType;
import dev.plumbline.validator.model.lattice.LatticeService;
import dev.plumbline.validator.model.lattice.ServiceNetwork;
import dev.plumbline.validator.model.lattice.VpcAssociation;
import dev.plumbline.validator.sim.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How services and VPCs attach to service networks: a VPC can be associated with only one service
 * network; a service in no service network is reachable by nobody; a network with auth type
 * {@code NONE} shared with many VPCs lets any client of any of them call every service in it; and
 * {@code AWS_IAM} without an auth policy denies every request.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc-lattice/latest/ug/service-network-associations.html">Associations</a>
 */
public final class LatticeAssociations implements Rule {

    /** From this many associated VPCs on, an unauthenticated service network is reported. */
    public static final int MANY_VPCS = 3;

    @Override
    public String id() {
        return "lattice.vpc-multiple-networks";
    }

    @Override
    public String family() {
        return "lattice";
    }

    @Override
    public String description() {
        return "service network associations and auth: one network per VPC, services in a network, auth that lets requests in";
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        Topology topology = context.topology();
        List<Diagnostic> out = new ArrayList<>();
        Map<String, List<VpcAssociation>> byVpc = new TreeMap<>();
        for (VpcAssociation association : topology.network().vpcAssociations()) {
            byVpc.computeIfAbsent(association.vpcId(), k -> new ArrayList<>()).add(association);
        }
        byVpc.forEach((vpc, associations) -> {
            if (associations.size() > 1) {
                out.add(Diagnostic.error(id(), associations.get(1).origin(), "VPC " + vpc + " is associated with "
                        + associations.size() + " service networks (" + String.join(", ", associations.stream()
                                .map(VpcAssociation::serviceNetworkId).toList())
                        + "): a VPC can be associated with only one, so AWS refuses the second association",
                        "put the services in one service network, or reach the others through service-network VPC endpoints"));
            }
        });
        for (LatticeService service : topology.network().latticeServices()) {
            if (topology.latticeAssociationsOfService(service.id()).isEmpty()) {
                out.add(Diagnostic.warning("lattice.service-unassociated", service.origin(), service.label()
                        + " is not associated with any service network: no client can reach it",
                        "associate it with the service network its clients' VPCs use"));
            }
            checkAuth(out, service.label(), service.authType(), service.authPolicy(), service.origin());
        }
        for (ServiceNetwork network : topology.network().serviceNetworks()) {
            checkAuth(out, "service network " + network.label(), network.authType(), network.authPolicy(), network.origin());
            int vpcs = topology.latticeAssociationsOfNetwork(network.id()).size();
            if (network.authType() == AuthType.NONE && vpcs >= MANY_VPCS) {
                out.add(Diagnostic.warning("lattice.open-network", network.origin(), "service network " + network.label()
                        + " has auth type NONE and is associated with " + vpcs + " VPCs: any client in any of them can "
                        + "call every service in it, limited only by security groups",
                        "set auth type AWS_IAM with an auth policy that names the callers (e.g. by vpc-lattice-svcs:SourceVpc)"));
            }
        }
        return out;
    }

    private static void checkAuth(List<Diagnostic> out, String what, AuthType type, String policy,
            dev.plumbline.validator.model.Origin origin) {
        if (type == AuthType.AWS_IAM && policy.isBlank()) {
            out.add(Diagnostic.error("lattice.iam-no-policy", origin, what + " has auth type AWS_IAM and no auth policy: "
                    + "every request to it is denied", "attach an auth policy that allows the intended callers, "
                    + "or use auth type NONE"));
        }
    }
}
