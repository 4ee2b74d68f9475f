package dev.plumbline.validator.ingest.aws;

import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.endpoint.EndpointConnection;
import dev.plumbline.validator.model.endpoint.EndpointService;
import dev.plumbline.validator.model.endpoint.GatewayEndpoint;
import dev.plumbline.validator.model.endpoint.GwlbEndpoint;
import dev.plumbline.validator.model.endpoint.InterfaceEndpoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps PrivateLink: the provider's endpoint services ({@code describe-vpc-endpoint-service-configurations},
 * with {@code describe-vpc-endpoint-service-permissions} and {@code describe-vpc-endpoint-connections})
 * and the consumer's VPC endpoints ({@code describe-vpc-endpoints}).
 *
 * <p>An endpoint is linked to a service of the snapshot by service name, across regions. A service
 * that only the consumer sees ({@code describe-vpc-endpoint-services}: an AWS service or another
 * account's) becomes an endpoint service when an endpoint of the snapshot uses it, with what the
 * consumer can know: its AZs, acceptance, private DNS name and owner. AWS lists a service there
 * only to principals allowed to use it, so its allowed principals are {@code *} for AWS-owned
 * services and the consumer's account otherwise.
 *
 * <p>A gateway endpoint's prefix list is the one its route-table routes use, else the AWS prefix
 * list named like its service ({@code com.amazonaws.us-east-1.s3}).
 */
final class EndpointMapper {

    private final IngestLog log;
    private final SnapshotIndex index;
    private final NetworkSink sink;
    private final Map<String, String> serviceIdsByName = new HashMap<>();

    EndpointMapper(IngestLog log, SnapshotIndex index, NetworkSink sink) {
        this.log = log;
        this.index = index;
        this.sink = sink;
    }

    /** First pass, over every region: the provider's services, so endpoints anywhere can find them. */
    void mapServices(RegionSnapshot region) {
        Map<String, List<String>> principals = new HashMap<>();
        for (Located principal : region.entries("AllowedPrincipals")) {
            principals.computeIfAbsent(principal.text("ServiceId"), k -> new ArrayList<>()).add(principal.text("Principal"));
        }
        Map<String, List<EndpointConnection>> connections = new HashMap<>();
        for (Located connection : region.entries("VpcEndpointConnections")) {
            connections.computeIfAbsent(connection.text("ServiceId"), k -> new ArrayList<>())
                    .add(new EndpointConnection(connection.text("VpcEndpointId"), state(connection.text("VpcEndpointState")),
                            connection.text("VpcEndpointOwner"), connection.origin()));
        }
        List<Located> configurations = region.entries("ServiceConfigurations");
        if (!configurations.isEmpty() && !region.has("AllowedPrincipals")) {
            log.warn(IngestLog.ASSUMED, Origin.of(region.folderPath(), ""),
                    "no AllowedPrincipals (describe-vpc-endpoint-service-permissions) in " + region.folderPath()
                            + "/: the endpoint services there are read as allowing no principal",
                    "add the permissions of each service to the snapshot");
        }
        for (Located configuration : configurations) {
            String id = configuration.text("ServiceId");
            String type = configuration.items("ServiceType").get(0).text("ServiceType");
            if ("Gateway".equals(type)) {
                log.info(IngestLog.SKIPPED, configuration.origin(),
                        "skipped endpoint service " + id + ": gateway services are AWS's own (S3, DynamoDB)", "");
                continue;
            }
            List<String> loadBalancers = new ArrayList<>(configuration.texts("NetworkLoadBalancerArns"));
            loadBalancers.addAll(configuration.texts("GatewayLoadBalancerArns"));
            List<String> supportedRegions = configuration.texts("SupportedRegions", "Region");
            if (supportedRegions.isEmpty()) {
                supportedRegions = List.of(region.region());
            }
            String name = configuration.text("ServiceName");
            serviceIdsByName.put(name, id);
            sink.add(new EndpointService(id, configuration.name(), Planned.known(name), kind(type), loadBalancers,
                    configuration.bool("AcceptanceRequired", true), principals.getOrDefault(id, List.of()),
                    configuration.text("PrivateDnsName"), configuration.child("PrivateDnsNameConfiguration").text("State"),
                    supportedRegions, configuration.texts("SupportedIpAddressTypes"), region.region(),
                    loadBalancers.stream().map(EndpointMapper::accountOf).filter(a -> !a.isEmpty()).findFirst().orElse(""),
                    configuration.texts("AvailabilityZones"), configuration.text("ServiceState"),
                    connections.getOrDefault(id, List.of()), configuration.origin()));
        }
    }

    /** Second pass: the VPC endpoints of a region. */
    void mapEndpoints(RegionSnapshot region) {
        for (Located endpoint : region.entries("VpcEndpoints")) {
            String id = endpoint.text("VpcEndpointId");
            String type = endpoint.text("VpcEndpointType");
            switch (type) {
                case "Gateway" -> gatewayEndpoint(region, endpoint);
                case "Interface" -> sink.add(new InterfaceEndpoint(id, endpoint.name(), endpoint.text("VpcId"),
                        Planned.known(endpoint.text("ServiceName")), serviceId(region, endpoint),
                        endpoint.text("ServiceRegion"), endpoint.texts("SubnetIds"), endpoint.texts("NetworkInterfaceIds"),
                        endpoint.texts("Groups", "GroupId"), endpoint.bool("PrivateDnsEnabled", false),
                        state(endpoint.text("State")), endpoint.text("OwnerId"), endpoint.texts("DnsEntries", "DnsName"),
                        endpoint.origin()));
                case "GatewayLoadBalancer" -> gwlbEndpoint(region, endpoint);
                default -> log.info(IngestLog.SKIPPED, endpoint.origin(),
                        "skipped VPC endpoint " + id + ": endpoints of type " + type + " are not modelled", "");
            }
        }
    }

    private void gatewayEndpoint(RegionSnapshot region, Located endpoint) {
        String id = endpoint.text("VpcEndpointId");
        String service = endpoint.text("ServiceName");
        Optional<String> prefixList = index.routedPrefixList(id).or(() -> index.prefixListIdByName(region.region(), service));
        if (prefixList.isEmpty()) {
            log.warn(IngestLog.ASSUMED, endpoint.origin(), "the prefix list of gateway endpoint " + id
                    + " is unknown: no route to it names one and no prefix list is named " + service,
                    "add describe-prefix-lists output to the snapshot");
        }
        sink.add(new GatewayEndpoint(id, endpoint.name(), endpoint.text("VpcId"), service, state(endpoint.text("State")),
                endpoint.texts("RouteTableIds"), prefixList.orElse(""), endpoint.origin()));
    }

    private void gwlbEndpoint(RegionSnapshot region, Located endpoint) {
        String id = endpoint.text("VpcEndpointId");
        List<String> subnets = endpoint.texts("SubnetIds");
        if (subnets.size() > 1) {
            log.error(IngestLog.BAD_VALUE, endpoint.child("SubnetIds").origin(),
                    "a Gateway Load Balancer endpoint has one subnet; " + id + " lists " + subnets.size(),
                    "AWS places a GWLB endpoint in exactly one subnet");
            return;
        }
        List<String> interfaces = endpoint.texts("NetworkInterfaceIds");
        sink.add(new GwlbEndpoint(id, endpoint.name(), endpoint.text("VpcId"), Planned.known(endpoint.text("ServiceName")),
                serviceId(region, endpoint), subnets.isEmpty() ? "" : subnets.get(0),
                interfaces.isEmpty() ? "" : interfaces.get(0), state(endpoint.text("State")), endpoint.text("OwnerId"),
                endpoint.origin()));
    }

    /** The id of the service an endpoint uses: a provider service of the snapshot, else the consumer's view of it. */
    private String serviceId(RegionSnapshot region, Located endpoint) {
        String name = endpoint.text("ServiceName");
        String known = serviceIdsByName.get(name);
        if (known != null) {
            return known;
        }
        for (Located details : region.entries("ServiceDetails")) {
            if (name.equals(details.text("ServiceName"))) {
                return consumerView(region, details, endpoint.text("OwnerId"));
            }
        }
        return "";
    }

    private String consumerView(RegionSnapshot region, Located details, String consumerAccount) {
        String id = details.optionalText("ServiceId").orElse(details.text("ServiceName"));
        String type = details.items("ServiceType").get(0).text("ServiceType");
        if ("Gateway".equals(type)) {
            return id;
        }
        String owner = details.text("Owner");
        List<String> principals = "amazon".equals(owner) || consumerAccount.isEmpty()
                ? List.of("*") : List.of("arn:aws:iam::" + consumerAccount + ":root");
        String serviceRegion = details.optionalText("ServiceRegion").orElse(region.region());
        serviceIdsByName.put(details.text("ServiceName"), id);
        sink.add(new EndpointService(id, details.name(), Planned.known(details.text("ServiceName")), kind(type),
                List.of(), details.bool("AcceptanceRequired", false), principals, details.text("PrivateDnsName"),
                details.text("PrivateDnsNameVerificationState"), List.of(serviceRegion),
                details.texts("SupportedIpAddressTypes"), serviceRegion, owner, details.texts("AvailabilityZones"), "",
                List.of(), details.origin()));
        log.info(IngestLog.ASSUMED, details.origin(), "endpoint service " + details.text("ServiceName")
                + " is known only from the consumer's side (describe-vpc-endpoint-services): its load balancers,"
                + " targets and connections are not in the snapshot", "");
        return id;
    }

    /**
     * Endpoint and connection states as the CLI prints them ({@code pendingAcceptance}); the API
     * reference spells them capitalised ({@code PendingAcceptance}), which is accepted too.
     */
    static String state(String state) {
        return state.isEmpty() ? state : Character.toLowerCase(state.charAt(0)) + state.substring(1);
    }

    private static EndpointService.Kind kind(String serviceType) {
        return "GatewayLoadBalancer".equals(serviceType) ? EndpointService.Kind.GATEWAY_LOAD_BALANCER
                : EndpointService.Kind.INTERFACE;
    }

    /** The account field of an ARN ({@code arn:aws:elasticloadbalancing:region:account:...}). */
    static String accountOf(String arn) {
        String[] parts = arn.split(":", 6);
        return parts.length >= 5 ? parts[4] : "";
    }
}
