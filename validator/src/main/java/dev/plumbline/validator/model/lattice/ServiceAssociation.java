package dev.plumbline.validator.model.lattice;

import dev.plumbline.validator.model.Canonical;
import dev.plumbline.validator.model.Element;
import dev.plumbline.validator.model.Origin;

/** A service's association with a service network, which makes it reachable from that network's VPCs. */
public record ServiceAssociation(String id, String serviceNetworkId, String serviceId, String status, Origin origin)
        implements Element {

    public ServiceAssociation {
        status = Canonical.text(status);
        origin = Canonical.origin(origin);
    }

    @Override
    public String name() {
        return "";
    }

    @Override
    public String kind() {
        return "service network service association";
    }
}
