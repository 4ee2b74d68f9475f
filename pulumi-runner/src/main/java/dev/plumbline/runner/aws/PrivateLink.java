package dev.plumbline.runner.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

import static java.util.Map.entry;

/**
 * Mocks of PrivateLink: endpoint services (behind network or gateway load balancers), VPC
 * endpoints of the three kinds, and connection acceptance.
 *
 * <p>What AWS computes and the mocks reproduce
 * (<a href="https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-share-your-services.html">endpoint
 * services</a>, <a href="https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html">interface
 * endpoints</a>):
 * <ul>
 *   <li>an endpoint service is named {@code com.amazonaws.vpce.REGION.vpce-svc-ID}; it is offered in
 *       the zones of its load balancers' subnets; a private DNS name waits for domain verification
 *       ({@code pendingVerification});</li>
 *   <li>an endpoint to a service that requires acceptance is {@code pendingAcceptance} unless the
 *       program sets {@code autoAccept}; any other endpoint is {@code available}. A later
 *       {@code VpcEndpointConnectionAccepter} reports {@code available} in its own state: the
 *       endpoint's recorded state is what AWS shows before the accepter runs;</li>
 *   <li>interface and Gateway Load Balancer endpoints get one network interface per subnet; an
 *       interface endpoint gets a regional and one zonal DNS name per subnet's zone, and the
 *       VPC's default security group when it names none; a gateway endpoint gets its service's
 *       prefix list ({@link ManagedPrefixLists}).</li>
 * </ul>
 */
final class PrivateLink implements ResourceFamily {

    private static final String OWN_SERVICE_PREFIX = "com.amazonaws.vpce.";

    private final Inventory inventory;

    PrivateLink(Inventory inventory) {
        this.inventory = inventory;
    }

    @Override
    public Map<String, Function<MockResource, Created>> handlers() {
        return Map.ofEntries(
                entry("aws:ec2/vpcEndpointService:VpcEndpointService", this::endpointService),
                entry("aws:ec2/vpcEndpoint:VpcEndpoint", this::endpoint),
                entry("aws:ec2/vpcEndpointConnectionAccepter:VpcEndpointConnectionAccepter",
                        r -> Created.of(r.text("vpcEndpointServiceId") + "_" + r.text("vpcEndpointId"))
                                .with("vpcEndpointState", "available")),
                entry("aws:ec2/vpcEndpointServiceAllowedPrinciple:VpcEndpointServiceAllowedPrinciple",
                        r -> Created.of(r.id("vpce-svc-perm"))),
                entry("aws:ec2/vpcEndpointRouteTableAssociation:VpcEndpointRouteTableAssociation",
                        r -> Created.of("a-" + r.text("vpcEndpointId") + AwsIds.digits(r.text("routeTableId"), 10))),
                entry("aws:ec2/vpcEndpointSubnetAssociation:VpcEndpointSubnetAssociation",
                        r -> Created.of("a-" + r.text("vpcEndpointId") + AwsIds.digits(r.text("subnetId"), 10))),
                entry("aws:ec2/vpcEndpointPolicy:VpcEndpointPolicy", r -> Created.of(r.text("vpcEndpointId"))));
    }

    private Created endpointService(MockResource r) {
        String id = r.id("vpce-svc");
        String serviceName = OWN_SERVICE_PREFIX + r.region() + "." + id;
        List<String> gatewayBalancers = r.texts("gatewayLoadBalancerArns");
        List<String> balancers = new ArrayList<>(r.texts("networkLoadBalancerArns"));
        balancers.addAll(gatewayBalancers);
        String serviceType = gatewayBalancers.isEmpty() ? "Interface" : "GatewayLoadBalancer";
        TreeSet<String> zones = new TreeSet<>();
        balancers.stream().map(inventory.loadBalancers::get).filter(Objects::nonNull)
                .flatMap(lb -> lb.subnetIds().stream()).map(inventory.subnets::get).filter(Objects::nonNull)
                .forEach(subnet -> zones.add(subnet.availabilityZone()));
        var service = new Inventory.EndpointService(id, serviceName, serviceType, r.flag("acceptanceRequired", false),
                r.text("privateDnsName"));
        inventory.endpointServicesByName.put(serviceName, service);
        inventory.endpointServicesById.put(id, service);
        List<Map<String, Object>> privateDnsConfigurations = r.optionalText("privateDnsName")
                .map(name -> List.<Map<String, Object>>of(Map.of(
                        "name", "_" + AwsIds.alphanumeric(r.urn() + "#dns-name", 20),
                        "type", "TXT",
                        "value", "vpce:" + AwsIds.alphanumeric(r.urn() + "#dns-value", 20),
                        "state", "pendingVerification")))
                .orElse(List.of());
        return Created.of(id)
                .with("arn", r.arn("ec2", "vpc-endpoint-service/" + id))
                .with("serviceName", serviceName)
                .with("serviceType", serviceType)
                .with("availabilityZones", List.copyOf(zones))
                .with("baseEndpointDnsNames", List.of(id + "." + r.region() + ".vpce.amazonaws.com"))
                .with("privateDnsNameConfigurations", privateDnsConfigurations)
                .with("managesVpcEndpoints", false)
                .with("state", "Available")
                .with("supportedIpAddressTypes", List.of("ipv4"))
                .with("allowedPrincipals", List.of());
    }

    private Created endpoint(MockResource r) {
        String id = r.id("vpce");
        String type = r.optionalText("vpcEndpointType").orElse("Gateway");
        String serviceName = r.text("serviceName");
        Optional<Inventory.EndpointService> service = Optional.ofNullable(inventory.endpointServicesByName.get(serviceName));
        boolean waitsForAcceptance = service.map(Inventory.EndpointService::acceptanceRequired).orElse(false)
                && !r.flag("autoAccept", false);
        Created created = Created.of(id)
                .with("arn", r.arn("ec2", "vpc-endpoint/" + id))
                .with("ownerId", r.account())
                .with("vpcEndpointType", type)
                .with("state", waitsForAcceptance ? "pendingAcceptance" : "available")
                .with("requesterManaged", false);
        List<String> subnetIds = r.texts("subnetIds");
        switch (type) {
            case "Gateway" -> {
                String prefixListId = ManagedPrefixLists.byName(serviceName, r.region())
                        .map(ManagedPrefixLists.PrefixList::id).orElse(ManagedPrefixLists.idFor(serviceName));
                created.with("prefixListId", prefixListId)
                        .with("cidrBlocks", ManagedPrefixLists.byName(serviceName, r.region())
                                .map(ManagedPrefixLists.PrefixList::cidrs).orElse(List.of()))
                        .with("networkInterfaceIds", List.of())
                        .with("dnsEntries", List.of());
            }
            case "Interface" -> {
                created.with("networkInterfaceIds", interfaces(r, subnetIds))
                        .with("dnsEntries", dnsEntries(r, id, serviceName, service, subnetIds))
                        .with("ipAddressType", "ipv4");
                if (!r.has("securityGroupIds")) {
                    subnetIds.stream().map(inventory.subnets::get).filter(Objects::nonNull).findFirst()
                            .map(subnet -> inventory.vpcs.get(subnet.vpcId())).filter(Objects::nonNull)
                            .ifPresent(vpc -> created.with("securityGroupIds", List.of(vpc.defaultSecurityGroupId())));
                }
            }
            default -> created.with("networkInterfaceIds", interfaces(r, subnetIds)).with("dnsEntries", List.of());
        }
        return created;
    }

    private static List<String> interfaces(MockResource r, List<String> subnetIds) {
        return subnetIds.stream().map(subnetId -> r.id("eni", "endpoint-interface|" + subnetId)).toList();
    }

    private List<Map<String, Object>> dnsEntries(MockResource r, String id, String serviceName,
                                                 Optional<Inventory.EndpointService> service, List<String> subnetIds) {
        String label = serviceLabel(serviceName, r.region());
        String domain = label + "." + r.region() + ".vpce.amazonaws.com";
        String endpointLabel = id + "-" + AwsIds.alphanumeric(r.urn() + "#dns", 8);
        String zoneId = LoadBalancing.hostedZoneId("vpce|" + r.region());
        List<Map<String, Object>> entries = new ArrayList<>();
        entries.add(Map.of("dnsName", endpointLabel + "." + domain, "hostedZoneId", zoneId));
        subnetIds.stream().map(inventory.subnets::get).filter(Objects::nonNull)
                .map(Inventory.Subnet::availabilityZone).distinct().sorted()
                .forEach(zone -> entries.add(Map.of("dnsName", endpointLabel + "-" + zone + "." + domain, "hostedZoneId", zoneId)));
        if (r.flag("privateDnsEnabled", false)) {
            String privateName = service.map(Inventory.EndpointService::privateDnsName)
                    .orElse(serviceName.startsWith("com.amazonaws." + r.region() + ".") ? label + "." + r.region() + ".amazonaws.com" : "");
            if (!privateName.isEmpty()) {
                entries.add(Map.of("dnsName", privateName, "hostedZoneId", LoadBalancing.hostedZoneId("private|" + r.urn())));
            }
        }
        return entries;
    }

    /** {@code vpce-svc-...} for a PrivateLink service, {@code s3} for {@code com.amazonaws.REGION.s3}. */
    private static String serviceLabel(String serviceName, String region) {
        if (serviceName.startsWith(OWN_SERVICE_PREFIX)) {
            return serviceName.substring(serviceName.lastIndexOf('.') + 1);
        }
        String awsPrefix = "com.amazonaws." + region + ".";
        return serviceName.startsWith(awsPrefix) ? serviceName.substring(awsPrefix.length()) : serviceName;
    }
}
