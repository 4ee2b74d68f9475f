package dev.plumbline.validator.model.lattice;

import dev.plumbline.validator.model.Canonical;
import dev.plumbline.validator.model.Element;
import dev.plumbline.validator.model.Origin;
import java.util.List;

/**
 * A Lattice target group: INSTANCE, IP, LAMBDA or ALB. Health checks are on by default for HTTP/1
 * and not supported for LAMBDA or ALB ({@code healthCheckEnabled} null means "not configured").
 * Targets must admit the {@code com.amazonaws.<region>.vpc-lattice} prefix list.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc-lattice/latest/ug/target-groups.html">Target groups</a>
 */
public record LatticeTargetGroup(String id, String arn, String name, Type type, int port, String protocol,
        String vpcId, Boolean healthCheckEnabled, List<LatticeTarget> targets, Origin origin) implements Element {

    public enum Type {
        INSTANCE, IP, LAMBDA, ALB
    }

    public LatticeTargetGroup {
        arn = Canonical.text(arn);
        name = Canonical.text(name);
        type = type == null ? Type.INSTANCE : type;
        protocol = Canonical.text(protocol);
        vpcId = Canonical.text(vpcId);
        targets = Canonical.list(targets);
        origin = Canonical.origin(origin);
    }

    @Override
    public String kind() {
        return "Lattice target group";
    }
}
