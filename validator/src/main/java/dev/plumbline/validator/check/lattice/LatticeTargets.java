package dev.plumbline.validator.check.lattice;

import dev.plumbline.validator.check.CheckContext;
import dev.plumbline.validator.check.Rule;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.lattice.LatticeTarget;
import dev.plumbline.validator.model.lattice.LatticeTargetGroup;
import dev.plumbline.validator.net.Protocol;
import dev.plumbline.validator.sim.Admission;
import dev.plumbline.validator.sim.LatticeTracer;
import dev.plumbline.validator.sim.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * Lattice target groups and their targets: Lambda and ALB target groups do not support health
 * checks; instance and IP targets must admit VPC Lattice's link-local range (the
 * {@code com.amazonaws.<region>.vpc-lattice} prefix list) on the target port, or every request and
 * health check is refused.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc-lattice/latest/ug/security-groups.html">Lattice security groups</a>
 */
public final class LatticeTargets implements Rule {

    @Override
    public String id() {
        return "lattice.target-sg";
    }

    @Override
    public String family() {
        return "lattice";
    }

    @Override
    public String description() {
        return "Lattice targets whose security groups refuse Lattice, and health checks where they are not supported";
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        Topology topology = context.topology();
        List<Diagnostic> out = new ArrayList<>();
        for (LatticeTargetGroup group : topology.network().latticeTargetGroups()) {
            boolean noHealthChecks = group.type() == LatticeTargetGroup.Type.LAMBDA || group.type() == LatticeTargetGroup.Type.ALB;
            if (noHealthChecks && Boolean.TRUE.equals(group.healthCheckEnabled())) {
                out.add(Diagnostic.error("lattice.health-check-unsupported", group.origin(), group.label() + " is a "
                        + group.type() + " target group with a health check configured: Lattice does not support health "
                        + "checks for " + group.type() + " target groups", "remove the health check configuration"));
            }
            if (group.type() != LatticeTargetGroup.Type.INSTANCE && group.type() != LatticeTargetGroup.Type.IP) {
                continue;
            }
            for (LatticeTarget target : group.targets()) {
                NetworkInterface eni = Admission.targetInterface(topology, target.id(), group.vpcId()).orElse(null);
                if (eni == null) {
                    continue;
                }
                int port = target.port() > 0 ? target.port() : group.port();
                Admission.refusal(topology, eni, "VPC Lattice", LatticeTracer.LATTICE_RANGE, Protocol.TCP, port).ifPresent(why -> out.add(Diagnostic.error(id(), group.origin(),
                        "target " + target.id() + " of " + group.label() + " does not admit VPC Lattice on port " + port
                                + ": " + why, "allow inbound tcp " + port + " from the com.amazonaws.<region>.vpc-lattice "
                                + "prefix list in the target's security group")));
            }
        }
        return out;
    }
}
