package dev.plumbline.validator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.validator.sim.Disposition;
import dev.plumbline.validator.sim.StepCode;
import dev.plumbline.validator.sim.Simulator;
import dev.plumbline.validator.sim.Trace;
import dev.plumbline.validator.sim.TraceRequest;
import dev.plumbline.validator.sim.Translation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scenarios on the Batfish snapshot {@code test-load-balancer} (us-east-2). What its JSON says:
 * <ul>
 * <li>Vpcs.json: vpc-015b20578b48c1349 "vpc_a", 10.1.0.0/16.</li>
 * <li>Subnets.json: subnet-065a3676df7fa9fd9 "Public Subnet" 10.1.250.0/24 (us-east-2c);
 * subnet-0873d71031a560a88 "Subnet 20" 10.1.20.0/24 (us-east-2a); subnet-090fe152cd18ced20 "Subnet 1"
 * 10.1.1.0/24 (us-east-2b).</li>
 * <li>RouteTables.json: rtb-03e864dec998e5a93 (explicit, Public Subnet): 10.1.0.0/16 local, 0.0.0.0/0 ->
 * igw-009e7cccf82ddbc66 (attached). Subnets 1 and 20 use the main table rtb-08a3882c161001ceb, local only.</li>
 * <li>NetworkAcls.json: acl-03881316d16ba9771 (default) on all three subnets, rule 100 allow all both ways.</li>
 * <li>LoadBalancers.json: "test-lb", type network, Scheme internal, zones us-east-2a (Subnet 20) and
 * us-east-2b (Subnet 1), no security groups. NetworkInterfaces.json: its ENIs ("ELB net/test-lb/...")
 * are 10.1.20.123 (Subnet 20) and 10.1.1.237 (Subnet 1), no public IP. LoadBalancerAttributes.json:
 * load_balancing.cross_zone.enabled = true.</li>
 * <li>LoadBalancerListeners.json: one listener, TCP 80, forward to target group test-lb-tg.
 * TargetGroups.json: test-lb-tg, TCP, port 80, TargetType instance (so client IP preservation is on by
 * default). LoadBalancerTargetHealth.json: i-0f4af951d61a19245 and i-055b0db7be365202c, both registered
 * on port 22 and healthy. Three other target groups belong to no load balancer.</li>
 * <li>Instances: Jump Host i-0c8ce8bbdd98cc4e8 10.1.250.112 (public IP 3.17.39.193, sg-0a74e5595da78724d
 * "vpc_a_jump": inbound tcp/22 and ICMP echo request from 0.0.0.0/0); test20 i-0f4af951d61a19245
 * 10.1.20.95 and test1 i-055b0db7be365202c 10.1.1.189 (sg-09dabbcbd3f44ebcf "vpc_a_ssh": inbound tcp/22
 * from 0.0.0.0/0). All groups allow all outbound.</li>
 * </ul>
 */
class CorpusScenarioLoadBalancerTest {

    private static final String LB = "arn:aws:elasticloadbalancing:us-east-2:554773406868:loadbalancer/net/test-lb/725b996cb6be8fba";
    private static final String JUMP = "i-0c8ce8bbdd98cc4e8";
    private static final String TEST20 = "i-0f4af951d61a19245";
    private static final String TEST1 = "i-055b0db7be365202c";
    private static final String PUBLIC_SUBNET = "subnet-065a3676df7fa9fd9";
    private static final String SUBNET20 = "subnet-0873d71031a560a88";
    private static final String SUBNET1 = "subnet-090fe152cd18ced20";
    private static final String PUBLIC_TABLE = "rtb-03e864dec998e5a93";
    private static final String MAIN_TABLE = "rtb-08a3882c161001ceb";
    private static final String IGW = "igw-009e7cccf82ddbc66";

    private final CorpusSnapshot snapshot = CorpusSnapshot.load("test-load-balancer");

    /*
     * Jump Host -> 10.1.20.123 (test-lb's node in us-east-2a) tcp/80: vpc_a_jump egress all; ACL
     * outbound 100; rtb-03e8 local; Subnet 20 ACL inbound 100; the node's TCP 80 listener takes it and
     * forwards to test-lb-tg. Cross-zone is on, so either healthy target may be chosen (AWS hashes the
     * flow); the target is reached on its registered port 22; instance targets keep the client address
     * 10.1.250.112 as source (only the destination is translated), and vpc_a_ssh allows tcp/22 from
     * anywhere -> ACCEPTED. From the node in Subnet 20: test20 is in the same subnet (no routing, no
     * ACL); test1 is reached through the main table's local route and Subnet 1's ACL. The reply goes
     * back through the load balancer, which answers from 10.1.20.123:80 -> ACCEPTED.
     */
    @Test
    void loadBalancer_jumpHostToNodeInZoneA_isForwardedToAHealthyTargetOnPort22() {
        Trace trace = snapshot.tcp(JUMP, "10.1.20.123", 80);

        assertThat(trace.disposition()).isEqualTo(Disposition.ACCEPTED);
        Translation toTarget = onlyTranslation(trace, Translation.Kind.LOAD_BALANCER_DESTINATION);
        assertThat(toTarget.nodeId()).isEqualTo(LB);
        assertThat(toTarget.before()).isEqualTo("10.1.20.123:80");
        assertThat(toTarget.after()).isIn("10.1.20.95:22", "10.1.1.189:22");
        assertThat(trace.translations()).extracting(Translation::kind)
                .doesNotContain(Translation.Kind.LOAD_BALANCER_SOURCE);
        Map<String, List<String>> tailByTarget = Map.of(
                "10.1.20.95:22", List.of(SUBNET20, TEST20),
                "10.1.1.189:22", List.of(SUBNET20, MAIN_TABLE, SUBNET1, TEST1));
        List<String> expected = new ArrayList<>(List.of(JUMP, PUBLIC_SUBNET, PUBLIC_TABLE, SUBNET20, LB));
        expected.addAll(tailByTarget.get(toTarget.after()));
        assertThat(trace.hopIds()).containsExactlyElementsOf(expected);
        assertThat(trace.codes()).startsWith(StepCode.START, StepCode.SG_EGRESS_ALLOW, StepCode.NACL_OUTBOUND_ALLOW,
                StepCode.ROUTE_MATCH, StepCode.LOCAL_DELIVERY, StepCode.NACL_INBOUND_ALLOW, StepCode.NLB_LISTENER,
                StepCode.NLB_TARGET);
        assertThat(trace.codes()).endsWith(StepCode.SG_INGRESS_ALLOW, StepCode.DELIVERED)
                .doesNotContain(StepCode.NLB_SOURCE_NAT);
        Trace reply = trace.returnPath().orElseThrow();
        assertThat(reply.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(reply.hopIds()).contains(LB).endsWith(PUBLIC_SUBNET, JUMP);
        assertThat(CorpusSnapshot.translations(reply)).containsExactly(
                "LOAD_BALANCER_SOURCE " + LB + " " + toTarget.after() + " -> 10.1.20.123:80");
    }

    /* The node in us-east-2b (10.1.1.237) behaves the same: listener TCP 80, a healthy target on port 22 -> ACCEPTED. */
    @Test
    void loadBalancer_jumpHostToNodeInZoneB_isForwardedToAHealthyTarget() {
        Trace trace = snapshot.tcp(JUMP, "10.1.1.237", 80);

        assertThat(trace.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(trace.hopIds()).startsWith(JUMP, PUBLIC_SUBNET, PUBLIC_TABLE, SUBNET1, LB);
        assertThat(onlyTranslation(trace, Translation.Kind.LOAD_BALANCER_DESTINATION).after())
                .isIn("10.1.20.95:22", "10.1.1.189:22");
        assertThat(trace.returnPath()).get().extracting(Trace::disposition).isEqualTo(Disposition.ACCEPTED);
    }

    /* tcp/22 to the node: test-lb has a listener on TCP 80 only, and traffic matching no listener is dropped. */
    @Test
    void loadBalancer_portWithoutListener_isDroppedAtTheLoadBalancer() {
        Trace trace = snapshot.tcp(JUMP, "10.1.20.123", 22);

        assertThat(trace.disposition()).isEqualTo(Disposition.DROPPED);
        assertThat(trace.hopIds()).containsExactly(JUMP, PUBLIC_SUBNET, PUBLIC_TABLE, SUBNET20, LB);
        assertThat(trace.finalStep().orElseThrow().code()).isEqualTo(StepCode.NLB_NO_LISTENER);
        assertThat(trace.translations()).isEmpty();
    }

    /* test-lb is internal: its ENIs have no public IP, so the internet cannot reach them -> NO_ROUTE. */
    @Test
    void loadBalancer_internetToInternalNode_hasNoRoute() {
        Trace trace = snapshot.tcp("internet", "10.1.20.123", 80);

        assertThat(trace.disposition()).isEqualTo(Disposition.NO_ROUTE);
        assertThat(trace.codes()).containsExactly(StepCode.INTERNET_NO_ROUTE);
    }

    /* Jump Host -> test1 tcp/22 directly: rtb-03e8 local; Subnet 1 ACL 100; vpc_a_ssh tcp/22 -> ACCEPTED. */
    @Test
    void loadBalancer_sshFromJumpHostToTarget_isAcceptedDirectly() {
        Trace trace = snapshot.tcp(JUMP, TEST1, 22);

        assertThat(trace.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(trace.hopIds()).containsExactly(JUMP, PUBLIC_SUBNET, PUBLIC_TABLE, SUBNET1, TEST1);
        assertThat(trace.returnPath()).get().extracting(Trace::hopIds)
                .isEqualTo(List.of(TEST1, SUBNET1, MAIN_TABLE, PUBLIC_SUBNET, JUMP));
    }

    /* test1 -> test20 ping: the main table routes locally, but vpc_a_ssh has no ICMP rule -> DENIED_IN. */
    @Test
    void loadBalancer_pingBetweenTargets_isDeniedByTheSshOnlyGroup() {
        Trace trace = snapshot.icmp(TEST1, TEST20);

        assertThat(trace.disposition()).isEqualTo(Disposition.DENIED_IN);
        assertThat(trace.hopIds()).containsExactly(TEST1, SUBNET1, MAIN_TABLE, SUBNET20, TEST20);
        assertThat(trace.finalStep().orElseThrow().code()).isEqualTo(StepCode.SG_INGRESS_DENY);
    }

    /* test1 -> 203.0.113.10: Subnet 1 is on the local-only main table (there is no NAT gateway) -> NO_ROUTE. */
    @Test
    void loadBalancer_targetToInternet_hasNoRoute() {
        Trace trace = snapshot.tcp(TEST1, CorpusSnapshot.INTERNET_HOST, 443);

        assertThat(trace.disposition()).isEqualTo(Disposition.NO_ROUTE);
        assertThat(trace.hopIds()).containsExactly(TEST1, SUBNET1, MAIN_TABLE);
    }

    /*
     * internet -> 3.17.39.193 ping: mapped to 10.1.250.112, ACL 100, vpc_a_jump admits ICMP echo request
     * -> ACCEPTED; the echo reply leaves through rtb-03e8's 0.0.0.0/0 -> IGW and is mapped back -> ACCEPTED.
     */
    @Test
    void loadBalancer_pingFromInternetToJumpHost_isAcceptedBothWays() {
        Trace trace = snapshot.icmp("internet", JUMP);

        assertThat(trace.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(trace.hopIds()).containsExactly("internet", IGW, PUBLIC_SUBNET, JUMP);
        assertThat(CorpusSnapshot.translations(trace))
                .containsExactly("INTERNET_GATEWAY_DESTINATION " + IGW + " 3.17.39.193 -> 10.1.250.112");
        Trace reply = trace.returnPath().orElseThrow();
        assertThat(reply.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(reply.hopIds()).containsExactly(JUMP, PUBLIC_SUBNET, PUBLIC_TABLE, IGW);
    }

    private static Translation onlyTranslation(Trace trace, Translation.Kind kind) {
        List<Translation> found = trace.translations().stream().filter(t -> t.kind() == kind).toList();
        assertThat(found).as("%s translations of %s", kind, trace.translations()).hasSize(1);
        return found.get(0);
    }

    /*
     * test1 (10.1.1.189) -> test-lb (10.1.1.237) tcp/80. test-lb-tg is an instance target group, so the
     * client address is preserved; test1 is itself a registered, healthy target (port 22), and with
     * cross-zone on the NLB may pick it. Then source and destination of the packet the target receives
     * are both 10.1.1.189: AWS documents that internal NLBs do not support loopback (hairpinning) in that
     * case and the connection times out (NLB troubleshooting, "loopback-timeout"; the connection succeeds
     * only when routed to a different instance). Expected: whenever the chosen target is the client
     * itself, the trace is DROPPED (not ACCEPTED).
     */
    @Test
    void loadBalancer_targetCallingTheLoadBalancer_failsWhenRoutedBackToItself() {
        CorpusSnapshot s = CorpusSnapshot.load("test-load-balancer");
        Simulator sim = new Simulator(s.network());
        int loops = 0;
        for (int port = 49152; port < 49160; port++) {
            Trace trace = sim.trace(TraceRequest.tcp(s.source(TEST1), s.destination("10.1.1.237"), 80).withSourcePort(port));
            if (onlyTranslation(trace, Translation.Kind.LOAD_BALANCER_DESTINATION).after().equals("10.1.1.189:22")) {
                loops++;
                assertThat(trace.disposition()).as("source port %d loops back to the client", port)
                        .isEqualTo(Disposition.DROPPED);
            }
        }
        assertThat(loops).isPositive();
    }
}
