package dev.plumbline.validator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.validator.sim.Disposition;
import dev.plumbline.validator.sim.StepCode;
import dev.plumbline.validator.sim.Trace;
import org.junit.jupiter.api.Test;

/**
 * Scenarios on the Batfish snapshot {@code test-public-subnet} (us-east-2). What its JSON says:
 * <ul>
 * <li>Vpcs.json: vpc-0672bce73895d7252, 10.0.0.0/16.</li>
 * <li>Subnets.json: subnet-0bb82ae8b3ea5dc78 "Public subnet", 10.0.0.0/24, MapPublicIpOnLaunch false.</li>
 * <li>RouteTables.json: rtb-0489000c9e6c299e8 is explicitly associated with the subnet and has
 * 10.0.0.0/16 local and 0.0.0.0/0 -> igw-0a409e562d251f766 (active); the main table
 * rtb-0a7b14443588910ad (local only) serves no subnet.</li>
 * <li>InternetGateways.json: igw-0a409e562d251f766 attached (available) to the VPC.</li>
 * <li>NetworkAcls.json: acl-0d9449710ec85473c (default, on the subnet): rule 100 allow all both ways.</li>
 * <li>The one instance i-06669a407b2ef3ae5: 10.0.0.91 on eni-00064850627e198ee, public IP
 * 18.216.80.133 (Association.PublicIp), group sg-09ccba6656672061b launch-wizard-1: inbound tcp/22 from
 * 0.0.0.0/0, outbound all.</li>
 * </ul>
 */
class CorpusScenarioPublicSubnetTest {

    private static final String INSTANCE = "i-06669a407b2ef3ae5";
    private static final String SUBNET = "subnet-0bb82ae8b3ea5dc78";
    private static final String TABLE = "rtb-0489000c9e6c299e8";
    private static final String IGW = "igw-0a409e562d251f766";

    private final CorpusSnapshot snapshot = CorpusSnapshot.load("test-public-subnet");

    /*
     * 10.0.0.91 -> 203.0.113.10 tcp/443: launch-wizard-1 egress allows all; default ACL outbound rule 100;
     * the subnet's explicit table rtb-0489... matches 0.0.0.0/0 -> igw-0a40... (attached); the instance has
     * public IP 18.216.80.133, so the gateway maps 10.0.0.91 to it 1:1 -> EXITS_NETWORK. The reply comes
     * back to 18.216.80.133, is mapped to 10.0.0.91, passes ACL inbound rule 100 and the stateful group.
     */
    @Test
    void publicSubnet_instanceToInternet_isTranslatedToItsPublicIpAndExits() {
        Trace trace = snapshot.tcp(INSTANCE, CorpusSnapshot.INTERNET_HOST, 443);

        assertThat(trace.disposition()).isEqualTo(Disposition.EXITS_NETWORK);
        assertThat(trace.hopIds()).containsExactly(INSTANCE, SUBNET, TABLE, IGW);
        assertThat(trace.codes()).containsExactly(StepCode.START, StepCode.SG_EGRESS_ALLOW,
                StepCode.NACL_OUTBOUND_ALLOW, StepCode.ROUTE_MATCH, StepCode.IGW_SOURCE_NAT, StepCode.EXIT_INTERNET);
        assertThat(CorpusSnapshot.translations(trace))
                .containsExactly("INTERNET_GATEWAY_SOURCE " + IGW + " 10.0.0.91 -> 18.216.80.133");
        Trace reply = trace.returnPath().orElseThrow();
        assertThat(reply.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(reply.hopIds()).containsExactly("internet", IGW, SUBNET, INSTANCE);
        assertThat(reply.codes()).containsExactly(StepCode.FROM_INTERNET, StepCode.IGW_DESTINATION_NAT,
                StepCode.LOCAL_DELIVERY, StepCode.NACL_INBOUND_ALLOW, StepCode.SG_STATEFUL_REPLY, StepCode.DELIVERED);
        assertThat(CorpusSnapshot.translations(reply))
                .containsExactly("INTERNET_GATEWAY_DESTINATION " + IGW + " 18.216.80.133 -> 10.0.0.91");
    }

    /*
     * internet -> the instance tcp/22: the internet addresses 18.216.80.133; the gateway maps it to
     * 10.0.0.91; no edge route table, so local delivery into 10.0.0.0/24; ACL inbound rule 100;
     * launch-wizard-1 allows tcp/22 from 0.0.0.0/0 -> ACCEPTED. The reply leaves by the subnet's table
     * 0.0.0.0/0 -> IGW and is mapped back to 18.216.80.133, the address the client called.
     */
    @Test
    void publicSubnet_sshFromInternet_isMappedToThePrivateAddressAndAccepted() {
        Trace trace = snapshot.tcp("internet", INSTANCE, 22);

        assertThat(trace.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(trace.flow().dst()).isEqualTo(CorpusSnapshot.ip("18.216.80.133"));
        assertThat(trace.hopIds()).containsExactly("internet", IGW, SUBNET, INSTANCE);
        assertThat(trace.codes()).containsExactly(StepCode.FROM_INTERNET, StepCode.IGW_DESTINATION_NAT,
                StepCode.LOCAL_DELIVERY, StepCode.NACL_INBOUND_ALLOW, StepCode.SG_INGRESS_ALLOW, StepCode.DELIVERED);
        assertThat(CorpusSnapshot.translations(trace))
                .containsExactly("INTERNET_GATEWAY_DESTINATION " + IGW + " 18.216.80.133 -> 10.0.0.91");
        Trace reply = trace.returnPath().orElseThrow();
        assertThat(reply.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(reply.hopIds()).containsExactly(INSTANCE, SUBNET, TABLE, IGW);
        assertThat(reply.codes()).containsExactly(StepCode.START, StepCode.SG_STATEFUL_REPLY,
                StepCode.NACL_OUTBOUND_ALLOW, StepCode.ROUTE_MATCH, StepCode.IGW_SOURCE_NAT, StepCode.DELIVERED);
    }

    /* internet -> the instance tcp/80: same way in, but launch-wizard-1 admits only tcp/22 -> DENIED_IN. */
    @Test
    void publicSubnet_httpFromInternet_isDeniedByTheInstanceGroup() {
        Trace trace = snapshot.tcp("internet", INSTANCE, 80);

        assertThat(trace.disposition()).isEqualTo(Disposition.DENIED_IN);
        assertThat(trace.hopIds()).containsExactly("internet", IGW, SUBNET, INSTANCE);
        assertThat(trace.finalStep().orElseThrow().code()).isEqualTo(StepCode.SG_INGRESS_DENY);
    }

    /*
     * A host of the public subnet without a public IP (the subnet does not map public IPs on launch):
     * the route 0.0.0.0/0 -> IGW still matches, but the gateway has no public address to map it to and
     * drops the packet -> DROPPED at the IGW.
     */
    @Test
    void publicSubnet_hostWithoutPublicIpToInternet_isDroppedAtTheInternetGateway() {
        Trace trace = snapshot.tcp(SUBNET, CorpusSnapshot.INTERNET_HOST, 443);

        assertThat(trace.disposition()).isEqualTo(Disposition.DROPPED);
        assertThat(trace.hopIds()).containsExactly(SUBNET, SUBNET, TABLE, IGW);
        assertThat(trace.codes()).containsExactly(StepCode.START, StepCode.NACL_OUTBOUND_ALLOW, StepCode.ROUTE_MATCH,
                StepCode.IGW_NO_PUBLIC_IP);
        assertThat(trace.translations()).isEmpty();
    }

    /* The same host seen from the internet: it has no public address, so nothing on the internet can reach it. */
    @Test
    void publicSubnet_internetToHostWithoutPublicIp_hasNoRoute() {
        Trace trace = snapshot.tcp("internet", SUBNET, 22);

        assertThat(trace.disposition()).isEqualTo(Disposition.NO_ROUTE);
        assertThat(trace.codes()).containsExactly(StepCode.INTERNET_NO_ROUTE);
    }
}
