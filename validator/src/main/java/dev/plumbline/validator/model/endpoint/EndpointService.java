package dev.plumbline.validator.model.endpoint;

import dev.plumbline.validator.model.Canonical;
import dev.plumbline.validator.model.Element;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.Planned;
import java.util.List;

/**
 * A PrivateLink endpoint service, fronted by Network Load Balancers ({@link Kind#INTERFACE}) or
 * Gateway Load Balancers ({@link Kind#GATEWAY_LOAD_BALANCER}). It exists only in its load
 * balancers' AZs. With acceptance required, each connection waits for the provider; the consumer's
 * account must also be an allowed principal. A private DNS name is usable only once verified.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/privatelink/create-endpoint-service.html">Endpoint services</a>
 */
public record EndpointService(String id, String name, Planned<String> serviceName, Kind serviceKind,
        List<String> loadBalancerArns, boolean acceptanceRequired, List<String> allowedPrincipals,
        String privateDnsName, String privateDnsState, List<String> supportedRegions,
        List<String> supportedIpAddressTypes, String region, String ownerAccount, List<String> availabilityZones,
        String state, List<EndpointConnection> connections, Origin origin) implements Element {

    public enum Kind {
        INTERFACE, GATEWAY_LOAD_BALANCER
    }

    public EndpointService {
        name = Canonical.text(name);
        serviceName = serviceName == null ? Planned.absent() : serviceName;
        serviceKind = serviceKind == null ? Kind.INTERFACE : serviceKind;
        loadBalancerArns = Canonical.list(loadBalancerArns);
        allowedPrincipals = Canonical.list(allowedPrincipals);
        privateDnsName = Canonical.text(privateDnsName);
        privateDnsState = Canonical.text(privateDnsState);
        supportedRegions = Canonical.list(supportedRegions);
        supportedIpAddressTypes = Canonical.list(supportedIpAddressTypes);
        region = Canonical.text(region);
        ownerAccount = Canonical.text(ownerAccount);
        availabilityZones = Canonical.list(availabilityZones);
        state = Canonical.text(state);
        connections = Canonical.list(connections);
        origin = Canonical.origin(origin);
    }

    @Override
    public String kind() {
        return "endpoint service";
    }
}
