package dev.plumbline.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.validator.ingest.JsonSchemas;
import org.junit.jupiter.api.Test;

/**
 * The CLI on the graph files shipped in {@code examples/}, the inputs a newcomer runs first. The
 * expectations were read from the example files:
 * <ul>
 * <li>two-tier-vpc.json: app (10.20.10.25) sits in private-a, whose table sends 0.0.0.0/0 to nat-a
 * (10.20.0.75, Elastic IP 203.0.113.10, in public-a, whose table sends 0.0.0.0/0 to the IGW);
 * private-a's ACL private-a-strict admits inbound only tcp/22 and tcp/8080 from 10.20.0.0/16 and
 * outbound everything. bastion (10.20.0.50, public 203.0.113.50) admits tcp/22 from 198.51.100.0/24;
 * app admits tcp/22 from the bastion's group. The S3 gateway endpoint is associated with private-a's
 * table; the S3 prefix list holds 52.216.0.0/15.</li>
 * <li>privatelink-gwlb-lattice.json: web-a (i-0b1a2c3d4e5f607e1, 10.0.0.40, Elastic IP 203.0.113.80)
 * routes 0.0.0.0/0 to the GWLB endpoint inspection-a in gwlbe-a (use1-az2), whose table routes
 * 0.0.0.0/0 to the IGW; the IGW's edge table sends 10.0.0.32/28 back to inspection-a; the GWLB's
 * appliance in use1-az2 is appliance-a (i-07e1f2a3b4c5d6eb1), healthy, admitting GENEVE from
 * 10.100.0.0/16 where the GWLB nodes live.</li>
 * </ul>
 */
class CliExamplesTest {

    private static final String TWO_TIER = CliRun.example("two-tier-vpc.json");
    private static final String PRIVATELINK = CliRun.example("privatelink-gwlb-lattice.json");

    /* private-a-strict allows all outbound but no inbound ephemeral ports: an error-level finding, exit 1. */
    @Test
    void check_twoTier_reportsTheAclThatDropsReturnTrafficAndExitsOne() {
        CliRun run = CliRun.of("check", TWO_TIER);

        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).contains("[nacl.blocks-return]").contains("private-a-strict (acl-0a9b8c7d6e5f4a3b2)")
                .contains("examples/two-tier-vpc.json#/networkAcls/1/entries/2").contains("FAIL: 1 error(s)");
    }

    /*
     * app -> internet tcp/443: out through nat-a and the IGW (EXITS_NETWORK), but the reply, translated
     * back to 10.20.10.25:49152, meets private-a-strict inbound, which has no rule for port 49152 -> the
     * reply is DENIED_IN and the trace exits 1.
     */
    @Test
    void trace_twoTierAppToInternet_getsOutButTheReplyIsDeniedByTheStatelessAcl() {
        CliRun run = CliRun.of("trace", TWO_TIER, "--from", "app", "--to", "internet", "--port", "443");

        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).contains("Result: EXITS_NETWORK (EXIT_INTERNET)")
                .contains("igw-0c1d2e3f4a5b6c7d8: source 10.20.0.75 -> 203.0.113.10")
                .contains("Result: DENIED_IN (NACL_INBOUND_DENY)")
                .contains("private-a-strict (acl-0a9b8c7d6e5f4a3b2)");
    }

    /* app -> 52.216.10.10 (S3): the endpoint's prefix-list route (/15) beats 0.0.0.0/0 -> NAT; no reply is simulated -> exit 0. */
    @Test
    void trace_twoTierAppToS3_leavesThroughTheGatewayEndpoint() {
        CliRun run = CliRun.of("trace", TWO_TIER, "--from", "app", "--to", "52.216.10.10", "--port", "443");

        assertThat(run.exitCode()).isEqualTo(ExitCode.PASS);
        assertThat(run.out()).contains("Result: EXITS_NETWORK (GATEWAY_ENDPOINT)").contains("vpce-0e5d4c3b2a1908071")
                .doesNotContain("NAT_TRANSLATE");
    }

    /* bastion -> app tcp/22: app's group admits its bastion group; private-a-strict admits tcp/22 from the VPC -> both ways ACCEPTED. */
    @Test
    void trace_twoTierBastionToApp_isAcceptedByGroupReference() {
        CliRun run = CliRun.of("trace", TWO_TIER, "--from", "bastion", "--to", "app", "--port", "22");

        assertThat(run.exitCode()).isEqualTo(ExitCode.PASS);
        assertThat(run.out()).contains("Result: ACCEPTED (DELIVERED)").contains("SG_INGRESS_ALLOW");
    }

    /* SSH to the bastion is admitted from the office range 198.51.100.0/24 only. */
    @Test
    void trace_twoTierSshToBastion_isAcceptedFromTheOfficeAndDeniedFromElsewhere() {
        CliRun office = CliRun.of("trace", TWO_TIER, "--from", "198.51.100.7", "--to", "bastion", "--port", "22");
        CliRun elsewhere = CliRun.of("trace", TWO_TIER, "--from", "192.0.2.77", "--to", "bastion", "--port", "22");

        assertThat(office.exitCode()).isEqualTo(ExitCode.PASS);
        assertThat(office.out()).contains("203.0.113.50 to the private address 10.20.0.50");
        assertThat(elsewhere.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(elsewhere.out()).contains("Result: DENIED_IN (SG_INGRESS_DENY)");
    }

    /* The two-tier trace as JSON validates against trace.schema.json, reply included. */
    @Test
    void trace_twoTierJson_validatesAgainstTheTraceSchema() {
        CliRun run = CliRun.of("trace", TWO_TIER, "--from", "app", "--to", "internet", "--format", "json");

        JsonNode trace = run.json();
        assertThat(JsonSchemas.validate("trace.schema.json", trace, "stdout")).isEmpty();
        assertThat(trace.path("returnPath").path("disposition").asText()).isEqualTo("DENIED_IN");
    }

    @Test
    void check_privateLinkExample_passesAndItsJsonValidatesAgainstTheReportSchema() {
        CliRun text = CliRun.of("check", PRIVATELINK);
        CliRun json = CliRun.of("check", PRIVATELINK, "--format", "json");

        assertThat(text.exitCode()).isEqualTo(ExitCode.PASS);
        assertThat(text.out()).contains("PASS: 0 error(s)");
        assertThat(JsonSchemas.validate("report.schema.json", json.json(), "stdout")).isEmpty();
        assertThat(json.json().path("summary").path("passed").asBoolean()).isTrue();
    }

    /*
     * web-a -> internet: web-a's table sends it to inspection-a, the GWLB hands it to appliance-a (same
     * AZ, use1-az2), it comes back through inspection-a and leaves by gwlbe-a's table to the IGW; the
     * reply enters by the IGW's edge table (10.0.0.32/28 -> inspection-a) and is inspected by the same
     * appliance -> exit 0, the same appliance listed for both directions.
     */
    @Test
    void trace_webInstanceToInternet_isInspectedByTheSameApplianceBothWays() {
        CliRun run = CliRun.of("trace", PRIVATELINK, "--from", "i-0b1a2c3d4e5f607e1", "--to", "internet",
                "--port", "443", "--inspected-by");

        assertThat(run.exitCode()).isEqualTo(ExitCode.PASS);
        assertThat(run.out()).contains("-> EXITS_NETWORK")
                .contains("request 1: appliance i-07e1f2a3b4c5d6eb1 behind inspection-gwlb (via vpce-0b1a2c3d4e5f607a1)")
                .contains("reply 1: appliance i-07e1f2a3b4c5d6eb1 behind inspection-gwlb (via vpce-0b1a2c3d4e5f607a1)");
    }

    /* A name shared by a subnet and an instance is ambiguous: exit 2 naming both, with the advice to use an id. */
    @Test
    void trace_whenNameIsSharedBySubnetAndInstance_exitsTwoListingBoth() {
        CliRun run = CliRun.of("trace", PRIVATELINK, "--from", "web-a", "--to", "internet");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("'web-a' is ambiguous").contains("subnet subnet-0b1a000000000a002")
                .contains("instance i-0b1a2c3d4e5f607e1").contains("use subnet/web-a or instance/web-a, an id or a URN");
        CliRun qualified = CliRun.of("trace", PRIVATELINK, "--from", "instance/web-a", "--to", "internet");
        assertThat(qualified.exitCode()).isEqualTo(0);
        assertThat(qualified.out()).contains("instance web-a (i-0b1a2c3d4e5f607e1)");
    }

    /** A target's rule naming the NLB's own group admits the NLB's nodes: the PrivateLink example works end to end. */
    @Test
    void privateLinkExample_clientReachesTheProviderThroughTheEndpoint() {
        CliRun run = CliRun.of("trace", PRIVATELINK, "--from", "client", "--to", "orders.example.com", "--port", "443");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).contains("Result: ACCEPTED (DELIVERED)");
    }

    @Test
    void trace_latticeRequests_namesTheTargetGroupsOfTheSplit() {
        CliRun run = CliRun.of("trace", PRIVATELINK, "--from", "client", "--to", "svc-0a1b2c3d4e5f67892",
                "--path", "/orders", "--requests", "300");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        assertThat(run.out()).contains("Rule: (default action)")
                .containsPattern("Target group: orders-(instances|function) \\(tg-0a1b2c3d4e5f6789[78]\\)")
                .containsPattern("\n  orders-instances \\(tg-0a1b2c3d4e5f67897\\): \\d+ \\(")
                .containsPattern("\n  orders-function \\(tg-0a1b2c3d4e5f67898\\): \\d+ \\(");
        CliRun rule = CliRun.of("trace", PRIVATELINK, "--from", "client", "--to", "svc-0a1b2c3d4e5f67892",
                "--path", "/to-function/x");
        assertThat(rule.out()).contains("Rule: to-function (rule-0a1b2c3d4e5f67896)");
    }
}
