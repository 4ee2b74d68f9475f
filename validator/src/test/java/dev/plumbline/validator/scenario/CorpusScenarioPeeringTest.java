package dev.plumbline.validator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.validator.sim.Disposition;
import dev.plumbline.validator.sim.StepCode;
import dev.plumbline.validator.sim.Trace;
import org.junit.jupiter.api.Test;

/**
 * Scenarios on the Batfish snapshot {@code test-vpc-peering} (us-east-2). What its JSON says:
 * <ul>
 * <li>Vpcs.json: VPC A vpc-0404e08ceddf7f650 10.10.0.0/16; VPC B vpc-00a31ce9d0c06675c and VPC C
 * vpc-09095dbf2886404ee, both 192.168.0.0/16. Each also lists a secondary block (10.11.0.0/16,
 * 192.169.0.0/16) whose CidrBlockState is "disassociated", so it is no longer part of the VPC.</li>
 * <li>Subnets.json: subnet A subnet-006a19c846f047bd7 10.10.10.0/24; subnet B subnet-0ebf6378a79a3e534
 * 192.168.1.0/24; subnet C subnet-0af94b59d214ff20a 192.168.2.0/24.</li>
 * <li>VpcPeeringConnections.json: pcx-0b89b559e3319d6cf "A-B" and pcx-0d5b836985ac8ca8c "A-C", both
 * requested by A and active. B and C are not peered with each other.</li>
 * <li>RouteTables.json, one main table per VPC: A rtb-0891861fffaea6d52: 192.168.1.0/24 -> pcx A-B,
 * 192.168.2.0/24 -> pcx A-C, 10.10.0.0/16 local. B rtb-017c36290c9baf017: 192.168.0.0/16 local,
 * 10.10.0.0/16 -> pcx A-B, 0.0.0.0/0 -> igw-0a2c9ae201b441bff with State "blackhole" (no such IGW in the
 * snapshot). C rtb-0890ea815555d4457: 192.168.0.0/16 local, 10.10.0.0/16 -> pcx A-C.</li>
 * <li>NetworkAcls.json: each subnet has its VPC's default ACL, rule 100 allow all both ways.</li>
 * <li>Instances, none with a public IP: A i-06ba034d88c84ef07 10.10.10.157 (sg-09606ce9642cac154);
 * B i-0b14080af811fda3d 192.168.1.106 (sg-065c26b39e45ae384); C i-04a292ff83b3aa833 192.168.2.229
 * (sg-0b3df494998412a48). All three launch-wizard groups: inbound tcp/22 from 0.0.0.0/0, outbound all.</li>
 * </ul>
 */
class CorpusScenarioPeeringTest {

    private static final String A = "i-06ba034d88c84ef07";
    private static final String B = "i-0b14080af811fda3d";
    private static final String C = "i-04a292ff83b3aa833";
    private static final String SUBNET_A = "subnet-006a19c846f047bd7";
    private static final String SUBNET_B = "subnet-0ebf6378a79a3e534";
    private static final String SUBNET_C = "subnet-0af94b59d214ff20a";
    private static final String TABLE_A = "rtb-0891861fffaea6d52";
    private static final String TABLE_B = "rtb-017c36290c9baf017";
    private static final String TABLE_C = "rtb-0890ea815555d4457";
    private static final String PCX_AB = "pcx-0b89b559e3319d6cf";
    private static final String PCX_AC = "pcx-0d5b836985ac8ca8c";
    private static final String VPC_B = "vpc-00a31ce9d0c06675c";

    private final CorpusSnapshot snapshot = CorpusSnapshot.load("test-vpc-peering");

    /*
     * 10.10.10.157 -> 192.168.1.106 tcp/22: A's table matches 192.168.1.0/24 -> pcx A-B (active, B is its
     * other side, and 192.168.1.106 is inside B's 192.168.0.0/16); B delivers it locally into subnet B
     * (ACL rule 100) and launch-wizard-1 admits tcp/22 -> ACCEPTED, no translation. The reply matches
     * 10.10.0.0/16 -> pcx A-B in B's table and crosses back -> ACCEPTED.
     */
    @Test
    void peering_sshFromAToB_crossesThePeeringBothWays() {
        Trace trace = snapshot.tcp("10.10.10.157", "192.168.1.106", 22);

        assertThat(trace.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(trace.hopIds()).containsExactly(A, SUBNET_A, TABLE_A, PCX_AB, SUBNET_B, B);
        assertThat(trace.codes()).containsExactly(StepCode.START, StepCode.SG_EGRESS_ALLOW,
                StepCode.NACL_OUTBOUND_ALLOW, StepCode.ROUTE_MATCH, StepCode.PEERING_CROSS, StepCode.LOCAL_DELIVERY,
                StepCode.NACL_INBOUND_ALLOW, StepCode.SG_INGRESS_ALLOW, StepCode.DELIVERED);
        assertThat(trace.translations()).isEmpty();
        Trace reply = trace.returnPath().orElseThrow();
        assertThat(reply.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(reply.hopIds()).containsExactly(B, SUBNET_B, TABLE_B, PCX_AB, SUBNET_A, A);
    }

    /*
     * 10.10.10.157 -> 192.168.2.229: B and C overlap (both 192.168.0.0/16), but A's /24 routes tell them
     * apart: 192.168.2.0/24 -> pcx A-C, into C, subnet C, launch-wizard-3 admits tcp/22 -> ACCEPTED; the
     * reply uses C's 10.10.0.0/16 -> pcx A-C.
     */
    @Test
    void peering_sshFromAToC_takesTheOtherPeeringDespiteOverlappingPeers() {
        Trace trace = snapshot.tcp(A, "192.168.2.229", 22);

        assertThat(trace.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(trace.hopIds()).containsExactly(A, SUBNET_A, TABLE_A, PCX_AC, SUBNET_C, C);
        Trace reply = trace.returnPath().orElseThrow();
        assertThat(reply.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(reply.hopIds()).containsExactly(C, SUBNET_C, TABLE_C, PCX_AC, SUBNET_A, A);
    }

    /* 192.168.2.229 -> 10.10.10.157 tcp/22: C's 10.10.0.0/16 -> pcx A-C, A's subnet and group admit it -> ACCEPTED. */
    @Test
    void peering_sshFromCToA_isAccepted() {
        Trace trace = snapshot.tcp(C, A, 22);

        assertThat(trace.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(trace.hopIds()).containsExactly(C, SUBNET_C, TABLE_C, PCX_AC, SUBNET_A, A);
    }

    /* A -> B tcp/80: crosses the peering, but launch-wizard-1 on B admits only tcp/22 -> DENIED_IN at B. */
    @Test
    void peering_httpFromAToB_isDeniedByTheDestinationGroup() {
        Trace trace = snapshot.tcp(A, B, 80);

        assertThat(trace.disposition()).isEqualTo(Disposition.DENIED_IN);
        assertThat(trace.hopIds()).containsExactly(A, SUBNET_A, TABLE_A, PCX_AB, SUBNET_B, B);
        assertThat(trace.finalStep().orElseThrow().code()).isEqualTo(StepCode.SG_INGRESS_DENY);
    }

    /*
     * Non-transitive: B reaches A and A reaches C, but B cannot reach C through A. In B's table,
     * 192.168.2.229 matches B's own 192.168.0.0/16 local route (B and C share the block; B has no route
     * to A for it, and A would not forward it anyway), so the packet stays in B, where no subnet holds
     * 192.168.2.0/24 -> DROPPED inside VPC B, never reaching a peering.
     */
    @Test
    void peering_fromBToC_isNotTransitiveThroughA_andStaysInB() {
        Trace trace = snapshot.tcp(B, C, 22);

        assertThat(trace.disposition()).isEqualTo(Disposition.DROPPED);
        assertThat(trace.hopIds()).containsExactly(B, SUBNET_B, TABLE_B, VPC_B);
        assertThat(trace.codes()).containsExactly(StepCode.START, StepCode.SG_EGRESS_ALLOW,
                StepCode.NACL_OUTBOUND_ALLOW, StepCode.ROUTE_MATCH, StepCode.NO_SUBNET);
        assertThat(CorpusSnapshot.details(trace, StepCode.ROUTE_MATCH)).singleElement().asString()
                .contains("192.168.0.0/16");
        assertThat(trace.hopIds()).doesNotContain(PCX_AB, PCX_AC);
    }

    /*
     * B -> 203.0.113.10: the only route covering it is 0.0.0.0/0 -> igw-0a2c9ae201b441bff, whose State is
     * "blackhole" (the gateway is gone) -> BLACKHOLE at B's table.
     */
    @Test
    void peering_fromBToInternet_hitsTheBlackholeDefaultRoute() {
        Trace trace = snapshot.tcp(B, CorpusSnapshot.INTERNET_HOST, 443);

        assertThat(trace.disposition()).isEqualTo(Disposition.BLACKHOLE);
        assertThat(trace.hopIds()).containsExactly(B, SUBNET_B, TABLE_B);
        assertThat(trace.codes()).containsExactly(StepCode.START, StepCode.SG_EGRESS_ALLOW,
                StepCode.NACL_OUTBOUND_ALLOW, StepCode.BLACKHOLE);
        assertThat(trace.finalStep().orElseThrow().detail()).contains("igw-0a2c9ae201b441bff");
    }

    /* A -> 203.0.113.10: A's table has no default route (its peering routes cover only the two /24s) -> NO_ROUTE. */
    @Test
    void peering_fromAToInternet_hasNoRoute() {
        Trace trace = snapshot.tcp(A, CorpusSnapshot.INTERNET_HOST, 443);

        assertThat(trace.disposition()).isEqualTo(Disposition.NO_ROUTE);
        assertThat(trace.hopIds()).containsExactly(A, SUBNET_A, TABLE_A);
        assertThat(trace.finalStep().orElseThrow().code()).isEqualTo(StepCode.NO_ROUTE);
    }

    /* No instance has a public IP and no VPC has a working internet gateway -> NO_ROUTE from the internet. */
    @Test
    void peering_internetToInstance_hasNoRoute() {
        Trace trace = snapshot.tcp("internet", B, 22);

        assertThat(trace.disposition()).isEqualTo(Disposition.NO_ROUTE);
        assertThat(trace.codes()).containsExactly(StepCode.INTERNET_NO_ROUTE);
    }
}
