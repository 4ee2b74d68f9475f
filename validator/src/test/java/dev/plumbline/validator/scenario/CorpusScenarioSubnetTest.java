package dev.plumbline.validator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.validator.sim.Disposition;
import dev.plumbline.validator.sim.StepCode;
import dev.plumbline.validator.sim.Trace;
import org.junit.jupiter.api.Test;

/**
 * Scenarios on the Batfish snapshot {@code test-subnet} (us-east-2). What its JSON says:
 * <ul>
 * <li>Vpcs.json: vpc-062867d29dbf9386f, 10.10.0.0/16 only.</li>
 * <li>Subnets.json: subnet-06c8307e34ffadb04, 10.10.1.0/24, MapPublicIpOnLaunch false.</li>
 * <li>RouteTables.json: one table, rtb-07243bb4843d61c35, Main association only, one route
 * 10.10.0.0/16 local. So the subnet uses the main table and nothing leaves the VPC.</li>
 * <li>NetworkAcls.json: acl-07102431133dec52a (IsDefault, associated with the subnet): rule 100 allow
 * all both ways.</li>
 * <li>Instances (Reservations.json / NetworkInterfaces.json), neither with a public IP:
 * i-07519d6ba3f9497e4 = 10.10.1.44 (eni-029bf1092de61fb40, sg-02566e413c0030c70 launch-wizard-1);
 * i-08ef86e76fceabd8d = 10.10.1.228 (eni-010f649a7fc5c1e34, sg-03dbad9f9c0cd1949 launch-wizard-2).</li>
 * <li>SecurityGroups.json: both launch-wizard groups allow inbound tcp/22 from 0.0.0.0/0 only and
 * outbound everything. No internet gateway file at all.</li>
 * </ul>
 */
class CorpusScenarioSubnetTest {

    private static final String A = "i-07519d6ba3f9497e4";
    private static final String B = "i-08ef86e76fceabd8d";
    private static final String SUBNET = "subnet-06c8307e34ffadb04";
    private static final String MAIN_TABLE = "rtb-07243bb4843d61c35";

    private final CorpusSnapshot snapshot = CorpusSnapshot.load("test-subnet");

    /*
     * 10.10.1.44 -> 10.10.1.228 tcp/22: launch-wizard-1 egress allows all; both addresses are in
     * 10.10.1.0/24, so AWS delivers inside the subnet: no route lookup, no network ACL; launch-wizard-2
     * ingress allows tcp/22 from 0.0.0.0/0 -> ACCEPTED. The reply passes both groups as stateful replies
     * and again crosses no ACL -> ACCEPTED.
     */
    @Test
    void subnet_sshBetweenInstancesOfTheSubnet_isDeliveredWithoutRoutingOrAcl() {
        Trace trace = snapshot.tcp("10.10.1.44", "10.10.1.228", 22);

        assertThat(trace.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(trace.hopIds()).containsExactly(A, SUBNET, B);
        assertThat(trace.codes()).containsExactly(StepCode.START, StepCode.SG_EGRESS_ALLOW, StepCode.SAME_SUBNET,
                StepCode.SG_INGRESS_ALLOW, StepCode.DELIVERED);
        assertThat(trace.translations()).isEmpty();
        Trace reply = trace.returnPath().orElseThrow();
        assertThat(reply.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(reply.hopIds()).containsExactly(B, SUBNET, A);
        assertThat(reply.codes()).containsExactly(StepCode.START, StepCode.SG_STATEFUL_REPLY, StepCode.SAME_SUBNET,
                StepCode.SG_STATEFUL_REPLY, StepCode.DELIVERED);
    }

    /* Same path, tcp/80: launch-wizard-2 admits tcp/22 only -> DENIED_IN at the destination instance. */
    @Test
    void subnet_httpBetweenInstances_isDeniedByTheDestinationGroup() {
        Trace trace = snapshot.tcp(A, B, 80);

        assertThat(trace.disposition()).isEqualTo(Disposition.DENIED_IN);
        assertThat(trace.hopIds()).containsExactly(A, SUBNET, B);
        assertThat(trace.finalStep().orElseThrow().code()).isEqualTo(StepCode.SG_INGRESS_DENY);
        assertThat(trace.returnPath()).isEmpty();
    }

    /* ICMP echo: neither launch-wizard group has an ICMP ingress rule -> DENIED_IN. */
    @Test
    void subnet_pingBetweenInstances_isDeniedByTheDestinationGroup() {
        Trace trace = snapshot.icmp(B, A);

        assertThat(trace.disposition()).isEqualTo(Disposition.DENIED_IN);
        assertThat(trace.hopIds()).containsExactly(B, SUBNET, A);
        assertThat(trace.finalStep().orElseThrow().code()).isEqualTo(StepCode.SG_INGRESS_DENY);
    }

    /*
     * 10.10.1.44 -> 203.0.113.10: egress allowed, default ACL outbound rule 100 allows, the main table
     * has only 10.10.0.0/16 local, which does not cover the destination -> NO_ROUTE at the main table.
     */
    @Test
    void subnet_instanceToInternet_hasNoRouteInTheLocalOnlyMainTable() {
        Trace trace = snapshot.tcp(A, CorpusSnapshot.INTERNET_HOST, 443);

        assertThat(trace.disposition()).isEqualTo(Disposition.NO_ROUTE);
        assertThat(trace.hopIds()).containsExactly(A, SUBNET, MAIN_TABLE);
        assertThat(trace.codes()).containsExactly(StepCode.START, StepCode.SG_EGRESS_ALLOW,
                StepCode.NACL_OUTBOUND_ALLOW, StepCode.NO_ROUTE);
    }

    /* Neither instance has a public IP (and there is no internet gateway): the internet cannot address it -> NO_ROUTE. */
    @Test
    void subnet_internetToInstance_cannotAddressAnInstanceWithoutPublicIp() {
        Trace trace = snapshot.tcp("internet", B, 22);

        assertThat(trace.disposition()).isEqualTo(Disposition.NO_ROUTE);
        assertThat(trace.hopIds()).containsExactly("internet");
        assertThat(trace.codes()).containsExactly(StepCode.INTERNET_NO_ROUTE);
    }
}
