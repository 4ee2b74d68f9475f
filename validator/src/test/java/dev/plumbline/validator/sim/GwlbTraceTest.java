package dev.plumbline.validator.sim;

import static dev.plumbline.validator.fixture.Fixture.igw;
import static dev.plumbline.validator.fixture.Fixture.local;
import static dev.plumbline.validator.fixture.Fixture.route;
import static dev.plumbline.validator.fixture.Fixture.tcpFrom;
import static dev.plumbline.validator.fixture.Fixture.udpFrom;
import static dev.plumbline.validator.fixture.Fixture.vpce;
import static dev.plumbline.validator.fixture.ServiceFixture.target;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.validator.fixture.Fixture;
import dev.plumbline.validator.fixture.ServiceFixture;
import dev.plumbline.validator.model.Route;
import dev.plumbline.validator.model.SgRule;
import dev.plumbline.validator.model.elb.HealthCheck;
import dev.plumbline.validator.model.elb.LoadBalancer;
import dev.plumbline.validator.model.elb.TargetGroup;
import dev.plumbline.validator.model.elb.TargetHealth;
import dev.plumbline.validator.model.endpoint.EndpointService;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Seed scenario 2: GWLB north-south inspection. VPC 10.0.0.0/24 has endpoint subnets 10.0.0.0/28
 * (AZ a) and 10.0.0.16/28 (AZ b) whose table routes 0.0.0.0/0 to the internet gateway, and app
 * subnets 10.0.0.32/28 (a) and 10.0.0.64/28 (b) that route 0.0.0.0/0 to the GWLB endpoint of their
 * AZ. The internet gateway's edge route table sends each app CIDR to the endpoint of its AZ. The
 * appliance VPC runs a GWLB with two appliances in AZ a and one in AZ b, cross-zone off.
 */
class GwlbTraceTest {

    private static final String GWLB = "arn:aws:elasticloadbalancing:us-east-1:222222222222:loadbalancer/gwy/inspect/1";
    private static final String TG = "arn:aws:elasticloadbalancing:us-east-1:222222222222:targetgroup/geneve/2";

    private static Fixture scenario(boolean edgeRouteForAppA, TargetHealth health, TargetGroup.Stickiness stickiness,
            SgRule applianceIngress) {
        List<Route> edge = new ArrayList<>(List.of(local("10.0.0.0/24"), route("10.0.0.64/28", vpce("vpce-b"))));
        if (edgeRouteForAppA) {
            edge.add(route("10.0.0.32/28", vpce("vpce-a")));
        }
        Fixture f = new Fixture().vpc("vpc-app", "10.0.0.0/24").vpc("vpc-fw", "10.100.0.0/16")
                .subnet("gwlbe-a", "vpc-app", "10.0.0.0/28", "us-east-1a").subnet("gwlbe-b", "vpc-app", "10.0.0.16/28", "us-east-1b")
                .subnet("app-a", "vpc-app", "10.0.0.32/28", "us-east-1a").subnet("app-b", "vpc-app", "10.0.0.64/28", "us-east-1b")
                .subnet("fw-a", "vpc-fw", "10.100.1.0/24", "us-east-1a").subnet("fw-b", "vpc-fw", "10.100.2.0/24", "us-east-1b")
                .internetGateway("igw", "vpc-app")
                .mainTable("rt-main", "vpc-app", local("10.0.0.0/24"))
                .table("rt-gwlbe", "vpc-app", List.of("gwlbe-a", "gwlbe-b"), local("10.0.0.0/24"), route("0.0.0.0/0", igw("igw")))
                .table("rt-app-a", "vpc-app", List.of("app-a"), local("10.0.0.0/24"), route("0.0.0.0/0", vpce("vpce-a")))
                .table("rt-app-b", "vpc-app", List.of("app-b"), local("10.0.0.0/24"), route("0.0.0.0/0", vpce("vpce-b")))
                .edgeTable("rt-edge", "vpc-app", "igw", edge.toArray(new Route[0]))
                .mainTable("rt-fw", "vpc-fw", local("10.100.0.0/16"))
                .group("sg-web", "vpc-app", tcpFrom(443, "0.0.0.0/0"))
                .group("sg-fw", "vpc-fw", applianceIngress, tcpFrom(80, "10.100.0.0/16"))
                .instance("web-a", "app-a", "10.0.0.40", "198.51.100.80", "sg-web")
                .instance("web-b", "app-b", "10.0.0.70", "198.51.100.81", "sg-web")
                .instance("fw1", "fw-a", "10.100.1.10", null, "sg-fw").instance("fw2", "fw-a", "10.100.1.11", null, "sg-fw")
                .instance("fw3", "fw-b", "10.100.2.10", null, "sg-fw");
        new ServiceFixture(f)
                .loadBalancer(GWLB, LoadBalancer.Type.GATEWAY, "vpc-fw", false, List.of(), "fw-a=10.100.1.200", "fw-b=10.100.2.200")
                .targetGroup(TG, "GENEVE", 6081, TargetGroup.TargetType.INSTANCE, "vpc-fw", HealthCheck.GWLB_DEFAULT, stickiness,
                        null, false, target("fw1", health), target("fw2", health), target("fw3", health))
                .listener("arn:gwlb-listener", GWLB, 0, "", TG)
                .endpointService("vpce-svc-gwlb", EndpointService.Kind.GATEWAY_LOAD_BALANCER, GWLB, false, List.of("*"),
                        "222222222222", List.of())
                .gwlbEndpoint("vpce-a", "vpc-app", "vpce-svc-gwlb", "gwlbe-a", "available")
                .gwlbEndpoint("vpce-b", "vpc-app", "vpce-svc-gwlb", "gwlbe-b", "available");
        return f;
    }

    private static Fixture seed() {
        return scenario(true, TargetHealth.HEALTHY, TargetGroup.Stickiness.FIVE_TUPLE, udpFrom(6081, "10.100.0.0/16"));
    }

    private static List<String> appliances(Trace trace) {
        return trace.inspections().stream().map(Inspection::applianceId).toList();
    }

    @Test
    void outbound_isInspectedInItsAzAndTheReplyMeetsTheSameAppliance() {
        Simulator sim = seed().simulator();
        Trace trace = sim.trace(TraceRequest.tcp(Fixture.at(sim, "web-a"), Fixture.internet("93.184.216.34"), 443));
        assertThat(trace.disposition()).isEqualTo(Disposition.EXITS_NETWORK);
        assertThat(trace.hopIds()).containsSubsequence("web-a", "rt-app-a", "vpce-a", GWLB, "vpce-a", "rt-gwlbe", "igw");
        assertThat(appliances(trace)).singleElement().isIn("fw1", "fw2");
        Trace reply = trace.returnPath().orElseThrow();
        assertThat(reply.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(reply.hopIds()).containsSubsequence("igw", "rt-edge", "vpce-a", GWLB, "vpce-a");
        assertThat(appliances(reply)).isEqualTo(appliances(trace));
    }

    @Test
    void inbound_followsTheEdgeRouteToTheEndpointOfTheDestinationsAz() {
        Simulator sim = seed().simulator();
        Trace trace = sim.trace(TraceRequest.tcp(Fixture.internet("93.184.216.34"), Fixture.at(sim, "web-b"), 443));
        assertThat(trace.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(trace.hopIds()).containsSubsequence("igw", "rt-edge", "vpce-b", GWLB, "vpce-b", "rt-gwlbe", "web-b");
        assertThat(appliances(trace)).containsExactly("fw3");
        assertThat(appliances(trace.returnPath().orElseThrow())).containsExactly("fw3");
    }

    @Test
    void stickiness_sameFlowAlwaysPicksTheSameAppliance_andManyFlowsUseBothInTheAz() {
        Simulator sim = seed().simulator();
        Set<String> used = new HashSet<>();
        for (int port = 40000; port < 40040; port++) {
            TraceRequest request = TraceRequest.tcp(Fixture.at(sim, "web-a"), Fixture.internet("93.184.216.34"), 443)
                    .withSourcePort(port);
            List<String> first = appliances(sim.trace(request));
            assertThat(appliances(sim.trace(request))).isEqualTo(first);
            used.addAll(first);
        }
        assertThat(used).containsExactlyInAnyOrder("fw1", "fw2");
    }

    @Test
    void twoTupleStickiness_keepsEveryFlowBetweenTwoHostsOnOneAppliance() {
        Simulator sim = scenario(true, TargetHealth.HEALTHY, TargetGroup.Stickiness.TWO_TUPLE, udpFrom(6081, "10.100.0.0/16"))
                .simulator();
        Set<String> used = new HashSet<>();
        for (int port = 40000; port < 40020; port++) {
            used.addAll(appliances(sim.trace(TraceRequest.tcp(Fixture.at(sim, "web-a"), Fixture.internet("93.184.216.34"), 443)
                    .withSourcePort(port))));
        }
        assertThat(used).hasSize(1);
    }

    @Test
    void missingEdgeRoute_letsTheRequestBypassInspection_andTheGwlbDropsTheReplyItNeverSawTheRequestOf() {
        Simulator sim = scenario(false, TargetHealth.HEALTHY, TargetGroup.Stickiness.FIVE_TUPLE, udpFrom(6081, "10.100.0.0/16"))
                .simulator();
        Trace trace = sim.trace(TraceRequest.tcp(Fixture.internet("93.184.216.34"), Fixture.at(sim, "web-a"), 443));
        assertThat(trace.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(trace.inspections()).isEmpty();
        Trace reply = trace.returnPath().orElseThrow();
        assertThat(reply.disposition()).isEqualTo(Disposition.DROPPED);
        assertThat(reply.finalStep()).get().extracting(Step::code).isEqualTo(StepCode.GWLB_ASYMMETRIC);
    }

    @Test
    void allAppliancesUnhealthy_failsOpenToOneAndTheFlowIsDropped() {
        Simulator sim = scenario(true, TargetHealth.UNHEALTHY, TargetGroup.Stickiness.FIVE_TUPLE, udpFrom(6081, "10.100.0.0/16"))
                .simulator();
        Trace trace = sim.trace(TraceRequest.tcp(Fixture.at(sim, "web-a"), Fixture.internet("93.184.216.34"), 443));
        assertThat(trace.disposition()).isEqualTo(Disposition.DROPPED);
        assertThat(trace.finalStep()).get().satisfies(s -> {
            assertThat(s.code()).isEqualTo(StepCode.GWLB_ALL_UNHEALTHY);
            assertThat(s.detail()).contains("fails open");
        });
        assertThat(appliances(trace)).singleElement().isIn("fw1", "fw2");
    }

    @Test
    void applianceSecurityGroupNotAdmittingGeneve_dropsTheFlow() {
        Simulator sim = scenario(true, TargetHealth.HEALTHY, TargetGroup.Stickiness.FIVE_TUPLE, udpFrom(6081, "10.200.0.0/16"))
                .simulator();
        Trace trace = sim.trace(TraceRequest.tcp(Fixture.at(sim, "web-a"), Fixture.internet("93.184.216.34"), 443));
        assertThat(trace.disposition()).isEqualTo(Disposition.DROPPED);
        assertThat(trace.finalStep()).get().extracting(Step::code).isEqualTo(StepCode.GWLB_APPLIANCE_SG_DENY);
    }

    @Test
    void plannedAppliancesWhoseHealthCheckPortIsClosed_arePredictedUnhealthy() {
        Fixture f = scenario(true, TargetHealth.UNKNOWN, TargetGroup.Stickiness.FIVE_TUPLE, udpFrom(6081, "10.100.0.0/16"));
        f.group("sg-fw", "vpc-fw", List.of(udpFrom(6081, "10.100.0.0/16")), List.of(Fixture.allowAll()));
        Simulator sim = new Simulator(withoutDuplicateGroup(f));
        Trace trace = sim.trace(TraceRequest.tcp(sim.topology().networkInterface("eni-web-a").map(Place.AtInterface::new)
                .orElseThrow(), Fixture.internet("93.184.216.34"), 443));
        assertThat(trace.disposition()).isEqualTo(Disposition.DROPPED);
        assertThat(trace.finalStep()).get().satisfies(s -> {
            assertThat(s.code()).isEqualTo(StepCode.GWLB_ALL_UNHEALTHY);
            assertThat(s.detail()).contains("health check to TCP port 80");
        });
    }

    /** Keeps the last security group of each id (a test re-declares one). */
    private static dev.plumbline.validator.model.Network withoutDuplicateGroup(Fixture f) {
        dev.plumbline.validator.model.Network n = f.build();
        java.util.Map<String, dev.plumbline.validator.model.SecurityGroup> last = new java.util.LinkedHashMap<>();
        n.securityGroups().forEach(g -> last.put(g.id(), g));
        dev.plumbline.validator.model.Network.Builder b = dev.plumbline.validator.model.Network.builder();
        n.elements().filter(e -> !(e instanceof dev.plumbline.validator.model.SecurityGroup)).forEach(b::add);
        last.values().forEach(b::add);
        return b.build();
    }

    @Test
    void endpointPendingAcceptance_forwardsNothing() {
        Fixture f = seed().subnet("app-c", "vpc-app", "10.0.0.48/28", "us-east-1a")
                .table("rt-app-c", "vpc-app", List.of("app-c"), local("10.0.0.0/24"), route("0.0.0.0/0", vpce("vpce-pending")))
                .instance("web-c", "app-c", "10.0.0.50", "198.51.100.82", "sg-web");
        new ServiceFixture(f).gwlbEndpoint("vpce-pending", "vpc-app", "vpce-svc-gwlb", "gwlbe-a", "pendingAcceptance");
        Simulator sim = f.simulator();
        Trace trace = sim.trace(TraceRequest.tcp(Fixture.at(sim, "web-c"), Fixture.internet("93.184.216.34"), 443));
        assertThat(trace.disposition()).isEqualTo(Disposition.DROPPED);
        assertThat(trace.finalStep()).get().satisfies(s -> {
            assertThat(s.code()).isEqualTo(StepCode.ENDPOINT_NOT_ACCEPTED);
            assertThat(s.detail()).contains("pendingAcceptance");
        });
    }

    @Test
    void twoStageChain_inspectsFirewallThenIdsGoingOut_andIdsThenFirewallComingBack() {
        String ids = "arn:aws:elasticloadbalancing:us-east-1:222222222222:loadbalancer/gwy/ids/3";
        String idsTg = "arn:aws:elasticloadbalancing:us-east-1:222222222222:targetgroup/ids/4";
        Fixture f = new Fixture().vpc("vpc-app", "10.0.0.0/24").vpc("vpc-fw", "10.100.0.0/16")
                .subnet("fw-ep", "vpc-app", "10.0.0.0/28", "us-east-1a").subnet("ids-ep", "vpc-app", "10.0.0.16/28", "us-east-1a")
                .subnet("app", "vpc-app", "10.0.0.32/28", "us-east-1a").subnet("fw-a", "vpc-fw", "10.100.1.0/24", "us-east-1a")
                .internetGateway("igw", "vpc-app")
                .table("rt-app", "vpc-app", List.of("app"), local("10.0.0.0/24"), route("0.0.0.0/0", vpce("vpce-fw")))
                .table("rt-fw-ep", "vpc-app", List.of("fw-ep"), local("10.0.0.0/24"), route("0.0.0.0/0", vpce("vpce-ids")))
                .table("rt-ids-ep", "vpc-app", List.of("ids-ep"), local("10.0.0.0/24"), route("0.0.0.0/0", igw("igw")),
                        route("10.0.0.32/28", vpce("vpce-fw")))
                .edgeTable("rt-edge", "vpc-app", "igw", local("10.0.0.0/24"), route("10.0.0.32/28", vpce("vpce-ids")))
                .mainTable("rt-fw", "vpc-fw", local("10.100.0.0/16"))
                .group("sg-web", "vpc-app", tcpFrom(443, "0.0.0.0/0"))
                .group("sg-fw", "vpc-fw", udpFrom(6081, "10.100.0.0/16"), tcpFrom(80, "10.100.0.0/16"))
                .instance("web", "app", "10.0.0.40", "198.51.100.80", "sg-web")
                .instance("firewall", "fw-a", "10.100.1.10", null, "sg-fw").instance("sensor", "fw-a", "10.100.1.20", null, "sg-fw");
        new ServiceFixture(f)
                .loadBalancer(GWLB, LoadBalancer.Type.GATEWAY, "vpc-fw", false, List.of(), "fw-a=10.100.1.200")
                .loadBalancer(ids, LoadBalancer.Type.GATEWAY, "vpc-fw", false, List.of(), "fw-a=10.100.1.201")
                .targetGroup(TG, "GENEVE", 6081, TargetGroup.TargetType.INSTANCE, "vpc-fw", HealthCheck.GWLB_DEFAULT, null, null,
                        false, target("firewall", TargetHealth.HEALTHY))
                .targetGroup(idsTg, "GENEVE", 6081, TargetGroup.TargetType.INSTANCE, "vpc-fw", HealthCheck.GWLB_DEFAULT, null,
                        null, false, target("sensor", TargetHealth.HEALTHY))
                .listener("arn:l1", GWLB, 0, "", TG).listener("arn:l2", ids, 0, "", idsTg)
                .endpointService("svc-fw", EndpointService.Kind.GATEWAY_LOAD_BALANCER, GWLB, false, List.of("*"), "222222222222", List.of())
                .endpointService("svc-ids", EndpointService.Kind.GATEWAY_LOAD_BALANCER, ids, false, List.of("*"), "222222222222", List.of())
                .gwlbEndpoint("vpce-fw", "vpc-app", "svc-fw", "fw-ep", "available")
                .gwlbEndpoint("vpce-ids", "vpc-app", "svc-ids", "ids-ep", "available");
        Simulator sim = f.simulator();
        Trace out = sim.trace(TraceRequest.tcp(Fixture.at(sim, "web"), Fixture.internet("93.184.216.34"), 443));
        assertThat(out.disposition()).isEqualTo(Disposition.EXITS_NETWORK);
        assertThat(appliances(out)).containsExactly("firewall", "sensor");
        assertThat(appliances(out.returnPath().orElseThrow())).containsExactly("sensor", "firewall");
        Trace in = sim.trace(TraceRequest.tcp(Fixture.internet("93.184.216.34"), Fixture.at(sim, "web"), 443));
        assertThat(in.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(appliances(in)).containsExactly("sensor", "firewall");
        assertThat(appliances(in.returnPath().orElseThrow())).containsExactly("firewall", "sensor");
    }
}
