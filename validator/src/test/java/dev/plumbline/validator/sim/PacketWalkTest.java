package dev.plumbline.validator.sim;

import dev.plumbline.validator.fixture.Fixture;
import static dev.plumbline.validator.fixture.Fixture.allowAll;
import static dev.plumbline.validator.fixture.Fixture.allowIn;
import static dev.plumbline.validator.fixture.Fixture.allowOut;
import static dev.plumbline.validator.fixture.Fixture.at;
import static dev.plumbline.validator.fixture.Fixture.blackhole;
import static dev.plumbline.validator.fixture.Fixture.defaultDeny;
import static dev.plumbline.validator.fixture.Fixture.eni;
import static dev.plumbline.validator.fixture.Fixture.icmpFrom;
import static dev.plumbline.validator.fixture.Fixture.igw;
import static dev.plumbline.validator.fixture.Fixture.internet;
import static dev.plumbline.validator.fixture.Fixture.local;
import static dev.plumbline.validator.fixture.Fixture.nat;
import static dev.plumbline.validator.fixture.Fixture.route;
import static dev.plumbline.validator.fixture.Fixture.tcpFrom;
import static dev.plumbline.validator.fixture.Fixture.tcpFromGroup;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.RouteTarget;
import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.net.PortRange;
import dev.plumbline.validator.net.Protocol;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The walk through plain VPC networking. The base network: VPC 10.0.0.0/16 with a public subnet
 * 10.0.0.0/24 (0.0.0.0/0 to the internet gateway, NAT gateway 10.0.0.10 with Elastic IP 3.3.3.3),
 * a private subnet 10.0.1.0/24 (0.0.0.0/0 to the NAT gateway) and a data subnet 10.0.2.0/24 on the
 * main, local-only table; the default network ACL allows all.
 */
class PacketWalkTest {

    private static Fixture base() {
        return new Fixture()
                .vpc("vpc-1", "10.0.0.0/16")
                .subnet("subnet-pub", "vpc-1", "10.0.0.0/24", "us-east-1a")
                .subnet("subnet-app", "vpc-1", "10.0.1.0/24", "us-east-1a")
                .subnet("subnet-data", "vpc-1", "10.0.2.0/24", "us-east-1a")
                .internetGateway("igw-1", "vpc-1")
                .natGateway("nat-1", "subnet-pub", "vpc-1", "10.0.0.10", "3.3.3.3")
                .mainTable("rtb-main", "vpc-1", local("10.0.0.0/16"))
                .table("rtb-pub", "vpc-1", List.of("subnet-pub"), local("10.0.0.0/16"), route("0.0.0.0/0", igw("igw-1")))
                .table("rtb-app", "vpc-1", List.of("subnet-app"), local("10.0.0.0/16"), route("0.0.0.0/0", nat("nat-1")))
                .acl("acl-default", "vpc-1", true, List.of(),
                        allowIn(100, Protocol.ALL, PortRange.ALL, "0.0.0.0/0"), defaultDeny(false),
                        allowOut(100, Protocol.ALL, PortRange.ALL, "0.0.0.0/0"), defaultDeny(true))
                .group("sg-web", "vpc-1", tcpFrom(443, "0.0.0.0/0"))
                .group("sg-app", "vpc-1", tcpFromGroup(8080, "sg-web"), tcpFrom(8080, "10.0.1.0/24"), icmpFrom("10.0.0.0/16"))
                .group("sg-db", "vpc-1", tcpFrom(5432, "10.0.1.0/24"))
                .instance("web", "subnet-pub", "10.0.0.20", "1.1.1.1", "sg-web")
                .instance("app", "subnet-app", "10.0.1.20", null, "sg-app")
                .instance("app2", "subnet-app", "10.0.1.21", null, "sg-app")
                .instance("db", "subnet-data", "10.0.2.30", null, "sg-db");
    }

    @Test
    void trace_withinOneSubnet_isDeliveredWithoutRoutingOrNetworkAcl() {
        Simulator sim = base().simulator();
        Trace trace = sim.trace(TraceRequest.tcp(at(sim, "app2"), at(sim, "app"), 8080));
        assertThat(trace.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(trace.codes()).contains(StepCode.SAME_SUBNET).doesNotContain(StepCode.ROUTE_MATCH,
                StepCode.NACL_OUTBOUND_ALLOW, StepCode.NACL_INBOUND_ALLOW);
        assertThat(trace.returnPath()).get().extracting(Trace::disposition).isEqualTo(Disposition.ACCEPTED);
    }

    @Test
    void trace_acrossSubnets_passesBothAclsAndTheLocalRoute_inAwsOrder() {
        Simulator sim = base().simulator();
        Trace trace = sim.trace(TraceRequest.tcp(at(sim, "web"), at(sim, "app"), 8080));
        assertThat(trace.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(trace.hopIds()).containsExactly("web", "subnet-pub", "rtb-pub", "subnet-app", "app");
        assertThat(trace.codes()).containsExactly(StepCode.START, StepCode.SG_EGRESS_ALLOW, StepCode.NACL_OUTBOUND_ALLOW,
                StepCode.ROUTE_MATCH, StepCode.LOCAL_DELIVERY, StepCode.NACL_INBOUND_ALLOW, StepCode.SG_INGRESS_ALLOW,
                StepCode.DELIVERED);
    }

    @Test
    void trace_whenSourceIsNotInReferencedGroup_isDeniedIn() {
        Simulator sim = base().simulator();
        Trace trace = sim.trace(TraceRequest.tcp(at(sim, "db"), at(sim, "app"), 8080));
        assertThat(trace.disposition()).isEqualTo(Disposition.DENIED_IN);
        assertThat(trace.finalStep()).get().extracting(Step::code).isEqualTo(StepCode.SG_INGRESS_DENY);
    }

    @Test
    void trace_whenSourceGroupHasNoEgressRules_isDeniedOut() {
        Fixture f = base().group("sg-closed", "vpc-1", List.of(), List.of())
                .instance("locked", "subnet-app", "10.0.1.40", null, "sg-closed");
        Simulator sim = f.simulator();
        Trace trace = sim.trace(TraceRequest.tcp(at(sim, "locked"), at(sim, "db"), 5432));
        assertThat(trace.disposition()).isEqualTo(Disposition.DENIED_OUT);
        assertThat(trace.codes()).containsExactly(StepCode.START, StepCode.SG_EGRESS_DENY);
    }

    @Test
    void trace_toInternet_withPublicIp_isTranslatedOneToOneAndTheReplyComesBack() {
        Simulator sim = base().simulator();
        Trace trace = sim.trace(TraceRequest.tcp(at(sim, "web"), internet(), 443));
        assertThat(trace.disposition()).isEqualTo(Disposition.EXITS_NETWORK);
        assertThat(trace.translations()).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(Translation.Kind.INTERNET_GATEWAY_SOURCE);
            assertThat(t.before()).isEqualTo("10.0.0.20");
            assertThat(t.after()).isEqualTo("1.1.1.1");
        });
        Trace reply = trace.returnPath().orElseThrow();
        assertThat(reply.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(reply.codes()).contains(StepCode.IGW_DESTINATION_NAT, StepCode.SG_STATEFUL_REPLY);
    }

    @Test
    void trace_toInternet_withoutPublicIp_isDroppedAtTheInternetGateway() {
        Simulator sim = base().instance("nopub", "subnet-pub", "10.0.0.21", null, "sg-web").simulator();
        Trace trace = sim.trace(TraceRequest.tcp(at(sim, "nopub"), internet(), 443));
        assertThat(trace.disposition()).isEqualTo(Disposition.DROPPED);
        assertThat(trace.finalStep()).get().extracting(Step::code).isEqualTo(StepCode.IGW_NO_PUBLIC_IP);
    }

    @Test
    void trace_toInternet_throughNatGateway_translatesTwiceAndReplyIsReversed() {
        Simulator sim = base().simulator();
        Trace trace = sim.trace(TraceRequest.tcp(at(sim, "app"), internet("93.184.216.34"), 443));
        assertThat(trace.disposition()).isEqualTo(Disposition.EXITS_NETWORK);
        assertThat(trace.hopIds()).containsSubsequence("app", "subnet-app", "rtb-app", "subnet-pub", "nat-1", "subnet-pub",
                "rtb-pub", "igw-1");
        assertThat(trace.translations()).extracting(Translation::kind)
                .containsExactly(Translation.Kind.NAT_GATEWAY_SOURCE, Translation.Kind.INTERNET_GATEWAY_SOURCE);
        assertThat(trace.translations().get(0).after()).isEqualTo("10.0.0.10:49152");
        assertThat(trace.translations().get(1).after()).isEqualTo("3.3.3.3");
        Trace reply = trace.returnPath().orElseThrow();
        assertThat(reply.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(reply.codes()).contains(StepCode.IGW_DESTINATION_NAT, StepCode.NAT_REPLY);
        assertThat(reply.hopIds()).endsWith("app");
    }

    @Test
    void trace_icmpEchoThroughNatGateway_returnsAnEchoReply() {
        Simulator sim = base().simulator();
        Trace trace = sim.trace(TraceRequest.icmp(at(sim, "app"), internet("8.8.8.8")));
        assertThat(trace.disposition()).isEqualTo(Disposition.EXITS_NETWORK);
        Trace reply = trace.returnPath().orElseThrow();
        assertThat(reply.flow().icmpType()).isEqualTo(Flow.ICMP_ECHO_REPLY);
        assertThat(reply.disposition()).isEqualTo(Disposition.ACCEPTED);
    }

    @Test
    void trace_fromInternetToPublicInstance_isTranslatedInAndRepliesLeaveThroughTheSameAddress() {
        Simulator sim = base().simulator();
        Trace trace = sim.trace(TraceRequest.tcp(internet(), at(sim, "web"), 443));
        assertThat(trace.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(trace.flow().dst()).isEqualTo(Ipv4.parse("1.1.1.1"));
        assertThat(trace.translations()).extracting(Translation::kind)
                .containsExactly(Translation.Kind.INTERNET_GATEWAY_DESTINATION);
        assertThat(trace.returnPath()).get().extracting(Trace::disposition).isEqualTo(Disposition.ACCEPTED);
    }

    @Test
    void trace_fromInternetToInstanceWithoutPublicIp_hasNoRoute() {
        Simulator sim = base().simulator();
        Trace trace = sim.trace(TraceRequest.tcp(internet(), at(sim, "app"), 8080));
        assertThat(trace.disposition()).isEqualTo(Disposition.NO_ROUTE);
        assertThat(trace.codes()).containsExactly(StepCode.INTERNET_NO_ROUTE);
    }

    @Test
    void trace_fromInternetToNatGatewayAddress_isDropped_natTakesNoInboundConnections() {
        Simulator sim = base().simulator();
        Trace trace = sim.trace(TraceRequest.tcp(internet(), internet("3.3.3.3"), 22));
        assertThat(trace.disposition()).isEqualTo(Disposition.DROPPED);
        assertThat(trace.finalStep()).get().extracting(Step::code).isEqualTo(StepCode.NAT_NO_INBOUND);
    }

    @Test
    void trace_whenInboundGoesToPublicInstanceButSubnetRoutesThroughNat_replyIsDroppedByTheClient() {
        Fixture f = base().instance("odd", "subnet-app", "10.0.1.50", "4.4.4.4", "sg-web");
        Simulator sim = f.simulator();
        Trace trace = sim.trace(TraceRequest.tcp(internet(), at(sim, "odd"), 443));
        assertThat(trace.disposition()).isEqualTo(Disposition.ACCEPTED);
        Trace reply = trace.returnPath().orElseThrow();
        assertThat(reply.disposition()).isEqualTo(Disposition.DROPPED);
        assertThat(reply.finalStep()).get().extracting(Step::code).isEqualTo(StepCode.REPLY_MISMATCH);
    }

    @Test
    void trace_throughPrivateNatGatewayToInternetGateway_isDropped() {
        Fixture f = base().natGateway("nat-private", "subnet-pub", "vpc-1", "10.0.0.11", null)
                .subnet("subnet-legacy", "vpc-1", "10.0.3.0/24", "us-east-1a")
                .table("rtb-legacy", "vpc-1", List.of("subnet-legacy"), local("10.0.0.0/16"),
                        route("0.0.0.0/0", nat("nat-private")))
                .instance("legacy", "subnet-legacy", "10.0.3.5", null, "sg-app");
        Simulator sim = f.simulator();
        Trace trace = sim.trace(TraceRequest.tcp(at(sim, "legacy"), internet(), 443));
        assertThat(trace.disposition()).isEqualTo(Disposition.DROPPED);
        assertThat(trace.finalStep()).get().extracting(Step::code).isEqualTo(StepCode.IGW_PRIVATE_NAT_DROP);
    }

    @Test
    void trace_whenAclForgetsEphemeralPorts_forwardPassesButReplyIsDeniedOut() {
        Fixture f = base().acl("acl-app", "vpc-1", false, List.of("subnet-app"),
                allowIn(100, Protocol.TCP, PortRange.single(8080), "10.0.0.0/16"), defaultDeny(false),
                allowOut(100, Protocol.TCP, PortRange.single(443), "0.0.0.0/0"), defaultDeny(true));
        Simulator sim = f.simulator();
        Trace trace = sim.trace(TraceRequest.tcp(at(sim, "web"), at(sim, "app"), 8080));
        assertThat(trace.disposition()).isEqualTo(Disposition.ACCEPTED);
        Trace reply = trace.returnPath().orElseThrow();
        assertThat(reply.disposition()).isEqualTo(Disposition.DENIED_OUT);
        assertThat(reply.finalStep()).get().satisfies(step -> {
            assertThat(step.code()).isEqualTo(StepCode.NACL_OUTBOUND_DENY);
            assertThat(step.detail()).contains("port 49152").contains("stateless");
        });
    }

    @Test
    void trace_whenRouteIsBlackhole_isBlackhole() {
        Fixture f = base().table("rtb-bh", "vpc-1", List.of("subnet-data"), local("10.0.0.0/16"),
                blackhole("0.0.0.0/0", igw("igw-gone")));
        Simulator sim = f.simulator();
        Trace trace = sim.trace(TraceRequest.tcp(at(sim, "db"), internet(), 443));
        assertThat(trace.disposition()).isEqualTo(Disposition.BLACKHOLE);
    }

    @Test
    void trace_whenNoRouteMatches_hasNoRoute() {
        Simulator sim = base().simulator();
        Trace trace = sim.trace(TraceRequest.tcp(at(sim, "db"), internet(), 443));
        assertThat(trace.disposition()).isEqualTo(Disposition.NO_ROUTE);
        assertThat(trace.finalStep()).get().satisfies(s -> assertThat(s.detail()).contains("main table"));
    }

    @Test
    void trace_whenRouteTargetsInternetGatewayOfAnotherVpc_isBlackhole() {
        Fixture f = base().vpc("vpc-2", "10.9.0.0/16").internetGateway("igw-2", "vpc-2")
                .table("rtb-wrong", "vpc-1", List.of("subnet-data"), local("10.0.0.0/16"), route("0.0.0.0/0", igw("igw-2")));
        Simulator sim = f.simulator();
        Trace trace = sim.trace(TraceRequest.tcp(at(sim, "db"), internet(), 443));
        assertThat(trace.disposition()).isEqualTo(Disposition.BLACKHOLE);
        assertThat(trace.finalStep()).get().extracting(Step::code).isEqualTo(StepCode.IGW_NOT_ATTACHED);
    }

    @Test
    void trace_whenTwoAppliancesRouteToEachOther_isALoop() {
        Fixture f = base()
                .subnet("subnet-fw1", "vpc-1", "10.0.10.0/24", "us-east-1a")
                .subnet("subnet-fw2", "vpc-1", "10.0.11.0/24", "us-east-1a")
                .group("sg-fw", "vpc-1", allowAll())
                .appliance("eni-fw1", "subnet-fw1", "10.0.10.5", false, "sg-fw")
                .appliance("eni-fw2", "subnet-fw2", "10.0.11.5", false, "sg-fw")
                .table("rtb-data", "vpc-1", List.of("subnet-data"), local("10.0.0.0/16"), route("0.0.0.0/0", eni("eni-fw1")))
                .table("rtb-fw1", "vpc-1", List.of("subnet-fw1"), local("10.0.0.0/16"), route("0.0.0.0/0", eni("eni-fw2")))
                .table("rtb-fw2", "vpc-1", List.of("subnet-fw2"), local("10.0.0.0/16"), route("0.0.0.0/0", eni("eni-fw1")));
        Simulator sim = f.simulator();
        Trace trace = sim.trace(TraceRequest.tcp(at(sim, "db"), internet(), 443));
        assertThat(trace.disposition()).isEqualTo(Disposition.LOOP);
        assertThat(trace.finalStep()).get().extracting(Step::code).isEqualTo(StepCode.LOOP);
    }

    @Test
    void trace_throughApplianceWithSourceDestCheckOn_isDropped() {
        Fixture f = base().subnet("subnet-fw", "vpc-1", "10.0.10.0/24", "us-east-1a")
                .group("sg-fw", "vpc-1", allowAll())
                .appliance("eni-fw", "subnet-fw", "10.0.10.5", true, "sg-fw")
                .table("rtb-data", "vpc-1", List.of("subnet-data"), local("10.0.0.0/16"), route("0.0.0.0/0", eni("eni-fw")));
        Simulator sim = f.simulator();
        Trace trace = sim.trace(TraceRequest.tcp(at(sim, "db"), internet(), 443));
        assertThat(trace.disposition()).isEqualTo(Disposition.DROPPED);
        assertThat(trace.finalStep()).get().extracting(Step::code).isEqualTo(StepCode.SOURCE_DEST_CHECK);
    }

    @Test
    void trace_throughApplianceWithCheckOff_isForwardedAndRoutedFromItsSubnet() {
        Fixture f = base().subnet("subnet-fw", "vpc-1", "10.0.10.0/24", "us-east-1a")
                .group("sg-fw", "vpc-1", allowAll())
                .appliance("eni-fw", "subnet-fw", "10.0.10.5", false, "sg-fw")
                .table("rtb-data", "vpc-1", List.of("subnet-data"), local("10.0.0.0/16"), route("0.0.0.0/0", eni("eni-fw")))
                .table("rtb-fw", "vpc-1", List.of("subnet-fw"), local("10.0.0.0/16"), route("0.0.0.0/0", nat("nat-1")));
        Simulator sim = f.simulator();
        Trace trace = sim.trace(TraceRequest.tcp(at(sim, "db"), internet(), 443));
        assertThat(trace.disposition()).isEqualTo(Disposition.EXITS_NETWORK);
        assertThat(trace.hopIds()).containsSubsequence("rtb-data", "eni-fw", "rtb-fw", "nat-1", "igw-1");
        assertThat(trace.assumptions()).anyMatch(a -> a.contains("eni-fw forwards traffic unchanged"));
    }

    @Test
    void trace_fromInternet_followsTheGatewayRouteTableToAnAppliance() {
        Fixture f = base().subnet("subnet-fw", "vpc-1", "10.0.10.0/24", "us-east-1a")
                .group("sg-fw", "vpc-1", allowAll())
                .appliance("eni-fw", "subnet-fw", "10.0.10.5", false, "sg-fw")
                .table("rtb-fw", "vpc-1", List.of("subnet-fw"), local("10.0.0.0/16"), route("0.0.0.0/0", igw("igw-1")))
                .edgeTable("rtb-edge", "vpc-1", "igw-1", local("10.0.0.0/16"), route("10.0.0.0/24", eni("eni-fw")));
        Simulator sim = f.simulator();
        Trace trace = sim.trace(TraceRequest.tcp(internet(), at(sim, "web"), 443));
        assertThat(trace.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(trace.codes()).contains(StepCode.EDGE_ROUTE, StepCode.APPLIANCE_FORWARD);
        assertThat(trace.hopIds()).containsSubsequence("igw-1", "rtb-edge", "eni-fw", "rtb-fw", "web");
    }

    @Test
    void trace_overPeering_reachesPeerAndNotBeyond_peeringIsNotTransitive() {
        Fixture f = new Fixture()
                .vpc("vpc-a", "10.10.0.0/16").vpc("vpc-b", "192.168.0.0/16").vpc("vpc-c", "172.16.0.0/16")
                .subnet("sa", "vpc-a", "10.10.1.0/24", "us-east-1a")
                .subnet("sb", "vpc-b", "192.168.1.0/24", "us-east-1a")
                .subnet("sc", "vpc-c", "172.16.1.0/24", "us-east-1a")
                .peering("pcx-ab", "vpc-a", "vpc-b", "active").peering("pcx-bc", "vpc-b", "vpc-c", "active")
                .mainTable("rt-a", "vpc-a", local("10.10.0.0/16"), route("192.168.0.0/16", Fixture.pcx("pcx-ab")),
                        route("172.16.0.0/16", Fixture.pcx("pcx-ab")))
                .mainTable("rt-b", "vpc-b", local("192.168.0.0/16"), route("10.10.0.0/16", Fixture.pcx("pcx-ab")),
                        route("172.16.0.0/16", Fixture.pcx("pcx-bc")))
                .mainTable("rt-c", "vpc-c", local("172.16.0.0/16"), route("192.168.0.0/16", Fixture.pcx("pcx-bc")))
                .group("sg-a", "vpc-a", allowAll()).group("sg-b", "vpc-b", allowAll()).group("sg-c", "vpc-c", allowAll())
                .instance("a", "sa", "10.10.1.10", null, "sg-a")
                .instance("b", "sb", "192.168.1.10", null, "sg-b")
                .instance("c", "sc", "172.16.1.10", null, "sg-c");
        Simulator sim = f.simulator();
        Trace ab = sim.trace(TraceRequest.tcp(at(sim, "a"), at(sim, "b"), 22));
        assertThat(ab.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(ab.codes()).contains(StepCode.PEERING_CROSS);
        assertThat(ab.returnPath()).get().extracting(Trace::disposition).isEqualTo(Disposition.ACCEPTED);
        Trace ac = sim.trace(TraceRequest.tcp(at(sim, "a"), at(sim, "c"), 22));
        assertThat(ac.disposition()).isEqualTo(Disposition.DROPPED);
        assertThat(ac.finalStep()).get().extracting(Step::code).isEqualTo(StepCode.PEERING_NOT_TRANSITIVE);
    }

    @Test
    void trace_overInactivePeering_isBlackhole() {
        Fixture f = new Fixture().vpc("vpc-a", "10.10.0.0/16").vpc("vpc-b", "192.168.0.0/16")
                .subnet("sa", "vpc-a", "10.10.1.0/24", "us-east-1a").subnet("sb", "vpc-b", "192.168.1.0/24", "us-east-1a")
                .peering("pcx-ab", "vpc-a", "vpc-b", "pending-acceptance")
                .mainTable("rt-a", "vpc-a", local("10.10.0.0/16"), route("192.168.0.0/16", Fixture.pcx("pcx-ab")))
                .mainTable("rt-b", "vpc-b", local("192.168.0.0/16"))
                .group("sg-a", "vpc-a", allowAll()).group("sg-b", "vpc-b", allowAll())
                .instance("a", "sa", "10.10.1.10", null, "sg-a").instance("b", "sb", "192.168.1.10", null, "sg-b");
        Simulator sim = f.simulator();
        assertThat(sim.trace(TraceRequest.tcp(at(sim, "a"), at(sim, "b"), 22)).disposition()).isEqualTo(Disposition.BLACKHOLE);
    }

    @Test
    void trace_whenRouteTargetIsUnknownUntilApply_isUndeterminedAndNamesIt() {
        Fixture f = base().table("rtb-plan", "vpc-1", List.of("subnet-data"), local("10.0.0.0/16"),
                route("0.0.0.0/0", new RouteTarget.Unresolved(new Planned.Unknown<>("urn:pulumi:dev::x::aws:ec2/route:Route::r",
                        "natGatewayId"))));
        Simulator sim = f.simulator();
        Trace trace = sim.trace(TraceRequest.tcp(at(sim, "db"), internet(), 443));
        assertThat(trace.disposition()).isEqualTo(Disposition.UNDETERMINED);
        assertThat(trace.undeterminedBy()).singleElement().satisfies(u -> {
            assertThat(u.resource()).isEqualTo("urn:pulumi:dev::x::aws:ec2/route:Route::r");
            assertThat(u.property()).isEqualTo("natGatewayId");
        });
    }

    @Test
    void trace_fromInstanceWithUnknownIp_decidesWhatHoldsForTheWholeSubnet_andNotWhatDoesNot() {
        NetworkInterface planned = new NetworkInterface("eni-new", "", "subnet-app", "", "interface", "",
                Planned.unknown("urn:new", "privateIp"), List.of(), Planned.absent(), List.of("sg-app"), true, Origin.NONE);
        Fixture f = base().networkInterface(planned)
                .group("sg-narrow", "vpc-1", tcpFrom(5432, "10.0.1.0/28"))
                .instance("db2", "subnet-data", "10.0.2.31", null, "sg-narrow");
        Simulator sim = f.simulator();
        Place from = new Place.AtInterface(sim.topology().networkInterface("eni-new").orElseThrow());
        Trace wide = sim.trace(TraceRequest.tcp(from, at(sim, "db"), 5432));
        assertThat(wide.disposition()).isEqualTo(Disposition.ACCEPTED);
        Trace narrow = sim.trace(TraceRequest.tcp(from, at(sim, "db2"), 5432));
        assertThat(narrow.disposition()).isEqualTo(Disposition.UNDETERMINED);
        assertThat(narrow.undeterminedBy()).extracting(Planned.Unknown::property).contains("privateIp");
    }

    @Test
    void trace_whenSubnetHasNoAclInInput_assumesTheDefaultAclAndSaysSo() {
        Fixture f = new Fixture().vpc("vpc-1", "10.0.0.0/16")
                .subnet("s1", "vpc-1", "10.0.1.0/24", "us-east-1a").subnet("s2", "vpc-1", "10.0.2.0/24", "us-east-1a")
                .mainTable("rt", "vpc-1", local("10.0.0.0/16")).group("sg", "vpc-1", allowAll())
                .instance("x", "s1", "10.0.1.5", null, "sg").instance("y", "s2", "10.0.2.5", null, "sg");
        Simulator sim = f.simulator();
        Trace trace = sim.trace(TraceRequest.tcp(at(sim, "x"), at(sim, "y"), 22));
        assertThat(trace.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(trace.assumptions()).anyMatch(a -> a.contains("default ACL"));
    }

    @Test
    void trace_fromSubnetHost_statesTheAssumedAddressAndThatItFiltersNothing() {
        Fixture f = base().subnet("subnet-pub2", "vpc-1", "10.0.4.0/24", "us-east-1a", true)
                .table("rtb-pub2", "vpc-1", List.of("subnet-pub2"), local("10.0.0.0/16"), route("0.0.0.0/0", igw("igw-1")));
        Simulator sim = f.simulator();
        Trace trace = sim.trace(TraceRequest.tcp(Fixture.host(sim, "subnet-pub2", "10.0.4.4"), internet(), 443));
        assertThat(trace.disposition()).isEqualTo(Disposition.EXITS_NETWORK);
        assertThat(trace.assumptions()).anyMatch(a -> a.contains("10.0.4.4") && a.contains("filters nothing"))
                .anyMatch(a -> a.contains("MapPublicIpOnLaunch"));
        assertThat(trace.returnPath()).get().extracting(Trace::disposition).isEqualTo(Disposition.ACCEPTED);
    }

    @Test
    void trace_toSubnetHostInPrivateSubnet_isAcceptedThereWithoutFiltering() {
        Simulator sim = base().simulator();
        Trace trace = sim.trace(TraceRequest.tcp(at(sim, "web"), Fixture.host(sim, "subnet-data", "10.0.2.4"), 9000));
        assertThat(trace.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(trace.codes()).contains(StepCode.SG_NONE);
    }
}
