package dev.plumbline.validator.model.endpoint;

import dev.plumbline.validator.model.Canonical;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.Planned;
import java.util.List;

/**
 * An interface endpoint (consumer side of PrivateLink): one network interface per chosen subnet,
 * at most one subnet per AZ, guarded by its security groups (the VPC's default group if none).
 * {@code endpointServiceId} links it to a service in the same model when the input says so;
 * otherwise the service is found by {@code serviceName}. {@code serviceRegion} is set for
 * cross-Region endpoints.
 *
 * @see <a href="https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html">Interface endpoints</a>
 */
public record InterfaceEndpoint(String id, String name, String vpcId, Planned<String> serviceName,
        String endpointServiceId, String serviceRegion, List<String> subnetIds, List<String> networkInterfaceIds,
        List<String> securityGroupIds, boolean privateDnsEnabled, String state, String ownerAccount,
        List<String> dnsNames, Origin origin) implements VpcEndpoint {

    public InterfaceEndpoint {
        name = Canonical.text(name);
        serviceName = serviceName == null ? Planned.absent() : serviceName;
        endpointServiceId = Canonical.text(endpointServiceId);
        serviceRegion = Canonical.text(serviceRegion);
        subnetIds = Canonical.list(subnetIds);
        networkInterfaceIds = Canonical.list(networkInterfaceIds);
        securityGroupIds = Canonical.list(securityGroupIds);
        state = Canonical.text(state);
        ownerAccount = Canonical.text(ownerAccount);
        dnsNames = Canonical.list(dnsNames);
        origin = Canonical.origin(origin);
    }

    @Override
    public String kind() {
        return "interface endpoint";
    }
}
