package dev.plumbline.validator.check;

import static dev.plumbline.validator.fixture.Fixture.local;
import static dev.plumbline.validator.fixture.Fixture.originOf;
import static dev.plumbline.validator.fixture.Fixture.tcpFrom;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.diag.Severity;
import dev.plumbline.validator.fixture.Fixture;
import dev.plumbline.validator.model.SgRule;
import dev.plumbline.validator.model.elb.LoadBalancer;
import dev.plumbline.validator.model.elb.TargetHealth;
import dev.plumbline.validator.model.endpoint.EndpointService;
import dev.plumbline.validator.sim.Disposition;
import dev.plumbline.validator.sim.Place;
import dev.plumbline.validator.sim.Simulator;
import dev.plumbline.validator.sim.StepCode;
import dev.plumbline.validator.sim.Trace;
import dev.plumbline.validator.sim.TraceRequest;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * PrivateLink rules on the smallest network that shows each: a provider account offering an
 * NLB-backed service in use1-az1 and use1-az2, and a consumer account whose endpoint uses its
 * us-east-1a (use1-az2) and us-east-1c (use1-az1): the same zones under other names.
 */
class PrivateLinkRulesTest {

    private static final String PROVIDER = "444455556666";
    private static final String CONSUMER = "111122223333";
    private static final String NLB = "arn:aws:elasticloadbalancing:us-east-1:444455556666:loadbalancer/net/orders/1";
    private static final String TG = "arn:aws:elasticloadbalancing:us-east-1:444455556666:targetgroup/orders/2";
    private static final String SERVICE = "vpce-svc-orders";
    private static final String ENDPOINT = "vpce-orders";

    /** The healthy PrivateLink network; each knob changes one part of it before it is built. */
    private static final class Net {
        UnaryOperator<Fixture.EndpointServiceBuilder> service = s -> s;
        UnaryOperator<Fixture.InterfaceEndpointBuilder> endpoint = e -> e;
        UnaryOperator<Fixture.LoadBalancerBuilder> nlb = n -> n;
        UnaryOperator<Fixture.TargetGroupBuilder> targets = t -> t.target("i-orders-a", TargetHealth.HEALTHY)
                .target("i-orders-b", TargetHealth.HEALTHY);
        String consumerRegion = "us-east-1";
        /** The provider's record of the endpoint's connection; null: none (as in a plan). */
        String connection = "available";
        String listenerProtocol = "TCP";
        SgRule targetIngress = tcpFrom(443, "10.50.0.0/16");
        SgRule endpointIngress = tcpFrom(443, "10.60.0.0/16");
        Consumer<Fixture> extra = f -> { };

        Fixture fixture() {
            Fixture f = new Fixture()
                    .vpcOf("vpc-p", PROVIDER, "us-east-1", "10.50.0.0/16")
                    .vpcOf("vpc-c", CONSUMER, consumerRegion, "10.60.0.0/16")
                    .zonedSubnet("p-a", "vpc-p", "10.50.1.0/24", "us-east-1a", "use1-az1")
                    .zonedSubnet("p-b", "vpc-p", "10.50.2.0/24", "us-east-1b", "use1-az2")
                    .zonedSubnet("c-a", "vpc-c", "10.60.1.0/24", "us-east-1a", "use1-az2")
                    .zonedSubnet("c-c", "vpc-c", "10.60.3.0/24", "us-east-1c", "use1-az1")
                    .mainTable("rt-p", "vpc-p", local("10.50.0.0/16"))
                    .mainTable("rt-c", "vpc-c", local("10.60.0.0/16"))
                    .group("sg-orders", "vpc-p", targetIngress)
                    .group("sg-endpoint", "vpc-c", endpointIngress)
                    .group("sg-client", "vpc-c")
                    .instance("i-orders-a", "p-a", "10.50.1.21", null, "sg-orders")
                    .instance("i-orders-b", "p-b", "10.50.2.21", null, "sg-orders")
                    .instance("i-client", "c-a", "10.60.1.20", null, "sg-client");
            extra.accept(f);
            nlb.apply(f.loadBalancer(NLB, LoadBalancer.Type.NETWORK, "vpc-p").zone("p-a", "10.50.1.10").zone("p-b", "10.50.2.10"))
                    .add();
            targets.apply(f.targetGroup(TG, "TCP", 443, "vpc-p")).add();
            f.listener("listener-443", NLB, 443, listenerProtocol, TG);
            Fixture.EndpointServiceBuilder provider = f.endpointService(SERVICE, EndpointService.Kind.INTERFACE, PROVIDER, NLB)
                    .allowedPrincipals("arn:aws:iam::" + CONSUMER + ":root")
                    .privateDns("orders.example.com", "verified");
            if (connection != null) {
                provider.connection(ENDPOINT, connection);
            }
            service.apply(provider).add();
            endpoint.apply(f.interfaceEndpoint(ENDPOINT, "vpc-c", SERVICE).in("c-a", "10.60.1.100").in("c-c", "10.60.3.100")
                    .groups("sg-endpoint").privateDns(true)).add();
            return f;
        }
    }

    private static List<Diagnostic> check(Fixture fixture) {
        return Checker.builtIn().run(CheckContext.of(fixture.simulator(), Quotas.DEFAULTS));
    }

    private static List<Diagnostic> check(Net net) {
        return check(net.fixture());
    }

    private static Trace clientToEndpoint(Fixture fixture) {
        Simulator simulator = fixture.simulator();
        return simulator.trace(TraceRequest.tcp(Fixture.at(simulator, "i-client"),
                new Place.AtInterfaceEndpoint(simulator.topology().interfaceEndpoint(ENDPOINT).orElseThrow()), 443));
    }

    @Test
    void healthyPrivateLink_reachesTheTarget_andHasNoFindings() {
        Net net = new Net();
        assertThat(clientToEndpoint(net.fixture()).isRoundTrip()).isTrue();
        assertThat(check(net)).isEmpty();
    }

    // ---------------------------------------------------------------- zones

    @Test
    void endpointSubnetInAZoneTheServiceDoesNotOffer_isAnError_namingBothSidesByAzId() {
        Net net = new Net();
        net.extra = f -> f.zonedSubnet("c-d", "vpc-c", "10.60.4.0/24", "us-east-1d", "use1-az3");
        net.endpoint = e -> e.in("c-d", "10.60.4.100");
        assertThat(check(net)).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("privatelink.az-not-offered");
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.location()).isEqualTo(originOf("interfaceEndpoints", ENDPOINT));
            assertThat(d.message()).contains("c-d", "use1-az3", "use1-az1", "use1-az2");
            assertThat(d.hint()).contains("use1-az1", "use1-az2");
        });
    }

    @Test
    void endpointSubnetWithTheProvidersAzNameButAnotherAzId_isNotOffered() {
        Net net = new Net();
        net.extra = f -> f.zonedSubnet("c-b", "vpc-c", "10.60.2.0/24", "us-east-1b", "use1-az4");
        net.endpoint = e -> e.in("c-b", "10.60.2.100");
        assertThat(check(net)).extracting(Diagnostic::ruleId).containsExactly("privatelink.az-not-offered");
    }

    @Test
    void endpointSubnetWithoutAzId_inAnotherAccount_cannotBeConfirmed_andIsAWarning() {
        Net net = new Net();
        net.extra = f -> f.zonedSubnet("c-x", "vpc-c", "10.60.5.0/24", "us-east-1a", null);
        net.endpoint = e -> e.in("c-x", "10.60.5.100");
        assertThat(check(net)).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("privatelink.az-not-offered");
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.message()).contains("cannot confirm", "c-x");
        });
    }

    /** Provider and consumer VPCs whose accounts are unknown (a preview), each in an account scope; no AZ ids. */
    private static List<Diagnostic> unknownAccounts(String providerScope, String consumerScope) {
        Fixture f = new Fixture().vpcInScope("vpc-p", providerScope, "10.50.0.0/16")
                .vpcInScope("vpc-c", consumerScope, "10.60.0.0/16")
                .zonedSubnet("lb-a", "vpc-p", "10.50.1.0/24", "us-east-1a", null)
                .zonedSubnet("use-a", "vpc-c", "10.60.1.0/24", "us-east-1a", null)
                .zonedSubnet("use-c", "vpc-c", "10.60.3.0/24", "us-east-1c", null)
                .mainTable("rt-p", "vpc-p", local("10.50.0.0/16"))
                .mainTable("rt-c", "vpc-c", local("10.60.0.0/16"))
                .group("sg-e", "vpc-c", tcpFrom(443, "10.60.0.0/16"))
                .loadBalancer(NLB, LoadBalancer.Type.NETWORK, "vpc-p").zone("lb-a", "10.50.1.10").add()
                .targetGroup(TG, "TCP", 443, "vpc-p").add()
                .listener("listener-443", NLB, 443, "TCP", TG)
                .endpointService(SERVICE, EndpointService.Kind.INTERFACE, "", NLB).add()
                .interfaceEndpoint(ENDPOINT, "vpc-c", SERVICE).in("use-a", "10.60.1.100").in("use-c", "10.60.3.100")
                .groups("sg-e").state("available").add();
        return check(f).stream().filter(d -> d.ruleId().equals("privatelink.az-not-offered")).toList();
    }

    @Test
    void unknownAccounts_inOneScope_areOneAccount_soZoneNamesAreCompared() {
        String provider = "urn:pulumi:dev::saas::pulumi:providers:aws::default_6_83_0";
        assertThat(unknownAccounts(provider, provider)).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.message()).contains("use-c").doesNotContain("use-a ");
        });
    }

    @Test
    void unknownAccounts_inOtherScopesOrNone_cannotBeConfirmed() {
        assertThat(unknownAccounts("urn:pulumi:dev::saas::pulumi:providers:aws::provider-account",
                "urn:pulumi:dev::saas::pulumi:providers:aws::consumer-account"))
                .hasSize(2).allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING));
        assertThat(unknownAccounts("", "")).hasSize(2).allSatisfy(d -> assertThat(d.message()).contains("cannot confirm"));
    }

    @Test
    void zonesWithoutAzIds_inOneAccount_areComparedByName() {
        Fixture f = new Fixture().vpc("vpc-1", "10.0.0.0/16")
                .zonedSubnet("lb-a", "vpc-1", "10.0.1.0/24", "us-east-1a", null)
                .zonedSubnet("use-a", "vpc-1", "10.0.2.0/24", "us-east-1a", null)
                .zonedSubnet("use-c", "vpc-1", "10.0.3.0/24", "us-east-1c", null)
                .mainTable("rt", "vpc-1", local("10.0.0.0/16"))
                .group("sg-e", "vpc-1", tcpFrom(443, "10.0.0.0/16"))
                .loadBalancer(NLB, LoadBalancer.Type.NETWORK, "vpc-1").zone("lb-a", "10.0.1.10").add()
                .targetGroup(TG, "TCP", 443, "vpc-1").add()
                .listener("listener-443", NLB, 443, "TCP", TG)
                .endpointService(SERVICE, EndpointService.Kind.INTERFACE, "111111111111", NLB).add()
                .interfaceEndpoint(ENDPOINT, "vpc-1", SERVICE).in("use-a", "10.0.2.100").in("use-c", "10.0.3.100")
                .groups("sg-e").state("available").add();
        assertThat(check(f)).filteredOn(d -> d.ruleId().equals("privatelink.az-not-offered")).singleElement()
                .satisfies(d -> {
                    assertThat(d.severity()).isEqualTo(Severity.ERROR);
                    assertThat(d.message()).contains("use-c").doesNotContain("use-a ");
                });
    }

    // ---------------------------------------------------------------- connection, principals, exposure

    @Test
    void endpointOfAServiceRequiringAcceptance_withNoAcceptedConnection_isPendingAcceptance_andAnError() {
        Net net = new Net();
        net.connection = null;
        Fixture f = net.fixture();
        assertThat(clientToEndpoint(f).codes()).contains(StepCode.ENDPOINT_NOT_ACCEPTED);
        assertThat(check(f)).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("privatelink.connection-not-available");
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.location()).isEqualTo(originOf("interfaceEndpoints", ENDPOINT));
            assertThat(d.message()).contains("pendingAcceptance", "has not accepted", PROVIDER, "requires acceptance");
            assertThat(d.hint()).contains("AcceptVpcEndpointConnections", SERVICE, ENDPOINT);
        });
    }

    @Test
    void serviceWithoutAcceptance_andNoConnectionRecord_isAvailable() {
        Net net = new Net();
        net.connection = null;
        net.service = s -> s.acceptanceRequired(false);
        assertThat(check(net)).isEmpty();
    }

    @Test
    void rejectedConnection_isAnError() {
        Net net = new Net();
        net.connection = "rejected";
        assertThat(check(net)).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("privatelink.connection-not-available");
            assertThat(d.message()).contains("is rejected", "rejected the connection");
            assertThat(d.hint()).contains("delete the endpoint and create it again");
        });
    }

    @Test
    void endpointSayingAvailable_whileTheProviderRecordsPendingAcceptance_isReportedWithBothViews() {
        Net consistent = new Net();
        consistent.endpoint = e -> e.state("available");
        assertThat(check(consistent)).isEmpty();
        Net conflicting = new Net();
        conflicting.endpoint = e -> e.state("available");
        conflicting.connection = "pendingAcceptance";
        assertThat(check(conflicting)).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("privatelink.connection-not-available");
            assertThat(d.message()).contains("itself says available", "pendingAcceptance", "safer reading");
        });
    }

    @Test
    void partialEndpoint_isAWarning_andPendingOneIsNotReported() {
        Net partial = new Net();
        partial.endpoint = e -> e.state("partial");
        assertThat(check(partial)).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("privatelink.connection-not-available");
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
        });
        Net pending = new Net();
        pending.endpoint = e -> e.state("pending");
        assertThat(check(pending)).isEmpty();
    }

    @Test
    void consumerAccountNotAmongAllowedPrincipals_isAnError_andTheBareAccountIdIsAccepted() {
        Net net = new Net();
        net.service = s -> s.allowedPrincipals("arn:aws:iam::999999999999:root");
        assertThat(check(net)).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("privatelink.principal-not-allowed");
            assertThat(d.message()).contains(CONSUMER, "arn:aws:iam::999999999999:root");
            assertThat(d.hint()).contains("arn:aws:iam::" + CONSUMER + ":root");
        });
        Net byId = new Net();
        byId.service = s -> s.allowedPrincipals(CONSUMER);
        assertThat(check(byId)).isEmpty();
    }

    @Test
    void serviceOpenToEveryoneWithoutAcceptance_isASecurityWarning_butWithAcceptanceItIsNot() {
        Net open = new Net();
        open.service = s -> s.allowedPrincipals("*").acceptanceRequired(false);
        assertThat(check(open)).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("privatelink.open-service");
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.location()).isEqualTo(originOf("endpointServices", SERVICE));
        });
        Net guarded = new Net();
        guarded.service = s -> s.allowedPrincipals("*");
        assertThat(check(guarded)).isEmpty();
    }

    @Test
    void privateDnsNamePendingVerification_isAnError_whenAnEndpointReliesOnIt_elseAWarning() {
        Net used = new Net();
        used.service = s -> s.privateDns("orders.example.com", "pendingVerification");
        assertThat(check(used)).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("privatelink.private-dns-unverified");
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.message()).contains("orders.example.com", "pendingVerification", ENDPOINT);
        });
        Net unused = new Net();
        unused.service = s -> s.privateDns("orders.example.com", "");
        unused.endpoint = e -> e.privateDns(false);
        assertThat(check(unused)).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.message()).contains("not known to be verified");
        });
    }

    @Test
    void consumerRegionNotAmongSupportedRegions_isAnError_untilTheProviderAddsIt() {
        Net far = new Net();
        far.consumerRegion = "eu-west-1";
        assertThat(check(far)).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("privatelink.region-not-supported");
            assertThat(d.message()).contains("eu-west-1", "us-east-1");
            assertThat(d.hint()).contains("add-supported-regions");
        });
        Net supported = new Net();
        supported.consumerRegion = "eu-west-1";
        supported.service = s -> s.region("us-east-1", "us-east-1", "eu-west-1");
        supported.endpoint = e -> e.serviceRegion("us-east-1");
        assertThat(check(supported)).isEmpty();
    }

    @Test
    void endpointNamingAnotherServiceRegion_isAnError() {
        Net net = new Net();
        net.endpoint = e -> e.serviceRegion("us-west-2");
        assertThat(check(net)).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("privatelink.region-not-supported");
            assertThat(d.message()).contains("us-west-2", "hosted in us-east-1");
        });
    }

    @Test
    void udpListenerBehindAnInterfaceService_isAnError_andTcpUdpIsAWarning() {
        Net udp = new Net();
        udp.listenerProtocol = "UDP";
        assertThat(check(udp)).filteredOn(d -> d.ruleId().equals("privatelink.non-tcp-listener")).singleElement()
                .satisfies(d -> {
                    assertThat(d.severity()).isEqualTo(Severity.ERROR);
                    assertThat(d.location()).isEqualTo(originOf("listeners", "listener-443"));
                    assertThat(d.message()).contains("UDP", "TCP only", "safer reading");
                });
        Net mixed = new Net();
        mixed.listenerProtocol = "TCP_UDP";
        assertThat(check(mixed)).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("privatelink.non-tcp-listener");
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
        });
    }

    // ---------------------------------------------------------------- targets and cross-zone

    @Test
    void noHealthyTargetInTheEndpointsAz_withCrossZoneOff_isAnError() {
        Net net = new Net();
        net.targets = t -> t.target("i-orders-a", TargetHealth.HEALTHY).target("i-orders-b", TargetHealth.UNHEALTHY);
        assertThat(check(net)).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("privatelink.no-healthy-target-in-az");
            assertThat(d.location()).isEqualTo(originOf("listeners", "listener-443"));
            assertThat(d.message()).contains("use1-az2", "i-orders-b is unhealthy", "cross-zone load balancing is off",
                    ENDPOINT, "c-a").doesNotContain("c-c");
        });
    }

    @Test
    void targetGroupCrossZoneOverride_winsOverTheLoadBalancer_inBothDirections() {
        Net groupOn = new Net();
        groupOn.targets = t -> t.target("i-orders-a", TargetHealth.HEALTHY).target("i-orders-b", TargetHealth.UNHEALTHY)
                .crossZone(true);
        assertThat(check(groupOn)).isEmpty();
        Net groupOff = new Net();
        groupOff.nlb = n -> n.crossZone(true);
        groupOff.targets = t -> t.target("i-orders-a", TargetHealth.HEALTHY).target("i-orders-b", TargetHealth.UNHEALTHY)
                .crossZone(false);
        assertThat(check(groupOff)).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("privatelink.no-healthy-target-in-az");
            assertThat(d.message()).contains("set on the target group");
        });
    }

    @Test
    void noHealthyTargetAnywhere_withCrossZoneOn_isAnError() {
        Net net = new Net();
        net.nlb = n -> n.crossZone(true);
        net.targets = t -> t.target("i-orders-a", TargetHealth.DRAINING).target("i-orders-b", TargetHealth.UNHEALTHY);
        assertThat(check(net)).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("privatelink.no-healthy-target-in-az");
            assertThat(d.message()).contains("in any AZ", "i-orders-a is draining");
        });
    }

    @Test
    void targetAdmittingTheConsumersCidrInsteadOfTheNlbs_isAnError_perTarget() {
        Net net = new Net();
        net.targetIngress = tcpFrom(443, "10.60.0.0/16");
        Fixture f = net.fixture();
        Trace trace = clientToEndpoint(f);
        assertThat(trace.disposition()).isEqualTo(Disposition.DENIED_IN);
        assertThat(trace.finalStep().orElseThrow().code()).isEqualTo(StepCode.SG_INGRESS_DENY);
        List<Diagnostic> findings = check(f);
        assertThat(findings).extracting(Diagnostic::ruleId).containsOnly("privatelink.target-sg-blocks-nlb").hasSize(2);
        assertThat(findings.get(0).location()).isEqualTo(originOf("targetGroups", TG));
        assertThat(findings.get(0).message()).contains("i-orders-a", "10.50.1.10", "traffic and health checks")
                .doesNotContain("10.50.2.10");
        assertThat(findings.get(0).hint()).contains("10.50.1.0/24", "10.50.2.0/24", "TCP 443");
    }

    @Test
    void targetRefusingOnlyTheHealthCheckPort_isAnError_fromEveryNode() {
        Net net = new Net();
        net.targets = t -> t.target("i-orders-a", TargetHealth.HEALTHY).target("i-orders-b", TargetHealth.HEALTHY)
                .healthCheck("HTTP", "8080");
        List<Diagnostic> findings = check(net);
        assertThat(findings).extracting(Diagnostic::ruleId).containsOnly("privatelink.target-sg-blocks-nlb").hasSize(2);
        assertThat(findings.get(0)).satisfies(d -> {
            assertThat(d.message()).contains("health checks on TCP 8080", "10.50.1.10", "10.50.2.10", "unhealthy");
            assertThat(d.hint()).contains("TCP 8080");
        });
    }

    // ---------------------------------------------------------------- endpoint security group

    @Test
    void endpointSecurityGroupAdmittingNoClientInstance_isAnError() {
        Net net = new Net();
        net.endpointIngress = tcpFrom(443, "10.99.0.0/16");
        assertThat(check(net)).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("privatelink.endpoint-sg-blocks-clients");
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.message()).contains("i-client", "TCP 443", "sg-endpoint");
            assertThat(d.hint()).contains("10.60.0.0/16", "sg-endpoint");
        });
    }

    @Test
    void endpointSecurityGroupAdmittingSomeClients_isTakenAsDeliberate() {
        Net net = new Net();
        net.endpointIngress = tcpFrom(443, "10.60.1.0/24");
        net.extra = f -> f.instance("i-other", "c-c", "10.60.3.20", null, "sg-client");
        assertThat(check(net)).isEmpty();
    }

    @Test
    void endpointSecurityGroup_inAVpcWithoutInstances_isCheckedAgainstAHostPerSubnet_asAWarning() {
        Fixture f = new Fixture().vpc("vpc-1", "10.0.0.0/16")
                .subnet("a", "vpc-1", "10.0.1.0/24", "us-east-1a")
                .subnet("b", "vpc-1", "10.0.2.0/24", "us-east-1b")
                .mainTable("rt", "vpc-1", local("10.0.0.0/16"))
                .group("sg-e", "vpc-1", tcpFrom(443, "192.168.0.0/16"))
                .interfaceEndpoint("vpce-s3", "vpc-1", "com.amazonaws.us-east-1.s3").in("a", "10.0.1.100")
                .in("b", "10.0.2.100").groups("sg-e").add();
        assertThat(check(f)).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("privatelink.endpoint-sg-blocks-clients");
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.message()).contains("a host 10.0.1.4 in a", "a host 10.0.2.4 in b", "TCP 443");
        });
    }
}
