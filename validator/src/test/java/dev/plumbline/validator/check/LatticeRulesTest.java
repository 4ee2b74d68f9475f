package dev.plumbline.validator.check;

import static dev.plumbline.validator.fixture.Fixture.allowAll;
import static dev.plumbline.validator.fixture.Fixture.local;
import static dev.plumbline.validator.fixture.Fixture.tcpFrom;
import static dev.plumbline.validator.fixture.LatticeFixture.forward;
import static dev.plumbline.validator.fixture.LatticeFixture.fromLattice;
import static dev.plumbline.validator.fixture.LatticeFixture.pathPrefix;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.diag.Severity;
import dev.plumbline.validator.fixture.Fixture;
import dev.plumbline.validator.fixture.LatticeFixture;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.elb.TargetHealth;
import dev.plumbline.validator.model.lattice.AuthType;
import dev.plumbline.validator.model.lattice.HeaderMatch;
import dev.plumbline.validator.model.lattice.HttpMatch;
import dev.plumbline.validator.model.lattice.LatticeAction;
import dev.plumbline.validator.model.lattice.LatticeProtocol;
import dev.plumbline.validator.model.lattice.LatticeTarget;
import dev.plumbline.validator.model.lattice.LatticeTargetGroup;
import dev.plumbline.validator.model.lattice.PathMatch;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatticeRulesTest {

    /** The seed: service orders, HTTPS default action 20/10 instance/Lambda, rules /to-instance (10) and /to-function (20). */
    private static Fixture seed(boolean targetAdmitsLattice) {
        Fixture f = new Fixture().vpc("vpc-client", "10.1.0.0/16").vpc("vpc-app", "10.2.0.0/16")
                .subnet("sn-client", "vpc-client", "10.1.1.0/24", "us-east-1a")
                .subnet("sn-app", "vpc-app", "10.2.1.0/24", "us-east-1a")
                .mainTable("rt-client", "vpc-client", local("10.1.0.0/16")).mainTable("rt-app", "vpc-app", local("10.2.0.0/16"))
                .group("sg-client", "vpc-client", allowAll())
                .group("sg-web", "vpc-app", targetAdmitsLattice ? fromLattice(8080) : tcpFrom(8080, "10.2.0.0/16"))
                .instance("client", "sn-client", "10.1.1.10", null, "sg-client")
                .instance("web", "sn-app", "10.2.1.10", null, "sg-web");
        new LatticeFixture(f).latticePrefixList().network("sn-net", AuthType.NONE, "")
                .vpcAssociation("snva-client", "sn-net", "vpc-client").vpcAssociation("snva-app", "sn-net", "vpc-app")
                .service("orders", AuthType.NONE, "").serviceAssociation("snsa-orders", "sn-net", "orders")
                .targetGroup("tg-instance", LatticeTargetGroup.Type.INSTANCE, 8080, "vpc-app", "web")
                .targetGroup("tg-lambda", LatticeTargetGroup.Type.LAMBDA, 0, "", "arn:aws:lambda:us-east-1:1:function:f")
                .listener("https", "orders", LatticeProtocol.HTTPS, 443, forward("tg-instance", 20, "tg-lambda", 10))
                .rule("to-instance", "https", 10, pathPrefix("/to-instance"), forward("tg-instance", 1))
                .rule("to-function", "https", 20, pathPrefix("/to-function"), forward("tg-lambda", 1));
        return f;
    }

    private static List<Diagnostic> check(Fixture f) {
        return Checker.builtIn().run(CheckContext.of(f.simulator(), Quotas.DEFAULTS));
    }

    private static List<String> ids(Fixture f) {
        return check(f).stream().map(Diagnostic::ruleId).toList();
    }

    @Test
    void seed_hasNoFindings() {
        assertThat(check(seed(true))).isEmpty();
    }

    @Test
    void vpcAssociatedWithTwoServiceNetworks_isAnError() {
        Fixture f = seed(true);
        new LatticeFixture(f).network("sn-other", AuthType.NONE, "").vpcAssociation("snva-client-2", "sn-other", "vpc-client");
        assertThat(ids(f)).containsExactly("lattice.vpc-multiple-networks");
    }

    @Test
    void duplicatePriorities_andPrioritiesOutOfRange_areErrors() {
        Fixture f = seed(true);
        new LatticeFixture(f).rule("twin", "https", 20, pathPrefix("/twin"), forward("tg-lambda", 1))
                .rule("too-high", "https", 101, pathPrefix("/high"), forward("tg-lambda", 1));
        assertThat(ids(f)).containsExactlyInAnyOrder("lattice.duplicate-priority", "lattice.invalid-priority");
    }

    @Test
    void ruleCoveredByAnEarlierBroaderRule_isShadowed_butANarrowerEarlierRuleIsNot() {
        Fixture f = seed(true);
        new LatticeFixture(f).rule("to-instance-admin", "https", 30, pathPrefix("/to-instance/admin"), forward("tg-lambda", 1))
                .rule("header-blue", "https", 40, new HttpMatch("", new PathMatch("/to-function", false, true),
                        List.of(new HeaderMatch("x-tenant", HeaderMatch.Type.EXACT, "blue", false))), forward("tg-lambda", 1));
        List<Diagnostic> findings = check(f);
        assertThat(findings).extracting(Diagnostic::ruleId).containsExactly("lattice.rule-shadowed", "lattice.rule-shadowed");
        assertThat(findings.get(0).message()).contains("to-instance-admin").contains("to-instance (priority 10)");
        assertThat(findings.get(1).message()).contains("header-blue").contains("to-function");
        Fixture narrow = seed(true);
        new LatticeFixture(narrow).rule("get-only", "https", 5, new HttpMatch("GET", new PathMatch("/to-instance/x", false, true),
                List.of()), forward("tg-lambda", 1));
        assertThat(ids(narrow)).isEmpty();
    }

    @Test
    void allWeightsZero_isAnError() {
        Fixture f = seed(true);
        new LatticeFixture(f).rule("zero", "https", 50, pathPrefix("/zero"), forward("tg-instance", 0, "tg-lambda", 0));
        assertThat(ids(f)).containsExactly("lattice.zero-weights");
    }

    @Test
    void weightAbove999_orMoreThanTenTargetGroups_isAnError() {
        Fixture f = seed(true);
        Object[] eleven = new Object[22];
        for (int i = 0; i < 11; i++) {
            eleven[2 * i] = "tg-lambda";
            eleven[2 * i + 1] = 1;
        }
        new LatticeFixture(f).rule("heavy", "https", 50, pathPrefix("/heavy"), forward("tg-instance", 1000))
                .rule("wide", "https", 60, pathPrefix("/wide"), forward(eleven));
        assertThat(ids(f)).containsExactly("lattice.invalid-action", "lattice.invalid-action");
    }

    @Test
    void tlsPassthroughWithRulesOrHttpTargetGroup_isAnError() {
        Fixture f = seed(true);
        new LatticeFixture(f).listener("tls", "orders", LatticeProtocol.TLS_PASSTHROUGH, 8443, forward("tg-instance", 1))
                .rule("tls-rule", "tls", 1, pathPrefix("/"), forward("tg-instance", 1));
        List<Diagnostic> findings = check(f);
        assertThat(findings).extracting(Diagnostic::ruleId).containsExactly("lattice.tls-passthrough", "lattice.tls-passthrough");
        assertThat(findings.get(1).message()).contains("HTTP target group");
    }

    @Test
    void targetSecurityGroupNotAdmittingLattice_isAnError() {
        assertThat(check(seed(false))).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("lattice.target-sg");
            assertThat(d.message()).contains("web").contains("port 8080");
        });
    }

    @Test
    void openNetworkSharedWithManyVpcs_isASecurityWarning() {
        Fixture f = seed(true).vpc("vpc-3", "10.3.0.0/16");
        new LatticeFixture(f).vpcAssociation("snva-3", "sn-net", "vpc-3");
        assertThat(check(f)).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("lattice.open-network");
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.message()).contains("3 VPCs");
        });
    }

    @Test
    void awsIamWithoutPolicy_isAnError() {
        Fixture f = seed(true);
        new LatticeFixture(f).service("billing", AuthType.AWS_IAM, "").serviceAssociation("snsa-billing", "sn-net", "billing");
        assertThat(ids(f)).containsExactly("lattice.iam-no-policy");
    }

    @Test
    void serviceInNoServiceNetwork_isAWarning() {
        Fixture f = seed(true);
        new LatticeFixture(f).service("orphan", AuthType.NONE, "");
        assertThat(check(f)).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("lattice.service-unassociated");
            assertThat(d.message()).contains("orphan");
        });
    }

    @Test
    void lambdaTargetGroupWithHealthCheck_isAnError() {
        Fixture f = seed(true);
        f.net.add(new LatticeTargetGroup("tg-checked", "arn:tg-checked", "tg-checked", LatticeTargetGroup.Type.LAMBDA, 0, "",
                "", true, List.of(new LatticeTarget("arn:fn", 0, TargetHealth.UNKNOWN, Origin.NONE)), Origin.NONE));
        assertThat(ids(f)).containsExactly("lattice.health-check-unsupported");
    }

    @Test
    void fixedResponseDefaultAction_isFine() {
        Fixture f = seed(true);
        new LatticeFixture(f).listener("http", "orders", LatticeProtocol.HTTP, 80, new LatticeAction.FixedResponse(404));
        assertThat(check(f)).isEmpty();
    }
}
