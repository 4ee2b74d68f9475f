package dev.plumbline.validator.ingest.graph;

import static dev.plumbline.validator.ingest.graph.GraphFields.NODES;
import static dev.plumbline.validator.ingest.graph.GraphFields.array;
import static dev.plumbline.validator.ingest.graph.GraphFields.derivedTexts;
import static dev.plumbline.validator.ingest.graph.GraphFields.element;
import static dev.plumbline.validator.ingest.graph.GraphFields.flag;
import static dev.plumbline.validator.ingest.graph.GraphFields.number;
import static dev.plumbline.validator.ingest.graph.GraphFields.planned;
import static dev.plumbline.validator.ingest.graph.GraphFields.prefixes;
import static dev.plumbline.validator.ingest.graph.GraphFields.text;
import static dev.plumbline.validator.ingest.graph.GraphFields.texts;
import static dev.plumbline.validator.ingest.graph.GraphFields.unknown;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.validator.model.ElasticIp;
import dev.plumbline.validator.model.Instance;
import dev.plumbline.validator.model.InternetGateway;
import dev.plumbline.validator.model.NatAddress;
import dev.plumbline.validator.model.NatGateway;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.PeeringConnection;
import dev.plumbline.validator.model.PrefixList;
import dev.plumbline.validator.model.Route;
import dev.plumbline.validator.model.RouteDestination;
import dev.plumbline.validator.model.RouteTable;
import dev.plumbline.validator.model.RouteTarget;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.model.Vpc;
import java.util.List;

/**
 * Writes the VPC fabric as graph JSON: VPCs, subnets, route tables with their routes, internet
 * gateways, Elastic IPs, NAT gateways, network interfaces, instances, prefix lists and peering
 * connections.
 */
final class VpcWriter {

    private final WriteContext context;

    VpcWriter(WriteContext context) {
        this.context = context;
    }

    ObjectNode vpc(Vpc vpc) {
        ObjectNode o = element(vpc.id(), vpc.name());
        text(o, "region", vpc.region());
        text(o, "accountId", vpc.accountId());
        text(o, "accountScope", vpc.accountScope());
        prefixes(o, "cidrs", vpc.cidrs(), List.of());
        return o;
    }

    ObjectNode subnet(Subnet subnet) {
        ObjectNode o = element(subnet.id(), subnet.name());
        o.put("vpcId", subnet.vpcId());
        o.put("cidr", subnet.cidr().toString());
        text(o, "azName", subnet.azName());
        planned(o, "azId", subnet.azId());
        flag(o, "mapPublicIpOnLaunch", subnet.mapPublicIpOnLaunch(), false);
        return o;
    }

    ObjectNode routeTable(RouteTable table) {
        ObjectNode o = element(table.id(), table.name());
        o.put("vpcId", table.vpcId());
        flag(o, "main", table.main(), false);
        array(o, "routes", table.routes(), this::route);
        texts(o, "subnetIds", table.subnetIds());
        texts(o, "edgeGatewayIds", table.edgeGatewayIds());
        return o;
    }

    private ObjectNode route(Route route) {
        ObjectNode o = NODES.objectNode();
        if (route.destination() instanceof RouteDestination.Cidr cidr) {
            o.put("cidr", cidr.prefix().toString());
        } else if (route.destination() instanceof RouteDestination.PrefixListRef list) {
            o.put("prefixList", list.prefixListId());
        }
        o.set("target", routeTarget(route.target()));
        if (route.source() != GraphDefaults.routeSource(route.target())) {
            o.put("source", GraphFormat.spelling(GraphFormat.ROUTE_SOURCES, route.source()));
        }
        flag(o, "blackhole", route.blackhole(), false);
        return o;
    }

    private static ObjectNode routeTarget(RouteTarget target) {
        ObjectNode o = NODES.objectNode();
        if (target instanceof RouteTarget.Local) {
            o.put("local", true);
        } else if (target instanceof RouteTarget.InternetGateway t) {
            o.put("internetGateway", t.targetId());
        } else if (target instanceof RouteTarget.EgressOnlyInternetGateway t) {
            o.put("egressOnlyInternetGateway", t.targetId());
        } else if (target instanceof RouteTarget.NatGateway t) {
            o.put("natGateway", t.targetId());
        } else if (target instanceof RouteTarget.NetworkInterface t) {
            o.put("networkInterface", t.targetId());
        } else if (target instanceof RouteTarget.Instance t) {
            o.put("instance", t.targetId());
        } else if (target instanceof RouteTarget.Peering t) {
            o.put("peering", t.targetId());
        } else if (target instanceof RouteTarget.VpcEndpoint t) {
            o.put("vpcEndpoint", t.targetId());
        } else if (target instanceof RouteTarget.TransitGateway t) {
            o.put("transitGateway", t.targetId());
        } else if (target instanceof RouteTarget.VpnGateway t) {
            o.put("vpnGateway", t.targetId());
        } else if (target instanceof RouteTarget.Opaque t) {
            o.putObject("opaque").put("kind", t.kindName()).put("id", t.targetId());
        } else if (target instanceof RouteTarget.Unresolved t) {
            return unknown(t.unknown());
        }
        return o;
    }

    ObjectNode internetGateway(InternetGateway gateway) {
        ObjectNode o = element(gateway.id(), gateway.name());
        texts(o, "attachedVpcIds", gateway.attachedVpcIds());
        return o;
    }

    ObjectNode elasticIp(ElasticIp eip) {
        ObjectNode o = element(eip.id(), eip.name());
        planned(o, "publicIp", eip.publicIp());
        text(o, "networkInterfaceId", eip.networkInterfaceId());
        text(o, "instanceId", eip.instanceId());
        planned(o, "privateIp", eip.privateIp());
        return o;
    }

    ObjectNode natGateway(NatGateway nat) {
        ObjectNode o = element(nat.id(), nat.name());
        o.put("subnetId", nat.subnetId());
        text(o, "vpcId", nat.vpcId(), context.vpcOfSubnet(nat.subnetId()));
        if (nat.connectivity() != NatGateway.Connectivity.PUBLIC) {
            o.put("connectivity", GraphFormat.spelling(GraphFormat.CONNECTIVITY, nat.connectivity()));
        }
        text(o, "state", nat.state(), GraphDefaults.AVAILABLE);
        ArrayNode addresses = NODES.arrayNode();
        for (int i = 0; i < nat.addresses().size(); i++) {
            NatAddress address = nat.addresses().get(i);
            ObjectNode a = addresses.addObject();
            planned(a, "privateIp", address.privateIp());
            planned(a, "publicIp", address.publicIp());
            text(a, "allocationId", address.allocationId());
            flag(a, "primary", address.primary(), GraphDefaults.primary(i));
        }
        if (!addresses.isEmpty()) {
            o.set("addresses", addresses);
        }
        return o;
    }

    ObjectNode networkInterface(NetworkInterface eni) {
        ObjectNode o = element(eni.id(), eni.name());
        o.put("subnetId", eni.subnetId());
        text(o, "vpcId", eni.vpcId(), context.vpcOfSubnet(eni.subnetId()));
        text(o, "interfaceType", eni.interfaceType(), GraphDefaults.INTERFACE_TYPE);
        text(o, "attachedTo", eni.attachedTo());
        planned(o, "privateIp", eni.privateIp());
        if (!eni.secondaryPrivateIps().isEmpty()) {
            ArrayNode ips = o.putArray("secondaryPrivateIps");
            eni.secondaryPrivateIps().forEach(ip -> ips.add(ip.toString()));
        }
        planned(o, "publicIp", eni.publicIp());
        texts(o, "securityGroupIds", eni.securityGroupIds());
        flag(o, "sourceDestCheck", eni.sourceDestCheck(), true);
        return o;
    }

    ObjectNode instance(Instance instance) {
        ObjectNode o = element(instance.id(), instance.name());
        o.put("subnetId", instance.subnetId());
        derivedTexts(o, "networkInterfaceIds", instance.networkInterfaceIds(),
                context.attachedTo(instance.id()));
        text(o, "state", instance.state(), GraphDefaults.RUNNING);
        return o;
    }

    ObjectNode prefixList(PrefixList list) {
        ObjectNode o = element(list.id(), list.name());
        prefixes(o, "cidrs", list.cidrs(), List.of());
        number(o, "maxEntries", list.maxEntries(), list.cidrs().size());
        flag(o, "awsManaged", list.awsManaged(), false);
        return o;
    }

    ObjectNode peeringConnection(PeeringConnection peering) {
        ObjectNode o = element(peering.id(), peering.name());
        o.put("requesterVpcId", peering.requesterVpcId());
        prefixes(o, "requesterCidrs", peering.requesterCidrs(), GraphDefaults.peeringCidrs(peering.requesterVpcId(), context.vpcs()));
        o.put("accepterVpcId", peering.accepterVpcId());
        prefixes(o, "accepterCidrs", peering.accepterCidrs(), GraphDefaults.peeringCidrs(peering.accepterVpcId(), context.vpcs()));
        text(o, "status", peering.status(), GraphDefaults.ACTIVE);
        return o;
    }
}
