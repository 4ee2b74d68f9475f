package dev.plumbline.validator.check;

import static dev.plumbline.validator.fixture.Fixture.allowAll;
import static dev.plumbline.validator.fixture.Fixture.allowIn;
import static dev.plumbline.validator.fixture.Fixture.allowOut;
import static dev.plumbline.validator.fixture.Fixture.blackhole;
import static dev.plumbline.validator.fixture.Fixture.defaultDeny;
import static dev.plumbline.validator.fixture.Fixture.eni;
import static dev.plumbline.validator.fixture.Fixture.igw;
import static dev.plumbline.validator.fixture.Fixture.local;
import static dev.plumbline.validator.fixture.Fixture.nat;
import static dev.plumbline.validator.fixture.Fixture.prefixListRoute;
import static dev.plumbline.validator.fixture.Fixture.route;
import static dev.plumbline.validator.fixture.Fixture.tcpFrom;
import static dev.plumbline.validator.fixture.Fixture.tcpFromGroup;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.diag.Severity;
import dev.plumbline.validator.fixture.Fixture;
import dev.plumbline.validator.model.AclEntry;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.SgPeer;
import dev.plumbline.validator.model.SgRule;
import dev.plumbline.validator.model.TrafficMatch;
import dev.plumbline.validator.net.PortRange;
import dev.plumbline.validator.net.Prefix;
import dev.plumbline.validator.net.Protocol;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VpcRulesTest {

    /** A healthy two-subnet VPC: no rule should fire on it. */
    private static Fixture healthy() {
        return new Fixture().vpc("vpc-1", "10.0.0.0/16")
                .subnet("pub", "vpc-1", "10.0.0.0/24", "us-east-1a")
                .subnet("app", "vpc-1", "10.0.1.0/24", "us-east-1a")
                .internetGateway("igw-1", "vpc-1")
                .natGateway("nat-1", "pub", "vpc-1", "10.0.0.10", "3.3.3.3")
                .mainTable("rt-main", "vpc-1", local("10.0.0.0/16"))
                .table("rt-pub", "vpc-1", List.of("pub"), local("10.0.0.0/16"), route("0.0.0.0/0", igw("igw-1")))
                .table("rt-app", "vpc-1", List.of("app"), local("10.0.0.0/16"), route("0.0.0.0/0", nat("nat-1")))
                .acl("acl-default", "vpc-1", true, List.of(), allowIn(100, Protocol.ALL, PortRange.ALL, "0.0.0.0/0"),
                        defaultDeny(false), allowOut(100, Protocol.ALL, PortRange.ALL, "0.0.0.0/0"), defaultDeny(true))
                .group("sg-web", "vpc-1", tcpFrom(443, "0.0.0.0/0"))
                .group("sg-app", "vpc-1", tcpFromGroup(8080, "sg-web"))
                .instance("web", "pub", "10.0.0.20", "1.1.1.1", "sg-web")
                .instance("app1", "app", "10.0.1.20", null, "sg-app");
    }

    private static List<Diagnostic> check(Fixture fixture) {
        return check(fixture, Quotas.DEFAULTS);
    }

    private static List<Diagnostic> check(Fixture fixture, Quotas quotas) {
        return Checker.builtIn().run(CheckContext.of(fixture.simulator(), quotas));
    }

    private static List<String> ids(List<Diagnostic> findings) {
        return findings.stream().map(Diagnostic::ruleId).toList();
    }

    @Test
    void healthyNetwork_hasNoFindings() {
        assertThat(check(healthy())).isEmpty();
    }

    @Test
    void subnetWithoutAnyRouteTable_isAnError() {
        Fixture f = new Fixture().vpc("vpc-1", "10.0.0.0/16").subnet("lonely", "vpc-1", "10.0.0.0/24", "us-east-1a");
        List<Diagnostic> findings = check(f);
        assertThat(findings).filteredOn(d -> d.ruleId().equals("route.subnet-no-table")).singleElement()
                .satisfies(d -> {
                    assertThat(d.severity()).isEqualTo(Severity.ERROR);
                    assertThat(d.message()).contains("lonely");
                });
    }

    @Test
    void blackholeRoute_isAnError_andARouteToAMissingTargetIsAWarning() {
        Fixture f = healthy().table("rt-x", "vpc-1", List.of(), local("10.0.0.0/16"),
                blackhole("0.0.0.0/0", igw("igw-old")), route("10.9.0.0/16", eni("eni-gone")));
        List<Diagnostic> findings = check(f);
        assertThat(findings).filteredOn(d -> d.ruleId().equals("route.blackhole")).singleElement()
                .extracting(Diagnostic::severity).isEqualTo(Severity.ERROR);
        assertThat(findings).filteredOn(d -> d.ruleId().equals("route.target-missing")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("eni-gone"));
    }

    @Test
    void routeToAPrefixListNotInTheInput_isAWarning_andOneWhoseEntriesAreKnownIsNot() {
        Fixture missing = healthy().table("rt-x", "vpc-1", List.of(), local("10.0.0.0/16"),
                prefixListRoute("pl-63a5400a", nat("nat-1")));
        assertThat(check(missing)).filteredOn(d -> d.ruleId().equals("route.prefix-list-missing")).singleElement()
                .satisfies(d -> {
                    assertThat(d.severity()).isEqualTo(Severity.WARNING);
                    assertThat(d.message()).contains("pl-63a5400a").contains("rt-x");
                });
        Fixture known = healthy().prefixList("pl-63a5400a", "52.216.0.0/15").table("rt-x", "vpc-1", List.of(),
                local("10.0.0.0/16"), prefixListRoute("pl-63a5400a", nat("nat-1")));
        assertThat(ids(check(known))).doesNotContain("route.prefix-list-missing");
    }

    @Test
    void routeToInternetGatewayOfAnotherVpc_isAnError() {
        Fixture f = healthy().vpc("vpc-2", "10.9.0.0/16").internetGateway("igw-2", "vpc-2")
                .table("rt-x", "vpc-1", List.of(), local("10.0.0.0/16"), route("0.0.0.0/0", igw("igw-2")));
        assertThat(ids(check(f))).containsExactly("route.igw-not-attached");
    }

    @Test
    void gatewayRouteTable_withNonSubnetDestinationOrForbiddenTarget_isAnError() {
        Fixture f = healthy().edgeTable("rt-edge", "vpc-1", "igw-1", local("10.0.0.0/16"),
                route("10.0.1.0/25", eni("eni-web")), route("10.0.0.0/24", nat("nat-1")));
        List<Diagnostic> findings = check(f).stream().filter(d -> d.ruleId().equals("route.edge-table-invalid")).toList();
        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).message()).contains("10.0.1.0/25");
        assertThat(findings.get(1).message()).contains("NAT gateway nat-1");
    }

    @Test
    void publicNatGatewayInPrivateSubnet_isAnError() {
        Fixture f = healthy().natGateway("nat-bad", "app", "vpc-1", "10.0.1.10", "4.4.4.4");
        assertThat(check(f)).filteredOn(d -> d.ruleId().equals("nat.no-internet-route")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("nat-bad").contains("NAT gateway nat-1"));
    }

    @Test
    void publicNatGatewayWithoutElasticIp_isAnError() {
        var addresses = List.of(new dev.plumbline.validator.model.NatAddress(
                dev.plumbline.validator.model.Planned.known(Fixture.ip("10.0.0.11")),
                dev.plumbline.validator.model.Planned.absent(), "", true));
        Fixture f = healthy().natGateway(new dev.plumbline.validator.model.NatGateway("nat-noeip", "", "pub", "vpc-1",
                dev.plumbline.validator.model.NatGateway.Connectivity.PUBLIC, "available", addresses, Origin.NONE));
        assertThat(ids(check(f))).containsExactly("nat.no-elastic-ip");
    }

    @Test
    void privateNatGatewayInPublicSubnet_isAWarning() {
        Fixture f = healthy().natGateway("nat-priv", "pub", "vpc-1", "10.0.0.12", null);
        assertThat(check(f)).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("nat.private-to-igw");
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void instanceInPublicSubnetWithoutPublicIp_isAWarning_butOneBehindNatIsNot() {
        Fixture f = healthy().instance("stranded", "pub", "10.0.0.30", null, "sg-web");
        assertThat(check(f)).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("internet.no-public-ip");
            assertThat(d.message()).contains("stranded");
        });
    }

    @Test
    void instanceBehindABlackholeInternetRoute_isNotReportedAsMissingAPublicIp() {
        Fixture f = healthy().subnet("dead", "vpc-1", "10.0.9.0/24", "us-east-1a")
                .table("rt-dead", "vpc-1", List.of("dead"), local("10.0.0.0/16"), blackhole("0.0.0.0/0", igw("igw-1")))
                .instance("ghost", "dead", "10.0.9.9", null, "sg-web");
        assertThat(check(f)).extracting(Diagnostic::ruleId).containsExactly("route.blackhole");
    }

    @Test
    void securityGroupRuleReferencingMissingGroup_isAnError() {
        Fixture f = healthy().group("sg-x", "vpc-1", tcpFromGroup(22, "sg-deleted"));
        assertThat(check(f)).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("sg.missing-reference");
            assertThat(d.message()).contains("sg-deleted");
        });
    }

    @Test
    void securityGroupRuleReferencingAnotherAccountsGroup_isNotReported() {
        SgRule crossAccount = new SgRule(TrafficMatch.tcp(PortRange.single(22)), new SgPeer.Group("sg-theirs", "999999999999"),
                "", Origin.NONE);
        Fixture f = healthy().group("sg-x", "vpc-1", crossAccount);
        assertThat(check(f)).isEmpty();
    }

    @Test
    void aclAdmittingHttpsButDenyingEphemeralReplies_isAnErrorNamingTheBlockedPorts() {
        Fixture f = healthy().acl("acl-app", "vpc-1", false, List.of("app"),
                allowIn(100, Protocol.TCP, PortRange.single(8080), "10.0.0.0/16"), defaultDeny(false),
                allowOut(100, Protocol.TCP, new PortRange(32768, 49151), "10.0.0.0/16"), defaultDeny(true));
        List<Diagnostic> findings = check(f);
        assertThat(findings).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("nacl.blocks-return");
            assertThat(d.message()).contains("rule 100").contains("ports 49152-65535");
        });
    }

    @Test
    void aclWithProperReplyRules_isNotReported() {
        Fixture f = healthy().acl("acl-app", "vpc-1", false, List.of("app"),
                allowIn(100, Protocol.TCP, PortRange.single(8080), "10.0.0.0/16"),
                allowIn(110, Protocol.TCP, new PortRange(1024, 65535), "0.0.0.0/0"), defaultDeny(false),
                allowOut(100, Protocol.TCP, new PortRange(1024, 65535), "0.0.0.0/0"),
                allowOut(110, Protocol.TCP, PortRange.single(443), "0.0.0.0/0"), defaultDeny(true));
        assertThat(check(f)).isEmpty();
    }

    @Test
    void peeringBetweenOverlappingVpcs_isAnError_andPeeringTwoOverlappingVpcsIsAWarning() {
        Fixture f = new Fixture().vpc("a", "10.10.0.0/16").vpc("b", "192.168.0.0/16").vpc("c", "192.168.0.0/16")
                .vpc("d", "10.10.128.0/17")
                .mainTable("ra", "a", local("10.10.0.0/16")).mainTable("rb", "b", local("192.168.0.0/16"))
                .mainTable("rc", "c", local("192.168.0.0/16")).mainTable("rd", "d", local("10.10.128.0/17"))
                .peering("pcx-ab", "a", "b", "active").peering("pcx-ac", "a", "c", "active")
                .peering("pcx-ad", "a", "d", "active");
        List<Diagnostic> findings = check(f);
        assertThat(findings).filteredOn(d -> d.ruleId().equals("peering.overlapping-cidrs")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("pcx-ad"));
        assertThat(findings).filteredOn(d -> d.ruleId().equals("peering.overlapping-peers")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("b and c"));
    }

    @Test
    void routeTableOverQuota_warns_atFiftyOneRoutesButNotFifty_andHonoursARaisedQuota() {
        List<dev.plumbline.validator.model.Route> routes = new ArrayList<>();
        routes.add(local("10.0.0.0/16"));
        for (int i = 0; i < 50; i++) {
            routes.add(route("172.16." + i + ".0/24", igw("igw-1")));
        }
        Fixture fifty = healthy().table("rt-big", "vpc-1", List.of(), routes.toArray(new dev.plumbline.validator.model.Route[0]));
        assertThat(check(fifty)).isEmpty();
        routes.add(route("172.17.0.0/24", igw("igw-1")));
        Fixture fiftyOne = healthy().table("rt-big", "vpc-1", List.of(), routes.toArray(new dev.plumbline.validator.model.Route[0]));
        assertThat(ids(check(fiftyOne))).containsExactly("quota.routes-per-table");
        assertThat(check(fiftyOne, Quotas.DEFAULTS.with("routes-per-table", 100))).isEmpty();
    }

    @Test
    void securityGroupAndAclOverQuota_warn() {
        List<SgRule> rules = new ArrayList<>();
        for (int i = 0; i < 61; i++) {
            rules.add(new SgRule(TrafficMatch.tcp(PortRange.single(1000 + i)), new SgPeer.Cidr(Prefix.ANY), "", Origin.NONE));
        }
        List<AclEntry> entries = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            entries.add(allowIn(i * 10, Protocol.TCP, PortRange.single(2000 + i), "0.0.0.0/0"));
        }
        Fixture f = healthy().group("sg-big", "vpc-1", rules, List.of(allowAll()))
                .acl("acl-big", "vpc-1", false, List.of(), entries.toArray(new AclEntry[0]));
        assertThat(ids(check(f))).containsExactly("quota.rules-per-security-group", "quota.rules-per-network-acl");
    }
}
