package dev.plumbline.validator.ingest.aws;

import static dev.plumbline.validator.ingest.aws.SnapshotFixtures.byId;
import static dev.plumbline.validator.ingest.aws.SnapshotFixtures.known;
import static dev.plumbline.validator.ingest.aws.SnapshotFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.plumbline.validator.diag.BadInputException;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.diag.Severity;
import dev.plumbline.validator.ingest.Ingested;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.model.Route;
import dev.plumbline.validator.model.RouteTable;
import dev.plumbline.validator.model.RouteTarget;
import dev.plumbline.validator.model.elb.LbZone;
import dev.plumbline.validator.model.elb.Listener;
import dev.plumbline.validator.model.elb.LoadBalancer;
import dev.plumbline.validator.model.elb.Target;
import dev.plumbline.validator.model.elb.TargetGroup;
import dev.plumbline.validator.model.elb.TargetHealth;
import dev.plumbline.validator.model.endpoint.EndpointService;
import dev.plumbline.validator.model.endpoint.GwlbEndpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gateway Load Balancer inspection from describe output: the hand-written snapshot
 * snapshots/aws/gwlb-inspection (see its README), and small target group attribute variants.
 */
class AwsSnapshotReaderGwlbTest {

    private static final String GWLB = "arn:aws:elasticloadbalancing:us-west-2:333333333333:loadbalancer/gwy/inspection/5e6f7a8b9c0d1e2f";
    private static final String TG = "arn:aws:elasticloadbalancing:us-west-2:333333333333:targetgroup/appliances/6f7a8b9c0d1e2f3a";
    private static final String ENDPOINT_A = "vpce-0e1f2a3b4c5d60001";
    private static final String ENDPOINT_B = "vpce-0e1f2a3b4c5d60002";
    private static final String IGW = "igw-0b1c2d3e4f5a60001";

    private final Ingested ingested = SnapshotFixtures.read(resource("snapshots/aws/gwlb-inspection"));
    private final Network network = ingested.network();

    @TempDir
    Path variant;

    private static Route route(RouteTable table, String destination) {
        return table.routes().stream().filter(r -> r.destination().render().equals(destination)).findFirst().orElseThrow();
    }

    @Test
    void read_edgeAssociation_makesTheTableAGatewayTableRoutingEachAppSubnetToItsAzEndpoint() {
        RouteTable edge = byId(network.routeTables(), "rtb-0b1c2d3e4f5a60002");
        assertThat(edge.edgeGatewayIds()).containsExactly(IGW);
        assertThat(edge.isGatewayTable()).isTrue();
        assertThat(edge.main()).isFalse();
        assertThat(edge.subnetIds()).isEmpty();
        assertThat(route(edge, "10.0.0.32/28").target()).isEqualTo(new RouteTarget.VpcEndpoint(ENDPOINT_A));
        assertThat(route(edge, "10.0.0.64/28").target()).isEqualTo(new RouteTarget.VpcEndpoint(ENDPOINT_B));
        assertThat(route(edge, "10.0.0.64/28").source()).isEqualTo(Route.Source.STATIC);
    }

    @Test
    void read_appAndEndpointTables_sendAppTrafficThroughTheEndpointAndEndpointTrafficToTheIgw() {
        assertThat(route(byId(network.routeTables(), "rtb-0b1c2d3e4f5a60003"), "0.0.0.0/0").target())
                .isEqualTo(new RouteTarget.VpcEndpoint(ENDPOINT_A));
        assertThat(route(byId(network.routeTables(), "rtb-0b1c2d3e4f5a60004"), "0.0.0.0/0").target())
                .isEqualTo(new RouteTarget.VpcEndpoint(ENDPOINT_B));
        RouteTable endpoints = byId(network.routeTables(), "rtb-0b1c2d3e4f5a60005");
        assertThat(endpoints.subnetIds()).containsExactly("subnet-0b1c2d3e4f5a60001", "subnet-0b1c2d3e4f5a60002");
        assertThat(endpoints.routes()).extracting(r -> r.destination().render(), Route::target).containsExactly(
                tuple("10.0.0.0/16", new RouteTarget.Local()), tuple("0.0.0.0/0", new RouteTarget.InternetGateway(IGW)));
    }

    @Test
    void read_ipv6RouteAndRange_areNotedAsSkipped() {
        assertThat(ingested.notes()).filteredOn(n -> n.ruleId().equals(IngestLog.SKIPPED)).extracting(n -> n.location().render())
                .containsExactly("aws_configs/us-west-2/RouteTables.json#/RouteTables/4/Routes/2",
                        "aws_configs/us-west-2/SecurityGroups.json#/SecurityGroups/0/IpPermissionsEgress/0/Ipv6Ranges");
        assertThat(ingested.notes()).allSatisfy(n -> assertThat(n.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void read_gwlbEndpoints_haveOneSubnetAndInterfaceAndUseTheGwlbService() {
        GwlbEndpoint a = (GwlbEndpoint) byId(network.vpcEndpoints(), ENDPOINT_A);
        assertThat(a.subnetId()).isEqualTo("subnet-0b1c2d3e4f5a60001");
        assertThat(a.networkInterfaceId()).isEqualTo("eni-0b1c2d3e4f5a60001");
        assertThat(a.endpointServiceId()).isEqualTo("vpce-svc-0b1c2d3e4f5a6b7c8");
        assertThat(a.isAvailable()).isTrue();
        assertThat(byId(network.networkInterfaces(), "eni-0b1c2d3e4f5a60001").interfaceType())
                .isEqualTo("gateway_load_balancer_endpoint");
        EndpointService service = byId(network.endpointServices(), "vpce-svc-0b1c2d3e4f5a6b7c8");
        assertThat(service.serviceKind()).isEqualTo(EndpointService.Kind.GATEWAY_LOAD_BALANCER);
        assertThat(service.loadBalancerArns()).containsExactly(GWLB);
        assertThat(service.acceptanceRequired()).isFalse();
        assertThat(service.connections()).extracting(c -> c.endpointId(), c -> c.state())
                .containsExactly(tuple(ENDPOINT_A, "available"), tuple(ENDPOINT_B, "available"));
    }

    @Test
    void read_gwlb_hasItsZonesAddressesAndCrossZoneFromAttributes() {
        LoadBalancer gwlb = byId(network.loadBalancers(), GWLB);
        assertThat(gwlb.type()).isEqualTo(LoadBalancer.Type.GATEWAY);
        assertThat(gwlb.crossZone()).isTrue();
        assertThat(gwlb.zones()).extracting(LbZone::azName, LbZone::addresses).containsExactly(
                tuple("us-west-2a", java.util.List.of(known("10.100.1.100"))),
                tuple("us-west-2b", java.util.List.of(known("10.100.2.100"))));
        Listener listener = network.listeners().get(0);
        assertThat(listener.loadBalancerArn()).isEqualTo(GWLB);
        assertThat(listener.port()).isZero();
        assertThat(listener.protocol()).isEmpty();
        assertThat(listener.forwardTargetGroupArns()).containsExactly(TG);
    }

    @Test
    void read_geneveTargetGroup_hasThreeTupleStickinessRebalanceAndHealthPerAppliance() {
        TargetGroup group = byId(network.targetGroups(), TG);
        assertThat(group.protocol()).isEqualTo("GENEVE");
        assertThat(group.port()).isEqualTo(6081);
        assertThat(group.stickiness()).isEqualTo(TargetGroup.Stickiness.THREE_TUPLE);
        assertThat(group.rebalanceOnFailover()).isTrue();
        assertThat(group.healthCheck().protocol()).isEqualTo("TCP");
        assertThat(group.healthCheck().effectivePort(group.port())).isEqualTo(80);
        // Health says unhealthy.draining for the second appliance; its AZ comes from its instance's subnet.
        assertThat(group.targets()).extracting(Target::id, Target::port, Target::azName, Target::health).containsExactly(
                tuple("i-0b1c2d3e4f5a60001", 6081, "us-west-2a", TargetHealth.HEALTHY),
                tuple("i-0b1c2d3e4f5a60002", 6081, "us-west-2b", TargetHealth.UNHEALTHY));
    }

    @Test
    void read_appliances_haveSourceDestCheckOffAndAllowGeneve() {
        assertThat(network.instances()).extracting(i -> i.name()).containsExactly("firewall-a", "firewall-b");
        assertThat(network.instances()).allSatisfy(i ->
                assertThat(byId(network.networkInterfaces(), i.primaryInterfaceId()).sourceDestCheck()).isFalse());
    }

    private Ingested readVariant(String attributes) throws IOException, BadInputException {
        Path region = variant.resolve("aws_configs/us-west-2");
        Files.createDirectories(region);
        Files.writeString(region.resolve("TargetGroups.json"), """
                {"TargetGroups": [{"TargetGroupArn": "%s", "TargetGroupName": "appliances", "TargetType": "ip",
                  "Protocol": "GENEVE", "Port": 6081, "VpcId": "vpc-0b1c2d3e4f5a60002"}]}""".formatted(TG));
        Files.writeString(region.resolve("TargetGroupAttributes.json"), """
                {"TargetGroupAttributes": [{"TargetGroupArn": "%s", "Attributes": %s}]}""".formatted(TG, attributes));
        return new AwsSnapshotReader().read(variant);
    }

    @Test
    void read_whenStickinessIsTwoTuple_mapsSourceIpDestIp() throws Exception {
        Ingested two = readVariant("""
                [{"Key": "stickiness.enabled", "Value": "true"}, {"Key": "stickiness.type", "Value": "source_ip_dest_ip"}]""");

        assertThat(two.network().targetGroups().get(0).stickiness()).isEqualTo(TargetGroup.Stickiness.TWO_TUPLE);
    }

    @Test
    void read_whenStickinessIsDisabled_keepsTheFiveTupleDefault() throws Exception {
        Ingested off = readVariant("""
                [{"Key": "stickiness.enabled", "Value": "false"}, {"Key": "stickiness.type", "Value": "source_ip_dest_ip"}]""");

        assertThat(off.network().targetGroups().get(0).stickiness()).isEqualTo(TargetGroup.Stickiness.FIVE_TUPLE);
        assertThat(off.network().targetGroups().get(0).rebalanceOnFailover()).isFalse();
    }

    @Test
    void read_whenFailoverSettingsDiffer_warnsAndUsesOnUnhealthy() throws Exception {
        Ingested differ = readVariant("""
                [{"Key": "target_failover.on_unhealthy", "Value": "no_rebalance"},
                 {"Key": "target_failover.on_deregistration", "Value": "rebalance"}]""");

        assertThat(differ.network().targetGroups().get(0).rebalanceOnFailover()).isFalse();
        assertThat(differ.notes()).filteredOn(n -> n.severity() == Severity.WARNING).singleElement()
                .satisfies(n -> {
                    assertThat(n.location().pointer()).isEqualTo("/TargetGroupAttributes/0/Attributes/1");
                    assertThat(n.message()).contains("AWS requires them equal");
                });
    }

    @Test
    void read_whenBooleanAttributeIsNotABoolean_reportsItsPointer() {
        BadInputException e = catchThrowableOfType(BadInputException.class, () -> readVariant("""
                [{"Key": "stickiness.enabled", "Value": "yes"}]"""));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.location().render())
                    .isEqualTo("aws_configs/us-west-2/TargetGroupAttributes.json#/TargetGroupAttributes/0/Attributes/0/Value");
            assertThat(p.message()).contains("'yes' is not a boolean");
        });
    }

    @Test
    void read_whenCrossZoneOverrideIsSet_keepsItOnTheTargetGroup() throws Exception {
        Ingested on = readVariant("[{\"Key\": \"load_balancing.cross_zone.enabled\", \"Value\": \"false\"}]");

        assertThat(on.network().targetGroups().get(0).crossZone()).isFalse();
        assertThat(on.notes()).extracting(Diagnostic::severity).doesNotContain(Severity.WARNING);
    }
}
