package dev.plumbline.validator.model.lattice;

import dev.plumbline.validator.model.Canonical;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.elb.TargetHealth;

/** A target of a Lattice target group: an instance id, an IP, a Lambda ARN or an ALB ARN. */
public record LatticeTarget(String id, int port, TargetHealth health, Origin origin) {

    public LatticeTarget {
        health = health == null ? TargetHealth.UNKNOWN : health;
        origin = Canonical.origin(origin);
    }
}
