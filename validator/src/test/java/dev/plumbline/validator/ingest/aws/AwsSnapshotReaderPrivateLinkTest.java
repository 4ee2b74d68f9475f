package dev.plumbline.validator.ingest.aws;

import static dev.plumbline.validator.ingest.aws.SnapshotFixtures.byId;
import static dev.plumbline.validator.ingest.aws.SnapshotFixtures.known;
import static dev.plumbline.validator.ingest.aws.SnapshotFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.diag.Severity;
import dev.plumbline.validator.ingest.Ingested;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.elb.LbZone;
import dev.plumbline.validator.model.elb.Listener;
import dev.plumbline.validator.model.elb.LoadBalancer;
import dev.plumbline.validator.model.elb.Target;
import dev.plumbline.validator.model.elb.TargetGroup;
import dev.plumbline.validator.model.elb.TargetHealth;
import dev.plumbline.validator.model.endpoint.EndpointConnection;
import dev.plumbline.validator.model.endpoint.EndpointService;
import dev.plumbline.validator.model.endpoint.InterfaceEndpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PrivateLink from describe output: the hand-written snapshot snapshots/aws/privatelink-nlb (see
 * its README), an NLB-backed endpoint service that requires acceptance and a consumer endpoint in
 * two AZs still waiting for it.
 */
class AwsSnapshotReaderPrivateLinkTest {

    private static final String REGION_DIR = "aws_configs/eu-west-1/";
    private static final String SERVICE = "vpce-svc-0a1b2c3d4e5f6a7b8";
    private static final String ENDPOINT = "vpce-0c1d2e3f4a5b6c7d8";
    private static final String NLB = "arn:aws:elasticloadbalancing:eu-west-1:111111111111:loadbalancer/net/provider-nlb/0a1b2c3d4e5f6a7b";
    private static final String TG = "arn:aws:elasticloadbalancing:eu-west-1:111111111111:targetgroup/provider-api/1b2c3d4e5f6a7b8c";

    private final Ingested ingested = SnapshotFixtures.read(resource("snapshots/aws/privatelink-nlb"));
    private final Network network = ingested.network();

    @TempDir
    Path copy;

    private Path copyWithout(String... fileNames) throws IOException {
        Path from = resource("snapshots/aws/privatelink-nlb").resolve(REGION_DIR);
        Path to = copy.resolve(REGION_DIR);
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                if (!List.of(fileNames).contains(file.getFileName().toString())) {
                    Files.copy(file, to.resolve(file.getFileName()));
                }
            }
        }
        return to;
    }

    @Test
    void read_serviceConfiguration_givesAnNlbServiceThatRequiresAcceptance() {
        EndpointService service = byId(network.endpointServices(), SERVICE);
        assertThat(service.name()).isEqualTo("provider-api");
        assertThat(service.serviceName()).isEqualTo(Planned.known("com.amazonaws.vpce.eu-west-1." + SERVICE));
        assertThat(service.serviceKind()).isEqualTo(EndpointService.Kind.INTERFACE);
        assertThat(service.loadBalancerArns()).containsExactly(NLB);
        assertThat(service.acceptanceRequired()).isTrue();
        assertThat(service.availabilityZones()).containsExactly("eu-west-1a", "eu-west-1b");
        assertThat(service.state()).isEqualTo("Available");
        assertThat(service.region()).isEqualTo("eu-west-1");
        assertThat(service.ownerAccount()).isEqualTo("111111111111");
        assertThat(service.supportedRegions()).containsExactly("eu-west-1", "eu-central-1");
        assertThat(service.supportedIpAddressTypes()).containsExactly("ipv4");
    }

    @Test
    void read_serviceConfiguration_keepsPrivateDnsNameAndItsVerificationState() {
        EndpointService service = byId(network.endpointServices(), SERVICE);
        assertThat(service.privateDnsName()).isEqualTo("api.example.com");
        assertThat(service.privateDnsState()).isEqualTo("pendingVerification");
    }

    @Test
    void read_permissionsAndConnections_areAttachedToTheirService() {
        EndpointService service = byId(network.endpointServices(), SERVICE);
        assertThat(service.allowedPrincipals()).containsExactly("arn:aws:iam::222222222222:root");
        assertThat(service.connections()).extracting(EndpointConnection::endpointId, EndpointConnection::state,
                EndpointConnection::ownerAccount).containsExactly(tuple(ENDPOINT, "pendingAcceptance", "222222222222"));
        assertThat(service.connections().get(0).origin().file()).isEqualTo(REGION_DIR + "EndpointConnections.json");
    }

    @Test
    void read_interfaceEndpoint_hasOneInterfacePerAzAndIsLinkedToTheService() {
        InterfaceEndpoint endpoint = (InterfaceEndpoint) byId(network.vpcEndpoints(), ENDPOINT);
        assertThat(endpoint.endpointServiceId()).isEqualTo(SERVICE);
        assertThat(endpoint.state()).isEqualTo("pendingAcceptance");
        assertThat(endpoint.isAvailable()).isFalse();
        assertThat(endpoint.subnetIds()).containsExactly("subnet-0a1b2c3d4e5f60003", "subnet-0a1b2c3d4e5f60004");
        assertThat(endpoint.networkInterfaceIds()).containsExactly("eni-0a1b2c3d4e5f60003", "eni-0a1b2c3d4e5f60004");
        assertThat(endpoint.securityGroupIds()).containsExactly("sg-0a1b2c3d4e5f60002");
        assertThat(endpoint.ownerAccount()).isEqualTo("222222222222");
        assertThat(endpoint.serviceRegion()).isEmpty();
        assertThat(endpoint.networkInterfaceIds()).map(id -> byId(network.networkInterfaces(), id))
                .extracting(eni -> eni.privateIp(), eni -> eni.attachedTo())
                .containsExactly(tuple(known("10.30.1.20"), ENDPOINT), tuple(known("10.30.2.20"), ENDPOINT));
    }

    @Test
    void read_nlb_hasSecurityGroupsPrivateLinkEnforcementOffAndCrossZoneOff() {
        LoadBalancer nlb = byId(network.loadBalancers(), NLB);
        assertThat(nlb.type()).isEqualTo(LoadBalancer.Type.NETWORK);
        assertThat(nlb.securityGroupIds()).containsExactly("sg-0a1b2c3d4e5f60001");
        assertThat(nlb.enforceSgInboundOnPrivateLink()).isFalse();
        assertThat(nlb.crossZone()).isFalse();
        assertThat(nlb.zones()).extracting(LbZone::azId, LbZone::addresses).containsExactly(
                tuple(Planned.known("euw1-az1"), List.of(known("10.20.1.50"))),
                tuple(Planned.known("euw1-az2"), List.of(known("10.20.2.50"))));
    }

    @Test
    void read_plainDescribeListeners_forwardsTls443ToTheTargetGroup() {
        Listener listener = network.listeners().get(0);
        assertThat(listener.loadBalancerArn()).isEqualTo(NLB);
        assertThat(listener.name()).isEqualTo("TCP:443");
        // DefaultActions names the group both in TargetGroupArn and in ForwardConfig: it is listed once.
        assertThat(listener.forwardTargetGroupArns()).containsExactly(TG);
    }

    @Test
    void read_targetGroup_hasProxyProtocolTheLbsCrossZoneAndHealthFromPlainDescribeTargetHealth() {
        TargetGroup group = byId(network.targetGroups(), TG);
        assertThat(group.targetType()).isEqualTo(TargetGroup.TargetType.IP);
        assertThat(group.proxyProtocolV2()).isTrue();
        assertThat(group.crossZone()).isNull();
        assertThat(group.healthCheck().protocol()).isEqualTo("HTTP");
        assertThat(group.healthCheck().effectivePort(group.port())).isEqualTo(8081);
        assertThat(group.healthCheck().path()).isEqualTo("/health");
        assertThat(group.targets()).extracting(Target::id, Target::port, Target::azName, Target::health).containsExactly(
                tuple("10.20.1.10", 8080, "eu-west-1a", TargetHealth.HEALTHY),
                tuple("10.20.2.10", 8080, "eu-west-1b", TargetHealth.UNHEALTHY));
        assertThat(group.targets().get(0).origin().file()).isEqualTo(REGION_DIR + "TargetHealth.json");
    }

    @Test
    void read_whenPermissionsAreMissing_warnsThatNoPrincipalIsAllowed() throws Exception {
        copyWithout("EndpointServicePermissions.json");

        Ingested partial = new AwsSnapshotReader().read(copy);

        assertThat(byId(partial.network().endpointServices(), SERVICE).allowedPrincipals()).isEmpty();
        assertThat(partial.notes()).filteredOn(n -> n.severity() == Severity.WARNING).singleElement()
                .extracting(Diagnostic::message).asString().contains("allowing no principal");
    }

    @Test
    void read_whenHealthNamesNoGroupAndTheRegionHasOne_readsItAsThatGroupsAndSaysSo() throws Exception {
        Path region = copyWithout("TargetHealth.json");
        Files.writeString(region.resolve("TargetHealth.json"), """
                {"TargetHealthDescriptions": [{"Target": {"Id": "10.20.1.10", "Port": 8080}, "TargetHealth": {"State": "draining"}}]}""");

        Ingested variant = new AwsSnapshotReader().read(copy);

        assertThat(byId(variant.network().targetGroups(), TG).targets()).extracting(Target::azName, Target::health)
                .containsExactly(tuple("eu-west-1a", TargetHealth.DRAINING));
        assertThat(variant.notes()).extracting(Diagnostic::message)
                .anySatisfy(m -> assertThat(m).contains("read as the health of the only target group, provider-api"));
    }

    @Test
    void read_whenStatesAreSpelledAsInTheApiReference_readsThemAsTheCliPrintsThem() throws Exception {
        Path region = copyWithout("VpcEndpoints.json", "EndpointConnections.json");
        Path original = resource("snapshots/aws/privatelink-nlb").resolve(REGION_DIR);
        for (String file : List.of("VpcEndpoints.json", "EndpointConnections.json")) {
            Files.writeString(region.resolve(file),
                    Files.readString(original.resolve(file)).replace("\"pendingAcceptance\"", "\"PendingAcceptance\""));
        }

        Network capitalised = new AwsSnapshotReader().read(copy).network();

        assertThat(byId(capitalised.vpcEndpoints(), ENDPOINT).state()).isEqualTo("pendingAcceptance");
        assertThat(byId(capitalised.endpointServices(), SERVICE).connections()).extracting(EndpointConnection::state)
                .containsExactly("pendingAcceptance");
    }

    @Test
    void read_whenServiceIsNotInTheSnapshot_endpointKeepsOnlyTheServiceName() throws Exception {
        copyWithout("EndpointServiceConfigurations.json", "EndpointServicePermissions.json", "EndpointConnections.json");

        Ingested consumerOnly = new AwsSnapshotReader().read(copy);

        InterfaceEndpoint endpoint = (InterfaceEndpoint) byId(consumerOnly.network().vpcEndpoints(), ENDPOINT);
        assertThat(endpoint.endpointServiceId()).isEmpty();
        assertThat(endpoint.serviceName()).isEqualTo(Planned.known("com.amazonaws.vpce.eu-west-1." + SERVICE));
        assertThat(consumerOnly.network().endpointServices()).isEmpty();
    }
}
