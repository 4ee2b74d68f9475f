package dev.plumbline.validator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.validator.sim.Disposition;
import dev.plumbline.validator.sim.StepCode;
import dev.plumbline.validator.sim.Trace;
import dev.plumbline.validator.sim.Translation;
import org.junit.jupiter.api.Test;

/**
 * Scenarios on the Batfish snapshot {@code test-nat-gateway} (us-east-2). What its JSON says:
 * <ul>
 * <li>Vpcs.json: vpc-0008a7b45e3ddf1dd "vpc_a", 10.1.0.0/16.</li>
 * <li>Subnets.json: subnet-06f469bcee42e408e "Subnet 1" 10.1.1.0/24; subnet-02ff259e663e9613e
 * "Subnet 20" 10.1.20.0/24; subnet-0428892a357fa1f94 "Public Subnet" 10.1.250.0/24.</li>
 * <li>RouteTables.json: rtb-0ddf14681733ed0b7 (explicit, Public Subnet): 10.1.0.0/16 local, 0.0.0.0/0 ->
 * igw-071753b9c23d8a9b2. rtb-02fe228b42de92a7c (explicit, Subnet 1; also tagged "vpc_a_public"):
 * 10.1.0.0/16 local, 0.0.0.0/0 -> nat-07ab4846da51f4612. Subnet 20 has no explicit association: main
 * table rtb-0e169c4a1e0b27b55, 10.1.0.0/16 local only.</li>
 * <li>InternetGateways.json: igw-071753b9c23d8a9b2 attached to the VPC. NatGateways.json:
 * nat-07ab4846da51f4612, available, in the Public Subnet, private 10.1.250.210, Elastic IP 3.135.127.225.</li>
 * <li>NetworkAcls.json: acl-0792adae678b88f85 (not default, on the Public Subnet): outbound 100 allow all;
 * inbound 100 allow ICMP from 10.1.1.0/24, 200 allow all from 0.0.0.0/0. acl-0380e24eb934b075e
 * (default, on Subnet 1 and Subnet 20): allow all both ways.</li>
 * <li>All three instances use sg-0253af84ae6485905 "vpc_a_jump": inbound tcp/22 and ICMP type 8 code 0
 * (echo request) from 0.0.0.0/0, outbound all. Jump Host i-0b31b509174d7f5de 10.1.250.116 (public IP
 * 18.216.129.140); test20 i-0a73a1a6021c03ddb 10.1.20.173; test1 i-0a128d26e59be60f3 10.1.1.98 (no
 * public IPs for the last two).</li>
 * </ul>
 */
class CorpusScenarioNatGatewayTest {

    private static final String JUMP = "i-0b31b509174d7f5de";
    private static final String TEST1 = "i-0a128d26e59be60f3";
    private static final String TEST20 = "i-0a73a1a6021c03ddb";
    private static final String SUBNET1 = "subnet-06f469bcee42e408e";
    private static final String SUBNET20 = "subnet-02ff259e663e9613e";
    private static final String PUBLIC_SUBNET = "subnet-0428892a357fa1f94";
    private static final String PUBLIC_TABLE = "rtb-0ddf14681733ed0b7";
    private static final String SUBNET1_TABLE = "rtb-02fe228b42de92a7c";
    private static final String MAIN_TABLE = "rtb-0e169c4a1e0b27b55";
    private static final String IGW = "igw-071753b9c23d8a9b2";
    private static final String NAT = "nat-07ab4846da51f4612";

    private final CorpusSnapshot snapshot = CorpusSnapshot.load("test-nat-gateway");

    /*
     * 10.1.1.98 -> 203.0.113.10 tcp/443: vpc_a_jump egress allows all; acl-0380 outbound rule 100;
     * Subnet 1 uses rtb-02fe (explicit) whose 0.0.0.0/0 -> nat-07ab; the NAT sits in the Public Subnet, so
     * the packet enters it through acl-0792 inbound (rule 100 is ICMP only, rule 200 allows tcp); the NAT
     * rewrites the source to 10.1.250.210 and a port of 1024-65535; the Public Subnet's table rtb-0ddf
     * sends 0.0.0.0/0 to the IGW (acl-0792 outbound rule 100), which maps 10.1.250.210 to its Elastic IP
     * 3.135.127.225 -> EXITS_NETWORK, translated twice. The reply is mapped back by the IGW to
     * 10.1.250.210, by the NAT to 10.1.1.98:49152, routed locally by rtb-0ddf into Subnet 1 -> ACCEPTED.
     */
    @Test
    void natGateway_privateInstanceToInternet_isTranslatedTwiceAndExits() {
        Trace trace = snapshot.tcp("10.1.1.98", CorpusSnapshot.INTERNET_HOST, 443);

        assertThat(trace.disposition()).isEqualTo(Disposition.EXITS_NETWORK);
        assertThat(trace.hopIds()).containsExactly(TEST1, SUBNET1, SUBNET1_TABLE, PUBLIC_SUBNET, NAT, PUBLIC_SUBNET,
                PUBLIC_TABLE, IGW);
        assertThat(trace.codes()).containsExactly(StepCode.START, StepCode.SG_EGRESS_ALLOW,
                StepCode.NACL_OUTBOUND_ALLOW, StepCode.ROUTE_MATCH, StepCode.NACL_INBOUND_ALLOW,
                StepCode.NAT_TRANSLATE, StepCode.NACL_OUTBOUND_ALLOW, StepCode.ROUTE_MATCH, StepCode.IGW_SOURCE_NAT,
                StepCode.EXIT_INTERNET);
        assertThat(CorpusSnapshot.details(trace, StepCode.NACL_INBOUND_ALLOW)).singleElement().asString()
                .contains("acl-0792adae678b88f85").contains("rule 200");
        assertThat(trace.translations()).hasSize(2);
        Translation nat = trace.translations().get(0);
        assertThat(nat.kind()).isEqualTo(Translation.Kind.NAT_GATEWAY_SOURCE);
        assertThat(nat.nodeId()).isEqualTo(NAT);
        assertThat(nat.before()).isEqualTo("10.1.1.98:49152");
        assertThat(nat.after()).startsWith("10.1.250.210:");
        assertThat(Integer.parseInt(nat.after().substring("10.1.250.210:".length()))).isBetween(1024, 65535);
        assertThat(CorpusSnapshot.render(trace.translations().get(1)))
                .isEqualTo("INTERNET_GATEWAY_SOURCE " + IGW + " 10.1.250.210 -> 3.135.127.225");

        Trace reply = trace.returnPath().orElseThrow();
        assertThat(reply.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(reply.hopIds()).containsExactly("internet", IGW, PUBLIC_SUBNET, NAT, PUBLIC_SUBNET, PUBLIC_TABLE,
                SUBNET1, TEST1);
        assertThat(reply.codes()).containsExactly(StepCode.FROM_INTERNET, StepCode.IGW_DESTINATION_NAT,
                StepCode.LOCAL_DELIVERY, StepCode.NACL_INBOUND_ALLOW, StepCode.NAT_REPLY, StepCode.NACL_OUTBOUND_ALLOW,
                StepCode.ROUTE_MATCH, StepCode.LOCAL_DELIVERY, StepCode.NACL_INBOUND_ALLOW,
                StepCode.SG_STATEFUL_REPLY, StepCode.DELIVERED);
        assertThat(CorpusSnapshot.translations(reply)).containsExactly(
                "INTERNET_GATEWAY_DESTINATION " + IGW + " 3.135.127.225 -> 10.1.250.210",
                "NAT_GATEWAY_DESTINATION " + NAT + " " + nat.after() + " -> 10.1.1.98:49152");
    }

    /* 10.1.20.173 -> 203.0.113.10: Subnet 20 falls back to the main table, local only -> NO_ROUTE there. */
    @Test
    void natGateway_instanceOnTheMainTableToInternet_hasNoRoute() {
        Trace trace = snapshot.tcp(TEST20, CorpusSnapshot.INTERNET_HOST, 443);

        assertThat(trace.disposition()).isEqualTo(Disposition.NO_ROUTE);
        assertThat(trace.hopIds()).containsExactly(TEST20, SUBNET20, MAIN_TABLE);
        assertThat(trace.finalStep().orElseThrow().code()).isEqualTo(StepCode.NO_ROUTE);
        assertThat(trace.translations()).isEmpty();
    }

    /* Jump Host -> internet: its own table sends 0.0.0.0/0 to the IGW, which maps it to 18.216.129.140; no NAT gateway involved. */
    @Test
    void natGateway_jumpHostToInternet_usesItsOwnPublicIpNotTheNatGateway() {
        Trace trace = snapshot.tcp(JUMP, CorpusSnapshot.INTERNET_HOST, 443);

        assertThat(trace.disposition()).isEqualTo(Disposition.EXITS_NETWORK);
        assertThat(trace.hopIds()).containsExactly(JUMP, PUBLIC_SUBNET, PUBLIC_TABLE, IGW);
        assertThat(CorpusSnapshot.translations(trace))
                .containsExactly("INTERNET_GATEWAY_SOURCE " + IGW + " 10.1.250.116 -> 18.216.129.140");
        assertThat(trace.returnPath()).get().extracting(Trace::disposition).isEqualTo(Disposition.ACCEPTED);
    }

    /*
     * internet -> 18.216.129.140 tcp/22: IGW maps it to 10.1.250.116; acl-0792 inbound: rule 100 is ICMP
     * only, rule 200 allows; vpc_a_jump allows tcp/22 -> ACCEPTED.
     */
    @Test
    void natGateway_sshFromInternetToJumpHost_isAcceptedByAclRule200() {
        Trace trace = snapshot.tcp("internet", JUMP, 22);

        assertThat(trace.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(trace.hopIds()).containsExactly("internet", IGW, PUBLIC_SUBNET, JUMP);
        assertThat(trace.codes()).containsExactly(StepCode.FROM_INTERNET, StepCode.IGW_DESTINATION_NAT,
                StepCode.LOCAL_DELIVERY, StepCode.NACL_INBOUND_ALLOW, StepCode.SG_INGRESS_ALLOW, StepCode.DELIVERED);
        assertThat(CorpusSnapshot.details(trace, StepCode.NACL_INBOUND_ALLOW)).singleElement().asString()
                .contains("rule 200");
        assertThat(CorpusSnapshot.translations(trace))
                .containsExactly("INTERNET_GATEWAY_DESTINATION " + IGW + " 18.216.129.140 -> 10.1.250.116");
    }

    /* test1 has no public IP; the NAT gateway only carries connections opened from behind it -> NO_ROUTE from the internet. */
    @Test
    void natGateway_internetToPrivateInstance_hasNoRoute() {
        Trace trace = snapshot.tcp("internet", TEST1, 22);

        assertThat(trace.disposition()).isEqualTo(Disposition.NO_ROUTE);
        assertThat(trace.codes()).containsExactly(StepCode.INTERNET_NO_ROUTE);
    }

    /*
     * internet -> 3.135.127.225 (the NAT's Elastic IP) tcp/22: the IGW maps it to 10.1.250.210, the
     * Public Subnet's ACL lets it in (rule 200), but a NAT gateway accepts no new inbound connection -> DROPPED.
     */
    @Test
    void natGateway_newConnectionFromInternetToTheNatElasticIp_isDropped() {
        Trace trace = snapshot.tcp("internet", "3.135.127.225", 22);

        assertThat(trace.disposition()).isEqualTo(Disposition.DROPPED);
        assertThat(trace.hopIds()).containsExactly("internet", IGW, PUBLIC_SUBNET, NAT);
        assertThat(trace.codes()).containsExactly(StepCode.FROM_INTERNET, StepCode.IGW_DESTINATION_NAT,
                StepCode.LOCAL_DELIVERY, StepCode.NACL_INBOUND_ALLOW, StepCode.NAT_NO_INBOUND);
        assertThat(CorpusSnapshot.translations(trace))
                .containsExactly("INTERNET_GATEWAY_DESTINATION " + IGW + " 3.135.127.225 -> 10.1.250.210");
    }

    /*
     * Jump Host -> test1 ping: egress all; acl-0792 outbound 100; rtb-0ddf local; Subnet 1 ACL (acl-0380)
     * inbound 100; vpc_a_jump admits ICMP echo request -> ACCEPTED. The echo reply leaves Subnet 1 by
     * rtb-02fe, where 10.1.0.0/16 local beats 0.0.0.0/0 -> NAT (no NAT on the way back), and enters the
     * Public Subnet through acl-0792 inbound rule 100 (ICMP from 10.1.1.0/24) -> ACCEPTED.
     */
    @Test
    void natGateway_pingFromJumpHostToPrivateInstance_repliesLocallyThroughAclIcmpRule() {
        Trace trace = snapshot.icmp(JUMP, TEST1);

        assertThat(trace.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(trace.hopIds()).containsExactly(JUMP, PUBLIC_SUBNET, PUBLIC_TABLE, SUBNET1, TEST1);
        Trace reply = trace.returnPath().orElseThrow();
        assertThat(reply.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(reply.hopIds()).containsExactly(TEST1, SUBNET1, SUBNET1_TABLE, PUBLIC_SUBNET, JUMP);
        assertThat(reply.codes()).doesNotContain(StepCode.NAT_TRANSLATE);
        assertThat(CorpusSnapshot.details(reply, StepCode.NACL_INBOUND_ALLOW)).singleElement().asString()
                .contains("acl-0792adae678b88f85").contains("rule 100");
    }

    /* test1 -> test20 tcp/22: rtb-02fe's local route beats 0.0.0.0/0 -> NAT; both ACLs allow; vpc_a_jump admits tcp/22. */
    @Test
    void natGateway_sshBetweenPrivateSubnets_isRoutedLocallyNotThroughTheNat() {
        Trace trace = snapshot.tcp(TEST1, "10.1.20.173", 22);

        assertThat(trace.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(trace.hopIds()).containsExactly(TEST1, SUBNET1, SUBNET1_TABLE, SUBNET20, TEST20);
        assertThat(trace.translations()).isEmpty();
        assertThat(trace.returnPath()).get().extracting(Trace::hopIds)
                .isEqualTo(java.util.List.of(TEST20, SUBNET20, MAIN_TABLE, SUBNET1, TEST1));
    }

    /* test20 -> test1 tcp/80: vpc_a_jump admits only tcp/22 and ICMP echo -> DENIED_IN. */
    @Test
    void natGateway_httpBetweenPrivateSubnets_isDeniedByTheGroup() {
        Trace trace = snapshot.tcp(TEST20, TEST1, 80);

        assertThat(trace.disposition()).isEqualTo(Disposition.DENIED_IN);
        assertThat(trace.hopIds()).containsExactly(TEST20, SUBNET20, MAIN_TABLE, SUBNET1, TEST1);
        assertThat(trace.finalStep().orElseThrow().code()).isEqualTo(StepCode.SG_INGRESS_DENY);
    }

    /*
     * Hairpin: test1 -> 18.216.129.140 (the Jump Host's public IP) tcp/22. rtb-02fe sends it to the NAT
     * (0.0.0.0/0), the NAT to the IGW, which maps the source to 3.135.127.225 and, the destination being
     * a public address of this VPC, brings it straight back in, mapped to 10.1.250.116. acl-0792 inbound
     * rule 200 and vpc_a_jump (tcp/22 from 0.0.0.0/0) admit it; the Jump Host sees 3.135.127.225 as the
     * source -> ACCEPTED. The reply goes out through the IGW (source 18.216.129.140) to 3.135.127.225 and
     * back in to the NAT, which returns it to 10.1.1.98 -> ACCEPTED.
     */
    @Test
    void natGateway_privateInstanceToJumpHostPublicIp_hairpinsThroughNatAndInternetGateway() {
        Trace trace = snapshot.tcp(TEST1, "18.216.129.140", 22);

        assertThat(trace.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(trace.hopIds()).containsExactly(TEST1, SUBNET1, SUBNET1_TABLE, PUBLIC_SUBNET, NAT, PUBLIC_SUBNET,
                PUBLIC_TABLE, IGW, IGW, PUBLIC_SUBNET, JUMP);
        assertThat(trace.translations()).extracting(Translation::kind).containsExactly(
                Translation.Kind.NAT_GATEWAY_SOURCE, Translation.Kind.INTERNET_GATEWAY_SOURCE,
                Translation.Kind.INTERNET_GATEWAY_DESTINATION);
        assertThat(CorpusSnapshot.render(trace.translations().get(1)))
                .isEqualTo("INTERNET_GATEWAY_SOURCE " + IGW + " 10.1.250.210 -> 3.135.127.225");
        assertThat(CorpusSnapshot.render(trace.translations().get(2)))
                .isEqualTo("INTERNET_GATEWAY_DESTINATION " + IGW + " 18.216.129.140 -> 10.1.250.116");
        Trace reply = trace.returnPath().orElseThrow();
        assertThat(reply.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(reply.hopIds()).containsExactly(JUMP, PUBLIC_SUBNET, PUBLIC_TABLE, IGW, IGW, PUBLIC_SUBNET, NAT,
                PUBLIC_SUBNET, PUBLIC_TABLE, SUBNET1, TEST1);
        assertThat(reply.codes()).contains(StepCode.NAT_REPLY).endsWith(StepCode.DELIVERED);
    }
}
