package dev.plumbline.validator.model.endpoint;

import dev.plumbline.validator.model.Canonical;
import dev.plumbline.validator.model.Origin;
import java.util.List;

/**
 * A gateway endpoint (S3 or DynamoDB). Associating a route table adds a route from the service's
 * AWS-managed prefix list to the endpoint. Same Region only; not usable across peering, VPN or
 * transit gateway.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html">Gateway endpoints</a>
 */
public record GatewayEndpoint(String id, String name, String vpcId, String serviceName, String state,
        List<String> routeTableIds, String prefixListId, Origin origin) implements VpcEndpoint {

    public GatewayEndpoint {
        name = Canonical.text(name);
        serviceName = Canonical.text(serviceName);
        state = Canonical.text(state);
        routeTableIds = Canonical.list(routeTableIds);
        prefixListId = Canonical.text(prefixListId);
        origin = Canonical.origin(origin);
    }

    @Override
    public String kind() {
        return "gateway endpoint";
    }
}
