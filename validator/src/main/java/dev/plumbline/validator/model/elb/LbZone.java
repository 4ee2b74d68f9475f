package dev.plumbline.validator.model.elb;

import dev.plumbline.validator.model.Canonical;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.net.Ipv4;
import java.util.List;

/** A load balancer node: one subnet in one AZ and the private addresses of its network interfaces there. */
public record LbZone(String subnetId, String azName, Planned<String> azId, List<Planned<Ipv4>> addresses) {

    public LbZone {
        azName = Canonical.text(azName);
        azId = azId == null ? Planned.absent() : azId;
        addresses = Canonical.list(addresses);
    }
}
