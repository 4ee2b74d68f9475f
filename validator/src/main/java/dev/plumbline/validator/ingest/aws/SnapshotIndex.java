package dev.plumbline.validator.ingest.aws;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lookups across the raw snapshot that mapping needs before the elements exist: who owns a
 * network interface, AZ ids by zone name, prefix lists by name, which VPC endpoints are gateway
 * endpoints and which prefix list each one routes, and load balancer ARNs by their short name.
 */
final class SnapshotIndex {

    private final Map<String, String> eniOwners = new HashMap<>();
    private final Map<String, Map<String, String>> azIds = new HashMap<>();
    private final Map<String, Map<String, String>> prefixListIdsByName = new HashMap<>();
    private final Map<String, String> gatewayEndpointPrefixLists = new HashMap<>();
    private final Set<String> gatewayEndpointIds = new HashSet<>();
    private final Set<String> endpointIds = new HashSet<>();
    private final Map<String, String> loadBalancerArnsByShortName = new HashMap<>();

    SnapshotIndex(List<RegionSnapshot> regions) {
        for (RegionSnapshot region : regions) {
            Map<String, String> zones = azIds.computeIfAbsent(region.region(), r -> new HashMap<>());
            for (Located zone : region.entries("AvailabilityZones")) {
                zones.putIfAbsent(zone.text("ZoneName"), zone.text("ZoneId"));
            }
            for (Located subnet : region.entries("Subnets")) {
                if (subnet.has("AvailabilityZoneId")) {
                    zones.putIfAbsent(subnet.text("AvailabilityZone"), subnet.text("AvailabilityZoneId"));
                }
            }
            for (Located nat : region.entries("NatGateways")) {
                for (Located address : nat.items("NatGatewayAddresses")) {
                    address.optionalText("NetworkInterfaceId").ifPresent(eni -> eniOwners.put(eni, nat.text("NatGatewayId")));
                }
            }
            for (Located endpoint : region.entries("VpcEndpoints")) {
                String id = endpoint.text("VpcEndpointId");
                endpointIds.add(id);
                endpoint.texts("NetworkInterfaceIds").forEach(eni -> eniOwners.put(eni, id));
                if ("Gateway".equals(endpoint.text("VpcEndpointType"))) {
                    gatewayEndpointIds.add(id);
                }
            }
            Map<String, String> lists = prefixListIdsByName.computeIfAbsent(region.region(), r -> new HashMap<>());
            for (Located list : region.entries("PrefixLists")) {
                lists.putIfAbsent(list.text("PrefixListName"), list.text("PrefixListId"));
            }
            for (Located table : region.entries("RouteTables")) {
                for (Located route : table.items("Routes")) {
                    String gateway = route.text("GatewayId");
                    if (gateway.startsWith("vpce-") && route.has("DestinationPrefixListId")) {
                        gatewayEndpointPrefixLists.putIfAbsent(gateway, route.text("DestinationPrefixListId"));
                    }
                }
            }
            for (Located lb : region.entries("LoadBalancers")) {
                String arn = lb.text("LoadBalancerArn");
                int at = arn.indexOf(":loadbalancer/");
                if (at >= 0) {
                    loadBalancerArnsByShortName.put(arn.substring(at + ":loadbalancer/".length()), arn);
                }
            }
        }
    }

    /** The NAT gateway or VPC endpoint that lists {@code eniId} as its interface. */
    Optional<String> eniOwner(String eniId) {
        return Optional.ofNullable(eniOwners.get(eniId));
    }

    Optional<String> azId(String region, String zoneName) {
        return Optional.ofNullable(azIds.getOrDefault(region, Map.of()).get(zoneName)).filter(id -> !id.isEmpty());
    }

    Optional<String> prefixListIdByName(String region, String name) {
        return Optional.ofNullable(prefixListIdsByName.getOrDefault(region, Map.of()).get(name));
    }

    /** The prefix list that route tables send to gateway endpoint {@code endpointId}. */
    Optional<String> routedPrefixList(String endpointId) {
        return Optional.ofNullable(gatewayEndpointPrefixLists.get(endpointId));
    }

    boolean isKnownEndpoint(String endpointId) {
        return endpointIds.contains(endpointId);
    }

    boolean isGatewayEndpoint(String endpointId) {
        return gatewayEndpointIds.contains(endpointId);
    }

    /** The ARN of the load balancer {@code net/name/id} (as ENI descriptions name it). */
    Optional<String> loadBalancerArn(String shortName) {
        return Optional.ofNullable(loadBalancerArnsByShortName.get(shortName));
    }
}
