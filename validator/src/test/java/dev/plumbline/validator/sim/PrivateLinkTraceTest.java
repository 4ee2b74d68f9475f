package dev.plumbline.validator.sim;

import static dev.plumbline.validator.fixture.Fixture.allowAll;
import static dev.plumbline.validator.fixture.Fixture.local;
import static dev.plumbline.validator.fixture.Fixture.tcpFrom;
import static dev.plumbline.validator.fixture.Fixture.tcpFromGroup;
import static dev.plumbline.validator.fixture.ServiceFixture.connection;
import static dev.plumbline.validator.fixture.ServiceFixture.target;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.validator.fixture.Fixture;
import dev.plumbline.validator.fixture.ServiceFixture;
import dev.plumbline.validator.model.elb.HealthCheck;
import dev.plumbline.validator.model.elb.LoadBalancer;
import dev.plumbline.validator.model.elb.TargetGroup;
import dev.plumbline.validator.model.elb.TargetHealth;
import dev.plumbline.validator.model.endpoint.EndpointConnection;
import dev.plumbline.validator.model.endpoint.EndpointService;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seed scenario 1: a provider VPC (account 444455556666) with an NLB-backed endpoint service that
 * requires acceptance, and a consumer VPC (account 111111111111) with an interface endpoint in two
 * AZs. The NLB has a node in each AZ and one target per AZ; cross-zone load balancing is off.
 */
class PrivateLinkTraceTest {

    private static final String NLB = "arn:aws:elasticloadbalancing:us-east-1:444455556666:loadbalancer/net/orders/1";
    private static final String TG = "arn:aws:elasticloadbalancing:us-east-1:444455556666:targetgroup/orders/2";

    private record Options(List<EndpointConnection> connections, List<String> principals, Boolean tgCrossZone,
            boolean proxyProtocol, TargetHealth healthA, String endpointAllows, boolean targetAllowsNlbGroup) {
        static Options defaults() {
            return new Options(List.of(connection("vpce-1", "available")), List.of("arn:aws:iam::111111111111:root"), null,
                    false, TargetHealth.HEALTHY, "10.60.0.0/16", true);
        }
    }

    private static Fixture scenario(Options o) {
        Fixture f = new Fixture()
                .vpc("vpc-provider", "10.50.0.0/16").vpc("vpc-consumer", "10.60.0.0/16")
                .subnet("pa", "vpc-provider", "10.50.1.0/24", "us-east-1a").subnet("pb", "vpc-provider", "10.50.2.0/24", "us-east-1b")
                .subnet("ca", "vpc-consumer", "10.60.1.0/24", "us-east-1a").subnet("cb", "vpc-consumer", "10.60.2.0/24", "us-east-1b")
                .mainTable("rt-p", "vpc-provider", local("10.50.0.0/16")).mainTable("rt-c", "vpc-consumer", local("10.60.0.0/16"))
                .group("sg-nlb", "vpc-provider", tcpFrom(443, "10.60.0.0/16"))
                .group("sg-target", "vpc-provider", o.targetAllowsNlbGroup() ? tcpFromGroup(443, "sg-nlb") : tcpFrom(443, "10.99.0.0/16"))
                .group("sg-endpoint", "vpc-consumer", tcpFrom(443, o.endpointAllows()))
                .group("sg-client", "vpc-consumer", allowAll())
                .instance("ta", "pa", "10.50.1.20", null, "sg-target").instance("tb", "pb", "10.50.2.20", null, "sg-target")
                .instance("client-a", "ca", "10.60.1.20", null, "sg-client").instance("client-b", "cb", "10.60.2.20", null, "sg-client");
        new ServiceFixture(f)
                .loadBalancer(NLB, LoadBalancer.Type.NETWORK, "vpc-provider", false, List.of("sg-nlb"), "pa=10.50.1.10", "pb=10.50.2.10")
                .targetGroup(TG, "TCP", 443, TargetGroup.TargetType.INSTANCE, "vpc-provider",
                        new HealthCheck(true, "TCP", "traffic-port", "", 30, 10, 3, 3), null, o.tgCrossZone(), o.proxyProtocol(),
                        target("ta", o.healthA()),
                        target("tb", o.healthA() == TargetHealth.UNKNOWN ? TargetHealth.UNKNOWN : TargetHealth.HEALTHY))
                .listener("arn:listener", NLB, 443, "TCP", TG)
                .endpointService("vpce-svc-1", EndpointService.Kind.INTERFACE, NLB, true, o.principals(), "444455556666",
                        o.connections())
                .interfaceEndpoint("vpce-1", "vpc-consumer", "vpce-svc-1", "", "111111111111", List.of("sg-endpoint"),
                        "ca=10.60.1.100", "cb=10.60.2.100");
        return f;
    }

    private static Trace trace(Fixture f, String client, boolean udp) {
        Simulator sim = f.simulator();
        Place to = new Place.AtInterfaceEndpoint(sim.topology().interfaceEndpoint("vpce-1").orElseThrow());
        return sim.trace(udp ? TraceRequest.udp(Fixture.at(sim, client), to, 443) : TraceRequest.tcp(Fixture.at(sim, client), to, 443));
    }

    @Test
    void beforeAcceptance_theTraceStopsAtTheEndpoint() {
        Options pending = new Options(List.of(), Options.defaults().principals(), null, false, TargetHealth.HEALTHY,
                "10.60.0.0/16", true);
        Trace trace = trace(scenario(pending), "client-a", false);
        assertThat(trace.disposition()).isEqualTo(Disposition.DROPPED);
        assertThat(trace.finalStep()).get().satisfies(s -> {
            assertThat(s.code()).isEqualTo(StepCode.ENDPOINT_NOT_ACCEPTED);
            assertThat(s.detail()).contains("pendingAcceptance").contains("has not accepted");
        });
        assertThat(trace.hopIds()).last().isEqualTo("vpce-1");
    }

    @Test
    void afterAcceptance_theTraceReachesTheTargetInTheSameAzWithTheNlbAsSource_andTheReplyReturns() {
        Trace trace = trace(scenario(Options.defaults()), "client-a", false);
        assertThat(trace.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(trace.hopIds()).containsSubsequence("client-a", "vpce-1", NLB, "ta");
        assertThat(trace.translations()).extracting(Translation::kind)
                .containsExactly(Translation.Kind.LOAD_BALANCER_SOURCE, Translation.Kind.LOAD_BALANCER_DESTINATION);
        assertThat(trace.translations().get(0).after()).isEqualTo("10.50.1.10:49152");
        assertThat(trace.codes()).contains(StepCode.NLB_SOURCE_NAT).doesNotContain(StepCode.PROXY_PROTOCOL);
        Trace reply = trace.returnPath().orElseThrow();
        assertThat(reply.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(reply.flow().src().toString()).isEqualTo("10.50.1.20");
        assertThat(reply.hopIds()).last().isEqualTo("client-a");
    }

    @Test
    void clientInTheOtherAz_entersThroughItsOwnAzInterfaceAndReachesThatAzsTarget() {
        Trace trace = trace(scenario(Options.defaults()), "client-b", false);
        assertThat(trace.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(trace.flow().dst().toString()).isEqualTo("10.60.2.100");
        assertThat(trace.hopIds()).last().isEqualTo("tb");
    }

    @Test
    void crossZoneOff_andTheOnlyTargetInTheAzUnhealthy_theConnectionFails_butCrossZoneOnReachesTheOtherAz() {
        Options unhealthy = new Options(Options.defaults().connections(), Options.defaults().principals(), null, false,
                TargetHealth.UNHEALTHY, "10.60.0.0/16", true);
        Trace off = trace(scenario(unhealthy), "client-a", false);
        assertThat(off.disposition()).isEqualTo(Disposition.DROPPED);
        assertThat(off.finalStep()).get().satisfies(s -> {
            assertThat(s.code()).isEqualTo(StepCode.NLB_NO_HEALTHY_TARGET);
            assertThat(s.detail()).contains("cross-zone load balancing is off");
        });
        Options crossZone = new Options(unhealthy.connections(), unhealthy.principals(), true, false, TargetHealth.UNHEALTHY,
                "10.60.0.0/16", true);
        Trace on = trace(scenario(crossZone), "client-a", false);
        assertThat(on.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(on.hopIds()).last().isEqualTo("tb");
    }

    @Test
    void endpointSecurityGroupNotAdmittingTheClient_isDeniedAtTheEndpoint() {
        Options narrow = new Options(Options.defaults().connections(), Options.defaults().principals(), null, false,
                TargetHealth.HEALTHY, "10.60.9.0/24", true);
        Trace trace = trace(scenario(narrow), "client-a", false);
        assertThat(trace.disposition()).isEqualTo(Disposition.DENIED_IN);
        assertThat(trace.finalStep()).get().extracting(Step::code).isEqualTo(StepCode.ENDPOINT_SG_DENY);
    }

    @Test
    void udpThroughAnInterfaceEndpoint_isDropped() {
        Trace trace = trace(scenario(Options.defaults()), "client-a", true);
        assertThat(trace.disposition()).isEqualTo(Disposition.DROPPED);
        assertThat(trace.finalStep()).get().extracting(Step::code).isEqualTo(StepCode.ENDPOINT_PROTOCOL_UNSUPPORTED);
    }

    @Test
    void consumerAccountNotAmongAllowedPrincipals_cannotConnect() {
        Options other = new Options(Options.defaults().connections(), List.of("arn:aws:iam::999999999999:root"), null, false,
                TargetHealth.HEALTHY, "10.60.0.0/16", true);
        Trace trace = trace(scenario(other), "client-a", false);
        assertThat(trace.disposition()).isEqualTo(Disposition.DROPPED);
        assertThat(trace.finalStep()).get().extracting(Step::code).isEqualTo(StepCode.ENDPOINT_PRINCIPAL_DENIED);
    }

    @Test
    void endpointInAnAzWhereTheServiceHasNoNode_leadsNowhere() {
        Fixture f = scenario(Options.defaults()).subnet("cc", "vpc-consumer", "10.60.3.0/24", "us-east-1c")
                .instance("client-c", "cc", "10.60.3.20", null, "sg-client");
        new ServiceFixture(f).interfaceEndpoint("vpce-2", "vpc-consumer", "vpce-svc-1", "available", "111111111111",
                List.of("sg-endpoint"), "cc=10.60.3.100");
        Simulator sim = f.simulator();
        Place to = new Place.AtInterfaceEndpoint(sim.topology().interfaceEndpoint("vpce-2").orElseThrow());
        Trace trace = sim.trace(TraceRequest.tcp(Fixture.at(sim, "client-c"), to, 443));
        assertThat(trace.disposition()).isEqualTo(Disposition.DROPPED);
        assertThat(trace.finalStep()).get().extracting(Step::code).isEqualTo(StepCode.ENDPOINT_AZ_NOT_OFFERED);
    }

    @Test
    void targetGroupReferencingTheNlbSecurityGroup_admitsTheNlbNodes() {
        Trace trace = trace(scenario(Options.defaults()), "client-a", false);
        assertThat(trace.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(trace.hops().stream().flatMap(h -> h.steps().stream()).filter(s -> s.code() == StepCode.SG_INGRESS_ALLOW))
                .singleElement().satisfies(s -> assertThat(s.detail()).contains("security group sg-nlb"));
    }

    @Test
    void targetSecurityGroupMissingTheNlb_deniesReportedHealthyTargets_atTheTarget() {
        Options closed = new Options(Options.defaults().connections(), Options.defaults().principals(), null, false,
                TargetHealth.HEALTHY, "10.60.0.0/16", false);
        Trace trace = trace(scenario(closed), "client-a", false);
        assertThat(trace.disposition()).isEqualTo(Disposition.DENIED_IN);
        assertThat(trace.finalStep()).get().extracting(Step::code).isEqualTo(StepCode.SG_INGRESS_DENY);
    }

    @Test
    void targetSecurityGroupMissingTheNlb_makesPlannedTargetsFailTheirHealthCheck() {
        Options planned = new Options(Options.defaults().connections(), Options.defaults().principals(), null, false,
                TargetHealth.UNKNOWN, "10.60.0.0/16", false);
        Trace trace = trace(scenario(planned), "client-a", false);
        assertThat(trace.disposition()).isEqualTo(Disposition.DROPPED);
        assertThat(trace.finalStep()).get().satisfies(s -> {
            assertThat(s.code()).isEqualTo(StepCode.NLB_NO_HEALTHY_TARGET);
            assertThat(s.detail()).contains("refuses the health check");
        });
    }

    @Test
    void proxyProtocolV2_isShownCarryingTheClientAddress() {
        Options proxy = new Options(Options.defaults().connections(), Options.defaults().principals(), null, true,
                TargetHealth.HEALTHY, "10.60.0.0/16", true);
        Trace trace = trace(scenario(proxy), "client-a", false);
        assertThat(trace.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(trace.hops().stream().flatMap(h -> h.steps().stream()).filter(s -> s.code() == StepCode.PROXY_PROTOCOL))
                .singleElement().satisfies(s -> assertThat(s.detail()).contains("10.60.1.20"));
    }

    @Test
    void rejectedConnection_isDroppedAtTheEndpoint() {
        Options rejected = new Options(List.of(connection("vpce-1", "rejected")), Options.defaults().principals(), null,
                false, TargetHealth.HEALTHY, "10.60.0.0/16", true);
        Trace trace = trace(scenario(rejected), "client-a", false);
        assertThat(trace.finalStep()).get().satisfies(s -> {
            assertThat(s.code()).isEqualTo(StepCode.ENDPOINT_NOT_ACCEPTED);
            assertThat(s.detail()).contains("rejected");
        });
    }

    @Test
    void zonesMatchedOnlyByNameAcrossAccounts_areAnAssumptionTheTraceStates() {
        Fixture f = new Fixture().vpcOf("vpc-provider", "444455556666", "us-east-1", "10.50.0.0/16")
                .vpcOf("vpc-consumer", "111111111111", "us-east-1", "10.60.0.0/16");
        f.net.add(new dev.plumbline.validator.model.Subnet("pa", "pa", "vpc-provider",
                dev.plumbline.validator.net.Prefix.parse("10.50.1.0/24"), "us-east-1a",
                dev.plumbline.validator.model.Planned.absent(), false, dev.plumbline.validator.model.Origin.NONE));
        f.net.add(new dev.plumbline.validator.model.Subnet("ca", "ca", "vpc-consumer",
                dev.plumbline.validator.net.Prefix.parse("10.60.1.0/24"), "us-east-1a",
                dev.plumbline.validator.model.Planned.absent(), false, dev.plumbline.validator.model.Origin.NONE));
        f.mainTable("rt-p", "vpc-provider", local("10.50.0.0/16")).mainTable("rt-c", "vpc-consumer", local("10.60.0.0/16"))
                .group("sg-target", "vpc-provider", tcpFrom(443, "10.50.0.0/16"))
                .group("sg-endpoint", "vpc-consumer", tcpFrom(443, "10.60.0.0/16"))
                .group("sg-client", "vpc-consumer", allowAll())
                .instance("ta", "pa", "10.50.1.20", null, "sg-target")
                .instance("client-a", "ca", "10.60.1.20", null, "sg-client");
        new ServiceFixture(f)
                .loadBalancer(NLB, LoadBalancer.Type.NETWORK, "vpc-provider", false, List.of(), "pa=10.50.1.10")
                .targetGroup(TG, "TCP", 443, TargetGroup.TargetType.INSTANCE, "vpc-provider",
                        new HealthCheck(true, "TCP", "traffic-port", "", 30, 10, 3, 3), null, null, false,
                        target("ta", TargetHealth.HEALTHY))
                .listener("arn:listener", NLB, 443, "TCP", TG)
                .endpointService("vpce-svc-1", EndpointService.Kind.INTERFACE, NLB, false, List.of("*"), "444455556666",
                        List.of())
                .interfaceEndpoint("vpce-1", "vpc-consumer", "vpce-svc-1", "available", "111111111111",
                        List.of("sg-endpoint"), "ca=10.60.1.100");
        Trace trace = trace(f, "client-a", false);
        assertThat(trace.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(trace.assumptions()).anyMatch(a -> a.contains("matched by the name us-east-1a"));
        assertThat(trace(scenario(Options.defaults()), "client-a", false).assumptions())
                .noneMatch(a -> a.contains("matched by the name"));
    }
}
