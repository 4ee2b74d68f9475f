package dev.plumbline.validator.ingest.graph;

import static dev.plumbline.validator.ingest.graph.GraphFixtures.at;
import static dev.plumbline.validator.ingest.graph.GraphFixtures.read;
import static dev.plumbline.validator.ingest.graph.GraphFixtures.withBase;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.validator.model.AclEntry;
import dev.plumbline.validator.model.ElasticIp;
import dev.plumbline.validator.model.Instance;
import dev.plumbline.validator.model.InternetGateway;
import dev.plumbline.validator.model.NatAddress;
import dev.plumbline.validator.model.NatGateway;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.model.NetworkAcl;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.Origin;
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
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each element kind of the graph format maps to its model record, every key set to a non-default value. */
class GraphReaderElementsTest {

    private static Prefix cidr(String text) {
        return Prefix.parse(text);
    }

    private static Planned<Ipv4> ip(String text) {
        return Planned.known(Ipv4.parse(text));
    }

    @Test
    void read_vpc_mapsPrimaryAndSecondaryCidrsRegionAccountAndOrigin() throws Exception {
        Network network = read("""
                {"version": 1, "vpcs": [{"id": "vpc-1", "name": "main", "region": "eu-west-1", "accountId": "111122223333",
                  "cidrs": ["10.0.0.0/16", "100.64.0.0/20"]}]}""");

        assertThat(network.vpcs()).containsExactly(new Vpc("vpc-1", "main", "eu-west-1", "111122223333",
                List.of(cidr("10.0.0.0/16"), cidr("100.64.0.0/20")), at("/vpcs/0")));
    }

    @Test
    void read_subnet_mapsCidrAzNameAzIdAndPublicIpFlag() throws Exception {
        Network network = read("""
                {"version": 1, "vpcs": [{"id": "vpc-1", "cidrs": ["10.0.0.0/16"]}],
                 "subnets": [{"id": "subnet-1", "name": "public-a", "vpcId": "vpc-1", "cidr": "10.0.0.0/24",
                   "azName": "us-east-1a", "azId": "use1-az4", "mapPublicIpOnLaunch": true}]}""");

        assertThat(network.subnets()).containsExactly(new Subnet("subnet-1", "public-a", "vpc-1", cidr("10.0.0.0/24"),
                "us-east-1a", Planned.known("use1-az4"), true, at("/subnets/0")));
    }

    @Test
    void read_routeTable_mapsEveryTargetKindDestinationsAndAssociations() throws Exception {
        Network network = read(withBase("""
                "routeTables": [{"id": "rtb-1", "name": "edge", "vpcId": "vpc-1", "main": true,
                  "routes": [
                    {"cidr": "10.0.0.0/16", "target": {"local": true}},
                    {"cidr": "0.0.0.0/0", "target": {"internetGateway": "igw-1"}},
                    {"cidr": "1.0.0.0/8", "target": {"egressOnlyInternetGateway": "eigw-1"}},
                    {"cidr": "2.0.0.0/8", "target": {"natGateway": "nat-1"}},
                    {"cidr": "3.0.0.0/8", "target": {"networkInterface": "eni-1"}},
                    {"cidr": "4.0.0.0/8", "target": {"instance": "i-1"}},
                    {"cidr": "5.0.0.0/8", "target": {"peering": "pcx-1"}},
                    {"cidr": "6.0.0.0/8", "target": {"vpcEndpoint": "vpce-1"}},
                    {"cidr": "7.0.0.0/8", "target": {"transitGateway": "tgw-1"}},
                    {"cidr": "8.0.0.0/8", "target": {"vpnGateway": "vgw-1"}},
                    {"cidr": "9.0.0.0/8", "target": {"opaque": {"kind": "carrier gateway", "id": "cagw-1"}}},
                    {"prefixList": "pl-1", "target": {"vpcEndpoint": "vpce-2"}, "source": "gatewayEndpoint"},
                    {"cidr": "11.0.0.0/8", "target": {"natGateway": "nat-gone"}, "source": "propagated", "blackhole": true}
                  ],
                  "subnetIds": ["subnet-a", "subnet-b"], "edgeGatewayIds": ["igw-1"]}]"""));

        RouteTable table = network.routeTables().get(0);
        assertThat(table.id()).isEqualTo("rtb-1");
        assertThat(table.name()).isEqualTo("edge");
        assertThat(table.vpcId()).isEqualTo("vpc-1");
        assertThat(table.main()).isTrue();
        assertThat(table.subnetIds()).containsExactly("subnet-a", "subnet-b");
        assertThat(table.edgeGatewayIds()).containsExactly("igw-1");
        assertThat(table.origin()).isEqualTo(at("/routeTables/0"));
        assertThat(table.routes()).extracting(Route::target).containsExactly(
                new RouteTarget.Local(),
                new RouteTarget.InternetGateway("igw-1"),
                new RouteTarget.EgressOnlyInternetGateway("eigw-1"),
                new RouteTarget.NatGateway("nat-1"),
                new RouteTarget.NetworkInterface("eni-1"),
                new RouteTarget.Instance("i-1"),
                new RouteTarget.Peering("pcx-1"),
                new RouteTarget.VpcEndpoint("vpce-1"),
                new RouteTarget.TransitGateway("tgw-1"),
                new RouteTarget.VpnGateway("vgw-1"),
                new RouteTarget.Opaque("carrier gateway", "cagw-1"),
                new RouteTarget.VpcEndpoint("vpce-2"),
                new RouteTarget.NatGateway("nat-gone"));
        assertThat(table.routes().get(11)).isEqualTo(new Route(new RouteDestination.PrefixListRef("pl-1"),
                new RouteTarget.VpcEndpoint("vpce-2"), Route.Source.GATEWAY_ENDPOINT, false, at("/routeTables/0/routes/11")));
        assertThat(table.routes().get(12)).isEqualTo(new Route(new RouteDestination.Cidr(cidr("11.0.0.0/8")),
                new RouteTarget.NatGateway("nat-gone"), Route.Source.PROPAGATED, true, at("/routeTables/0/routes/12")));
    }

    @Test
    void read_internetGateway_mapsAttachments() throws Exception {
        Network network = read(withBase("""
                "internetGateways": [{"id": "igw-1", "name": "main", "attachedVpcIds": ["vpc-1"]}]"""));

        assertThat(network.internetGateways()).containsExactly(
                new InternetGateway("igw-1", "main", List.of("vpc-1"), at("/internetGateways/0")));
    }

    @Test
    void read_elasticIp_mapsAddressesAndAssociation() throws Exception {
        Network network = read(withBase("""
                "elasticIps": [{"id": "eipalloc-1", "name": "nat", "publicIp": "203.0.113.10", "networkInterfaceId": "eni-1",
                  "instanceId": "i-1", "privateIp": "10.0.1.10"}]"""));

        assertThat(network.elasticIps()).containsExactly(new ElasticIp("eipalloc-1", "nat", ip("203.0.113.10"), "eni-1",
                "i-1", ip("10.0.1.10"), at("/elasticIps/0")));
    }

    @Test
    void read_natGateway_mapsConnectivityStateAndAddresses() throws Exception {
        Network network = read(withBase("""
                "natGateways": [{"id": "nat-1", "name": "private-nat", "subnetId": "subnet-a", "vpcId": "vpc-1",
                  "connectivity": "private", "state": "pending",
                  "addresses": [{"privateIp": "10.0.1.10", "allocationId": "eipalloc-1", "primary": false},
                                {"privateIp": "10.0.1.11", "publicIp": "203.0.113.11", "primary": true}]}]"""));

        assertThat(network.natGateways()).containsExactly(new NatGateway("nat-1", "private-nat", "subnet-a", "vpc-1",
                NatGateway.Connectivity.PRIVATE, "pending",
                List.of(new NatAddress(ip("10.0.1.10"), Planned.absent(), "eipalloc-1", false),
                        new NatAddress(ip("10.0.1.11"), ip("203.0.113.11"), "", true)),
                at("/natGateways/0")));
    }

    @Test
    void read_networkInterface_mapsAddressesGroupsAndSourceDestCheck() throws Exception {
        Network network = read(withBase("""
                "networkInterfaces": [{"id": "eni-1", "name": "appliance", "subnetId": "subnet-a", "vpcId": "vpc-1",
                  "interfaceType": "gateway_load_balancer_endpoint", "attachedTo": "vpce-1", "privateIp": "10.0.1.10",
                  "secondaryPrivateIps": ["10.0.1.11", "10.0.1.12"], "publicIp": "203.0.113.5",
                  "securityGroupIds": ["sg-1", "sg-2"], "sourceDestCheck": false}]"""));

        assertThat(network.networkInterfaces()).containsExactly(new NetworkInterface("eni-1", "appliance", "subnet-a",
                "vpc-1", "gateway_load_balancer_endpoint", "vpce-1", ip("10.0.1.10"),
                List.of(Ipv4.parse("10.0.1.11"), Ipv4.parse("10.0.1.12")), ip("203.0.113.5"), List.of("sg-1", "sg-2"),
                false, at("/networkInterfaces/0")));
    }

    @Test
    void read_instance_mapsInterfacesInGivenOrderAndState() throws Exception {
        Network network = read(withBase("""
                "instances": [{"id": "i-1", "name": "app", "subnetId": "subnet-a", "networkInterfaceIds": ["eni-2", "eni-1"],
                  "state": "stopped"}]"""));

        assertThat(network.instances()).containsExactly(
                new Instance("i-1", "app", "subnet-a", List.of("eni-2", "eni-1"), "stopped", at("/instances/0")));
    }

    @Test
    void read_securityGroup_mapsEveryPeerKindProtocolAndPortForm() throws Exception {
        Network network = read(withBase("""
                "securityGroups": [{"id": "sg-1", "name": "app", "vpcId": "vpc-1", "isDefault": true,
                  "ingress": [
                    {"protocol": "tcp", "ports": 443, "cidr": "0.0.0.0/0", "description": "https"},
                    {"protocol": "udp", "ports": "1024-65535", "prefixList": "pl-1"},
                    {"protocol": "icmp", "icmpType": 8, "icmpCode": 0, "securityGroup": "sg-2", "ownerAccount": "444455556666"},
                    {"protocol": 50, "cidr": "192.0.2.0/24"},
                    {"protocol": "tcp", "ports": "22", "cidr": "198.51.100.7/32"}
                  ],
                  "egress": [{"protocol": "all", "securityGroup": "sg-1"}]}]"""));

        SecurityGroup group = network.securityGroups().get(0);
        assertThat(group.id()).isEqualTo("sg-1");
        assertThat(group.name()).isEqualTo("app");
        assertThat(group.vpcId()).isEqualTo("vpc-1");
        assertThat(group.isDefault()).isTrue();
        assertThat(group.origin()).isEqualTo(at("/securityGroups/0"));
        assertThat(group.ingress()).containsExactly(
                new SgRule(TrafficMatch.tcp(PortRange.single(443)), new SgPeer.Cidr(Prefix.ANY), "https",
                        at("/securityGroups/0/ingress/0")),
                new SgRule(TrafficMatch.udp(PortRange.AWS_EPHEMERAL), new SgPeer.PrefixListRef("pl-1"), "",
                        at("/securityGroups/0/ingress/1")),
                new SgRule(TrafficMatch.icmp(8, 0), new SgPeer.Group("sg-2", "444455556666"), "",
                        at("/securityGroups/0/ingress/2")),
                new SgRule(new TrafficMatch(new Protocol(50), null, -1, -1), new SgPeer.Cidr(cidr("192.0.2.0/24")), "",
                        at("/securityGroups/0/ingress/3")),
                new SgRule(TrafficMatch.tcp(PortRange.single(22)), new SgPeer.Cidr(cidr("198.51.100.7/32")), "",
                        at("/securityGroups/0/ingress/4")));
        assertThat(group.egress()).containsExactly(
                new SgRule(TrafficMatch.ALL, new SgPeer.Group("sg-1", ""), "", at("/securityGroups/0/egress/0")));
    }

    @Test
    void read_networkAcl_mapsEntriesInRuleOrderWithDirectionAndAction() throws Exception {
        Network network = read(withBase("""
                "networkAcls": [{"id": "acl-1", "name": "strict", "vpcId": "vpc-1", "isDefault": true,
                  "entries": [
                    {"ruleNumber": 200, "egress": false, "protocol": "tcp", "ports": "1024-65535", "cidr": "0.0.0.0/0", "allow": true},
                    {"ruleNumber": 100, "egress": false, "protocol": "icmp", "icmpType": 3, "icmpCode": 4, "cidr": "10.0.0.0/8", "allow": false},
                    {"ruleNumber": 32767, "egress": true, "cidr": "0.0.0.0/0", "allow": false}
                  ],
                  "subnetIds": ["subnet-a"]}]"""));

        assertThat(network.networkAcls()).containsExactly(new NetworkAcl("acl-1", "strict", "vpc-1", true, List.of(
                new AclEntry(100, false, TrafficMatch.icmp(3, 4), cidr("10.0.0.0/8"), false, at("/networkAcls/0/entries/1")),
                new AclEntry(200, false, TrafficMatch.tcp(PortRange.AWS_EPHEMERAL), Prefix.ANY, true,
                        at("/networkAcls/0/entries/0")),
                new AclEntry(32767, true, TrafficMatch.ALL, Prefix.ANY, false, at("/networkAcls/0/entries/2"))),
                List.of("subnet-a"), at("/networkAcls/0")));
    }

    @Test
    void read_prefixList_mapsEntriesMaxEntriesAndOwner() throws Exception {
        Network network = read("""
                {"version": 1, "prefixLists": [{"id": "pl-1", "name": "office", "cidrs": ["198.51.100.0/24", "203.0.113.0/25"],
                  "maxEntries": 10, "awsManaged": true}]}""");

        assertThat(network.prefixLists()).containsExactly(new PrefixList("pl-1", "office",
                List.of(cidr("198.51.100.0/24"), cidr("203.0.113.0/25")), 10, true, at("/prefixLists/0")));
    }

    @Test
    void read_peeringConnection_mapsBothSidesAndStatus() throws Exception {
        Network network = read(withBase("""
                "peeringConnections": [{"id": "pcx-1", "name": "to-shared", "requesterVpcId": "vpc-1",
                  "requesterCidrs": ["10.0.0.0/16"], "accepterVpcId": "vpc-other", "accepterCidrs": ["172.16.0.0/12"],
                  "status": "pending-acceptance"}]"""));

        assertThat(network.peeringConnections()).containsExactly(new PeeringConnection("pcx-1", "to-shared", "vpc-1",
                List.of(cidr("10.0.0.0/16")), "vpc-other", List.of(cidr("172.16.0.0/12")), "pending-acceptance",
                at("/peeringConnections/0")));
    }

    @Test
    void read_vpcEndpoints_mapsEachKindInGatewayInterfaceGwlbOrder() throws Exception {
        Network network = read(withBase("""
                "gwlbEndpoints": [{"id": "vpce-3", "name": "inspect", "vpcId": "vpc-1", "serviceName": "com.amazonaws.vpce.us-east-1.vpce-svc-2",
                  "endpointServiceId": "vpce-svc-2", "subnetId": "subnet-a", "networkInterfaceId": "eni-3", "state": "pending",
                  "ownerAccount": "111122223333"}],
                "interfaceEndpoints": [{"id": "vpce-2", "name": "orders", "vpcId": "vpc-1",
                  "serviceName": "com.amazonaws.vpce.us-east-1.vpce-svc-1", "endpointServiceId": "vpce-svc-1",
                  "serviceRegion": "us-west-2", "subnetIds": ["subnet-a", "subnet-b"], "networkInterfaceIds": ["eni-1", "eni-2"],
                  "securityGroupIds": ["sg-1"], "privateDnsEnabled": false, "state": "pendingAcceptance",
                  "ownerAccount": "111122223333", "dnsNames": ["vpce-2.vpce-svc-1.us-east-1.vpce.amazonaws.com"]}],
                "gatewayEndpoints": [{"id": "vpce-1", "name": "s3", "vpcId": "vpc-1", "serviceName": "com.amazonaws.us-east-1.s3",
                  "state": "pending", "routeTableIds": ["rtb-1"], "prefixListId": "pl-63a5400a"}]"""));

        assertThat(network.vpcEndpoints()).containsExactly(
                new GatewayEndpoint("vpce-1", "s3", "vpc-1", "com.amazonaws.us-east-1.s3", "pending", List.of("rtb-1"),
                        "pl-63a5400a", at("/gatewayEndpoints/0")),
                new InterfaceEndpoint("vpce-2", "orders", "vpc-1", Planned.known("com.amazonaws.vpce.us-east-1.vpce-svc-1"),
                        "vpce-svc-1", "us-west-2", List.of("subnet-a", "subnet-b"), List.of("eni-1", "eni-2"), List.of("sg-1"),
                        false, "pendingAcceptance", "111122223333", List.of("vpce-2.vpce-svc-1.us-east-1.vpce.amazonaws.com"),
                        at("/interfaceEndpoints/0")),
                new GwlbEndpoint("vpce-3", "inspect", "vpc-1", Planned.known("com.amazonaws.vpce.us-east-1.vpce-svc-2"),
                        "vpce-svc-2", "subnet-a", "eni-3", "pending", "111122223333", at("/gwlbEndpoints/0")));
    }

    @Test
    void read_endpointService_mapsAcceptancePrincipalsDnsRegionsZonesAndConnections() throws Exception {
        Network network = read("""
                {"version": 1, "endpointServices": [{"id": "vpce-svc-1", "name": "orders",
                  "serviceName": "com.amazonaws.vpce.us-east-1.vpce-svc-1", "serviceKind": "GatewayLoadBalancer",
                  "loadBalancerArns": ["arn:lb-1"], "acceptanceRequired": true, "allowedPrincipals": ["*"],
                  "privateDnsName": "orders.example.com", "privateDnsState": "pendingVerification",
                  "supportedRegions": ["us-east-1", "us-west-2"], "supportedIpAddressTypes": ["ipv4", "ipv6"],
                  "region": "us-east-1", "ownerAccount": "444455556666", "availabilityZones": ["us-east-1a"], "state": "Pending",
                  "connections": [{"endpointId": "vpce-2", "state": "pendingAcceptance", "ownerAccount": "111122223333"},
                                  {"endpointId": "vpce-3", "state": "rejected"}]}]}""");

        assertThat(network.endpointServices()).containsExactly(new EndpointService("vpce-svc-1", "orders",
                Planned.known("com.amazonaws.vpce.us-east-1.vpce-svc-1"), EndpointService.Kind.GATEWAY_LOAD_BALANCER,
                List.of("arn:lb-1"), true, List.of("*"), "orders.example.com", "pendingVerification",
                List.of("us-east-1", "us-west-2"), List.of("ipv4", "ipv6"), "us-east-1", "444455556666", List.of("us-east-1a"),
                "Pending", List.of(
                        new EndpointConnection("vpce-2", "pendingAcceptance", "111122223333",
                                at("/endpointServices/0/connections/0")),
                        new EndpointConnection("vpce-3", "rejected", "", at("/endpointServices/0/connections/1"))),
                at("/endpointServices/0")));
    }

    @Test
    void read_loadBalancer_mapsTypeSchemeZonesGroupsAndSettings() throws Exception {
        Network network = read(withBase("""
                "loadBalancers": [{"id": "arn:lb-1", "name": "orders-nlb", "type": "network", "internal": true, "vpcId": "vpc-1",
                  "zones": [{"subnetId": "subnet-a", "azName": "us-east-1a", "azId": "use1-az1", "addresses": ["10.0.1.10", "10.0.1.11"]},
                            {"subnetId": "subnet-b", "addresses": ["10.0.2.10"]}],
                  "securityGroupIds": ["sg-1"], "crossZone": true, "enforceSgInboundOnPrivateLink": false, "state": "provisioning"}]"""));

        assertThat(network.loadBalancers()).containsExactly(new LoadBalancer("arn:lb-1", "orders-nlb",
                LoadBalancer.Type.NETWORK, true, "vpc-1", List.of(
                        new LbZone("subnet-a", "us-east-1a", Planned.known("use1-az1"),
                                List.of(ip("10.0.1.10"), ip("10.0.1.11"))),
                        new LbZone("subnet-b", "us-east-1b", Planned.known("use1-az2"), List.of(ip("10.0.2.10")))),
                List.of("sg-1"), true, false, "provisioning", at("/loadBalancers/0")));
    }

    @Test
    void read_targetGroup_mapsHealthCheckStickinessFailoverProxyCrossZoneAndTargets() throws Exception {
        Network network = read(withBase("""
                "targetGroups": [{"id": "arn:tg-1", "name": "appliances", "protocol": "GENEVE", "port": 6081, "targetType": "ip",
                  "vpcId": "vpc-1",
                  "healthCheck": {"enabled": true, "protocol": "HTTP", "port": 8080, "path": "/healthz", "intervalSeconds": 5,
                    "timeoutSeconds": 2, "healthyThreshold": 3, "unhealthyThreshold": 4},
                  "stickiness": "3-tuple", "rebalanceOnFailover": true, "proxyProtocolV2": true, "crossZone": false,
                  "targets": [{"id": "10.0.1.20", "port": 6081, "azName": "us-east-1a", "health": "unhealthy"},
                              {"id": "10.0.2.20", "health": "draining"}]}]"""));

        assertThat(network.targetGroups()).containsExactly(new TargetGroup("arn:tg-1", "appliances", "GENEVE", 6081,
                TargetGroup.TargetType.IP, "vpc-1", new HealthCheck(true, "HTTP", "8080", "/healthz", 5, 2, 3, 4),
                TargetGroup.Stickiness.THREE_TUPLE, true, true, false, List.of(
                        new Target("10.0.1.20", 6081, "us-east-1a", TargetHealth.UNHEALTHY, at("/targetGroups/0/targets/0")),
                        new Target("10.0.2.20", 6081, "", TargetHealth.DRAINING, at("/targetGroups/0/targets/1"))),
                at("/targetGroups/0")));
    }

    @Test
    void read_listener_mapsLoadBalancerPortProtocolAndForwardGroups() throws Exception {
        Network network = read(withBase("""
                "loadBalancers": [{"id": "arn:lb-1", "zones": [{"subnetId": "subnet-a"}]}],
                "listeners": [{"id": "arn:listener-1", "loadBalancerArn": "arn:lb-1", "port": 443, "protocol": "TLS",
                  "forwardTargetGroupArns": ["arn:tg-1"]}]"""));

        assertThat(network.listeners()).containsExactly(
                new Listener("arn:listener-1", "arn:lb-1", 443, "TLS", List.of("arn:tg-1"), at("/listeners/0")));
    }

    @Test
    void read_serviceNetworkAndAssociations_mapAuthPolicyAsCompactJsonAndStatuses() throws Exception {
        Network network = read(withBase("""
                "serviceNetworks": [{"id": "sn-1", "arn": "arn:sn-1", "name": "apps", "authType": "AWS_IAM",
                  "authPolicy": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "vpc-lattice-svcs:Invoke", "Resource": "*"}]}}],
                "vpcAssociations": [{"id": "snva-1", "serviceNetworkId": "sn-1", "vpcId": "vpc-1", "securityGroupIds": ["sg-1"],
                  "status": "CREATE_IN_PROGRESS"}],
                "serviceAssociations": [{"id": "snsa-1", "serviceNetworkId": "sn-1", "serviceId": "svc-1", "status": "CREATE_FAILED"}]"""));

        assertThat(network.serviceNetworks()).containsExactly(new ServiceNetwork("sn-1", "arn:sn-1", "apps", AuthType.AWS_IAM,
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\","
                        + "\"Action\":\"vpc-lattice-svcs:Invoke\",\"Resource\":\"*\"}]}",
                at("/serviceNetworks/0")));
        assertThat(network.vpcAssociations()).containsExactly(new VpcAssociation("snva-1", "sn-1", "vpc-1", List.of("sg-1"),
                "CREATE_IN_PROGRESS", at("/vpcAssociations/0")));
        assertThat(network.serviceAssociations()).containsExactly(
                new ServiceAssociation("snsa-1", "sn-1", "svc-1", "CREATE_FAILED", at("/serviceAssociations/0")));
    }

    @Test
    void read_latticeService_mapsDnsNamesAndAuthPolicyGivenAsText() throws Exception {
        Network network = read("""
                {"version": 1, "latticeServices": [{"id": "svc-1", "arn": "arn:svc-1", "name": "orders",
                  "dnsName": "orders-svc-1.7d67968.vpc-lattice-svcs.us-east-1.on.aws", "customDomainName": "orders.example.com",
                  "authType": "AWS_IAM", "authPolicy": "{ \\"Version\\": \\"2012-10-17\\", \\"Statement\\": [] }"}]}""");

        assertThat(network.latticeServices()).containsExactly(new LatticeService("svc-1", "arn:svc-1", "orders",
                Planned.known("orders-svc-1.7d67968.vpc-lattice-svcs.us-east-1.on.aws"), "orders.example.com",
                AuthType.AWS_IAM, "{ \"Version\": \"2012-10-17\", \"Statement\": [] }", at("/latticeServices/0")));
    }

    @Test
    void read_latticeListenerAndRules_mapProtocolPortActionsAndMatches() throws Exception {
        Network network = read("""
                {"version": 1,
                 "latticeServices": [{"id": "svc-1"}],
                 "latticeListeners": [{"id": "listener-1", "serviceId": "svc-1", "name": "tls", "protocol": "TLS_PASSTHROUGH",
                   "port": 8443, "defaultAction": {"fixedResponse": 404}}],
                 "latticeRules": [{"id": "rule-1", "listenerId": "listener-1", "name": "canary", "priority": 7,
                   "match": {"method": "POST", "path": {"value": "/Orders", "exact": true, "caseSensitive": false},
                     "headers": [{"name": "x-env", "type": "prefix", "value": "Canary", "caseSensitive": true},
                                 {"name": "x-team", "type": "contains", "value": "pay"}]},
                   "action": {"forward": [{"targetGroupId": "tg-1", "weight": 0}, {"targetGroupId": "tg-2", "weight": 999}]}}]}""");

        assertThat(network.latticeListeners()).containsExactly(new LatticeListener("listener-1", "svc-1", "tls",
                LatticeProtocol.TLS_PASSTHROUGH, 8443, new LatticeAction.FixedResponse(404), at("/latticeListeners/0")));
        assertThat(network.latticeRules()).containsExactly(new LatticeRule("rule-1", "listener-1", "canary", 7,
                new HttpMatch("POST", new PathMatch("/Orders", true, false), List.of(
                        new HeaderMatch("x-env", HeaderMatch.Type.PREFIX, "Canary", true),
                        new HeaderMatch("x-team", HeaderMatch.Type.CONTAINS, "pay", false))),
                new LatticeAction.Forward(List.of(new WeightedTargetGroup(Planned.known("tg-1"), 0),
                        new WeightedTargetGroup(Planned.known("tg-2"), 999))),
                at("/latticeRules/0")));
    }

    @Test
    void read_latticeTargetGroup_mapsTypePortProtocolHealthCheckAndTargets() throws Exception {
        Network network = read(withBase("""
                "latticeTargetGroups": [{"id": "tg-1", "arn": "arn:tg-1", "name": "orders-ip", "type": "IP", "port": 8080,
                  "protocol": "HTTPS", "vpcId": "vpc-1", "healthCheckEnabled": false,
                  "targets": [{"id": "10.0.1.30", "port": 9090, "health": "healthy"}, {"id": "10.0.2.30", "health": "unavailable"}]}]"""));

        assertThat(network.latticeTargetGroups()).containsExactly(new LatticeTargetGroup("tg-1", "arn:tg-1", "orders-ip",
                LatticeTargetGroup.Type.IP, 8080, "HTTPS", "vpc-1", false, List.of(
                        new LatticeTarget("10.0.1.30", 9090, TargetHealth.HEALTHY, at("/latticeTargetGroups/0/targets/0")),
                        new LatticeTarget("10.0.2.30", 8080, TargetHealth.UNAVAILABLE, at("/latticeTargetGroups/0/targets/1"))),
                at("/latticeTargetGroups/0")));
    }

    @Test
    void read_elementOrigins_nameTheFileAndEachElementsPointer() throws Exception {
        Network network = new GraphReader().read("nets/prod.json", withBase("")).network();

        assertThat(network.subnets()).extracting(Subnet::origin).containsExactly(
                Origin.of("nets/prod.json", "/subnets/0"),
                Origin.of("nets/prod.json", "/subnets/1"));
    }

    @Test
    void read_ingested_namesFormatAndSource() throws Exception {
        var ingested = new GraphReader().read("nets/prod.json", withBase(""));

        assertThat(ingested.format()).isEqualTo("graph");
        assertThat(ingested.sources()).containsExactly("nets/prod.json");
        assertThat(ingested.notes()).isEmpty();
    }
}
