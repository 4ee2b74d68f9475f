package dev.plumbline.validator.ingest.graph;

import static dev.plumbline.validator.ingest.graph.GraphFields.NODES;
import static dev.plumbline.validator.ingest.graph.GraphFields.array;
import static dev.plumbline.validator.ingest.graph.GraphFields.derivedTexts;
import static dev.plumbline.validator.ingest.graph.GraphFields.element;
import static dev.plumbline.validator.ingest.graph.GraphFields.flag;
import static dev.plumbline.validator.ingest.graph.GraphFields.planned;
import static dev.plumbline.validator.ingest.graph.GraphFields.text;
import static dev.plumbline.validator.ingest.graph.GraphFields.texts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.validator.model.endpoint.EndpointConnection;
import dev.plumbline.validator.model.endpoint.EndpointService;
import dev.plumbline.validator.model.endpoint.GatewayEndpoint;
import dev.plumbline.validator.model.endpoint.GwlbEndpoint;
import dev.plumbline.validator.model.endpoint.InterfaceEndpoint;
import java.util.List;

/**
 * Writes VPC endpoints (gateway, interface and Gateway Load Balancer endpoints) and endpoint
 * services with their connections as graph JSON.
 */
final class EndpointWriter {

    private final WriteContext context;

    EndpointWriter(WriteContext context) {
        this.context = context;
    }

    ObjectNode gatewayEndpoint(GatewayEndpoint endpoint) {
        ObjectNode o = element(endpoint.id(), endpoint.name());
        o.put("vpcId", endpoint.vpcId());
        text(o, "serviceName", endpoint.serviceName());
        text(o, "state", endpoint.state(), GraphDefaults.AVAILABLE);
        texts(o, "routeTableIds", endpoint.routeTableIds());
        text(o, "prefixListId", endpoint.prefixListId());
        return o;
    }

    ObjectNode interfaceEndpoint(InterfaceEndpoint endpoint) {
        ObjectNode o = element(endpoint.id(), endpoint.name());
        List<String> subnetIds = endpoint.subnetIds();
        String derivedVpc = subnetIds.isEmpty() ? null : context.vpcOfSubnet(subnetIds.get(0));
        text(o, "vpcId", endpoint.vpcId(), derivedVpc);
        planned(o, "serviceName", endpoint.serviceName());
        text(o, "endpointServiceId", endpoint.endpointServiceId());
        text(o, "serviceRegion", endpoint.serviceRegion());
        texts(o, "subnetIds", subnetIds);
        derivedTexts(o, "networkInterfaceIds", endpoint.networkInterfaceIds(),
                context.attachedTo(endpoint.id()));
        texts(o, "securityGroupIds", endpoint.securityGroupIds());
        flag(o, "privateDnsEnabled", endpoint.privateDnsEnabled(), true);
        text(o, "state", endpoint.state(), GraphDefaults.AVAILABLE);
        text(o, "ownerAccount", endpoint.ownerAccount());
        texts(o, "dnsNames", endpoint.dnsNames());
        return o;
    }

    ObjectNode gwlbEndpoint(GwlbEndpoint endpoint) {
        ObjectNode o = element(endpoint.id(), endpoint.name());
        text(o, "vpcId", endpoint.vpcId(), context.vpcOfSubnet(endpoint.subnetId()));
        planned(o, "serviceName", endpoint.serviceName());
        text(o, "endpointServiceId", endpoint.endpointServiceId());
        o.put("subnetId", endpoint.subnetId());
        List<String> attached = context.attachedTo(endpoint.id());
        text(o, "networkInterfaceId", endpoint.networkInterfaceId(), attached.isEmpty() ? "" : attached.get(0));
        text(o, "state", endpoint.state(), GraphDefaults.AVAILABLE);
        text(o, "ownerAccount", endpoint.ownerAccount());
        return o;
    }

    ObjectNode endpointService(EndpointService service) {
        ObjectNode o = element(service.id(), service.name());
        planned(o, "serviceName", service.serviceName());
        if (service.serviceKind() != GraphDefaults.serviceKind(service.loadBalancerArns(), context.loadBalancers())) {
            o.put("serviceKind", GraphFormat.spelling(GraphFormat.SERVICE_KINDS, service.serviceKind()));
        }
        texts(o, "loadBalancerArns", service.loadBalancerArns());
        o.put("acceptanceRequired", service.acceptanceRequired());
        texts(o, "allowedPrincipals", service.allowedPrincipals());
        text(o, "privateDnsName", service.privateDnsName());
        text(o, "privateDnsState", service.privateDnsState());
        texts(o, "supportedRegions", service.supportedRegions());
        derivedTexts(o, "supportedIpAddressTypes", service.supportedIpAddressTypes(), GraphDefaults.IP_ADDRESS_TYPES);
        text(o, "region", service.region());
        text(o, "ownerAccount", service.ownerAccount());
        derivedTexts(o, "availabilityZones", service.availabilityZones(),
                GraphDefaults.availabilityZones(service.loadBalancerArns(), context.loadBalancers()));
        text(o, "state", service.state(), GraphDefaults.SERVICE_AVAILABLE);
        array(o, "connections", service.connections(), this::endpointConnection);
        return o;
    }

    private ObjectNode endpointConnection(EndpointConnection connection) {
        ObjectNode o = NODES.objectNode();
        o.put("endpointId", connection.endpointId());
        o.put("state", connection.state());
        text(o, "ownerAccount", connection.ownerAccount());
        return o;
    }
}
