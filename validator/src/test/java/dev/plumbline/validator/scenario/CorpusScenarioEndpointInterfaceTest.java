package dev.plumbline.validator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.validator.sim.Disposition;
import dev.plumbline.validator.sim.StepCode;
import dev.plumbline.validator.sim.Trace;
import org.junit.jupiter.api.Test;

/**
 * Scenarios on the Batfish snapshot {@code test-vpc-endpoint-interface} (us-east-1, files under
 * {@code aws_configs/us-east-1/}). What its JSON says:
 * <ul>
 * <li>Vpcs.json: vpc-072d45b801aeffef2 "testing", 10.1.0.0/16.</li>
 * <li>Subnets.json: subnet-0611b848137c513d1 10.1.1.0/24 (MapPublicIpOnLaunch true) and
 * subnet-0bb8615d8368ece31 10.1.101.0/24, both us-east-1a (use1-az2).</li>
 * <li>RouteTables.json: rtb-07e4f0e11d543c220 "testing-igw" is explicitly associated with both subnets:
 * 10.1.0.0/16 local, 0.0.0.0/0 -> igw-051ef323d8b6da33a (attached). The main table serves no subnet.</li>
 * <li>NetworkAcls.json: acl-011135a03c2212fe9 on both subnets, rule 1000 allow all both ways.</li>
 * <li>VpcEndpoints.json: vpce-083c683a6be29b889, Interface, com.amazonaws.us-east-1.cloudtrail, available,
 * private DNS on (cloudtrail.us-east-1.amazonaws.com), group sg-0973207c61f3466e1, one ENI
 * eni-0084b734451ba23ca = 10.1.101.97 in subnet-0bb8615d8368ece31. The service is AWS's own (Owner
 * "amazon" in VpcEndpointServices.json); nothing of its side (no load balancer) is in the snapshot.</li>
 * <li>sg-0973207c61f3466e1 "testing_sg" (on both instances and the endpoint): inbound udp/33434-33534,
 * tcp/22, ICMP echo request, tcp/443 from 0.0.0.0/0; outbound all.</li>
 * <li>public-web01 i-0eb6eb395a0d09117 10.1.1.88 (public IP 3.86.201.253); private-web01
 * i-0a0fbd0cfa774970f 10.1.101.63 (none).</li>
 * </ul>
 */
class CorpusScenarioEndpointInterfaceTest {

    private static final String PUBLIC_WEB = "i-0eb6eb395a0d09117";
    private static final String PRIVATE_WEB = "i-0a0fbd0cfa774970f";
    private static final String PUBLIC_SUBNET = "subnet-0611b848137c513d1";
    private static final String ENDPOINT_SUBNET = "subnet-0bb8615d8368ece31";
    private static final String TABLE = "rtb-07e4f0e11d543c220";
    private static final String IGW = "igw-051ef323d8b6da33a";
    private static final String ENDPOINT = "vpce-083c683a6be29b889";
    private static final String ENDPOINT_ENI_IP = "10.1.101.97";

    private final CorpusSnapshot snapshot = CorpusSnapshot.load("test-vpc-endpoint-interface");

    /* tcp/80 to the endpoint: testing_sg on the endpoint has no tcp/80 rule -> DENIED_IN at the endpoint. */
    @Test
    void endpointInterface_httpToEndpoint_isDeniedByTheEndpointGroup() {
        Trace trace = snapshot.tcp(PUBLIC_WEB, ENDPOINT_ENI_IP, 80);

        assertThat(trace.disposition()).isEqualTo(Disposition.DENIED_IN);
        assertThat(trace.hopIds()).containsExactly(PUBLIC_WEB, PUBLIC_SUBNET, TABLE, ENDPOINT_SUBNET, ENDPOINT);
        assertThat(trace.finalStep().orElseThrow().code()).isEqualTo(StepCode.ENDPOINT_SG_DENY);
    }

    /*
     * udp/33434 to the endpoint: testing_sg would admit it, but interface endpoints carry TCP only
     * (reference 5.6, AWS documentation of 2021) -> DROPPED at the endpoint.
     */
    @Test
    void endpointInterface_udpToEndpoint_isDroppedBecauseEndpointsCarryTcpOnly() {
        Trace trace = snapshot.udp(PRIVATE_WEB, ENDPOINT_ENI_IP, 33434);

        assertThat(trace.disposition()).isEqualTo(Disposition.DROPPED);
        assertThat(trace.hopIds()).containsExactly(PRIVATE_WEB, ENDPOINT_SUBNET, ENDPOINT);
        assertThat(trace.finalStep().orElseThrow().code()).isEqualTo(StepCode.ENDPOINT_PROTOCOL_UNSUPPORTED);
    }

    /* The endpoint's ENI has no public IP: the internet cannot address it -> NO_ROUTE. */
    @Test
    void endpointInterface_internetToEndpointEni_hasNoRoute() {
        Trace trace = snapshot.tcp("internet", ENDPOINT_ENI_IP, 443);

        assertThat(trace.disposition()).isEqualTo(Disposition.NO_ROUTE);
        assertThat(trace.codes()).containsExactly(StepCode.INTERNET_NO_ROUTE);
    }

    /*
     * private-web01 -> 203.0.113.10: its subnet shares rtb-07e4 and its 0.0.0.0/0 -> IGW, but the instance
     * has no public IP, so the IGW has nothing to map 10.1.101.63 to -> DROPPED at the IGW.
     */
    @Test
    void endpointInterface_privateInstanceToInternet_isDroppedAtTheGatewayForLackOfPublicIp() {
        Trace trace = snapshot.tcp(PRIVATE_WEB, CorpusSnapshot.INTERNET_HOST, 443);

        assertThat(trace.disposition()).isEqualTo(Disposition.DROPPED);
        assertThat(trace.hopIds()).containsExactly(PRIVATE_WEB, ENDPOINT_SUBNET, TABLE, IGW);
        assertThat(trace.codes()).containsExactly(StepCode.START, StepCode.SG_EGRESS_ALLOW,
                StepCode.NACL_OUTBOUND_ALLOW, StepCode.ROUTE_MATCH, StepCode.IGW_NO_PUBLIC_IP);
    }

    /* public-web01 -> 203.0.113.10: same table, and the IGW maps 10.1.1.88 to 3.86.201.253 -> EXITS_NETWORK. */
    @Test
    void endpointInterface_publicInstanceToInternet_isTranslatedAndExits() {
        Trace trace = snapshot.tcp(PUBLIC_WEB, CorpusSnapshot.INTERNET_HOST, 443);

        assertThat(trace.disposition()).isEqualTo(Disposition.EXITS_NETWORK);
        assertThat(trace.hopIds()).containsExactly(PUBLIC_WEB, PUBLIC_SUBNET, TABLE, IGW);
        assertThat(CorpusSnapshot.translations(trace))
                .containsExactly("INTERNET_GATEWAY_SOURCE " + IGW + " 10.1.1.88 -> 3.86.201.253");
        assertThat(trace.returnPath()).get().extracting(Trace::disposition).isEqualTo(Disposition.ACCEPTED);
    }

    /* internet -> 3.86.201.253 tcp/22: mapped to 10.1.1.88; ACL rule 1000; testing_sg tcp/22 -> ACCEPTED. */
    @Test
    void endpointInterface_sshFromInternetToPublicInstance_isAccepted() {
        Trace trace = snapshot.tcp("internet", PUBLIC_WEB, 22);

        assertThat(trace.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(trace.hopIds()).containsExactly("internet", IGW, PUBLIC_SUBNET, PUBLIC_WEB);
        assertThat(trace.returnPath()).get().extracting(Trace::disposition).isEqualTo(Disposition.ACCEPTED);
    }


    /*
     * public-web01 -> 10.1.101.97 tcp/443: testing_sg egress all; ACL outbound rule 1000; rtb-07e4 matches
     * 10.1.0.0/16 local; the endpoint subnet's ACL inbound rule 1000; 10.1.101.97 is the endpoint's ENI,
     * so the packet enters vpce-083c; its group testing_sg admits tcp/443; the endpoint is available;
     * CloudTrail's side is not in the snapshot -> EXITS_NETWORK at the endpoint, no translation, no reply.
     */
    @Test
    void endpointInterface_httpsFromOtherSubnetToEndpointEni_entersTheEndpointAndExits() {
        Trace trace = snapshot.tcp("public-web01", ENDPOINT_ENI_IP, 443);

        assertThat(trace.disposition()).isEqualTo(Disposition.EXITS_NETWORK);
        assertThat(trace.hopIds()).containsExactly(PUBLIC_WEB, PUBLIC_SUBNET, TABLE, ENDPOINT_SUBNET, ENDPOINT);
        assertThat(trace.codes()).startsWith(StepCode.START, StepCode.SG_EGRESS_ALLOW, StepCode.NACL_OUTBOUND_ALLOW,
                StepCode.ROUTE_MATCH, StepCode.LOCAL_DELIVERY, StepCode.NACL_INBOUND_ALLOW, StepCode.ENDPOINT_ENTER,
                StepCode.ENDPOINT_SG_ALLOW);
        assertThat(trace.codes()).doesNotContain(StepCode.ENDPOINT_NOT_ACCEPTED, StepCode.ENDPOINT_PRINCIPAL_DENIED,
                StepCode.ENDPOINT_AZ_NOT_OFFERED);
        assertThat(trace.translations()).isEmpty();
        assertThat(trace.returnPath()).isEmpty();
    }

    /*
     * private-web01 (10.1.101.63) -> 10.1.101.97 tcp/443: both in 10.1.101.0/24, so no routing and no ACL;
     * the endpoint's group admits tcp/443 -> EXITS_NETWORK at the endpoint.
     */
    @Test
    void endpointInterface_httpsFromSameSubnetToEndpointEni_skipsRoutingAndAcl() {
        Trace trace = snapshot.tcp(PRIVATE_WEB, ENDPOINT_ENI_IP, 443);

        assertThat(trace.disposition()).isEqualTo(Disposition.EXITS_NETWORK);
        assertThat(trace.hopIds()).containsExactly(PRIVATE_WEB, ENDPOINT_SUBNET, ENDPOINT);
        assertThat(trace.codes()).startsWith(StepCode.START, StepCode.SG_EGRESS_ALLOW, StepCode.SAME_SUBNET,
                StepCode.ENDPOINT_ENTER, StepCode.ENDPOINT_SG_ALLOW);
        assertThat(trace.codes()).doesNotContain(StepCode.ROUTE_MATCH, StepCode.NACL_OUTBOUND_ALLOW,
                StepCode.NACL_INBOUND_ALLOW);
    }

    /*
     * Naming the endpoint (its id, or the service's private DNS name, which private DNS makes resolve to
     * the endpoint inside this VPC) leads to its only ENI 10.1.101.97, in the source's AZ us-east-1a:
     * the same trace as to the address.
     */
    @Test
    void endpointInterface_endpointByIdOrPrivateDnsName_isEnteredThroughItsEniInTheSourceAz() {
        Trace byId = snapshot.tcp(PUBLIC_WEB, ENDPOINT, 443);
        Trace byDns = snapshot.tcp(PUBLIC_WEB, "cloudtrail.us-east-1.amazonaws.com", 443);

        for (Trace trace : new Trace[] {byId, byDns}) {
            assertThat(trace.disposition()).isEqualTo(Disposition.EXITS_NETWORK);
            assertThat(trace.flow().dst()).isEqualTo(CorpusSnapshot.ip(ENDPOINT_ENI_IP));
            assertThat(trace.hopIds()).containsExactly(PUBLIC_WEB, PUBLIC_SUBNET, TABLE, ENDPOINT_SUBNET, ENDPOINT);
        }
    }
}
