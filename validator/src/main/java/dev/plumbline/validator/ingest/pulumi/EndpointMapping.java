package dev.plumbline.validator.ingest.pulumi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.model.endpoint.EndpointConnection;
import dev.plumbline.validator.model.endpoint.EndpointService;
import dev.plumbline.validator.model.endpoint.GatewayEndpoint;
import dev.plumbline.validator.model.endpoint.GwlbEndpoint;
import dev.plumbline.validator.model.endpoint.InterfaceEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * VPC endpoints of the three kinds, PrivateLink endpoint services, the provider's acceptance of
 * connections ({@code VpcEndpointConnectionAccepter}) and extra allowed principals
 * ({@code VpcEndpointServiceAllowedPrinciple}). An interface endpoint's network interfaces are not
 * resources of a plan: one is made per subnet, with an address unknown until apply.
 */
final class EndpointMapping {

    static final String VPC_ENDPOINT = "aws:ec2/vpcEndpoint:VpcEndpoint";
    static final String ENDPOINT_SERVICE = "aws:ec2/vpcEndpointService:VpcEndpointService";
    static final String ACCEPTER = "aws:ec2/vpcEndpointConnectionAccepter:VpcEndpointConnectionAccepter";
    static final String ALLOWED_PRINCIPAL = "aws:ec2/vpcEndpointServiceAllowedPrinciple:VpcEndpointServiceAllowedPrinciple";
    static final String ROUTE_TABLE_ASSOCIATION = "aws:ec2/vpcEndpointRouteTableAssociation:VpcEndpointRouteTableAssociation";

    private final MappingContext ctx;
    private final VpcMapping vpcs;

    EndpointMapping(MappingContext ctx, VpcMapping vpcs) {
        this.ctx = ctx;
        this.vpcs = vpcs;
    }

    void map() {
        for (PulumiResource r : ctx.ofType(ENDPOINT_SERVICE)) {
            service(r);
        }
        for (PulumiResource r : ctx.ofType(VPC_ENDPOINT)) {
            endpoint(r);
        }
    }

    private void service(PulumiResource r) {
        ctx.markMapped(r);
        String id = MappingContext.modelId(r);
        List<String> balancers = new ArrayList<>();
        boolean gateway = false;
        for (String property : List.of("networkLoadBalancerArns", "gatewayLoadBalancerArns")) {
            for (Planned<String> arn : ctx.refList(r, property, Set.of(LoadBalancerMapping.LOAD_BALANCER))) {
                arn.toOptional().ifPresent(balancers::add);
                gateway |= property.startsWith("gateway") && arn.isPresent();
            }
        }
        if (balancers.isEmpty()) {
            ctx.error(r, "networkLoadBalancerArns", "the endpoint service names no load balancer the plan can resolve",
                    "set networkLoadBalancerArns or gatewayLoadBalancerArns");
        }
        List<String> principals = new ArrayList<>();
        MappingContext.list(r.value("allowedPrincipals")).stream().filter(PulumiValues::isKnown)
                .forEach(p -> principals.add(p.asText()));
        for (PulumiResource allowed : ctx.referencing(ALLOWED_PRINCIPAL, "vpcEndpointServiceId", Set.of(ENDPOINT_SERVICE), id)) {
            ctx.markMapped(allowed);
            String principal = MappingContext.text(allowed, "principalArn");
            if (!principal.isEmpty()) {
                principals.add(principal);
            }
        }
        List<EndpointConnection> connections = new ArrayList<>();
        for (PulumiResource accepter : ctx.referencing(ACCEPTER, "vpcEndpointServiceId", Set.of(ENDPOINT_SERVICE), id)) {
            ctx.markMapped(accepter);
            Planned<String> endpoint = ctx.ref(accepter, "vpcEndpointId", Set.of(VPC_ENDPOINT));
            String state = MappingContext.text(accepter, "vpcEndpointState");
            endpoint.toOptional().ifPresent(e -> connections.add(new EndpointConnection(e,
                    state.isEmpty() ? "available" : state, "", accepter.origin())));
        }
        JsonNode serviceName = r.value("serviceName");
        Planned<String> name = PulumiValues.isKnown(serviceName) ? Planned.known(serviceName.asText())
                : new Planned.Unknown<>(r.urn(), "serviceName");
        String dnsState = "";
        for (JsonNode config : MappingContext.list(r.value("privateDnsNameConfigurations"))) {
            dnsState = MappingContext.text(config, "state");
        }
        String privateDns = MappingContext.text(r, "privateDnsName");
        if (!privateDns.isEmpty() && dnsState.isEmpty()) {
            dnsState = "pendingVerification";
        }
        List<String> zones = new ArrayList<>();
        MappingContext.list(r.value("availabilityZones")).stream().filter(PulumiValues::isKnown)
                .forEach(z -> zones.add(z.asText()));
        List<String> regions = new ArrayList<>();
        MappingContext.list(r.value("supportedRegions")).stream().filter(PulumiValues::isKnown)
                .forEach(z -> regions.add(z.asText()));
        List<String> ipTypes = new ArrayList<>();
        MappingContext.list(r.value("supportedIpAddressTypes")).stream().filter(PulumiValues::isKnown)
                .forEach(z -> ipTypes.add(z.asText()));
        ctx.net.add(new EndpointService(id, r.name(), name, gateway ? EndpointService.Kind.GATEWAY_LOAD_BALANCER
                : EndpointService.Kind.INTERFACE, balancers, MappingContext.bool(r, "acceptanceRequired", true), principals,
                privateDns, dnsState, regions, ipTypes, ctx.region, accountOf(r), zones,
                MappingContext.text(r, "state"), connections, r.origin()));
    }

    /** The account from the resource's ARN, when it is known. */
    static String accountOf(PulumiResource r) {
        String arn = MappingContext.text(r, "arn");
        String[] parts = arn.split(":", 6);
        return parts.length >= 5 ? parts[4] : "";
    }

    private void endpoint(PulumiResource r) {
        ctx.markMapped(r);
        String type = MappingContext.text(r, "vpcEndpointType").toLowerCase(Locale.ROOT);
        String id = MappingContext.modelId(r);
        String vpcId = ctx.ref(r, "vpcId", Set.of(VpcMapping.VPC)).orElse("");
        Planned<String> service = ctx.ref(r, "serviceName", Set.of(ENDPOINT_SERVICE));
        String serviceId = service.toOptional().flatMap(ctx::byModelId)
                .filter(s -> s.type().equals(ENDPOINT_SERVICE)).map(MappingContext::modelId).orElse("");
        Planned<String> serviceName = serviceName(r, service, serviceId);
        String state = acceptedState(id).orElse(MappingContext.text(r, "state"));
        List<String> subnets = subnets(r);
        switch (type) {
            case "interface" -> interfaceEndpoint(r, id, vpcId, serviceName, serviceId, subnets, state);
            case "gatewayloadbalancer" -> {
                if (subnets.size() != 1) {
                    ctx.error(r, "subnetIds", "a Gateway Load Balancer endpoint takes exactly one subnet, got "
                            + subnets.size(), "give the endpoint one subnet");
                    return;
                }
                ctx.net.add(new GwlbEndpoint(id, r.name(), vpcId, serviceName, serviceId, subnets.get(0), "", state, "",
                        r.origin()));
            }
            default -> gatewayEndpoint(r, id, vpcId, serviceName, state);
        }
    }

    /**
     * The state an accepter of the plan leaves the endpoint in. An endpoint to a service that
     * requires acceptance records {@code pendingAcceptance} when it is created; an accepter in the
     * same stack accepts it afterwards, and the endpoint's recorded state is stale until the next
     * refresh. The accepter's {@code vpcEndpointState} (available once it exists) is the later truth.
     */
    private Optional<String> acceptedState(String endpointId) {
        for (PulumiResource accepter : ctx.ofType(ACCEPTER)) {
            if (ctx.ref(accepter, "vpcEndpointId", Set.of(VPC_ENDPOINT)).orElse("").equals(endpointId)) {
                String state = MappingContext.text(accepter, "vpcEndpointState");
                return Optional.of(state.isEmpty() ? "available" : state);
            }
        }
        return Optional.empty();
    }

    /** The service name: a literal, the name of the service of the plan it references, or unknown. */
    private Planned<String> serviceName(PulumiResource r, Planned<String> reference, String serviceId) {
        if (!serviceId.isEmpty()) {
            PulumiResource service = ctx.byModelId(serviceId).orElseThrow();
            JsonNode name = service.value("serviceName");
            return PulumiValues.isKnown(name) ? Planned.known(name.asText()) : new Planned.Unknown<>(service.urn(), "serviceName");
        }
        return reference;
    }

    private List<String> subnets(PulumiResource r) {
        List<String> out = new ArrayList<>();
        for (Planned<String> subnet : ctx.refList(r, "subnetIds", Set.of(VpcMapping.SUBNET))) {
            if (subnet.isUnknown()) {
                ctx.error(r, "subnetIds", "which subnets the endpoint uses cannot be told from the plan",
                        "reference the subnets directly");
            }
            subnet.toOptional().ifPresent(out::add);
        }
        return out;
    }

    private void interfaceEndpoint(PulumiResource r, String id, String vpcId, Planned<String> serviceName, String serviceId,
            List<String> subnets, String state) {
        List<String> groups = new ArrayList<>();
        ctx.refList(r, "securityGroupIds", FilterMapping.GROUP_TYPES).forEach(g -> g.toOptional().ifPresent(groups::add));
        List<JsonNode> knownInterfaces = MappingContext.list(r.value("networkInterfaceIds"));
        List<String> interfaces = new ArrayList<>();
        for (int i = 0; i < subnets.size(); i++) {
            Subnet subnet = vpcs.subnets.get(subnets.get(i));
            if (subnet == null) {
                continue;
            }
            String eniId = i < knownInterfaces.size() && PulumiValues.isKnown(knownInterfaces.get(i))
                    ? knownInterfaces.get(i).asText() : r.urn() + "#interface-" + subnet.id();
            interfaces.add(eniId);
            ctx.net.add(new NetworkInterface(eniId, r.name() + " in " + subnet.name(), subnet.id(), subnet.vpcId(),
                    "vpc_endpoint", id, new Planned.Unknown<>(r.urn(), "private address in " + subnet.name()), List.of(),
                    Planned.absent(), groups, true, r.origin()));
        }
        List<String> dnsNames = new ArrayList<>();
        for (JsonNode entry : MappingContext.list(r.value("dnsEntries"))) {
            String name = MappingContext.text(entry, "dnsName");
            if (!name.isEmpty()) {
                dnsNames.add(name);
            }
        }
        ctx.net.add(new InterfaceEndpoint(id, r.name(), vpcId, serviceName, serviceId,
                MappingContext.text(r, "serviceRegion"), subnets, interfaces, groups,
                MappingContext.bool(r, "privateDnsEnabled", false), state, accountOf(r).isEmpty()
                        ? MappingContext.text(r, "ownerId") : accountOf(r), dnsNames, r.origin()));
    }

    private void gatewayEndpoint(PulumiResource r, String id, String vpcId, Planned<String> serviceName, String state) {
        List<String> tables = new ArrayList<>();
        ctx.refList(r, "routeTableIds", Set.of(RoutingMapping.ROUTE_TABLE)).forEach(t -> t.toOptional().ifPresent(tables::add));
        for (PulumiResource association : ctx.referencing(ROUTE_TABLE_ASSOCIATION, "vpcEndpointId", Set.of(VPC_ENDPOINT), id)) {
            ctx.markMapped(association);
            ctx.ref(association, "routeTableId", Set.of(RoutingMapping.ROUTE_TABLE)).toOptional().ifPresent(tables::add);
        }
        ctx.net.add(new GatewayEndpoint(id, r.name(), vpcId, serviceName.orElse(""), state, tables,
                MappingContext.text(r, "prefixListId"), r.origin()));
    }
}
