package dev.plumbline.validator.check;

import static dev.plumbline.validator.fixture.Fixture.allowIn;
import static dev.plumbline.validator.fixture.Fixture.allowOut;
import static dev.plumbline.validator.fixture.Fixture.defaultDeny;
import static dev.plumbline.validator.fixture.Fixture.eni;
import static dev.plumbline.validator.fixture.Fixture.igw;
import static dev.plumbline.validator.fixture.Fixture.local;
import static dev.plumbline.validator.fixture.Fixture.originOf;
import static dev.plumbline.validator.fixture.Fixture.route;
import static dev.plumbline.validator.fixture.Fixture.tcpFrom;
import static dev.plumbline.validator.fixture.Fixture.udpFrom;
import static dev.plumbline.validator.fixture.Fixture.vpce;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.diag.Severity;
import dev.plumbline.validator.fixture.Fixture;
import dev.plumbline.validator.model.Route;
import dev.plumbline.validator.model.RouteTarget;
import dev.plumbline.validator.model.SgRule;
import dev.plumbline.validator.model.elb.LoadBalancer;
import dev.plumbline.validator.model.elb.TargetHealth;
import dev.plumbline.validator.model.endpoint.EndpointService;
import dev.plumbline.validator.net.PortRange;
import dev.plumbline.validator.net.Protocol;
import dev.plumbline.validator.sim.Disposition;
import dev.plumbline.validator.sim.Inspection;
import dev.plumbline.validator.sim.Place;
import dev.plumbline.validator.sim.Simulator;
import dev.plumbline.validator.sim.StepCode;
import dev.plumbline.validator.sim.Trace;
import dev.plumbline.validator.sim.TraceRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Gateway Load Balancer rules, and the seed north-south scenario of issue 3: the web VPC's app
 * subnets 10.0.0.32/28 (us-east-1a) and 10.0.0.64/28 (us-east-1b) route 0.0.0.0/0 to the GWLB
 * endpoint of their AZ, the endpoint subnets route to the internet gateway, and the gateway's edge
 * table routes each app CIDR back to the endpoint of its AZ; the appliances sit behind a GWLB in an
 * inspection VPC.
 */
class GwlbRulesTest {

    private static final String ACCOUNT = "111111111111";
    private static final String GWLB = "arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/gwy/inspection/1";
    private static final String TG = "arn:aws:elasticloadbalancing:us-east-1:111111111111:targetgroup/appliances/2";
    private static final String SERVICE = "vpce-svc-inspection";

    /** The seed scenario; each knob changes one part of it before it is built. */
    private static final class Net {
        List<Route> edgeRoutes = new ArrayList<>(List.of(local("10.0.0.0/24"),
                route("10.0.0.32/28", vpce("vpce-a")), route("10.0.0.64/28", vpce("vpce-b"))));
        RouteTarget webAInternet = vpce("vpce-a");
        RouteTarget webBInternet = vpce("vpce-b");
        List<String> endpointSubnetsToInternet = List.of("gwlbe-a", "gwlbe-b");
        String endpointASubnet = "gwlbe-a";
        String endpointAAddress = "10.0.0.10";
        SgRule[] applianceIngress = {udpFrom(6081, "10.100.0.0/16"), tcpFrom(80, "10.100.0.0/16")};
        boolean twoAppliancesPerZone;
        String targetProtocol = "GENEVE";
        int targetPort = 6081;
        Consumer<Fixture> extra = f -> { };

        Fixture fixture() {
            Fixture f = new Fixture().vpc("vpc-web", "10.0.0.0/24")
                    .subnet("gwlbe-a", "vpc-web", "10.0.0.0/28", "us-east-1a")
                    .subnet("gwlbe-b", "vpc-web", "10.0.0.16/28", "us-east-1b")
                    .subnet("web-a", "vpc-web", "10.0.0.32/28", "us-east-1a")
                    .subnet("web-b", "vpc-web", "10.0.0.64/28", "us-east-1b")
                    .internetGateway("igw-web", "vpc-web")
                    .mainTable("rt-web-main", "vpc-web", local("10.0.0.0/24"))
                    .edgeTable("rt-edge", "vpc-web", "igw-web", edgeRoutes.toArray(new Route[0]))
                    .table("rt-gwlbe", "vpc-web", endpointSubnetsToInternet, local("10.0.0.0/24"),
                            route("0.0.0.0/0", igw("igw-web")))
                    .table("rt-web-a", "vpc-web", List.of("web-a"), local("10.0.0.0/24"), route("0.0.0.0/0", webAInternet))
                    .table("rt-web-b", "vpc-web", List.of("web-b"), local("10.0.0.0/24"), route("0.0.0.0/0", webBInternet))
                    .group("sg-web", "vpc-web", tcpFrom(443, "0.0.0.0/0"))
                    .instance("web-a1", "web-a", "10.0.0.40", "198.51.100.80", "sg-web")
                    .instance("web-b1", "web-b", "10.0.0.70", "198.51.100.81", "sg-web")
                    .vpc("vpc-insp", "10.100.0.0/16")
                    .subnet("appl-a", "vpc-insp", "10.100.1.0/24", "us-east-1a")
                    .subnet("appl-b", "vpc-insp", "10.100.2.0/24", "us-east-1b")
                    .mainTable("rt-insp", "vpc-insp", local("10.100.0.0/16"))
                    .group("sg-appl", "vpc-insp", applianceIngress)
                    .instance("i-appl-a", "appl-a", "10.100.1.10", null, "sg-appl")
                    .instance("i-appl-b", "appl-b", "10.100.2.10", null, "sg-appl");
            extra.accept(f);
            Fixture.TargetGroupBuilder targets = f.targetGroup(TG, targetProtocol, targetPort, "vpc-insp")
                    .target("i-appl-a", TargetHealth.HEALTHY).target("i-appl-b", TargetHealth.HEALTHY);
            if (twoAppliancesPerZone) {
                f.instance("i-appl-a2", "appl-a", "10.100.1.11", null, "sg-appl")
                        .instance("i-appl-b2", "appl-b", "10.100.2.11", null, "sg-appl");
                targets.target("i-appl-a2", TargetHealth.HEALTHY).target("i-appl-b2", TargetHealth.HEALTHY);
            }
            targets.add();
            return f.loadBalancer(GWLB, LoadBalancer.Type.GATEWAY, "vpc-insp").zone("appl-a", "10.100.1.200")
                    .zone("appl-b", "10.100.2.200").add()
                    .listener("listener-gwlb", GWLB, 0, "", TG)
                    .endpointService(SERVICE, EndpointService.Kind.GATEWAY_LOAD_BALANCER, ACCOUNT, GWLB)
                    .acceptanceRequired(false).allowedPrincipals("arn:aws:iam::" + ACCOUNT + ":root").add()
                    .gwlbEndpoint("vpce-a", "vpc-web", SERVICE, endpointASubnet, endpointAAddress)
                    .gwlbEndpoint("vpce-b", "vpc-web", SERVICE, "gwlbe-b", "10.0.0.20");
        }
    }

    private static List<Diagnostic> check(Fixture fixture) {
        return Checker.builtIn().run(CheckContext.of(fixture.simulator(), Quotas.DEFAULTS));
    }

    private static List<Diagnostic> check(Net net) {
        return check(net.fixture());
    }

    private static List<Diagnostic> only(List<Diagnostic> findings, String ruleId) {
        return findings.stream().filter(d -> d.ruleId().equals(ruleId)).toList();
    }

    private static List<String> appliances(List<Inspection> inspections) {
        return inspections.stream().map(Inspection::applianceId).toList();
    }

    private static Trace outbound(Simulator simulator, String instance) {
        return simulator.trace(TraceRequest.tcp(Fixture.at(simulator, instance), Fixture.internet(), 443));
    }

    private static Trace inbound(Simulator simulator, String instance) {
        return simulator.trace(TraceRequest.tcp(Fixture.internet(),
                new Place.AtInterface(simulator.topology().networkInterface("eni-" + instance).orElseThrow()), 443));
    }

    // ---------------------------------------------------------------- the seed scenario

    @Test
    void seedScenario_outboundAndInboundPassTheSameAppliance_andNoRuleFires() {
        Fixture f = new Net().fixture();
        Simulator simulator = f.simulator();
        for (String[] web : new String[][] {{"web-a1", "i-appl-a"}, {"web-b1", "i-appl-b"}}) {
            for (Trace trace : List.of(outbound(simulator, web[0]), inbound(simulator, web[0]))) {
                assertThat(trace.isRoundTrip()).isTrue();
                assertThat(appliances(trace.inspections())).containsExactly(web[1]);
                assertThat(appliances(trace.returnPath().orElseThrow().inspections())).containsExactly(web[1]);
            }
        }
        assertThat(check(f)).isEmpty();
    }

    @Test
    void seedScenario_withSeveralAppliancesPerAz_keepsBothDirectionsOfEachFlowOnOneAppliance() {
        Net net = new Net();
        net.twoAppliancesPerZone = true;
        Fixture f = net.fixture();
        Simulator simulator = f.simulator();
        Set<String> used = new TreeSet<>();
        for (int port = 49152; port < 49162; port++) {
            Trace trace = simulator.trace(TraceRequest.tcp(Fixture.at(simulator, "web-a1"), Fixture.internet(), 443)
                    .withSourcePort(port));
            assertThat(appliances(trace.returnPath().orElseThrow().inspections()))
                    .isEqualTo(appliances(trace.inspections())).hasSize(1);
            used.addAll(appliances(trace.inspections()));
        }
        assertThat(used).containsExactly("i-appl-a", "i-appl-a2");
        assertThat(check(f)).isEmpty();
    }

    @Test
    void seedScenario_withoutTheEdgeRouteOfOneAppSubnet_reportsTheAsymmetryBothWays() {
        Net net = new Net();
        net.edgeRoutes.remove(2);
        Fixture f = net.fixture();
        Simulator simulator = f.simulator();
        Trace out = outbound(simulator, "web-b1");
        assertThat(out.isRoundTrip()).isTrue();
        assertThat(appliances(out.inspections())).containsExactly("i-appl-b");
        assertThat(out.returnPath().orElseThrow().inspections()).isEmpty();
        Trace in = inbound(simulator, "web-b1");
        assertThat(in.inspections()).isEmpty();
        assertThat(appliances(in.returnPath().orElseThrow().inspections())).containsExactly("i-appl-b");

        List<Diagnostic> findings = check(f);
        assertThat(findings).extracting(Diagnostic::ruleId).containsOnly("gwlb.asymmetric-inspection");
        assertThat(findings).hasSize(2).allSatisfy(d -> {
            assertThat(d.location()).isEqualTo(originOf("routeTables", "rt-edge"));
            assertThat(d.message()).contains("web-b1", "web-b").doesNotContain("web-a1");
            assertThat(d.hint()).contains("rt-edge", "route 10.0.0.64/28 to the GWLB endpoint vpce-b");
        });
        assertThat(findings.get(0)).satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.message()).contains("to the internet", "request is inspected by appliance i-appl-b",
                    "reply passes no appliance", "stateful appliance");
        });
        assertThat(findings.get(1)).satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.message()).contains("from the internet", "request passes no appliance",
                    "sees only the reply", "uninspected");
        });
    }

    @Test
    void replyBypassingTheAppliance_andThenDropped_isAnError() {
        Net net = new Net();
        net.edgeRoutes.remove(2);
        net.extra = f -> f.acl("acl-web-b", "vpc-web", false, List.of("web-b"),
                allowIn(100, Protocol.ALL, PortRange.ALL, "10.0.0.0/24"), defaultDeny(false),
                allowOut(100, Protocol.ALL, PortRange.ALL, "0.0.0.0/0"), defaultDeny(true));
        assertThat(only(check(net), "gwlb.asymmetric-inspection")).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.message()).contains("to the internet", "never sees the reply", "acl-web-b");
        });
    }

    @Test
    void edgeRouteToTheEndpointOfAnotherAz_sendsEachDirectionToADifferentAppliance_andIsAnError() {
        Net net = new Net();
        net.edgeRoutes.set(2, route("10.0.0.64/28", vpce("vpce-a")));
        Fixture f = net.fixture();
        Trace in = inbound(f.simulator(), "web-b1");
        assertThat(appliances(in.inspections())).containsExactly("i-appl-a");
        assertThat(appliances(in.returnPath().orElseThrow().inspections())).containsExactly("i-appl-b");
        List<Diagnostic> findings = only(check(f), "gwlb.asymmetric-inspection");
        assertThat(findings).isNotEmpty().allSatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.message()).contains("i-appl-a", "i-appl-b", "one direction only");
            assertThat(d.hint()).contains("route 10.0.0.64/28 to the GWLB endpoint vpce-b");
        });
    }

    // ---------------------------------------------------------------- placement and routing

    @Test
    void twoStageChain_firewallThenIds_isCrossedInReverseByTheReply_andNoRuleFires() {
        String ids = "arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/gwy/ids/3";
        String idsGroup = "arn:aws:elasticloadbalancing:us-east-1:111111111111:targetgroup/ids/4";
        Net net = new Net();
        net.endpointSubnetsToInternet = List.of("gwlbe-b");
        net.edgeRoutes.set(1, route("10.0.0.32/28", vpce("vpce-ids-a")));
        net.extra = f -> f.subnet("ids-a", "vpc-web", "10.0.0.112/28", "us-east-1a")
                .table("rt-gwlbe-a", "vpc-web", List.of("gwlbe-a"), local("10.0.0.0/24"),
                        route("0.0.0.0/0", vpce("vpce-ids-a")))
                .table("rt-ids-a", "vpc-web", List.of("ids-a"), local("10.0.0.0/24"),
                        route("10.0.0.32/28", vpce("vpce-a")), route("0.0.0.0/0", igw("igw-web")))
                .instance("i-ids-a", "appl-a", "10.100.1.20", null, "sg-appl")
                .loadBalancer(ids, LoadBalancer.Type.GATEWAY, "vpc-insp").zone("appl-a", "10.100.1.201").add()
                .targetGroup(idsGroup, "GENEVE", 6081, "vpc-insp").target("i-ids-a", TargetHealth.HEALTHY).add()
                .listener("listener-ids", ids, 0, "", idsGroup)
                .endpointService("vpce-svc-ids", EndpointService.Kind.GATEWAY_LOAD_BALANCER, ACCOUNT, ids)
                .acceptanceRequired(false).add()
                .gwlbEndpoint("vpce-ids-a", "vpc-web", "vpce-svc-ids", "ids-a", "10.0.0.120");
        Fixture f = net.fixture();
        Simulator simulator = f.simulator();
        for (Trace trace : List.of(outbound(simulator, "web-a1"), inbound(simulator, "web-a1"))) {
            assertThat(trace.isRoundTrip()).isTrue();
            List<String> request = appliances(trace.inspections());
            List<String> reply = new ArrayList<>(appliances(trace.returnPath().orElseThrow().inspections()));
            Collections.reverse(reply);
            assertThat(request).hasSize(2).isEqualTo(reply);
        }
        assertThat(appliances(outbound(simulator, "web-a1").inspections())).containsExactly("i-appl-a", "i-ids-a");
        assertThat(check(f)).isEmpty();
    }

    @Test
    void appSubnetRoutedStraightToTheInternetGateway_bypassesInspection_andIsAWarning() {
        Net net = new Net();
        net.webAInternet = igw("igw-web");
        List<Diagnostic> findings = check(net);
        assertThat(only(findings, "gwlb.inspection-bypass")).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.location()).isEqualTo(originOf("routeTables", "rt-web-a"));
            assertThat(d.message()).contains("0.0.0.0/0 -> internet gateway igw-web", "rt-web-a", "web-a", "vpce-a");
            assertThat(d.hint()).contains("vpce-a");
        });
        assertThat(only(findings, "gwlb.asymmetric-inspection")).first().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.location()).isEqualTo(originOf("routeTables", "rt-web-a"));
            assertThat(d.message()).contains("web-a1", "request passes no appliance");
            assertThat(d.hint()).contains("rt-web-a", "route 0.0.0.0/0 to the GWLB endpoint vpce-a");
        });
    }

    @Test
    void vpcWhoseGwlbEndpointsCarryNoInternetTraffic_isNotNorthSouth_soGatewayRoutesAreNotBypasses() {
        Net eastWest = new Net();
        eastWest.edgeRoutes = new ArrayList<>(List.of(local("10.0.0.0/24")));
        eastWest.webAInternet = igw("igw-web");
        eastWest.webBInternet = igw("igw-web");
        assertThat(only(check(eastWest), "gwlb.inspection-bypass")).isEmpty();
        eastWest.webBInternet = vpce("vpce-b");
        assertThat(only(check(eastWest), "gwlb.inspection-bypass")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("rt-web-a"));
    }

    @Test
    void gwlbEndpointInASubnetWithWorkloads_isAWarning() {
        Net net = new Net();
        net.extra = f -> f.instance("stray", "gwlbe-a", "10.0.0.12", null, "sg-web");
        assertThat(only(check(net), "gwlb.endpoint-in-workload-subnet")).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.location()).isEqualTo(originOf("gwlbEndpoints", "vpce-a"));
            assertThat(d.message()).contains("vpce-a", "gwlbe-a", "stray", "skips inspection");
        });
    }

    @Test
    void gwlbEndpointInASubnetTheEdgeTableSendsThroughInspection_isAWarning() {
        Net net = new Net();
        net.edgeRoutes.add(route("10.0.0.0/28", vpce("vpce-b")));
        assertThat(only(check(net), "gwlb.endpoint-in-workload-subnet")).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.message()).contains("vpce-a", "rt-edge", "10.0.0.0/28 -> VPC endpoint vpce-b");
        });
    }

    @Test
    void gwlbEndpointInTheAppSubnetItProtects_loopsTrafficBackIntoItself_andIsAnError() {
        Net net = new Net();
        net.endpointASubnet = "web-a";
        net.endpointAAddress = "10.0.0.45";
        Fixture f = net.fixture();
        assertThat(outbound(f.simulator(), "web-a1").disposition()).isEqualTo(Disposition.LOOP);
        assertThat(only(check(f), "gwlb.endpoint-in-workload-subnet")).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.message()).contains("rt-web-a", "0.0.0.0/0 -> VPC endpoint vpce-a", "loops");
        });
    }

    @Test
    void gwlbEndpointInAnAzTheGwlbDoesNotServe_isAnError() {
        Net net = new Net();
        net.extra = f -> f.subnet("gwlbe-c", "vpc-web", "10.0.0.48/28", "us-east-1c");
        Fixture f = net.fixture().gwlbEndpoint("vpce-c", "vpc-web", SERVICE, "gwlbe-c", "10.0.0.50");
        assertThat(check(f)).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("gwlb.endpoint-az-not-served");
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.location()).isEqualTo(originOf("gwlbEndpoints", "vpce-c"));
            assertThat(d.message()).contains("us-east-1c (use1-c)", "use1-a", "use1-b");
        });
    }

    // ---------------------------------------------------------------- target group and appliances

    @Test
    void applianceTargetGroupNotOnGenevePort6081_isAnError_andTheSimulatorDropsTheFlow() {
        Net net = new Net();
        net.targetPort = 6080;
        Fixture f = net.fixture();
        assertThat(outbound(f.simulator(), "web-a1").disposition()).isEqualTo(Disposition.DROPPED);
        assertThat(only(check(f), "gwlb.target-group-not-geneve")).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.location()).isEqualTo(originOf("targetGroups", TG));
            assertThat(d.message()).contains("GENEVE on port 6080", "UDP port 6081");
        });
        Net tcp = new Net();
        tcp.targetProtocol = "TCP";
        assertThat(only(check(tcp), "gwlb.target-group-not-geneve")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("uses TCP on port 6081"));
    }

    @Test
    void applianceSecurityGroupClosingTheHealthCheckPort_isAnError_perAppliance() {
        Net net = new Net();
        net.applianceIngress = new SgRule[] {udpFrom(6081, "10.100.0.0/16")};
        List<Diagnostic> findings = check(net);
        assertThat(findings).extracting(Diagnostic::ruleId).containsOnly("gwlb.health-check-blocked").hasSize(2);
        assertThat(findings.get(0).message()).contains("i-appl-a", "health check on TCP port 80", "10.100.1.200",
                "10.100.2.200", "fails open");
        assertThat(findings.get(0).hint()).contains("TCP 80", "10.100.1.0/24", "10.100.2.0/24");
    }

    @Test
    void applianceSecurityGroupNotAdmittingGeneveFromItsGwlbNode_isAnError_forThatApplianceOnly() {
        Net net = new Net();
        net.applianceIngress = new SgRule[] {udpFrom(6081, "10.100.1.0/24"), tcpFrom(80, "10.100.0.0/16")};
        Fixture f = net.fixture();
        assertThat(outbound(f.simulator(), "web-b1").codes()).contains(StepCode.GWLB_APPLIANCE_SG_DENY);
        assertThat(check(f)).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("gwlb.geneve-blocked");
            assertThat(d.message()).contains("i-appl-b", "GENEVE (UDP 6081)", "10.100.2.200").doesNotContain("10.100.1.200");
            assertThat(d.hint()).contains("UDP 6081", "10.100.2.0/24");
        });
    }

    @Test
    void applianceThatRoutesSendTrafficToDirectly_withSourceDestCheckOn_isAnError_andOffIsFine() {
        Net on = new Net();
        on.extra = f -> f.subnet("fw", "vpc-web", "10.0.0.96/28", "us-east-1a")
                .appliance("eni-fw", "fw", "10.0.0.100", true)
                .table("rt-fw", "vpc-web", List.of(), local("10.0.0.0/24"), route("192.168.0.0/16", eni("eni-fw")));
        assertThat(check(on)).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("appliance.source-dest-check");
            assertThat(d.location()).isEqualTo(originOf("networkInterfaces", "eni-fw"));
            assertThat(d.message()).contains("192.168.0.0/16 -> network interface eni-fw in rt-fw", "source/destination check is on");
            assertThat(d.hint()).contains("eni-fw", "no-source-dest-check");
        });
        Net off = new Net();
        off.extra = f -> f.subnet("fw", "vpc-web", "10.0.0.96/28", "us-east-1a")
                .appliance("eni-fw", "fw", "10.0.0.100", false)
                .table("rt-fw", "vpc-web", List.of(), local("10.0.0.0/24"), route("192.168.0.0/16", eni("eni-fw")));
        assertThat(check(off)).isEmpty();
    }

    @Test
    void instanceRouteTargetWithSourceDestCheckOn_isReportedOnTheInstance() {
        Net net = new Net();
        net.extra = f -> f.instance("i-nat", "gwlbe-a", "10.0.0.13", null, "sg-web")
                .table("rt-x", "vpc-web", List.of(), local("10.0.0.0/24"),
                        route("172.16.0.0/12", new RouteTarget.Instance("i-nat")));
        assertThat(only(check(net), "appliance.source-dest-check")).singleElement()
                .satisfies(d -> {
                    assertThat(d.location()).isEqualTo(originOf("instances", "i-nat"));
                    assertThat(d.message()).contains("appliance i-nat (eni-i-nat)");
                });
    }
}
