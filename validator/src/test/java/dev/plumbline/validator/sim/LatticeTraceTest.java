package dev.plumbline.validator.sim;

import static dev.plumbline.validator.fixture.Fixture.allowAll;
import static dev.plumbline.validator.fixture.Fixture.local;
import static dev.plumbline.validator.fixture.Fixture.tcpFrom;
import static dev.plumbline.validator.fixture.LatticeFixture.forward;
import static dev.plumbline.validator.fixture.LatticeFixture.fromLattice;
import static dev.plumbline.validator.fixture.LatticeFixture.pathPrefix;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.plumbline.validator.fixture.Fixture;
import dev.plumbline.validator.fixture.LatticeFixture;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.lattice.AuthType;
import dev.plumbline.validator.model.lattice.LatticeAction;
import dev.plumbline.validator.model.lattice.LatticeProtocol;
import dev.plumbline.validator.model.lattice.LatticeService;
import dev.plumbline.validator.model.lattice.LatticeTargetGroup;
import dev.plumbline.validator.model.lattice.WeightedTargetGroup;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The seed Lattice scenario: a client VPC and a provider VPC associated with one service network;
 * service "orders" has an HTTPS listener whose default action splits 20/10 between an instance
 * target group and a Lambda target group, and rules /to-instance (priority 10) and /to-function
 * (priority 20).
 */
class LatticeTraceTest {

    private static final String ALLOW_ALL_POLICY = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"vpc-lattice-svcs:Invoke","Resource":"*"}]}""";

    private static Fixture seed(AuthType networkAuth, String networkPolicy, AuthType serviceAuth, String servicePolicy,
            boolean targetAdmitsLattice) {
        Fixture f = new Fixture().vpc("vpc-client", "10.1.0.0/16").vpc("vpc-app", "10.2.0.0/16")
                .subnet("sn-client", "vpc-client", "10.1.1.0/24", "us-east-1a")
                .subnet("sn-app", "vpc-app", "10.2.1.0/24", "us-east-1a")
                .mainTable("rt-client", "vpc-client", local("10.1.0.0/16"))
                .mainTable("rt-app", "vpc-app", local("10.2.0.0/16"))
                .group("sg-client", "vpc-client", allowAll())
                .group("sg-web", "vpc-app", targetAdmitsLattice ? fromLattice(8080) : tcpFrom(8080, "10.2.0.0/16"))
                .instance("client", "sn-client", "10.1.1.10", null, "sg-client")
                .instance("web", "sn-app", "10.2.1.10", null, "sg-web");
        new LatticeFixture(f).latticePrefixList()
                .network("sn-net", networkAuth, networkPolicy)
                .vpcAssociation("snva-client", "sn-net", "vpc-client")
                .vpcAssociation("snva-app", "sn-net", "vpc-app")
                .service("orders", serviceAuth, servicePolicy)
                .serviceAssociation("snsa-orders", "sn-net", "orders")
                .targetGroup("tg-instance", LatticeTargetGroup.Type.INSTANCE, 8080, "vpc-app", "web")
                .targetGroup("tg-lambda", LatticeTargetGroup.Type.LAMBDA, 0, "", "arn:aws:lambda:us-east-1:111111111111:function:orders")
                .listener("https", "orders", LatticeProtocol.HTTPS, 443, forward("tg-instance", 20, "tg-lambda", 10))
                .rule("to-instance", "https", 10, pathPrefix("/to-instance"), forward("tg-instance", 1))
                .rule("to-function", "https", 20, pathPrefix("/to-function"), forward("tg-lambda", 1));
        return f;
    }

    private static Fixture seed() {
        return seed(AuthType.NONE, "", AuthType.NONE, "", true);
    }

    private static RequestTrace get(Fixture f, String path) {
        return request(f, "GET", path, Map.of(), "", 1);
    }

    private static RequestTrace request(Fixture f, String method, String path, Map<String, String> headers,
            String principal, int requests) {
        Simulator sim = f.simulator();
        LatticeService service = sim.topology().latticeService("orders").orElseThrow();
        LatticeRequest request = new LatticeRequest(Fixture.at(sim, "client"), service, method, path, headers, 0, principal);
        return new LatticeTracer(sim.topology()).trace(request, new Session(), requests);
    }

    @Test
    void request_toInstancePath_matchesPriority10AndReachesTheInstanceFromTheLatticeRange() {
        RequestTrace result = get(seed(), "/to-instance/orders/7");
        assertThat(result.trace().disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(result.ruleId()).isEqualTo("to-instance");
        assertThat(result.targetGroupId()).isEqualTo("tg-instance");
        assertThat(result.trace().codes()).containsSubsequence(StepCode.START, StepCode.SG_EGRESS_ALLOW,
                StepCode.LATTICE_ASSOCIATION_SG_ALLOW, StepCode.LATTICE_SERVICE, StepCode.LATTICE_LISTENER,
                StepCode.LATTICE_AUTH_ALLOW, StepCode.LATTICE_RULE_MATCH, StepCode.LATTICE_TARGET_GROUP,
                StepCode.LATTICE_SOURCE_NAT, StepCode.NACL_INBOUND_ALLOW, StepCode.LATTICE_TARGET_SG_ALLOW,
                StepCode.DELIVERED);
        assertThat(result.trace().translations()).singleElement()
                .satisfies(t -> assertThat(t.after()).isEqualTo("169.254.171.0/24"));
        assertThat(result.trace().returnPath()).get().extracting(Trace::disposition).isEqualTo(Disposition.ACCEPTED);
    }

    @Test
    void request_toFunctionPath_skipsPriority10SayingWhy_andInvokesTheLambda() {
        RequestTrace result = get(seed(), "/to-function");
        assertThat(result.trace().disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(result.ruleId()).isEqualTo("to-function");
        assertThat(result.targetGroupId()).isEqualTo("tg-lambda");
        Step skipped = result.trace().hops().stream().flatMap(h -> h.steps().stream())
                .filter(s -> s.code() == StepCode.LATTICE_RULE_SKIPPED).findFirst().orElseThrow();
        assertThat(skipped.detail()).contains("priority 10").contains("/to-function does not start with /to-instance");
    }

    @Test
    void request_toOtherPath_usesDefaultAction_andNRequestsSplitAboutTwoThirdsOneThird() {
        RequestTrace result = request(seed(), "GET", "/", Map.of(), "", 3000);
        assertThat(result.ruleId()).isEmpty();
        assertThat(result.trace().codes()).contains(StepCode.LATTICE_DEFAULT_ACTION);
        Map<String, Integer> split = result.distribution();
        assertThat(split.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(3000);
        assertThat(split.get("tg-instance") / 3000.0).isCloseTo(2.0 / 3, within(0.03));
        assertThat(split.get("tg-lambda") / 3000.0).isCloseTo(1.0 / 3, within(0.03));
    }

    @Test
    void distribution_isDeterministic_forTheSameSeed() {
        assertThat(request(seed(), "GET", "/", Map.of(), "", 500).distribution())
                .isEqualTo(request(seed(), "GET", "/", Map.of(), "", 500).distribution());
    }

    @Test
    void request_whenTargetSecurityGroupDoesNotAdmitLatticeRange_isDeniedAtTheTarget() {
        RequestTrace result = get(seed(AuthType.NONE, "", AuthType.NONE, "", false), "/to-instance");
        assertThat(result.trace().disposition()).isEqualTo(Disposition.DENIED_IN);
        assertThat(result.trace().finalStep()).get().extracting(Step::code).isEqualTo(StepCode.LATTICE_TARGET_SG_DENY);
    }

    @Test
    void request_fromVpcNotAssociated_isDropped() {
        Fixture f = seed().vpc("vpc-other", "10.3.0.0/16").subnet("sn-other", "vpc-other", "10.3.1.0/24", "us-east-1a")
                .mainTable("rt-other", "vpc-other", local("10.3.0.0/16")).group("sg-other", "vpc-other", allowAll())
                .instance("stranger", "sn-other", "10.3.1.10", null, "sg-other");
        Simulator sim = f.simulator();
        LatticeRequest request = LatticeRequest.get(Fixture.at(sim, "stranger"),
                sim.topology().latticeService("orders").orElseThrow(), "/to-instance");
        Trace trace = new LatticeTracer(sim.topology()).trace(request, new Session()).trace();
        assertThat(trace.disposition()).isEqualTo(Disposition.DROPPED);
        assertThat(trace.finalStep()).get().extracting(Step::code).isEqualTo(StepCode.LATTICE_NOT_ASSOCIATED);
    }

    @Test
    void request_whenAssociationSecurityGroupRefusesTheClient_isDeniedIn() {
        Fixture guarded = new Fixture().vpc("vpc-client", "10.1.0.0/16").subnet("sn-client", "vpc-client", "10.1.1.0/24", "us-east-1a")
                .mainTable("rt", "vpc-client", local("10.1.0.0/16")).group("sg-client", "vpc-client", allowAll())
                .group("sg-assoc", "vpc-client", tcpFrom(443, "10.1.200.0/24"))
                .instance("client", "sn-client", "10.1.1.10", null, "sg-client");
        new LatticeFixture(guarded).network("sn-net", AuthType.NONE, "").vpcAssociation("a", "sn-net", "vpc-client", "sg-assoc")
                .service("orders", AuthType.NONE, "").serviceAssociation("s", "sn-net", "orders")
                .listener("https", "orders", LatticeProtocol.HTTPS, 443, new LatticeAction.FixedResponse(200));
        RequestTrace result = get(guarded, "/");
        assertThat(result.trace().disposition()).isEqualTo(Disposition.DENIED_IN);
        assertThat(result.trace().finalStep()).get().extracting(Step::code).isEqualTo(StepCode.LATTICE_ASSOCIATION_SG_DENY);
    }

    @Test
    void auth_awsIamWithoutPolicy_deniesEverything() {
        RequestTrace result = get(seed(AuthType.AWS_IAM, "", AuthType.NONE, "", true), "/to-instance");
        assertThat(result.trace().disposition()).isEqualTo(Disposition.DENIED_IN);
        assertThat(result.trace().finalStep()).get().satisfies(s -> {
            assertThat(s.code()).isEqualTo(StepCode.LATTICE_AUTH_DENY);
            assertThat(s.detail()).contains("no auth policy");
        });
    }

    @Test
    void auth_bothPoliciesMustAllow_andAnExplicitDenyWins() {
        String denyAdmin = """
                {"Statement":[{"Effect":"Allow","Principal":"*","Action":"vpc-lattice-svcs:Invoke","Resource":"*"},
                 {"Sid":"NoAdmin","Effect":"Deny","Principal":"*","Action":"vpc-lattice-svcs:*","Resource":"*/admin*"}]}""";
        Fixture f = seed(AuthType.AWS_IAM, ALLOW_ALL_POLICY, AuthType.AWS_IAM, denyAdmin, true);
        assertThat(get(f, "/to-instance").trace().disposition()).isEqualTo(Disposition.ACCEPTED);
        RequestTrace admin = get(f, "/admin/users");
        assertThat(admin.trace().disposition()).isEqualTo(Disposition.DENIED_IN);
        assertThat(admin.trace().finalStep()).get().satisfies(s -> assertThat(s.detail()).contains("NoAdmin"));
    }

    @Test
    void auth_principalRestrictedPolicy_deniesUnsignedRequests_andAllowsThatAccount() {
        String accountOnly = """
                {"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111111111111:root"},"Action":"vpc-lattice-svcs:Invoke","Resource":"*"}]}""";
        Fixture f = seed(AuthType.NONE, "", AuthType.AWS_IAM, accountOnly, true);
        assertThat(get(f, "/to-instance").trace().disposition()).isEqualTo(Disposition.DENIED_IN);
        RequestTrace signed = request(f, "GET", "/to-instance", Map.of(), "arn:aws:iam::111111111111:role/orders-client", 1);
        assertThat(signed.trace().disposition()).isEqualTo(Disposition.ACCEPTED);
    }

    @Test
    void auth_sourceVpcConditionIsEvaluated_andAnUnknownConditionIsUndetermined() {
        String sourceVpc = """
                {"Statement":[{"Effect":"Allow","Principal":"*","Action":"vpc-lattice-svcs:Invoke","Resource":"*",
                  "Condition":{"StringEquals":{"vpc-lattice-svcs:SourceVpc":"vpc-client"}}}]}""";
        assertThat(get(seed(AuthType.NONE, "", AuthType.AWS_IAM, sourceVpc, true), "/to-instance").trace().disposition())
                .isEqualTo(Disposition.ACCEPTED);
        String otherVpc = sourceVpc.replace("vpc-client", "vpc-elsewhere");
        assertThat(get(seed(AuthType.NONE, "", AuthType.AWS_IAM, otherVpc, true), "/to-instance").trace().disposition())
                .isEqualTo(Disposition.DENIED_IN);
        String orgCondition = """
                {"Statement":[{"Effect":"Allow","Principal":"*","Action":"vpc-lattice-svcs:Invoke","Resource":"*",
                  "Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-123"}}}]}""";
        RequestTrace unknown = get(seed(AuthType.NONE, "", AuthType.AWS_IAM, orgCondition, true), "/to-instance");
        assertThat(unknown.trace().disposition()).isEqualTo(Disposition.UNDETERMINED);
        assertThat(unknown.trace().undeterminedBy()).extracting(Planned.Unknown::resource).containsExactly("orders");
    }

    @Test
    void rules_methodAndHeaderMismatch_areExplained() {
        Fixture f = seed();
        new LatticeFixture(f).rule("post-only", "https", 5,
                LatticeFixture.methodAndHeader("POST", "x-tenant", "blue"), new LatticeAction.FixedResponse(403));
        RequestTrace get = request(f, "GET", "/", Map.of(), "", 1);
        assertThat(get.trace().hops().stream().flatMap(h -> h.steps().stream()).map(Step::detail))
                .anyMatch(d -> d.contains("method GET is not POST"));
        RequestTrace post = request(f, "POST", "/", Map.of("X-Tenant", "green"), "", 1);
        assertThat(post.trace().hops().stream().flatMap(h -> h.steps().stream()).map(Step::detail))
                .anyMatch(d -> d.contains("header x-tenant: 'green' does not match"));
        RequestTrace match = request(f, "POST", "/", Map.of("X-TENANT", "BLUE"), "", 1);
        assertThat(match.fixedStatus()).isEqualTo(403);
        assertThat(match.trace().finalStep()).get().extracting(Step::code).isEqualTo(StepCode.LATTICE_FIXED_RESPONSE);
    }

    @Test
    void forward_withAllWeightsZero_reachesNoTargetGroup() {
        Fixture f = seed();
        new LatticeFixture(f).rule("zero", "https", 1, pathPrefix("/zero"), forward("tg-instance", 0, "tg-lambda", 0));
        RequestTrace result = get(f, "/zero");
        assertThat(result.trace().disposition()).isEqualTo(Disposition.DROPPED);
        assertThat(result.trace().finalStep()).get().extracting(Step::code).isEqualTo(StepCode.LATTICE_NO_TARGET);
    }

    @Test
    void forward_toTargetGroupUnknownUntilApply_isUndetermined() {
        Fixture f = seed();
        new LatticeFixture(f).rule("planned", "https", 1, pathPrefix("/planned"), new LatticeAction.Forward(List.of(
                new WeightedTargetGroup(Planned.unknown("urn:listener", "defaultAction.forward.targetGroups[0]"), 20))));
        RequestTrace result = get(f, "/planned");
        assertThat(result.trace().disposition()).isEqualTo(Disposition.UNDETERMINED);
        assertThat(result.trace().undeterminedBy()).extracting(Planned.Unknown::resource).containsExactly("urn:listener");
    }

    @Test
    void tlsPassthroughListener_ignoresRules() {
        Fixture f = new Fixture().vpc("vpc-client", "10.1.0.0/16").subnet("sn-client", "vpc-client", "10.1.1.0/24", "us-east-1a")
                .mainTable("rt", "vpc-client", local("10.1.0.0/16")).group("sg-client", "vpc-client", allowAll())
                .instance("client", "sn-client", "10.1.1.10", null, "sg-client");
        new LatticeFixture(f).network("sn-net", AuthType.NONE, "").vpcAssociation("a", "sn-net", "vpc-client")
                .service("orders", AuthType.NONE, "").serviceAssociation("s", "sn-net", "orders")
                .listener("tls", "orders", LatticeProtocol.TLS_PASSTHROUGH, 443, new LatticeAction.FixedResponse(200))
                .rule("ignored", "tls", 1, pathPrefix("/"), new LatticeAction.FixedResponse(500));
        RequestTrace result = get(f, "/");
        assertThat(result.fixedStatus()).isEqualTo(200);
        assertThat(result.trace().codes()).contains(StepCode.LATTICE_RULE_SKIPPED, StepCode.LATTICE_DEFAULT_ACTION);
    }
}
