package dev.plumbline.validator.intent;

import static dev.plumbline.validator.intent.IntentFixtures.PL_GWLB_LATTICE;
import static dev.plumbline.validator.intent.IntentFixtures.TWO_TIER;
import static dev.plumbline.validator.intent.IntentFixtures.intents;
import static dev.plumbline.validator.intent.IntentFixtures.one;
import static dev.plumbline.validator.intent.IntentFixtures.problems;
import static dev.plumbline.validator.intent.IntentFixtures.simulator;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.sim.Disposition;
import dev.plumbline.validator.sim.Place;
import dev.plumbline.validator.sim.Simulator;
import dev.plumbline.validator.sim.StepCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntentEvaluatorTest {

    private static Simulator twoTier;
    private static Simulator plGwlbLattice;

    @TempDir
    Path dir;

    @BeforeAll
    static void readExamples() throws Exception {
        twoTier = simulator(TWO_TIER);
        plGwlbLattice = simulator(PL_GWLB_LATTICE);
    }

    private IntentResult evaluate(Simulator simulator, String body) throws Exception {
        return new IntentEvaluator(simulator).evaluate(intents(dir, one(body))).get(0);
    }

    // ---- the examples ----------------------------------------------------------------------------

    @Test
    void evaluate_twoTierExample_failsOnlyTheNaclMistake() throws Exception {
        IntentFile file = new IntentsReader().read(TWO_TIER.resolveSibling("two-tier-vpc.intents.yaml"));

        List<IntentResult> results = new IntentEvaluator(twoTier).evaluate(file);

        assertThat(results).extracting(IntentResult::outcome).containsExactly(Outcome.PASS, Outcome.PASS, Outcome.PASS,
                Outcome.PASS, Outcome.PASS, Outcome.PASS, Outcome.FAIL);
        IntentResult nacl = results.get(6);
        assertThat(nacl.reason()).contains("its reply is stopped at subnet private-a").contains("NACL_INBOUND_DENY");
        assertThat(nacl.culprit()).contains(new IntentResult.HopRef(true, nacl.trace().returnPath().orElseThrow().hops().size() - 1));
    }

    @Test
    void evaluate_privateLinkGwlbLatticeExample_passesEveryIntent() throws Exception {
        IntentFile file = new IntentsReader().read(PL_GWLB_LATTICE.resolveSibling("privatelink-gwlb-lattice.intents.yaml"));

        List<IntentResult> results = new IntentEvaluator(plGwlbLattice).evaluate(file);

        assertThat(results).allSatisfy(r -> assertThat(r.outcome()).as(r.intent().name() + ": " + r.reason()).isEqualTo(Outcome.PASS));
        assertThat(results).hasSize(8);
    }

    @Test
    void evaluate_reportsProgressAfterEachIntent() throws Exception {
        IntentFile file = new IntentsReader().read(TWO_TIER.resolveSibling("two-tier-vpc.intents.yaml"));
        List<String> seen = new ArrayList<>();

        new IntentEvaluator(twoTier).evaluate(file, (done, total, name) -> seen.add(done + "/" + total));

        assertThat(seen).containsExactly("1/7", "2/7", "3/7", "4/7", "5/7", "6/7", "7/7");
    }

    // ---- reachable and unreachable ----------------------------------------------------------------

    @Test
    void reachable_whenRequestIsDenied_failsAndMarksTheStoppingHop() throws Exception {
        IntentResult result = evaluate(twoTier, """
                from: internet
                to: bastion
                port: 22
                expect: reachable
                """);

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.reason()).startsWith("the request is stopped at instance bastion (i-0b5e6f7a8b9c0d1e2) (DENIED_IN)")
                .contains("SG_INGRESS_DENY");
        assertThat(result.culprit()).contains(new IntentResult.HopRef(false, result.trace().hops().size() - 1));
    }

    @Test
    void unreachable_whenRequestIsDeliveredButReplyDropped_failsBecausePacketsArrive() throws Exception {
        IntentResult result = evaluate(twoTier, """
                from: app
                to: internet
                port: 443
                expect: unreachable
                """);

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.reason()).startsWith("the request is delivered (EXITS_NETWORK").contains("only its reply is stopped");
    }

    @Test
    void unreachable_whenNoPublicAddress_passesWithTheReason() throws Exception {
        IntentResult result = evaluate(twoTier, """
                from: internet
                to: app
                port: 8080
                expect: unreachable
                """);

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.reason()).contains("INTERNET_NO_ROUTE");
        assertThat(result.trace().disposition()).isEqualTo(Disposition.NO_ROUTE);
    }

    @Test
    void reachable_whenRouteTargetIsUnknownUntilApply_isUndeterminedAndNamesTheUnknown() throws Exception {
        Simulator planned = simulator(Path.of("src/test/resources/intents/undetermined.json"));

        IntentResult result = evaluate(planned, """
                from: worker
                to: internet
                port: 443
                expect: reachable
                """);

        assertThat(result.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(result.reason()).contains("undetermined").contains("urn:pulumi:dev::net::aws:ec2/natGateway:NatGateway::nat");
    }

    @Test
    void unreachable_whenUndetermined_isNotAPass() throws Exception {
        Simulator planned = simulator(Path.of("src/test/resources/intents/undetermined.json"));

        IntentResult result = evaluate(planned, """
                from: worker
                to: internet
                port: 443
                expect: unreachable
                """);

        assertThat(result.outcome()).isEqualTo(Outcome.UNDETERMINED);
    }

    // ---- places -------------------------------------------------------------------------------

    @Test
    void from_publicCidr_standsForAHostOnTheInternet() throws Exception {
        IntentResult result = evaluate(twoTier, """
                from: 198.51.100.0/24
                to: bastion
                port: 22
                expect: reachable
                """);

        assertThat(result.from()).isEqualTo(new Place.Internet(Ipv4.parse("198.51.100.1")));
        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void from_subnetCidr_standsForTheFirstFreeHostAfterTheReservedAddresses() throws Exception {
        IntentResult result = evaluate(twoTier, """
                from: 10.20.11.0/24
                to: internet
                port: 443
                expect: reachable
                """);

        assertThat(result.from()).isInstanceOfSatisfying(Place.SubnetHost.class, host -> {
            assertThat(host.address()).isEqualTo(Ipv4.parse("10.20.11.4"));
            assertThat(host.subnet().id()).isEqualTo("subnet-0a1b2c3d4e5f00b02");
        });
    }

    @Test
    void from_hostCidrOfAnInterface_isThatInterface() throws Exception {
        IntentResult result = evaluate(twoTier, """
                from: 10.20.0.50/32
                to: app
                port: 22
                expect: reachable
                """);

        assertThat(result.from()).isInstanceOfSatisfying(Place.AtInterface.class,
                at -> assertThat(at.networkInterface().id()).isEqualTo("eni-0a7f3e2d1c0b9a803"));
        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void from_publicHostCidrOfAnInterface_startsAtThatInterface() throws Exception {
        IntentResult result = evaluate(twoTier, """
                from: 203.0.113.50/32
                to: app
                port: 22
                expect: reachable
                """);

        assertThat(result.from()).isInstanceOf(Place.AtInterface.class);
    }

    @Test
    void from_cidrSpanningSubnets_isRejectedListingThem() {
        List<Diagnostic> problems = problems(() -> evaluate(twoTier, """
                from: 10.20.0.0/16
                to: internet
                port: 443
                expect: reachable
                """));

        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.location().pointer()).isEqualTo("/intents/0/from");
            assertThat(d.message()).contains("spans 4 subnets").contains("public-a (subnet subnet-0a1b2c3d4e5f00a01)");
        });
    }

    @Test
    void from_cidrWithHostBits_saysWhichNetworkWasMeant() {
        List<Diagnostic> problems = problems(() -> evaluate(twoTier, """
                from: 10.20.11.5/24
                to: internet
                port: 443
                expect: reachable
                """));

        assertThat(problems).singleElement().satisfies(d -> assertThat(d.message()).contains("did you mean 10.20.11.0/24"));
    }

    @Test
    void to_unknownName_listsTheClosestNames() {
        List<Diagnostic> problems = problems(() -> evaluate(twoTier, """
                from: internet
                to: bastoin
                port: 22
                expect: reachable
                """));

        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo(IntentEvaluator.UNRESOLVED);
            assertThat(d.location().pointer()).isEqualTo("/intents/0/to");
            assertThat(d.hint()).startsWith("did you mean bastion (");
        });
    }

    @Test
    void to_ambiguousName_listsTheCandidates() {
        List<Diagnostic> problems = problems(() -> evaluate(plGwlbLattice, """
                from: internet
                to: web-a
                port: 443
                expect: reachable
                """));

        assertThat(problems).singleElement().satisfies(d -> assertThat(d.message())
                .contains("ambiguous").contains("subnet subnet-0b1a000000000a002").contains("instance i-0b1a2c3d4e5f607e1"));
    }

    @Test
    void evaluate_reportsEveryUnresolvedNameOfEveryIntentAtOnce() {
        List<Diagnostic> problems = problems(() -> new IntentEvaluator(twoTier).evaluate(intents(dir, """
                version: 1
                intents:
                  - {name: a, from: nowhere, to: bastion, port: 22, expect: reachable}
                  - {name: b, from: bastion, to: app, port: 22, expect: {via: [nat-z]}}
                """)));

        assertThat(problems).extracting(d -> d.location().pointer()).containsExactly("/intents/0/from", "/intents/1/expect/via/0");
    }

    @Test
    void from_latticeService_isRejected() {
        List<Diagnostic> problems = problems(() -> evaluate(plGwlbLattice, """
                from: svc-0a1b2c3d4e5f67892
                to: client
                port: 443
                expect: reachable
                """));

        assertThat(problems).singleElement().satisfies(d -> assertThat(d.message()).contains("a flow cannot start there"));
    }

    @Test
    void tcpWithoutPort_isRejectedUnlessToALatticeService() {
        List<Diagnostic> problems = problems(() -> evaluate(twoTier, """
                from: bastion
                to: app
                expect: reachable
                """));

        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.location().pointer()).isEqualTo("/intents/0");
            assertThat(d.message()).isEqualTo("no destination port for tcp to 'app'");
        });
    }

    @Test
    void fromSecurityGroups_byName_filterTheSubnetHost() throws Exception {
        IntentResult result = evaluate(twoTier, """
                from: private-b
                from-security-groups: [bastion]
                to: internet
                port: 443
                expect: reachable
                """);

        assertThat(result.from()).isInstanceOfSatisfying(Place.SubnetHost.class,
                host -> assertThat(host.securityGroupIds()).containsExactly("sg-0d1e2f3a4b5c6d7e2"));
    }

    @Test
    void fromSecurityGroups_whenNameIsShared_asksForTheId() {
        List<Diagnostic> problems = problems(() -> evaluate(plGwlbLattice, """
                from: consumer-a
                from-security-groups: [default]
                to: client
                port: 443
                expect: reachable
                """));

        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.location().pointer()).isEqualTo("/intents/0/from-security-groups/0");
            assertThat(d.message()).contains("names 4 security groups");
        });
    }

    // ---- inspected-by and via -------------------------------------------------------------------

    @Test
    void inspectedBy_checksRequestInOrderAndReplyReversed() throws Exception {
        IntentResult result = evaluate(plGwlbLattice, """
                from: internet
                to: i-0b1a2c3d4e5f607e1
                port: 443
                expect: {inspected-by: [appliance-a]}
                """);

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.reason()).isEqualTo("the request is inspected by appliance appliance-a (i-07e1f2a3b4c5d6eb1) behind "
                + "inspection-gwlb and the reply by appliance appliance-a (i-07e1f2a3b4c5d6eb1) behind inspection-gwlb");
    }

    @Test
    void inspectedBy_whenAnotherApplianceInspects_failsNamingIt() throws Exception {
        IntentResult result = evaluate(plGwlbLattice, """
                from: internet
                to: i-0b1a2c3d4e5f607e1
                port: 443
                expect: {inspected-by: [appliance-b]}
                """);

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.reason()).isEqualTo("the request is inspected by appliance appliance-a (i-07e1f2a3b4c5d6eb1) behind "
                + "inspection-gwlb, expected appliance-b");
    }

    @Test
    void inspectedBy_whenStageIsMissing_failsOnTheCount() throws Exception {
        IntentResult result = evaluate(plGwlbLattice, """
                from: internet
                to: i-0b1a2c3d4e5f607e1
                port: 443
                expect: {inspected-by: [inspection-gwlb, inspection-gwlb]}
                """);

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.reason()).endsWith("expected inspection-gwlb then inspection-gwlb");
    }

    @Test
    void inspectedBy_whenTheReplyBypassesTheEndpoint_failsOnTheReply() throws Exception {
        String json = java.nio.file.Files.readString(PL_GWLB_LATTICE).replace("""
                "routes": [{"cidr": "0.0.0.0/0", "target": {"vpcEndpoint": "vpce-0b1a2c3d4e5f607a1"}}],
                      "subnetIds": ["subnet-0b1a000000000a002"]""".stripIndent(), """
                "routes": [{"cidr": "0.0.0.0/0", "target": {"internetGateway": "igw-0b1a2c3d4e5f60790"}}],
                      "subnetIds": ["subnet-0b1a000000000a002"]""".stripIndent());
        assertThat(json).contains("\"internetGateway\": \"igw-0b1a2c3d4e5f60790\"}}],\n      \"subnetIds\": [\"subnet-0b1a000000000a002\"]");
        Simulator asymmetric = new Simulator(new dev.plumbline.validator.ingest.graph.GraphReader().read("asym.json", json).network());

        IntentResult result = evaluate(asymmetric, """
                from: internet
                to: i-0b1a2c3d4e5f607e1
                port: 443
                expect: {inspected-by: [inspection-gwlb]}
                """);

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.reason()).isEqualTo("the request is inspected as expected, but the reply is inspected by no appliance,"
                + " expected inspection-gwlb");
    }

    @Test
    void inspectedBy_whenFlowIsNotInspectedAtAll_fails() throws Exception {
        IntentResult result = evaluate(twoTier, """
                from: bastion
                to: app
                port: 22
                expect: {inspected-by: [bastion]}
                """);

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.reason()).startsWith("the request is inspected by no appliance");
    }

    @Test
    void inspectedBy_unknownStage_listsAppliancesAndGatewayLoadBalancers() {
        List<Diagnostic> problems = problems(() -> evaluate(plGwlbLattice, """
                from: internet
                to: i-0b1a2c3d4e5f607e1
                port: 443
                expect: {inspected-by: [inspection-gwbl]}
                """));

        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.location().pointer()).isEqualTo("/intents/0/expect/inspected-by/0");
            assertThat(d.hint()).contains("inspection-gwlb (gateway load balancer");
        });
    }

    @Test
    void via_passesWhenHopsAppearInOrder() throws Exception {
        IntentResult result = evaluate(twoTier, """
                from: private-b
                to: internet
                port: 443
                expect: {via: [nat-0b1c2d3e4f5a6b7c8, igw-0c1d2e3f4a5b6c7d8]}
                """);

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.reason()).contains("nat-0b1c2d3e4f5a6b7c8 (hop ");
    }

    @Test
    void via_failsWhenHopsComeInAnotherOrder() throws Exception {
        IntentResult result = evaluate(twoTier, """
                from: private-b
                to: internet
                port: 443
                expect: {via: [igw-0c1d2e3f4a5b6c7d8, nat-0b1c2d3e4f5a6b7c8]}
                """);

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.reason()).startsWith("the request does not pass nat-0b1c2d3e4f5a6b7c8 after igw-0c1d2e3f4a5b6c7d8");
    }

    @Test
    void via_failsWhenTheOtherAzNatIsUsed() throws Exception {
        IntentResult result = evaluate(twoTier, """
                from: private-b
                to: internet
                port: 443
                expect: {via: [nat-0a1b2c3d4e5f6a7b8]}
                """);

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.reason()).contains("nat-b");
    }

    @Test
    void via_aSharedNameMatchesAnyResourceCarryingIt() throws Exception {
        IntentResult result = evaluate(twoTier, """
                from: private-b
                to: internet
                port: 443
                expect: {via: [nat-b]}
                """);

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
    }

    // ---- target-group ----------------------------------------------------------------------------

    @Test
    void targetGroup_defaultActionSplit_isWithinTolerance() throws Exception {
        IntentResult result = evaluate(plGwlbLattice, """
                from: client
                to: svc-0a1b2c3d4e5f67892
                expect: {target-group: orders-instances, share: 0.667, tolerance: 0.05}
                """);

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.observedShare()).hasValueSatisfying(share -> assertThat(share).isBetween(0.617, 0.717));
        assertThat(result.request()).hasValueSatisfying(r -> assertThat(r.distribution().values().stream()
                .mapToInt(Integer::intValue).sum()).isEqualTo(1000));
    }

    @Test
    void targetGroup_whenShareIsOutsideTolerance_failsSayingWhereTheRestWent() throws Exception {
        IntentResult result = evaluate(plGwlbLattice, """
                from: client
                to: svc-0a1b2c3d4e5f67892
                expect: {target-group: orders-instances, share: 0.5, tolerance: 0.05}
                """);

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.reason()).contains("expected 50.0% ± 5.0%").contains("the others went to tg-0a1b2c3d4e5f67898");
    }

    @Test
    void targetGroup_ruleMatchingThePath_sendsEverythingToItsGroup() throws Exception {
        IntentResult result = evaluate(plGwlbLattice, """
                from: client
                to: svc-0a1b2c3d4e5f67892
                request: {path: /to-instance}
                expect: {target-group: orders-function, share: 0.333}
                """);

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.observedShare()).contains(0.0);
        assertThat(result.reason()).contains("rule to-instance (rule-0a1b2c3d4e5f67895)");
    }

    @Test
    void targetGroup_whenClientVpcIsNotAssociated_failsWithNoForward() throws Exception {
        IntentResult result = evaluate(plGwlbLattice, """
                from: i-0b1a2c3d4e5f607e1
                to: svc-0a1b2c3d4e5f67892
                expect: {target-group: orders-instances, share: 0.667}
                """);

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.reason()).startsWith("no request is forwarded to a target group");
        assertThat(result.trace().codes()).contains(StepCode.LATTICE_NOT_ASSOCIATED);
    }

    @Test
    void targetGroup_toAnInstance_isRejected() {
        List<Diagnostic> problems = problems(() -> evaluate(plGwlbLattice, """
                from: client
                to: i-0b1a2c3d4e5f607e1
                port: 443
                expect: {target-group: orders-instances, share: 0.5}
                """));

        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.location().pointer()).isEqualTo("/intents/0/expect/target-group");
            assertThat(d.message()).startsWith("target-group applies to requests to a VPC Lattice service");
        });
    }

    @Test
    void targetGroup_unknownName_listsTheGroups() {
        List<Diagnostic> problems = problems(() -> evaluate(plGwlbLattice, """
                from: client
                to: svc-0a1b2c3d4e5f67892
                expect: {target-group: orders-lambda, share: 0.5}
                """));

        assertThat(problems).singleElement().satisfies(d -> assertThat(d.hint()).contains("orders-function")
                .contains("orders-instances"));
    }

    @Test
    void request_toANonLatticeDestination_isRejected() {
        List<Diagnostic> problems = problems(() -> evaluate(twoTier, """
                from: bastion
                to: app
                port: 22
                request: {path: /}
                expect: reachable
                """));

        assertThat(problems).singleElement().satisfies(d -> assertThat(d.location().pointer()).isEqualTo("/intents/0/request"));
    }

    @Test
    void evaluate_isIndependentOfIntentOrder() throws Exception {
        IntentFile file = new IntentsReader().read(PL_GWLB_LATTICE.resolveSibling("privatelink-gwlb-lattice.intents.yaml"));
        List<Intent> reversed = new ArrayList<>(file.intents());
        java.util.Collections.reverse(reversed);

        List<IntentResult> forward = new IntentEvaluator(plGwlbLattice).evaluate(file);
        List<IntentResult> backward = new IntentEvaluator(plGwlbLattice).evaluate(new IntentFile(file.file(), reversed));

        java.util.Collections.reverse(backward);
        assertThat(backward).extracting(IntentResult::reason).isEqualTo(forward.stream().map(IntentResult::reason).toList());
    }
}
