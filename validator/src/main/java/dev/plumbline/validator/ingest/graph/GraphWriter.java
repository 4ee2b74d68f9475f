package dev.plumbline.validator.ingest.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.validator.model.AclEntry;
import dev.plumbline.validator.model.ElasticIp;
import dev.plumbline.validator.model.Instance;
import dev.plumbline.validator.model.InternetGateway;
import dev.plumbline.validator.model.NatAddress;
import dev.plumbline.validator.model.NatGateway;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.model.NetworkAcl;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.PeeringConnection;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.PrefixList;
import dev.plumbline.validator.model.Route;
import dev.plumbline.validator.model.RouteDestination;
import dev.plumbline.validator.model.RouteTable;
import dev.plumbline.validator.model.RouteTarget;
import dev.plumbline.validator.model.SecurityGroup;
import dev.plumbline.validator.model.SgPeer;
import dev.plumbline.validator.model.SgRule;
import dev.plumbline.validator.model.Subnet;
import dev.plumbline.validator.model.TrafficMatch;
import dev.plumbline.validator.model.Vpc;
import dev.plumbline.validator.model.elb.HealthCheck;
import dev.plumbline.validator.model.elb.LbZone;
import dev.plumbline.validator.model.elb.Listener;
import dev.plumbline.validator.model.elb.LoadBalancer;
import dev.plumbline.validator.model.elb.Target;
import dev.plumbline.validator.model.elb.TargetGroup;
import dev.plumbline.validator.model.elb.TargetHealth;
import dev.plumbline.validator.model.endpoint.EndpointConnection;
import dev.plumbline.validator.model.endpoint.EndpointService;
import dev.plumbline.validator.model.endpoint.GatewayEndpoint;
import dev.plumbline.validator.model.endpoint.GwlbEndpoint;
import dev.plumbline.validator.model.endpoint.InterfaceEndpoint;
import dev.plumbline.validator.model.endpoint.VpcEndpoint;
import dev.plumbline.validator.model.lattice.AuthType;
import dev.plumbline.validator.model.lattice.HeaderMatch;
import dev.plumbline.validator.model.lattice.HttpMatch;
import dev.plumbline.validator.model.lattice.LatticeAction;
import dev.plumbline.validator.model.lattice.LatticeListener;
import dev.plumbline.validator.model.lattice.LatticeProtocol;
import dev.plumbline.validator.model.lattice.LatticeRule;
import dev.plumbline.validator.model.lattice.LatticeService;
import dev.plumbline.validator.model.lattice.LatticeTarget;
import dev.plumbline.validator.model.lattice.LatticeTargetGroup;
import dev.plumbline.validator.model.lattice.PathMatch;
import dev.plumbline.validator.model.lattice.ServiceAssociation;
import dev.plumbline.validator.model.lattice.ServiceNetwork;
import dev.plumbline.validator.model.lattice.VpcAssociation;
import dev.plumbline.validator.model.lattice.WeightedTargetGroup;
import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.net.PortRange;
import dev.plumbline.validator.net.Prefix;
import dev.plumbline.validator.net.Protocol;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Writes any {@link Network} as a graph file (the format {@link GraphReader} reads), so a network
 * read from an AWS snapshot or a Pulumi plan can be dumped, read back, edited by hand. Keys the
 * reader would fill in with the same value are left out (see {@link GraphDefaults}); everything
 * else is written, including the {@code local} and gateway-endpoint routes. Origins are not
 * written: read back, elements point into the written file.
 */
public final class GraphWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The network as pretty-printed graph JSON, ending with a newline. */
    public String write(Network network) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return JSON.writer(printer).writeValueAsString(toTree(network)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree did not serialise", e);
        }
    }

    public void write(Network network, Path file) throws IOException {
        Files.writeString(file, write(network), StandardCharsets.UTF_8);
    }

    /** The network as a graph JSON tree. */
    public ObjectNode toTree(Network network) {
        return new Dump(network).root();
    }

    /** One network being written, with the lookups the derived defaults need. */
    private static final class Dump {
        private final Network network;
        private final Map<String, Vpc> vpcs;
        private final Map<String, Subnet> subnets;
        private final Map<String, LoadBalancer> loadBalancers;
        private final Map<String, List<String>> interfacesByOwner;

        Dump(Network network) {
            this.network = network;
            this.vpcs = byId(network.vpcs(), Vpc::id);
            this.subnets = byId(network.subnets(), Subnet::id);
            this.loadBalancers = byId(network.loadBalancers(), LoadBalancer::id);
            this.interfacesByOwner = GraphDefaults.interfacesByOwner(network.networkInterfaces());
        }

        ObjectNode root() {
            ObjectNode root = NODES.objectNode();
            root.put("$schema", GraphFormat.SCHEMA_URI);
            root.put("version", GraphFormat.VERSION);
            array(root, "vpcs", network.vpcs(), this::vpc);
            array(root, "subnets", network.subnets(), this::subnet);
            array(root, "routeTables", network.routeTables(), this::routeTable);
            array(root, "internetGateways", network.internetGateways(), this::internetGateway);
            array(root, "elasticIps", network.elasticIps(), this::elasticIp);
            array(root, "natGateways", network.natGateways(), this::natGateway);
            array(root, "networkInterfaces", network.networkInterfaces(), this::networkInterface);
            array(root, "instances", network.instances(), this::instance);
            array(root, "securityGroups", network.securityGroups(), this::securityGroup);
            array(root, "networkAcls", network.networkAcls(), this::networkAcl);
            array(root, "prefixLists", network.prefixLists(), this::prefixList);
            array(root, "peeringConnections", network.peeringConnections(), this::peeringConnection);
            array(root, "gatewayEndpoints", endpoints(GatewayEndpoint.class), this::gatewayEndpoint);
            array(root, "interfaceEndpoints", endpoints(InterfaceEndpoint.class), this::interfaceEndpoint);
            array(root, "gwlbEndpoints", endpoints(GwlbEndpoint.class), this::gwlbEndpoint);
            array(root, "endpointServices", network.endpointServices(), this::endpointService);
            array(root, "loadBalancers", network.loadBalancers(), this::loadBalancer);
            array(root, "targetGroups", network.targetGroups(), this::targetGroup);
            array(root, "listeners", network.listeners(), this::listener);
            array(root, "serviceNetworks", network.serviceNetworks(), this::serviceNetwork);
            array(root, "vpcAssociations", network.vpcAssociations(), this::vpcAssociation);
            array(root, "serviceAssociations", network.serviceAssociations(), this::serviceAssociation);
            array(root, "latticeServices", network.latticeServices(), this::latticeService);
            array(root, "latticeListeners", network.latticeListeners(), this::latticeListener);
            array(root, "latticeRules", network.latticeRules(), this::latticeRule);
            array(root, "latticeTargetGroups", network.latticeTargetGroups(), this::latticeTargetGroup);
            return root;
        }

        private <T extends VpcEndpoint> List<T> endpoints(Class<T> kind) {
            return network.vpcEndpoints().stream().filter(kind::isInstance).map(kind::cast).toList();
        }

        private ObjectNode vpc(Vpc vpc) {
            ObjectNode o = element(vpc.id(), vpc.name());
            text(o, "region", vpc.region());
            text(o, "accountId", vpc.accountId());
            prefixes(o, "cidrs", vpc.cidrs(), List.of());
            return o;
        }

        private ObjectNode subnet(Subnet subnet) {
            ObjectNode o = element(subnet.id(), subnet.name());
            o.put("vpcId", subnet.vpcId());
            o.put("cidr", subnet.cidr().toString());
            text(o, "azName", subnet.azName());
            planned(o, "azId", subnet.azId());
            flag(o, "mapPublicIpOnLaunch", subnet.mapPublicIpOnLaunch(), false);
            return o;
        }

        private ObjectNode routeTable(RouteTable table) {
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

        private ObjectNode internetGateway(InternetGateway gateway) {
            ObjectNode o = element(gateway.id(), gateway.name());
            texts(o, "attachedVpcIds", gateway.attachedVpcIds());
            return o;
        }

        private ObjectNode elasticIp(ElasticIp eip) {
            ObjectNode o = element(eip.id(), eip.name());
            planned(o, "publicIp", eip.publicIp());
            text(o, "networkInterfaceId", eip.networkInterfaceId());
            text(o, "instanceId", eip.instanceId());
            planned(o, "privateIp", eip.privateIp());
            return o;
        }

        private ObjectNode natGateway(NatGateway nat) {
            ObjectNode o = element(nat.id(), nat.name());
            o.put("subnetId", nat.subnetId());
            text(o, "vpcId", nat.vpcId(), vpcOfSubnet(nat.subnetId()));
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

        private ObjectNode networkInterface(NetworkInterface eni) {
            ObjectNode o = element(eni.id(), eni.name());
            o.put("subnetId", eni.subnetId());
            text(o, "vpcId", eni.vpcId(), vpcOfSubnet(eni.subnetId()));
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

        private ObjectNode instance(Instance instance) {
            ObjectNode o = element(instance.id(), instance.name());
            o.put("subnetId", instance.subnetId());
            derivedTexts(o, "networkInterfaceIds", instance.networkInterfaceIds(),
                    attachedTo(instance.id()));
            text(o, "state", instance.state(), GraphDefaults.RUNNING);
            return o;
        }

        private ObjectNode securityGroup(SecurityGroup group) {
            ObjectNode o = element(group.id(), group.name());
            o.put("vpcId", group.vpcId());
            flag(o, "isDefault", group.isDefault(), false);
            if (!GraphDefaults.sameRules(group.ingress(), GraphDefaults.ingress(group.id(), group.isDefault(), null))) {
                o.set("ingress", list(group.ingress(), this::sgRule));
            }
            if (!GraphDefaults.sameRules(group.egress(), GraphDefaults.egress(null))) {
                o.set("egress", list(group.egress(), this::sgRule));
            }
            return o;
        }

        private ObjectNode sgRule(SgRule rule) {
            ObjectNode o = NODES.objectNode();
            trafficMatch(o, rule.match());
            SgPeer peer = rule.peer();
            if (peer instanceof SgPeer.Cidr cidr) {
                o.put("cidr", cidr.prefix().toString());
            } else if (peer instanceof SgPeer.PrefixListRef list) {
                o.put("prefixList", list.prefixListId());
            } else if (peer instanceof SgPeer.Group group) {
                o.put("securityGroup", group.groupId());
                text(o, "ownerAccount", group.ownerAccount());
            } else if (peer instanceof SgPeer.Unresolved unresolved) {
                o.set("securityGroup", unknown(unresolved.unknown()));
            }
            text(o, "description", rule.description());
            return o;
        }

        private static void trafficMatch(ObjectNode o, TrafficMatch match) {
            Protocol protocol = match.protocol();
            if (!protocol.isAll()) {
                if (protocol.hasPorts() || protocol.isIcmp()) {
                    o.put("protocol", protocol.toString());
                } else {
                    o.put("protocol", protocol.number());
                }
            }
            PortRange ports = match.ports();
            if (protocol.hasPorts() && !ports.isAll()) {
                if (ports.from() == ports.to()) {
                    o.put("ports", ports.from());
                } else {
                    o.put("ports", ports.from() + "-" + ports.to());
                }
            }
            if (protocol.isIcmp()) {
                number(o, "icmpType", match.icmpType(), -1);
                number(o, "icmpCode", match.icmpCode(), -1);
            }
        }

        private ObjectNode networkAcl(NetworkAcl acl) {
            ObjectNode o = element(acl.id(), acl.name());
            o.put("vpcId", acl.vpcId());
            flag(o, "isDefault", acl.isDefault(), false);
            if (!GraphDefaults.sameEntries(acl.entries(), GraphDefaults.aclEntries(acl.isDefault(), null))) {
                o.set("entries", list(acl.entries(), this::aclEntry));
            }
            texts(o, "subnetIds", acl.subnetIds());
            return o;
        }

        private ObjectNode aclEntry(AclEntry entry) {
            ObjectNode o = NODES.objectNode();
            o.put("ruleNumber", entry.ruleNumber());
            o.put("egress", entry.egress());
            trafficMatch(o, entry.match());
            o.put("cidr", entry.cidr().toString());
            o.put("allow", entry.allow());
            return o;
        }

        private ObjectNode prefixList(PrefixList list) {
            ObjectNode o = element(list.id(), list.name());
            prefixes(o, "cidrs", list.cidrs(), List.of());
            number(o, "maxEntries", list.maxEntries(), list.cidrs().size());
            flag(o, "awsManaged", list.awsManaged(), false);
            return o;
        }

        private ObjectNode peeringConnection(PeeringConnection peering) {
            ObjectNode o = element(peering.id(), peering.name());
            o.put("requesterVpcId", peering.requesterVpcId());
            prefixes(o, "requesterCidrs", peering.requesterCidrs(), GraphDefaults.peeringCidrs(peering.requesterVpcId(), vpcs));
            o.put("accepterVpcId", peering.accepterVpcId());
            prefixes(o, "accepterCidrs", peering.accepterCidrs(), GraphDefaults.peeringCidrs(peering.accepterVpcId(), vpcs));
            text(o, "status", peering.status(), GraphDefaults.ACTIVE);
            return o;
        }

        private ObjectNode gatewayEndpoint(GatewayEndpoint endpoint) {
            ObjectNode o = element(endpoint.id(), endpoint.name());
            o.put("vpcId", endpoint.vpcId());
            text(o, "serviceName", endpoint.serviceName());
            text(o, "state", endpoint.state(), GraphDefaults.AVAILABLE);
            texts(o, "routeTableIds", endpoint.routeTableIds());
            text(o, "prefixListId", endpoint.prefixListId());
            return o;
        }

        private ObjectNode interfaceEndpoint(InterfaceEndpoint endpoint) {
            ObjectNode o = element(endpoint.id(), endpoint.name());
            List<String> subnetIds = endpoint.subnetIds();
            String derivedVpc = subnetIds.isEmpty() ? null : vpcOfSubnet(subnetIds.get(0));
            text(o, "vpcId", endpoint.vpcId(), derivedVpc);
            planned(o, "serviceName", endpoint.serviceName());
            text(o, "endpointServiceId", endpoint.endpointServiceId());
            text(o, "serviceRegion", endpoint.serviceRegion());
            texts(o, "subnetIds", subnetIds);
            derivedTexts(o, "networkInterfaceIds", endpoint.networkInterfaceIds(),
                    attachedTo(endpoint.id()));
            texts(o, "securityGroupIds", endpoint.securityGroupIds());
            flag(o, "privateDnsEnabled", endpoint.privateDnsEnabled(), true);
            text(o, "state", endpoint.state(), GraphDefaults.AVAILABLE);
            text(o, "ownerAccount", endpoint.ownerAccount());
            texts(o, "dnsNames", endpoint.dnsNames());
            return o;
        }

        private ObjectNode gwlbEndpoint(GwlbEndpoint endpoint) {
            ObjectNode o = element(endpoint.id(), endpoint.name());
            text(o, "vpcId", endpoint.vpcId(), vpcOfSubnet(endpoint.subnetId()));
            planned(o, "serviceName", endpoint.serviceName());
            text(o, "endpointServiceId", endpoint.endpointServiceId());
            o.put("subnetId", endpoint.subnetId());
            List<String> attached = attachedTo(endpoint.id());
            text(o, "networkInterfaceId", endpoint.networkInterfaceId(), attached.isEmpty() ? "" : attached.get(0));
            text(o, "state", endpoint.state(), GraphDefaults.AVAILABLE);
            text(o, "ownerAccount", endpoint.ownerAccount());
            return o;
        }

        private ObjectNode endpointService(EndpointService service) {
            ObjectNode o = element(service.id(), service.name());
            planned(o, "serviceName", service.serviceName());
            if (service.serviceKind() != GraphDefaults.serviceKind(service.loadBalancerArns(), loadBalancers)) {
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
                    GraphDefaults.availabilityZones(service.loadBalancerArns(), loadBalancers));
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

        private ObjectNode loadBalancer(LoadBalancer lb) {
            ObjectNode o = element(lb.id(), lb.name());
            if (lb.type() != LoadBalancer.Type.NETWORK) {
                o.put("type", GraphFormat.spelling(GraphFormat.LB_TYPES, lb.type()));
            }
            flag(o, "internal", lb.internal(), false);
            text(o, "vpcId", lb.vpcId(), lb.zones().isEmpty() ? null : vpcOfSubnet(lb.zones().get(0).subnetId()));
            array(o, "zones", lb.zones(), this::lbZone);
            texts(o, "securityGroupIds", lb.securityGroupIds());
            flag(o, "crossZone", lb.crossZone(), GraphDefaults.crossZone(lb.type()));
            flag(o, "enforceSgInboundOnPrivateLink", lb.enforceSgInboundOnPrivateLink(), true);
            text(o, "state", lb.state(), GraphDefaults.ACTIVE);
            return o;
        }

        private ObjectNode lbZone(LbZone zone) {
            ObjectNode o = NODES.objectNode();
            o.put("subnetId", zone.subnetId());
            Subnet subnet = subnets.get(zone.subnetId());
            text(o, "azName", zone.azName(), subnet == null ? "" : subnet.azName());
            Planned<String> derivedAzId = subnet == null ? Planned.absent() : subnet.azId();
            if (!zone.azId().equals(derivedAzId)) {
                if (zone.azId().isAbsent()) {
                    o.putNull("azId");
                } else {
                    planned(o, "azId", zone.azId());
                }
            }
            if (!zone.addresses().isEmpty()) {
                ArrayNode addresses = o.putArray("addresses");
                zone.addresses().forEach(address -> addresses.add(plannedValue(address)));
            }
            return o;
        }

        private ObjectNode targetGroup(TargetGroup group) {
            ObjectNode o = element(group.id(), group.name());
            text(o, "protocol", group.protocol());
            number(o, "port", group.port(), 0);
            if (group.targetType() != TargetGroup.TargetType.INSTANCE) {
                o.put("targetType", GraphFormat.spelling(GraphFormat.TARGET_TYPES, group.targetType()));
            }
            text(o, "vpcId", group.vpcId());
            HealthCheck base = GraphDefaults.healthCheck(group.protocol());
            if (!group.healthCheck().equals(base)) {
                o.set("healthCheck", healthCheck(group.healthCheck(), base));
            }
            if (group.stickiness() != TargetGroup.Stickiness.FIVE_TUPLE) {
                o.put("stickiness", GraphFormat.spelling(GraphFormat.STICKINESS, group.stickiness()));
            }
            flag(o, "rebalanceOnFailover", group.rebalanceOnFailover(), false);
            flag(o, "proxyProtocolV2", group.proxyProtocolV2(), false);
            if (group.crossZone() != null) {
                o.put("crossZone", group.crossZone());
            }
            array(o, "targets", group.targets(), target -> target(target, group.port()));
            return o;
        }

        private static ObjectNode healthCheck(HealthCheck check, HealthCheck base) {
            ObjectNode o = NODES.objectNode();
            flag(o, "enabled", check.enabled(), base.enabled());
            text(o, "protocol", check.protocol(), base.protocol());
            if (!check.port().equals(base.port())) {
                if (check.port().chars().allMatch(Character::isDigit) && !check.port().isEmpty()) {
                    o.put("port", Integer.parseInt(check.port()));
                } else {
                    o.put("port", check.port());
                }
            }
            text(o, "path", check.path(), base.path());
            number(o, "intervalSeconds", check.intervalSeconds(), base.intervalSeconds());
            number(o, "timeoutSeconds", check.timeoutSeconds(), base.timeoutSeconds());
            number(o, "healthyThreshold", check.healthyThreshold(), base.healthyThreshold());
            number(o, "unhealthyThreshold", check.unhealthyThreshold(), base.unhealthyThreshold());
            return o;
        }

        private static ObjectNode target(Target target, int groupPort) {
            ObjectNode o = NODES.objectNode();
            o.put("id", target.id());
            number(o, "port", target.port(), groupPort);
            text(o, "azName", target.azName());
            health(o, target.health());
            return o;
        }

        private static void health(ObjectNode o, TargetHealth health) {
            if (health != TargetHealth.UNKNOWN) {
                o.put("health", GraphFormat.spelling(GraphFormat.HEALTH, health));
            }
        }

        private ObjectNode listener(Listener listener) {
            ObjectNode o = NODES.objectNode();
            o.put("id", listener.id());
            o.put("loadBalancerArn", listener.loadBalancerArn());
            number(o, "port", listener.port(), 0);
            text(o, "protocol", listener.protocol());
            texts(o, "forwardTargetGroupArns", listener.forwardTargetGroupArns());
            return o;
        }

        private ObjectNode serviceNetwork(ServiceNetwork serviceNetwork) {
            ObjectNode o = NODES.objectNode();
            o.put("id", serviceNetwork.id());
            text(o, "arn", serviceNetwork.arn());
            text(o, "name", serviceNetwork.name());
            auth(o, serviceNetwork.authType(), serviceNetwork.authPolicy());
            return o;
        }

        private static void auth(ObjectNode o, AuthType authType, String policy) {
            if (authType != AuthType.NONE) {
                o.put("authType", GraphFormat.spelling(GraphFormat.AUTH_TYPES, authType));
            }
            if (policy.isEmpty()) {
                return;
            }
            try {
                JsonNode parsed = JSON.readTree(policy);
                if (parsed != null && parsed.isObject() && JSON.writeValueAsString(parsed).equals(policy)) {
                    o.set("authPolicy", parsed);
                    return;
                }
            } catch (JsonProcessingException e) {
                // not JSON: kept as the text it is
            }
            o.put("authPolicy", policy);
        }

        private ObjectNode vpcAssociation(VpcAssociation association) {
            ObjectNode o = NODES.objectNode();
            o.put("id", association.id());
            o.put("serviceNetworkId", association.serviceNetworkId());
            o.put("vpcId", association.vpcId());
            texts(o, "securityGroupIds", association.securityGroupIds());
            text(o, "status", association.status(), GraphDefaults.LATTICE_ACTIVE);
            return o;
        }

        private ObjectNode serviceAssociation(ServiceAssociation association) {
            ObjectNode o = NODES.objectNode();
            o.put("id", association.id());
            o.put("serviceNetworkId", association.serviceNetworkId());
            o.put("serviceId", association.serviceId());
            text(o, "status", association.status(), GraphDefaults.LATTICE_ACTIVE);
            return o;
        }

        private ObjectNode latticeService(LatticeService service) {
            ObjectNode o = NODES.objectNode();
            o.put("id", service.id());
            text(o, "arn", service.arn());
            text(o, "name", service.name());
            planned(o, "dnsName", service.dnsName());
            text(o, "customDomainName", service.customDomainName());
            auth(o, service.authType(), service.authPolicy());
            return o;
        }

        private ObjectNode latticeListener(LatticeListener listener) {
            ObjectNode o = NODES.objectNode();
            o.put("id", listener.id());
            o.put("serviceId", listener.serviceId());
            text(o, "name", listener.name());
            if (listener.protocol() != LatticeProtocol.HTTPS) {
                o.put("protocol", GraphFormat.spelling(GraphFormat.LATTICE_PROTOCOLS, listener.protocol()));
            }
            number(o, "port", listener.port(), GraphDefaults.latticePort(listener.protocol()));
            o.set("defaultAction", action(listener.defaultAction()));
            return o;
        }

        private static ObjectNode action(LatticeAction action) {
            ObjectNode o = NODES.objectNode();
            if (action instanceof LatticeAction.Forward forward) {
                ArrayNode groups = o.putArray("forward");
                for (WeightedTargetGroup group : forward.targetGroups()) {
                    ObjectNode g = groups.addObject();
                    planned(g, "targetGroupId", group.targetGroupId());
                    number(g, "weight", group.weight(), GraphDefaults.WEIGHT);
                }
            } else if (action instanceof LatticeAction.FixedResponse fixed) {
                o.put("fixedResponse", fixed.statusCode());
            }
            return o;
        }

        private ObjectNode latticeRule(LatticeRule rule) {
            ObjectNode o = NODES.objectNode();
            o.put("id", rule.id());
            o.put("listenerId", rule.listenerId());
            text(o, "name", rule.name());
            o.put("priority", rule.priority());
            if (!rule.match().equals(HttpMatch.ANY)) {
                o.set("match", httpMatch(rule.match()));
            }
            o.set("action", action(rule.action()));
            return o;
        }

        private static ObjectNode httpMatch(HttpMatch match) {
            ObjectNode o = NODES.objectNode();
            text(o, "method", match.method());
            PathMatch path = match.path();
            if (path != null) {
                ObjectNode p = o.putObject("path");
                p.put("value", path.value());
                flag(p, "exact", path.exact(), false);
                flag(p, "caseSensitive", path.caseSensitive(), true);
            }
            if (!match.headers().isEmpty()) {
                ArrayNode headers = o.putArray("headers");
                for (HeaderMatch header : match.headers()) {
                    ObjectNode h = headers.addObject();
                    h.put("name", header.name());
                    if (header.type() != HeaderMatch.Type.EXACT) {
                        h.put("type", GraphFormat.spelling(GraphFormat.HEADER_MATCH_TYPES, header.type()));
                    }
                    h.put("value", header.value());
                    flag(h, "caseSensitive", header.caseSensitive(), false);
                }
            }
            return o;
        }

        private ObjectNode latticeTargetGroup(LatticeTargetGroup group) {
            ObjectNode o = NODES.objectNode();
            o.put("id", group.id());
            text(o, "arn", group.arn());
            text(o, "name", group.name());
            if (group.type() != LatticeTargetGroup.Type.INSTANCE) {
                o.put("type", GraphFormat.spelling(GraphFormat.LATTICE_TARGET_TYPES, group.type()));
            }
            number(o, "port", group.port(), 0);
            text(o, "protocol", group.protocol());
            text(o, "vpcId", group.vpcId());
            if (group.healthCheckEnabled() != null) {
                o.put("healthCheckEnabled", group.healthCheckEnabled());
            }
            array(o, "targets", group.targets(), target -> latticeTarget(target, group.port()));
            return o;
        }

        private static ObjectNode latticeTarget(LatticeTarget target, int groupPort) {
            ObjectNode o = NODES.objectNode();
            o.put("id", target.id());
            number(o, "port", target.port(), groupPort);
            health(o, target.health());
            return o;
        }

        private List<String> attachedTo(String ownerId) {
            return interfacesByOwner.getOrDefault(ownerId, List.of());
        }

        private String vpcOfSubnet(String subnetId) {
            Subnet subnet = subnets.get(subnetId);
            return subnet == null ? "" : subnet.vpcId();
        }
    }

    private static ObjectNode element(String id, String name) {
        ObjectNode o = NODES.objectNode();
        o.put("id", id);
        text(o, "name", name);
        return o;
    }

    private static <T> void array(ObjectNode parent, String key, List<T> items, Function<T, ObjectNode> writer) {
        if (!items.isEmpty()) {
            parent.set(key, list(items, writer));
        }
    }

    private static <T> ArrayNode list(List<T> items, Function<T, ObjectNode> writer) {
        ArrayNode array = NODES.arrayNode();
        items.forEach(item -> array.add(writer.apply(item)));
        return array;
    }

    private static void text(ObjectNode o, String key, String value) {
        if (value != null && !value.isEmpty()) {
            o.put(key, value);
        }
    }

    /** Writes {@code value} unless it is what the reader derives when the key is absent. */
    private static void text(ObjectNode o, String key, String value, String derived) {
        if (value != null && !value.equals(Objects.requireNonNullElse(derived, ""))) {
            o.put(key, value);
        }
    }

    private static void texts(ObjectNode o, String key, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = o.putArray(key);
            values.forEach(array::add);
        }
    }

    private static void derivedTexts(ObjectNode o, String key, List<String> values, List<String> derived) {
        if (!values.equals(derived)) {
            ArrayNode array = o.putArray(key);
            values.forEach(array::add);
        }
    }

    private static void prefixes(ObjectNode o, String key, List<Prefix> values, List<Prefix> derived) {
        if (!values.equals(derived)) {
            ArrayNode array = o.putArray(key);
            values.forEach(prefix -> array.add(prefix.toString()));
        }
    }

    private static void flag(ObjectNode o, String key, boolean value, boolean fallback) {
        if (value != fallback) {
            o.put(key, value);
        }
    }

    private static void number(ObjectNode o, String key, int value, int fallback) {
        if (value != fallback) {
            o.put(key, value);
        }
    }

    private static void planned(ObjectNode o, String key, Planned<?> value) {
        if (!value.isAbsent()) {
            o.set(key, plannedValue(value));
        }
    }

    private static JsonNode plannedValue(Planned<?> value) {
        if (value instanceof Planned.Unknown<?> unknown) {
            return unknown(unknown);
        }
        Object known = value.orElse(null);
        return known == null ? NODES.nullNode() : NODES.textNode(known instanceof Ipv4 ip ? ip.toString() : known.toString());
    }

    private static ObjectNode unknown(Planned.Unknown<?> unknown) {
        ObjectNode o = NODES.objectNode();
        o.put("unknown", unknown.resource());
        o.put("property", unknown.property());
        return o;
    }

    private static <T> Map<String, T> byId(List<T> elements, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        elements.forEach(element -> map.putIfAbsent(id.apply(element), element));
        return map;
    }
}
