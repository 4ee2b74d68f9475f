package dev.plumbline.validator.sim;

import dev.plumbline.validator.model.Canonical;

/** One inspection on the path: the GWLB endpoint that handed the packet over, the GWLB, and the appliance that saw it. */
public record Inspection(String endpointId, String loadBalancerId, String loadBalancerName, String applianceId,
        boolean reply) {

    public Inspection {
        endpointId = Canonical.text(endpointId);
        loadBalancerId = Canonical.text(loadBalancerId);
        loadBalancerName = Canonical.text(loadBalancerName);
        applianceId = Canonical.text(applianceId);
    }
}
