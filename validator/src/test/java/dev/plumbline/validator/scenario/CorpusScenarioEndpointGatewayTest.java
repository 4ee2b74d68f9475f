package dev.plumbline.validator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.validator.sim.Disposition;
import dev.plumbline.validator.sim.StepCode;
import dev.plumbline.validator.sim.Trace;
import org.junit.jupiter.api.Test;

/**
 * Scenarios on the Batfish snapshot {@code test-vpc-endpoint-gateway} (us-east-1, files under
 * {@code aws_configs/us-east-1/}). What its JSON says:
 * <ul>
 * <li>Vpcs.json: vpc-05d56c7295fca139b "testing", 10.1.0.0/16.</li>
 * <li>Subnets.json: subnet-04391f04b912d0a73 10.1.1.0/24 (MapPublicIpOnLaunch true) and
 * subnet-01e5f0945f6d6f47c 10.1.101.0/24.</li>
 * <li>RouteTables.json: rtb-0efde4139784b75b0 "testing-igw" (explicit, 10.1.1.0/24): 10.1.0.0/16 local,
 * 0.0.0.0/0 -> igw-0c8afe4471084ccba, pl-63a5400a -> vpce-0b7357542bb7b83ec. rtb-04f71fc2caa8d94cf
 * "testing-noigw" (explicit, 10.1.101.0/24): 10.1.0.0/16 local, pl-63a5400a -> vpce-0b7357542bb7b83ec.</li>
 * <li>VpcEndpoints.json: vpce-0b7357542bb7b83ec, Gateway, com.amazonaws.us-east-1.s3, available, on both
 * tables. PrefixLists.json: pl-63a5400a (S3) = 54.231.0.0/17, 52.216.0.0/15, 3.5.16.0/21, 3.5.0.0/20.</li>
 * <li>NetworkAcls.json: acl-086ba598bbf8e5d89 "testing-general" on both subnets: rule 1000 allow all both
 * ways (the default ACL acl-02e578d1a3e0ce403 serves no subnet).</li>
 * <li>Both instances use sg-0ba8692418a4ae00e "testing_sg": inbound udp/33434-33534, tcp/22, ICMP echo
 * request, tcp/443 from 0.0.0.0/0; outbound all. public-web01 i-0464d440ca0ee9e34 10.1.1.169 (public IP
 * 18.206.223.222); private-web01 i-01c6c0647fdccc89e 10.1.101.36 (none).</li>
 * </ul>
 */
class CorpusScenarioEndpointGatewayTest {

    private static final String PUBLIC_WEB = "i-0464d440ca0ee9e34";
    private static final String PRIVATE_WEB = "i-01c6c0647fdccc89e";
    private static final String PUBLIC_SUBNET = "subnet-04391f04b912d0a73";
    private static final String PRIVATE_SUBNET = "subnet-01e5f0945f6d6f47c";
    private static final String IGW_TABLE = "rtb-0efde4139784b75b0";
    private static final String NOIGW_TABLE = "rtb-04f71fc2caa8d94cf";
    private static final String IGW = "igw-0c8afe4471084ccba";
    private static final String S3_ENDPOINT = "vpce-0b7357542bb7b83ec";
    /** Inside 52.216.0.0/15, one of the S3 prefix list's CIDRs. */
    private static final String S3_ADDRESS = "52.216.10.10";

    private final CorpusSnapshot snapshot = CorpusSnapshot.load("test-vpc-endpoint-gateway");

    /*
     * private-web01 -> 52.216.10.10 tcp/443: testing_sg egress allows all; ACL outbound rule 1000;
     * rtb-04f7 has no default route but pl-63a5400a -> vpce-0b73, and 52.216.10.10 is in the list's
     * 52.216.0.0/15 -> handed to the S3 gateway endpoint: EXITS_NETWORK with no address translation
     * (a gateway endpoint keeps the private source), no reply simulated (S3 is outside the snapshot).
     */
    @Test
    void endpointGateway_privateInstanceToS3_leavesThroughTheGatewayEndpoint() {
        Trace trace = snapshot.tcp("private-web01", S3_ADDRESS, 443);

        assertThat(trace.disposition()).isEqualTo(Disposition.EXITS_NETWORK);
        assertThat(trace.hopIds()).containsExactly(PRIVATE_WEB, PRIVATE_SUBNET, NOIGW_TABLE, S3_ENDPOINT);
        assertThat(trace.codes()).containsExactly(StepCode.START, StepCode.SG_EGRESS_ALLOW,
                StepCode.NACL_OUTBOUND_ALLOW, StepCode.ROUTE_MATCH, StepCode.GATEWAY_ENDPOINT);
        assertThat(CorpusSnapshot.details(trace, StepCode.ROUTE_MATCH)).singleElement().asString()
                .contains("pl-63a5400a").contains("52.216.0.0/15");
        assertThat(CorpusSnapshot.details(trace, StepCode.NACL_OUTBOUND_ALLOW)).singleElement().asString()
                .contains("rule 1000");
        assertThat(trace.translations()).isEmpty();
        assertThat(trace.returnPath()).isEmpty();
    }

    /* private-web01 -> 52.218.0.10: just outside 52.216.0.0/15 and every other S3 prefix; rtb-04f7 has nothing else -> NO_ROUTE. */
    @Test
    void endpointGateway_privateInstanceToAddressOutsideThePrefixList_hasNoRoute() {
        Trace trace = snapshot.tcp(PRIVATE_WEB, "52.218.0.10", 443);

        assertThat(trace.disposition()).isEqualTo(Disposition.NO_ROUTE);
        assertThat(trace.hopIds()).containsExactly(PRIVATE_WEB, PRIVATE_SUBNET, NOIGW_TABLE);
        assertThat(trace.finalStep().orElseThrow().code()).isEqualTo(StepCode.NO_ROUTE);
    }

    /*
     * public-web01 -> 52.216.10.10: rtb-0efd has both 0.0.0.0/0 -> IGW and pl-63a5400a -> vpce; the
     * prefix list's 52.216.0.0/15 is the longer match, so S3 traffic takes the endpoint, not the IGW, and
     * keeps its private source (no IGW translation).
     */
    @Test
    void endpointGateway_publicInstanceToS3_prefersTheEndpointOverTheDefaultRoute() {
        Trace trace = snapshot.tcp(PUBLIC_WEB, S3_ADDRESS, 443);

        assertThat(trace.disposition()).isEqualTo(Disposition.EXITS_NETWORK);
        assertThat(trace.hopIds()).containsExactly(PUBLIC_WEB, PUBLIC_SUBNET, IGW_TABLE, S3_ENDPOINT);
        assertThat(trace.codes()).endsWith(StepCode.ROUTE_MATCH, StepCode.GATEWAY_ENDPOINT)
                .doesNotContain(StepCode.IGW_SOURCE_NAT);
        assertThat(trace.translations()).isEmpty();
    }

    /* public-web01 -> 203.0.113.10 (not S3): only 0.0.0.0/0 matches -> IGW, mapped to 18.206.223.222 -> EXITS_NETWORK. */
    @Test
    void endpointGateway_publicInstanceToOtherInternetAddress_usesTheInternetGateway() {
        Trace trace = snapshot.tcp(PUBLIC_WEB, CorpusSnapshot.INTERNET_HOST, 443);

        assertThat(trace.disposition()).isEqualTo(Disposition.EXITS_NETWORK);
        assertThat(trace.hopIds()).containsExactly(PUBLIC_WEB, PUBLIC_SUBNET, IGW_TABLE, IGW);
        assertThat(CorpusSnapshot.translations(trace))
                .containsExactly("INTERNET_GATEWAY_SOURCE " + IGW + " 10.1.1.169 -> 18.206.223.222");
        assertThat(trace.returnPath()).get().extracting(Trace::disposition).isEqualTo(Disposition.ACCEPTED);
    }

    /* internet -> 18.206.223.222 tcp/443: IGW maps to 10.1.1.169, ACL rule 1000, testing_sg allows tcp/443 -> ACCEPTED. */
    @Test
    void endpointGateway_httpsFromInternetToPublicInstance_isAccepted() {
        Trace trace = snapshot.tcp("internet", PUBLIC_WEB, 443);

        assertThat(trace.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(trace.hopIds()).containsExactly("internet", IGW, PUBLIC_SUBNET, PUBLIC_WEB);
        assertThat(CorpusSnapshot.translations(trace))
                .containsExactly("INTERNET_GATEWAY_DESTINATION " + IGW + " 18.206.223.222 -> 10.1.1.169");
        assertThat(trace.returnPath()).get().extracting(Trace::disposition).isEqualTo(Disposition.ACCEPTED);
    }

    /* internet -> public-web01 tcp/80: testing_sg has no tcp/80 rule -> DENIED_IN. */
    @Test
    void endpointGateway_httpFromInternetToPublicInstance_isDeniedByTheGroup() {
        Trace trace = snapshot.tcp("internet", PUBLIC_WEB, 80);

        assertThat(trace.disposition()).isEqualTo(Disposition.DENIED_IN);
        assertThat(trace.finalStep().orElseThrow().code()).isEqualTo(StepCode.SG_INGRESS_DENY);
    }

    /* private-web01 has no public IP -> NO_ROUTE from the internet. */
    @Test
    void endpointGateway_internetToPrivateInstance_hasNoRoute() {
        Trace trace = snapshot.tcp("internet", PRIVATE_WEB, 443);

        assertThat(trace.disposition()).isEqualTo(Disposition.NO_ROUTE);
        assertThat(trace.codes()).containsExactly(StepCode.INTERNET_NO_ROUTE);
    }

    /*
     * public-web01 -> private-web01 tcp/22: rtb-0efd local; ACL rule 1000 on both subnets; testing_sg
     * tcp/22 -> ACCEPTED; the reply is routed locally by rtb-04f7 -> ACCEPTED.
     */
    @Test
    void endpointGateway_sshBetweenSubnets_isAcceptedBothWays() {
        Trace trace = snapshot.tcp(PUBLIC_WEB, PRIVATE_WEB, 22);

        assertThat(trace.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(trace.hopIds()).containsExactly(PUBLIC_WEB, PUBLIC_SUBNET, IGW_TABLE, PRIVATE_SUBNET, PRIVATE_WEB);
        Trace reply = trace.returnPath().orElseThrow();
        assertThat(reply.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(reply.hopIds()).containsExactly(PRIVATE_WEB, PRIVATE_SUBNET, NOIGW_TABLE, PUBLIC_SUBNET, PUBLIC_WEB);
    }

    /* Traceroute probe udp/33434 public -> private: testing_sg admits udp/33434-33534, the ACL allows all -> ACCEPTED. */
    @Test
    void endpointGateway_tracerouteUdpBetweenSubnets_isAccepted() {
        Trace trace = snapshot.udp(PUBLIC_WEB, PRIVATE_WEB, 33434);

        assertThat(trace.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(trace.codes()).contains(StepCode.SG_INGRESS_ALLOW);
        assertThat(trace.returnPath()).get().extracting(Trace::disposition).isEqualTo(Disposition.ACCEPTED);
    }
}
