package dev.plumbline.validator.model.elb;

import dev.plumbline.validator.model.Canonical;
import dev.plumbline.validator.model.Origin;

/** A registered target: an instance id or an IP address, with its port, AZ and health. */
public record Target(String id, int port, String azName, TargetHealth health, Origin origin) {

    public Target {
        azName = Canonical.text(azName);
        health = health == null ? TargetHealth.UNKNOWN : health;
        origin = Canonical.origin(origin);
    }
}
