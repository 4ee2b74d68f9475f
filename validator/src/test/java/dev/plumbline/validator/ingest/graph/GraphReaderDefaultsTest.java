package dev.plumbline.validator.ingest.graph;

import static dev.plumbline.validator.ingest.graph.GraphFixtures.at;
import static dev.plumbline.validator.ingest.graph.GraphFixtures.read;
import static dev.plumbline.validator.ingest.graph.GraphFixtures.withBase;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.validator.model.AclEntry;
import dev.plumbline.validator.model.NatGateway;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.Route;
import dev.plumbline.validator.model.RouteDestination;
import dev.plumbline.validator.model.RouteTable;
import dev.plumbline.validator.model.RouteTarget;
import dev.plumbline.validator.model.SecurityGroup;
import dev.plumbline.validator.model.SgPeer;
import dev.plumbline.validator.model.SgRule;
import dev.plumbline.validator.model.TrafficMatch;
import dev.plumbline.validator.model.elb.HealthCheck;
import dev.plumbline.validator.model.elb.LbZone;
import dev.plumbline.validator.model.elb.LoadBalancer;
import dev.plumbline.validator.model.elb.TargetGroup;
import dev.plumbline.validator.model.elb.TargetHealth;
import dev.plumbline.validator.model.endpoint.EndpointService;
import dev.plumbline.validator.model.endpoint.GwlbEndpoint;
import dev.plumbline.validator.model.endpoint.InterfaceEndpoint;
import dev.plumbline.validator.model.lattice.AuthType;
import dev.plumbline.validator.model.lattice.HeaderMatch;
import dev.plumbline.validator.model.lattice.LatticeAction;
import dev.plumbline.validator.model.lattice.LatticeListener;
import dev.plumbline.validator.model.lattice.LatticeProtocol;
import dev.plumbline.validator.model.lattice.LatticeRule;
import dev.plumbline.validator.model.lattice.PathMatch;
import dev.plumbline.validator.model.lattice.WeightedTargetGroup;
import dev.plumbline.validator.net.PortRange;
import dev.plumbline.validator.net.Prefix;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an absent key means: what AWS does for a new resource, or what the rest of the file implies. */
class GraphReaderDefaultsTest {

    @Test
    void read_whenSecurityGroupEgressAbsent_allowsAllTrafficToEverywhereLikeANewGroup() throws Exception {
        Network network = read(withBase("""
                "securityGroups": [{"id": "sg-1", "vpcId": "vpc-1"}]"""));

        SecurityGroup group = network.securityGroups().get(0);
        assertThat(group.egress()).containsExactly(
                new SgRule(TrafficMatch.ALL, new SgPeer.Cidr(Prefix.ANY), "", at("/securityGroups/0")));
        assertThat(group.ingress()).isEmpty();
    }

    @Test
    void read_whenSecurityGroupEgressIsEmptyList_letsNothingOut() throws Exception {
        Network network = read(withBase("""
                "securityGroups": [{"id": "sg-1", "vpcId": "vpc-1", "egress": []}]"""));

        assertThat(network.securityGroups().get(0).egress()).isEmpty();
    }

    @Test
    void read_whenDefaultGroupIngressAbsent_allowsAllTrafficFromItsOwnMembers() throws Exception {
        Network network = read(withBase("""
                "securityGroups": [{"id": "sg-default", "vpcId": "vpc-1", "isDefault": true}]"""));

        assertThat(network.securityGroups().get(0).ingress()).containsExactly(
                new SgRule(TrafficMatch.ALL, new SgPeer.Group("sg-default", ""), "", at("/securityGroups/0")));
    }

    @Test
    void read_whenDefaultGroupIngressIsEmptyList_hasNoInboundRules() throws Exception {
        Network network = read(withBase("""
                "securityGroups": [{"id": "sg-default", "vpcId": "vpc-1", "isDefault": true, "ingress": []}]"""));

        assertThat(network.securityGroups().get(0).ingress()).isEmpty();
    }

    @Test
    void read_whenRuleHasNoProtocolOrPorts_matchesAllTraffic() throws Exception {
        Network network = read(withBase("""
                "securityGroups": [{"id": "sg-1", "vpcId": "vpc-1", "ingress": [{"cidr": "10.0.0.0/8"}, {"protocol": "tcp", "cidr": "10.0.0.0/8"}]}]"""));

        assertThat(network.securityGroups().get(0).ingress()).extracting(SgRule::match)
                .containsExactly(TrafficMatch.ALL, TrafficMatch.tcp(PortRange.ALL));
    }

    @Test
    void read_whenDefaultAclEntriesAbsent_allowsAllInBothDirectionsWithRule100() throws Exception {
        Network network = read(withBase("""
                "networkAcls": [{"id": "acl-1", "vpcId": "vpc-1", "isDefault": true}]"""));

        assertThat(network.networkAcls().get(0).entries()).containsExactly(
                new AclEntry(100, false, TrafficMatch.ALL, Prefix.ANY, true, at("/networkAcls/0")),
                new AclEntry(100, true, TrafficMatch.ALL, Prefix.ANY, true, at("/networkAcls/0")));
    }

    @Test
    void read_whenCustomAclEntriesAbsent_hasNoRulesSoEverythingIsDenied() throws Exception {
        Network network = read(withBase("""
                "networkAcls": [{"id": "acl-1", "vpcId": "vpc-1"}]"""));

        assertThat(network.networkAcls().get(0).entries()).isEmpty();
    }

    @Test
    void read_whenTableHasNoLocalRoute_addsOneFirstPerVpcCidrPointingAtTheTable() throws Exception {
        Network network = read("""
                {"version": 1, "vpcs": [{"id": "vpc-1", "cidrs": ["10.0.0.0/16", "100.64.0.0/20"]}],
                 "routeTables": [{"id": "rtb-1", "vpcId": "vpc-1", "routes": [{"cidr": "0.0.0.0/0", "target": {"natGateway": "nat-1"}}]}]}""");

        assertThat(network.routeTables().get(0).routes()).containsExactly(
                new Route(new RouteDestination.Cidr(Prefix.parse("10.0.0.0/16")), new RouteTarget.Local(), Route.Source.LOCAL,
                        false, at("/routeTables/0")),
                new Route(new RouteDestination.Cidr(Prefix.parse("100.64.0.0/20")), new RouteTarget.Local(),
                        Route.Source.LOCAL, false, at("/routeTables/0")),
                new Route(new RouteDestination.Cidr(Prefix.ANY), new RouteTarget.NatGateway("nat-1"), Route.Source.STATIC,
                        false, at("/routeTables/0/routes/0")));
    }

    @Test
    void read_whenTableRoutesTheVpcCidrElsewhere_keepsThatRouteAndAddsNoLocalRoute() throws Exception {
        Network network = read(withBase("""
                "routeTables": [{"id": "rtb-edge", "vpcId": "vpc-1", "edgeGatewayIds": ["igw-1"],
                  "routes": [{"cidr": "10.0.0.0/16", "target": {"vpcEndpoint": "vpce-gwlb"}}]}]"""));

        assertThat(network.routeTables().get(0).routes()).extracting(Route::target)
                .containsExactly(new RouteTarget.VpcEndpoint("vpce-gwlb"));
    }

    @Test
    void read_whenGatewayEndpointRouteMissing_addsPrefixListRouteToEachAssociatedTable() throws Exception {
        Network network = read(withBase("""
                "routeTables": [
                  {"id": "rtb-1", "vpcId": "vpc-1"},
                  {"id": "rtb-2", "vpcId": "vpc-1", "routes": [{"prefixList": "pl-s3", "target": {"vpcEndpoint": "vpce-s3"}, "source": "gatewayEndpoint"}]},
                  {"id": "rtb-3", "vpcId": "vpc-1"}
                ],
                "gatewayEndpoints": [{"id": "vpce-s3", "vpcId": "vpc-1", "routeTableIds": ["rtb-1", "rtb-2"], "prefixListId": "pl-s3"}]"""));

        Route endpointRoute = new Route(new RouteDestination.PrefixListRef("pl-s3"), new RouteTarget.VpcEndpoint("vpce-s3"),
                Route.Source.GATEWAY_ENDPOINT, false, at("/gatewayEndpoints/0"));
        List<RouteTable> tables = network.routeTables();
        assertThat(tables.get(0).routes()).hasSize(2).last().isEqualTo(endpointRoute);
        assertThat(tables.get(1).routes()).hasSize(2).last().extracting(Route::origin).isEqualTo(at("/routeTables/1/routes/0"));
        assertThat(tables.get(2).routes()).extracting(Route::target).containsExactly(new RouteTarget.Local());
    }

    @Test
    void read_whenRouteSourceAbsent_isLocalForLocalTargetAndStaticOtherwise() throws Exception {
        Network network = read(withBase("""
                "routeTables": [{"id": "rtb-1", "vpcId": "vpc-1", "routes": [
                  {"cidr": "10.0.0.0/16", "target": {"local": true}},
                  {"cidr": "0.0.0.0/0", "target": {"internetGateway": "igw-1"}}]}]"""));

        assertThat(network.routeTables().get(0).routes()).extracting(Route::source, Route::blackhole)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Route.Source.LOCAL, false),
                        org.assertj.core.groups.Tuple.tuple(Route.Source.STATIC, false));
    }

    @Test
    void read_whenInterfaceKeysAbsent_takesSubnetVpcPlainTypeCheckOnAndNoPublicIp() throws Exception {
        Network network = read(withBase("""
                "networkInterfaces": [{"id": "eni-1", "subnetId": "subnet-b", "privateIp": "10.0.2.10"}]"""));

        NetworkInterface eni = network.networkInterfaces().get(0);
        assertThat(eni.vpcId()).isEqualTo("vpc-1");
        assertThat(eni.interfaceType()).isEqualTo("interface");
        assertThat(eni.sourceDestCheck()).isTrue();
        assertThat(eni.publicIp()).isEqualTo(Planned.absent());
        assertThat(eni.attachedTo()).isEmpty();
        assertThat(eni.securityGroupIds()).isEmpty();
    }

    @Test
    void read_whenInstanceListsNoInterfaces_takesThoseAttachedToItInFileOrderAndRunning() throws Exception {
        Network network = read(withBase("""
                "networkInterfaces": [
                  {"id": "eni-2", "subnetId": "subnet-a", "attachedTo": "i-1"},
                  {"id": "eni-other", "subnetId": "subnet-a", "attachedTo": "i-2"},
                  {"id": "eni-1", "subnetId": "subnet-a", "attachedTo": "i-1"}],
                "instances": [{"id": "i-1", "subnetId": "subnet-a"}]"""));

        assertThat(network.instances().get(0).networkInterfaceIds()).containsExactly("eni-2", "eni-1");
        assertThat(network.instances().get(0).state()).isEqualTo("running");
    }

    @Test
    void read_whenNatGatewayKeysAbsent_isPublicAvailableInSubnetVpcWithFirstAddressPrimary() throws Exception {
        Network network = read(withBase("""
                "natGateways": [{"id": "nat-1", "subnetId": "subnet-a",
                  "addresses": [{"privateIp": "10.0.1.10"}, {"privateIp": "10.0.1.11"}]}]"""));

        NatGateway nat = network.natGateways().get(0);
        assertThat(nat.vpcId()).isEqualTo("vpc-1");
        assertThat(nat.connectivity()).isEqualTo(NatGateway.Connectivity.PUBLIC);
        assertThat(nat.state()).isEqualTo("available");
        assertThat(nat.addresses()).extracting(a -> a.primary()).containsExactly(true, false);
        assertThat(nat.addresses().get(0).publicIp()).isEqualTo(Planned.absent());
    }

    @Test
    void read_whenEndpointKeysAbsent_deriveVpcAndInterfacesAndTakeAwsDefaults() throws Exception {
        Network network = read(withBase("""
                "networkInterfaces": [
                  {"id": "eni-e1", "subnetId": "subnet-a", "attachedTo": "vpce-if"},
                  {"id": "eni-g1", "subnetId": "subnet-b", "attachedTo": "vpce-gw"},
                  {"id": "eni-e2", "subnetId": "subnet-b", "attachedTo": "vpce-if"}],
                "interfaceEndpoints": [{"id": "vpce-if", "subnetIds": ["subnet-a", "subnet-b"]}],
                "gwlbEndpoints": [{"id": "vpce-gw", "subnetId": "subnet-b"}]"""));

        InterfaceEndpoint endpoint = (InterfaceEndpoint) network.vpcEndpoints().get(0);
        assertThat(endpoint.vpcId()).isEqualTo("vpc-1");
        assertThat(endpoint.networkInterfaceIds()).containsExactly("eni-e1", "eni-e2");
        assertThat(endpoint.privateDnsEnabled()).isTrue();
        assertThat(endpoint.state()).isEqualTo("available");
        assertThat(endpoint.serviceName()).isEqualTo(Planned.absent());
        GwlbEndpoint gwlbEndpoint = (GwlbEndpoint) network.vpcEndpoints().get(1);
        assertThat(gwlbEndpoint.vpcId()).isEqualTo("vpc-1");
        assertThat(gwlbEndpoint.networkInterfaceId()).isEqualTo("eni-g1");
        assertThat(gwlbEndpoint.state()).isEqualTo("available");
    }

    @Test
    void read_whenLoadBalancerKeysAbsent_isInternetFacingNlbWithoutCrossZoneAndZonesTakeSubnetAz() throws Exception {
        Network network = read(withBase("""
                "loadBalancers": [{"id": "arn:nlb", "zones": [{"subnetId": "subnet-b", "addresses": ["10.0.2.5"]}]},
                                  {"id": "arn:alb", "type": "application", "zones": [{"subnetId": "subnet-a"}]},
                                  {"id": "arn:gwlb", "type": "gateway", "zones": [{"subnetId": "subnet-a", "azId": null}]}]"""));

        LoadBalancer nlb = network.loadBalancers().get(0);
        assertThat(nlb.type()).isEqualTo(LoadBalancer.Type.NETWORK);
        assertThat(nlb.internal()).isFalse();
        assertThat(nlb.vpcId()).isEqualTo("vpc-1");
        assertThat(nlb.crossZone()).isFalse();
        assertThat(nlb.enforceSgInboundOnPrivateLink()).isTrue();
        assertThat(nlb.state()).isEqualTo("active");
        assertThat(nlb.zones().get(0)).extracting(LbZone::azName, LbZone::azId)
                .containsExactly("us-east-1b", Planned.known("use1-az2"));
        assertThat(network.loadBalancers().get(1).crossZone()).as("ALBs always balance across zones").isTrue();
        assertThat(network.loadBalancers().get(2).zones().get(0).azId()).as("null says: no AZ id").isEqualTo(Planned.absent());
    }

    @Test
    void read_whenTargetGroupKeysAbsent_takesHealthCheckDefaultsOfItsKindAndTargetPortsFromTheGroup() throws Exception {
        Network network = read(withBase("""
                "targetGroups": [
                  {"id": "arn:geneve", "protocol": "GENEVE", "port": 6081, "targets": [{"id": "i-1"}]},
                  {"id": "arn:tcp", "protocol": "TCP", "port": 443, "healthCheck": {"port": 8443, "intervalSeconds": 10}},
                  {"id": "arn:lambda", "targetType": "lambda"}]"""));

        TargetGroup geneve = network.targetGroups().get(0);
        assertThat(geneve.healthCheck()).isEqualTo(new HealthCheck(true, "TCP", "80", "", 10, 5, 5, 2));
        assertThat(geneve.targetType()).isEqualTo(TargetGroup.TargetType.INSTANCE);
        assertThat(geneve.stickiness()).isEqualTo(TargetGroup.Stickiness.FIVE_TUPLE);
        assertThat(geneve.rebalanceOnFailover()).isFalse();
        assertThat(geneve.proxyProtocolV2()).isFalse();
        assertThat(geneve.crossZone()).as("absent: the load balancer's setting applies").isNull();
        assertThat(geneve.targets().get(0).port()).isEqualTo(6081);
        assertThat(geneve.targets().get(0).health()).isEqualTo(TargetHealth.UNKNOWN);
        assertThat(network.targetGroups().get(1).healthCheck())
                .isEqualTo(new HealthCheck(true, "TCP", "8443", "", 10, 10, 5, 2));
        assertThat(network.targetGroups().get(2).port()).isZero();
    }

    @Test
    void read_whenEndpointServiceKeysAbsent_derivesKindAndZonesFromItsLoadBalancers() throws Exception {
        Network network = read(withBase("""
                "loadBalancers": [{"id": "arn:gwlb", "type": "gateway", "zones": [{"subnetId": "subnet-b"}, {"subnetId": "subnet-a"}]},
                                  {"id": "arn:nlb", "zones": [{"subnetId": "subnet-a"}]}],
                "endpointServices": [{"id": "vpce-svc-1", "loadBalancerArns": ["arn:gwlb"], "acceptanceRequired": false},
                                     {"id": "vpce-svc-2", "loadBalancerArns": ["arn:nlb", "arn:not-in-file"], "acceptanceRequired": true}]"""));

        EndpointService gwlbService = network.endpointServices().get(0);
        assertThat(gwlbService.serviceKind()).isEqualTo(EndpointService.Kind.GATEWAY_LOAD_BALANCER);
        assertThat(gwlbService.availabilityZones()).containsExactly("us-east-1b", "us-east-1a");
        assertThat(gwlbService.supportedIpAddressTypes()).containsExactly("ipv4");
        assertThat(gwlbService.state()).isEqualTo("Available");
        EndpointService nlbService = network.endpointServices().get(1);
        assertThat(nlbService.serviceKind()).isEqualTo(EndpointService.Kind.INTERFACE);
        assertThat(nlbService.availabilityZones()).containsExactly("us-east-1a");
    }

    @Test
    void read_whenPeeringCidrsAbsent_takesEachVpcsCidrsWhenInTheFileAndIsActive() throws Exception {
        Network network = read(withBase("""
                "peeringConnections": [{"id": "pcx-1", "requesterVpcId": "vpc-1", "accepterVpcId": "vpc-in-another-account"}]"""));

        var peering = network.peeringConnections().get(0);
        assertThat(peering.requesterCidrs()).containsExactly(Prefix.parse("10.0.0.0/16"));
        assertThat(peering.accepterCidrs()).isEmpty();
        assertThat(peering.isActive()).isTrue();
    }

    @Test
    void read_whenPrefixListMaxEntriesAbsent_isItsNumberOfEntries() throws Exception {
        Network network = read("""
                {"version": 1, "prefixLists": [{"id": "pl-1", "cidrs": ["10.1.0.0/16", "10.2.0.0/16", "10.3.0.0/16"]}]}""");

        assertThat(network.prefixLists().get(0).maxEntries()).isEqualTo(3);
        assertThat(network.prefixLists().get(0).awsManaged()).isFalse();
    }

    @Test
    void read_whenLatticeKeysAbsent_takesAwsDefaultsForAuthPortsWeightsAndMatches() throws Exception {
        Network network = read("""
                {"version": 1,
                 "serviceNetworks": [{"id": "sn-1"}],
                 "latticeServices": [{"id": "svc-1"}],
                 "serviceAssociations": [{"id": "snsa-1", "serviceNetworkId": "sn-1", "serviceId": "svc-1"}],
                 "latticeListeners": [
                   {"id": "listener-https", "serviceId": "svc-1", "defaultAction": {"fixedResponse": 404}},
                   {"id": "listener-http", "serviceId": "svc-1", "protocol": "HTTP", "defaultAction": {"fixedResponse": 404}}],
                 "latticeRules": [{"id": "rule-1", "listenerId": "listener-https", "priority": 1,
                   "match": {"path": {"value": "/a"}, "headers": [{"name": "x-env", "value": "prod"}]},
                   "action": {"forward": [{"targetGroupId": "tg-1"}]}},
                   {"id": "rule-2", "listenerId": "listener-https", "priority": 2, "action": {"fixedResponse": 503}}],
                 "latticeTargetGroups": [{"id": "tg-1", "port": 8080, "protocol": "HTTP", "targets": [{"id": "i-1"}]}]}""");

        assertThat(network.serviceNetworks().get(0).authType()).isEqualTo(AuthType.NONE);
        assertThat(network.serviceNetworks().get(0).authPolicy()).isEmpty();
        assertThat(network.latticeServices().get(0).authType()).isEqualTo(AuthType.NONE);
        assertThat(network.serviceAssociations().get(0).status()).isEqualTo("ACTIVE");
        assertThat(network.latticeListeners()).extracting(LatticeListener::protocol, LatticeListener::port).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LatticeProtocol.HTTPS, 443),
                org.assertj.core.groups.Tuple.tuple(LatticeProtocol.HTTP, 80));
        LatticeRule rule = network.latticeRules().get(0);
        assertThat(rule.match().method()).isEmpty();
        assertThat(rule.match().path()).isEqualTo(new PathMatch("/a", false, true));
        assertThat(rule.match().headers()).containsExactly(new HeaderMatch("x-env", HeaderMatch.Type.EXACT, "prod", false));
        assertThat(rule.action()).isEqualTo(new LatticeAction.Forward(List.of(new WeightedTargetGroup(Planned.known("tg-1"), 1))));
        assertThat(network.latticeRules().get(1).match().path()).as("no match: any request").isNull();
        var group = network.latticeTargetGroups().get(0);
        assertThat(group.type()).isEqualTo(dev.plumbline.validator.model.lattice.LatticeTargetGroup.Type.INSTANCE);
        assertThat(group.healthCheckEnabled()).as("absent: not configured").isNull();
        assertThat(group.targets().get(0).port()).isEqualTo(8080);
        assertThat(group.targets().get(0).health()).isEqualTo(TargetHealth.UNKNOWN);
    }

    @Test
    void read_whenSubnetKeysAbsent_hasNoPublicIpOnLaunchAndNoAzId() throws Exception {
        Network network = read("""
                {"version": 1, "vpcs": [{"id": "vpc-1", "cidrs": ["10.0.0.0/16"]}],
                 "subnets": [{"id": "subnet-1", "vpcId": "vpc-1", "cidr": "10.0.0.0/24"}]}""");

        assertThat(network.subnets().get(0).mapPublicIpOnLaunch()).isFalse();
        assertThat(network.subnets().get(0).azId()).isEqualTo(Planned.absent());
        assertThat(network.subnets().get(0).azName()).isEmpty();
    }
}
