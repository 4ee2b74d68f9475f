package dev.plumbline.runner.aws;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the mocks remember of the resources created so far, so that a later resource gets
 * attributes consistent with the earlier ones (an instance's address from its subnet's CIDR, a NAT
 * gateway's public address from its Elastic IP, an endpoint service's zones from its load
 * balancers' subnets). A resource always registers after the resources whose outputs it uses, so
 * what it needs is here when it is created.
 */
final class Inventory {

    record Vpc(String id, String cidr, String mainRouteTableId, String defaultNetworkAclId, String defaultSecurityGroupId) {
    }

    record Subnet(String id, String vpcId, String cidr, String availabilityZone, String availabilityZoneId,
                  boolean mapPublicIpOnLaunch) {
    }

    record Interface(String id, String privateIp, String subnetId) {
    }

    /** {@code kind} is the ARN's {@code app}, {@code net} or {@code gwy}. */
    record LoadBalancer(String arn, String kind, String name, List<String> subnetIds) {
    }

    record EndpointService(String id, String serviceName, String serviceType, boolean acceptanceRequired,
                           String privateDnsName) {
    }

    record LatticeService(String id, String arn, String domainName, String hostedZoneId) {
    }

    record Peering(String id, String vpcId, String peerVpcId) {
    }

    final Map<String, Vpc> vpcs = new ConcurrentHashMap<>();
    final Map<String, Subnet> subnets = new ConcurrentHashMap<>();
    /** Instances by id, with their primary interface. */
    final Map<String, Interface> instances = new ConcurrentHashMap<>();
    final Map<String, Interface> networkInterfaces = new ConcurrentHashMap<>();
    final Map<String, String> elasticIps = new ConcurrentHashMap<>();
    final Map<String, LoadBalancer> loadBalancers = new ConcurrentHashMap<>();
    final Map<String, EndpointService> endpointServicesByName = new ConcurrentHashMap<>();
    final Map<String, EndpointService> endpointServicesById = new ConcurrentHashMap<>();
    final Map<String, LatticeService> latticeServices = new ConcurrentHashMap<>();
    final Map<String, Peering> peerings = new ConcurrentHashMap<>();
    /** Explicit providers' regions, by provider id. */
    final Map<String, String> providerRegions = new ConcurrentHashMap<>();

    Optional<Subnet> subnet(String id) {
        return Optional.ofNullable(id == null ? null : subnets.get(id));
    }

    Optional<Vpc> vpcOwning(String routeTableOrAclId) {
        return vpcs.values().stream()
                .filter(v -> v.mainRouteTableId().equals(routeTableOrAclId) || v.defaultNetworkAclId().equals(routeTableOrAclId))
                .findFirst();
    }

    /** A Lattice service by id or ARN. */
    Optional<LatticeService> latticeService(String identifier) {
        if (identifier == null) {
            return Optional.empty();
        }
        LatticeService byId = latticeServices.get(identifier);
        if (byId != null) {
            return Optional.of(byId);
        }
        return latticeServices.values().stream().filter(s -> s.arn().equals(identifier)).findFirst();
    }
}
