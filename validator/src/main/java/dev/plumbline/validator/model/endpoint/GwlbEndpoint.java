package dev.plumbline.validator.model.endpoint;

import dev.plumbline.validator.model.Canonical;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.Planned;

/**
 * A Gateway Load Balancer endpoint: one subnet, one AZ, fixed; a route target ({@code vpce-...})
 * that hands packets to a GWLB-backed endpoint service in GENEVE and takes them back after
 * inspection.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-load-balancer-endpoints.html">GWLB endpoints</a>
 */
public record GwlbEndpoint(String id, String name, String vpcId, Planned<String> serviceName,
        String endpointServiceId, String subnetId, String networkInterfaceId, String state, String ownerAccount,
        Origin origin) implements VpcEndpoint {

    public GwlbEndpoint {
        name = Canonical.text(name);
        serviceName = serviceName == null ? Planned.absent() : serviceName;
        endpointServiceId = Canonical.text(endpointServiceId);
        networkInterfaceId = Canonical.text(networkInterfaceId);
        state = Canonical.text(state);
        ownerAccount = Canonical.text(ownerAccount);
        origin = Canonical.origin(origin);
    }

    @Override
    public String kind() {
        return "GWLB endpoint";
    }
}
