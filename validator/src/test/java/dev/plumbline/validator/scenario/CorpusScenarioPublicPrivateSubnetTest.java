package dev.plumbline.validator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.validator.sim.Disposition;
import dev.plumbline.validator.sim.StepCode;
import dev.plumbline.validator.sim.Trace;
import org.junit.jupiter.api.Test;

/**
 * Scenarios on the Batfish snapshot {@code test-public-private-subnet} (us-east-2). What its JSON says:
 * <ul>
 * <li>Vpcs.json: vpc-0b966fdeb36d5e43f, 10.0.0.0/16.</li>
 * <li>Subnets.json: subnet-0cf7a93fbd779f3a3 "Public subnet" 10.0.0.0/24 and subnet-0f263105946ad1a1d
 * "Private subnet" 10.0.1.0/24; neither maps public IPs on launch.</li>
 * <li>RouteTables.json: rtb-0d20fcae075afe460 is explicitly associated with the public subnet:
 * 10.0.0.0/16 local, 0.0.0.0/0 -> igw-0eac198308206c358. The private subnet has no explicit
 * association, so it uses the main table rtb-002f0eabf583bf991: 10.0.0.0/16 local, 0.0.0.0/0 ->
 * vgw-070087240d6fa2989 (the table also propagates from that VGW; no propagated route is listed).</li>
 * <li>InternetGateways.json / VpnGateways.json: the IGW and the VGW are both attached to the VPC.
 * VpnConnections.json: vpn-05044757278685fd3 on that VGW, static route 19.168.0.0/16.</li>
 * <li>NetworkAcls.json: acl-0ae73e62fae564306 (default) on both subnets, rule 100 allow all both ways.</li>
 * <li>i-094a9e5b545a4fde4: 10.0.0.47, public IP 13.58.55.60, sg-0662342465612f419 launch-wizard-2.
 * i-099cf38911942421c: 10.0.1.204, no public IP, sg-063f2bb51713c3236 launch-wizard-3. Both groups:
 * inbound tcp/22 from 0.0.0.0/0, outbound all.</li>
 * </ul>
 */
class CorpusScenarioPublicPrivateSubnetTest {

    private static final String PUBLIC_INSTANCE = "i-094a9e5b545a4fde4";
    private static final String PRIVATE_INSTANCE = "i-099cf38911942421c";
    private static final String PUBLIC_SUBNET = "subnet-0cf7a93fbd779f3a3";
    private static final String PRIVATE_SUBNET = "subnet-0f263105946ad1a1d";
    private static final String PUBLIC_TABLE = "rtb-0d20fcae075afe460";
    private static final String MAIN_TABLE = "rtb-002f0eabf583bf991";
    private static final String IGW = "igw-0eac198308206c358";

    private final CorpusSnapshot snapshot = CorpusSnapshot.load("test-public-private-subnet");

    /*
     * 10.0.0.47 -> 10.0.1.204 tcp/22: egress allowed; ACL outbound rule 100; rtb-0d20... matches
     * 10.0.0.0/16 local (longer than 0.0.0.0/0); the private subnet's ACL inbound rule 100;
     * launch-wizard-3 allows tcp/22 -> ACCEPTED. The reply leaves the private subnet by the main table,
     * whose 10.0.0.0/16 local route beats 0.0.0.0/0 -> VGW, so it comes straight back -> ACCEPTED.
     */
    @Test
    void publicPrivate_sshFromPublicToPrivateInstance_takesTheLocalRouteBothWays() {
        Trace trace = snapshot.tcp("10.0.0.47", "10.0.1.204", 22);

        assertThat(trace.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(trace.hopIds()).containsExactly(PUBLIC_INSTANCE, PUBLIC_SUBNET, PUBLIC_TABLE, PRIVATE_SUBNET,
                PRIVATE_INSTANCE);
        assertThat(trace.codes()).containsExactly(StepCode.START, StepCode.SG_EGRESS_ALLOW,
                StepCode.NACL_OUTBOUND_ALLOW, StepCode.ROUTE_MATCH, StepCode.LOCAL_DELIVERY,
                StepCode.NACL_INBOUND_ALLOW, StepCode.SG_INGRESS_ALLOW, StepCode.DELIVERED);
        Trace reply = trace.returnPath().orElseThrow();
        assertThat(reply.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(reply.hopIds()).containsExactly(PRIVATE_INSTANCE, PRIVATE_SUBNET, MAIN_TABLE, PUBLIC_SUBNET,
                PUBLIC_INSTANCE);
    }

    /* 10.0.1.204 -> 10.0.0.47 tcp/80: routed locally by the main table, but launch-wizard-2 admits only tcp/22. */
    @Test
    void publicPrivate_httpFromPrivateToPublicInstance_isDeniedByTheGroup() {
        Trace trace = snapshot.tcp(PRIVATE_INSTANCE, PUBLIC_INSTANCE, 80);

        assertThat(trace.disposition()).isEqualTo(Disposition.DENIED_IN);
        assertThat(trace.hopIds()).containsExactly(PRIVATE_INSTANCE, PRIVATE_SUBNET, MAIN_TABLE, PUBLIC_SUBNET,
                PUBLIC_INSTANCE);
        assertThat(trace.finalStep().orElseThrow().code()).isEqualTo(StepCode.SG_INGRESS_DENY);
    }

    /*
     * 10.0.1.204 -> 203.0.113.10: the private subnet uses the main table, whose default route goes to
     * the virtual private gateway, not the internet gateway -> EXITS_NETWORK at the VGW, no address
     * translation (a VGW does none), and no reply is simulated (the far side is outside the snapshot).
     */
    @Test
    void publicPrivate_privateInstanceToInternet_leavesThroughTheVpnGatewayDefaultRoute() {
        Trace trace = snapshot.tcp(PRIVATE_INSTANCE, CorpusSnapshot.INTERNET_HOST, 443);

        assertThat(trace.disposition()).isEqualTo(Disposition.EXITS_NETWORK);
        assertThat(trace.hopIds()).containsExactly(PRIVATE_INSTANCE, PRIVATE_SUBNET, MAIN_TABLE);
        assertThat(trace.codes()).containsExactly(StepCode.START, StepCode.SG_EGRESS_ALLOW,
                StepCode.NACL_OUTBOUND_ALLOW, StepCode.ROUTE_MATCH, StepCode.EXIT_VPN_GATEWAY);
        assertThat(trace.finalStep().orElseThrow().detail()).contains("vgw-070087240d6fa2989");
        assertThat(trace.translations()).isEmpty();
        assertThat(trace.returnPath()).isEmpty();
    }

    /* 19.168.0.10, inside the VPN connection's static route 19.168.0.0/16, leaves the same way through the VGW. */
    @Test
    void publicPrivate_privateInstanceToVpnSite_leavesThroughTheVpnGateway() {
        Trace trace = snapshot.tcp(PRIVATE_INSTANCE, "19.168.0.10", 22);

        assertThat(trace.disposition()).isEqualTo(Disposition.EXITS_NETWORK);
        assertThat(trace.hopIds()).containsExactly(PRIVATE_INSTANCE, PRIVATE_SUBNET, MAIN_TABLE);
        assertThat(trace.finalStep().orElseThrow().code()).isEqualTo(StepCode.EXIT_VPN_GATEWAY);
    }

    /*
     * 10.0.0.47 -> 203.0.113.10: the public subnet's own table sends 0.0.0.0/0 to the IGW, which maps
     * 10.0.0.47 to 13.58.55.60 -> EXITS_NETWORK; the reply returns through the IGW -> ACCEPTED.
     */
    @Test
    void publicPrivate_publicInstanceToInternet_isTranslatedAtTheInternetGateway() {
        Trace trace = snapshot.tcp(PUBLIC_INSTANCE, CorpusSnapshot.INTERNET_HOST, 443);

        assertThat(trace.disposition()).isEqualTo(Disposition.EXITS_NETWORK);
        assertThat(trace.hopIds()).containsExactly(PUBLIC_INSTANCE, PUBLIC_SUBNET, PUBLIC_TABLE, IGW);
        assertThat(trace.codes()).endsWith(StepCode.ROUTE_MATCH, StepCode.IGW_SOURCE_NAT, StepCode.EXIT_INTERNET);
        assertThat(CorpusSnapshot.translations(trace))
                .containsExactly("INTERNET_GATEWAY_SOURCE " + IGW + " 10.0.0.47 -> 13.58.55.60");
        assertThat(trace.returnPath()).get().extracting(Trace::disposition).isEqualTo(Disposition.ACCEPTED);
    }

    /* internet -> 13.58.55.60 tcp/22: mapped to 10.0.0.47, ACL rule 100, launch-wizard-2 allows tcp/22 -> ACCEPTED. */
    @Test
    void publicPrivate_sshFromInternetToPublicInstance_isAccepted() {
        Trace trace = snapshot.tcp("internet", PUBLIC_INSTANCE, 22);

        assertThat(trace.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(trace.hopIds()).containsExactly("internet", IGW, PUBLIC_SUBNET, PUBLIC_INSTANCE);
        assertThat(CorpusSnapshot.translations(trace))
                .containsExactly("INTERNET_GATEWAY_DESTINATION " + IGW + " 13.58.55.60 -> 10.0.0.47");
        assertThat(trace.returnPath()).get().extracting(Trace::disposition).isEqualTo(Disposition.ACCEPTED);
    }

    /* The private instance has no public IP: the internet cannot address it -> NO_ROUTE. */
    @Test
    void publicPrivate_internetToPrivateInstance_hasNoRoute() {
        Trace trace = snapshot.tcp("internet", PRIVATE_INSTANCE, 22);

        assertThat(trace.disposition()).isEqualTo(Disposition.NO_ROUTE);
        assertThat(trace.codes()).containsExactly(StepCode.INTERNET_NO_ROUTE);
    }
}
