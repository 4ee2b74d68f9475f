package dev.plumbline.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.validator.ingest.JsonSchemas;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code plumbline trace} and {@code plumbline check} on the Batfish snapshots of the test resources:
 * exit codes, the lines a reader looks for, and JSON output that validates against
 * {@code schemas/trace.schema.json} and {@code schemas/report.schema.json}. The expected paths are
 * the ones derived from the snapshots' JSON in the {@code scenario} package's tests.
 */
class CliCorpusTest {

    private static final String NAT = CliRun.corpus("test-nat-gateway");
    private static final String PEERING = CliRun.corpus("test-vpc-peering");

    /* test-nat-gateway: 10.1.1.98 -> NAT -> IGW, translated twice, reply accepted (see CorpusScenarioNatGatewayTest). */
    @Test
    void trace_privateInstanceThroughNatGateway_exitsZeroAndPrintsBothTranslations() {
        CliRun run = CliRun.of("trace", NAT, "--from", "10.1.1.98", "--to", "internet", "--port", "443");

        assertThat(run.exitCode()).isEqualTo(ExitCode.PASS);
        assertThat(run.out()).contains("Result: EXITS_NETWORK (EXIT_INTERNET)")
                .contains("nat-07ab4846da51f4612: source 10.1.1.98:49152 -> 10.1.250.210:")
                .contains("igw-071753b9c23d8a9b2: source 10.1.250.210 -> 3.135.127.225")
                .contains("Result: ACCEPTED (DELIVERED)");
        assertThat(run.err()).contains("region us-east-2");
    }

    /* test-subnet: launch-wizard-2 admits tcp/22 only, so tcp/80 between the two instances is denied -> exit 1. */
    @Test
    void trace_flowDeniedBySecurityGroup_exitsOne() {
        CliRun run = CliRun.of("trace", CliRun.corpus("test-subnet"), "--from", "10.10.1.44", "--to", "10.10.1.228",
                "--port", "80");

        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).contains("Result: DENIED_IN (SG_INGRESS_DENY)");
    }

    /* test-vpc-peering: VPC B's only default route points at a deleted IGW (State blackhole) -> exit 1. */
    @Test
    void trace_intoBlackholeRoute_exitsOneAndNamesTheDeadGateway() {
        CliRun run = CliRun.of("trace", PEERING, "--from", "192.168.1.106", "--to", "internet");

        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).contains("Result: BLACKHOLE (BLACKHOLE)").contains("igw-0a2c9ae201b441bff");
    }

    /* The same NAT flow as JSON: one object, valid against trace.schema.json, with the derived hop ids and codes. */
    @Test
    void trace_json_validatesAgainstTheTraceSchemaAndCarriesHopsStepsTranslationsAndReply() {
        CliRun run = CliRun.of("trace", NAT, "--from", "test1", "--to", "internet", "--port", "443", "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.PASS);
        JsonNode trace = run.json();
        assertThat(JsonSchemas.validate("trace.schema.json", trace, "stdout")).isEmpty();
        assertThat(trace.path("disposition").asText()).isEqualTo("EXITS_NETWORK");
        assertThat(texts(trace.path("hops"), "id")).containsExactly("i-0a128d26e59be60f3", "subnet-06f469bcee42e408e",
                "rtb-02fe228b42de92a7c", "subnet-0428892a357fa1f94", "nat-07ab4846da51f4612", "subnet-0428892a357fa1f94",
                "rtb-0ddf14681733ed0b7", "igw-071753b9c23d8a9b2");
        List<String> codes = new ArrayList<>();
        trace.path("hops").forEach(hop -> codes.addAll(texts(hop.path("steps"), "code")));
        assertThat(codes).contains("NAT_TRANSLATE", "IGW_SOURCE_NAT").endsWith("EXIT_INTERNET");
        assertThat(texts(trace.path("translations"), "kind")).containsExactly("NAT_GATEWAY_SOURCE",
                "INTERNET_GATEWAY_SOURCE");
        assertThat(trace.path("returnPath").path("disposition").asText()).isEqualTo("ACCEPTED");
    }

    /*
     * Traces that end elsewhere validate too: to S3 through the gateway endpoint (no reply), from the
     * internet to an address without public IP (no hop but the internet), and one stopped by a group.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "test-vpc-endpoint-gateway|private-web01|52.216.10.10|443|EXITS_NETWORK",
        "test-vpc-endpoint-gateway|internet|private-web01|443|NO_ROUTE",
        "test-load-balancer|test1|10.1.20.95|80|DENIED_IN",
        "test-public-private-subnet|10.0.1.204|internet|443|EXITS_NETWORK"})
    void trace_json_validatesForEveryKindOfEnding(String spec) {
        String[] p = spec.split("\\|");
        CliRun run = CliRun.of("trace", CliRun.corpus(p[0]), "--from", p[1], "--to", p[2], "--port", p[3],
                "--format", "json");

        JsonNode trace = run.json();
        assertThat(JsonSchemas.validate("trace.schema.json", trace, "stdout")).isEmpty();
        assertThat(trace.path("disposition").asText()).isEqualTo(p[4]);
        assertThat(run.exitCode()).isEqualTo(p[4].equals("EXITS_NETWORK") ? ExitCode.PASS : ExitCode.FINDINGS);
    }

    /*
     * test-vpc-peering: B's 0.0.0.0/0 route is a blackhole (error) and A is peered with B and C, which
     * both are 192.168.0.0/16 (warning) -> exit 1 with both findings pointing into the JSON files.
     */
    @Test
    void check_peeringSnapshot_reportsTheBlackholeRouteAsErrorAndExitsOne() {
        CliRun run = CliRun.of("check", PEERING);

        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).contains("[route.blackhole]").contains("rtb-017c36290c9baf017")
                .contains("aws_configs/RouteTables.json#/RouteTables/0/Routes/2")
                .contains("[peering.overlapping-peers]")
                .contains("FAIL: 1 error(s), 1 warning(s)");
    }

    /*
     * test-nat-gateway: the NAT has an Elastic IP and its subnet routes 0.0.0.0/0 to the attached IGW,
     * every instance with an internet route has a public IP, every group referenced exists -> PASS, exit 0.
     */
    @Test
    void check_natGatewaySnapshot_passes() {
        CliRun run = CliRun.of("check", NAT);

        assertThat(run.exitCode()).isEqualTo(ExitCode.PASS);
        assertThat(run.out()).contains("PASS: 0 error(s), 0 warning(s)");
    }

    /*
     * test-vpc-endpoint-interface: private-web01 (10.1.101.63, no public IP) sits in a subnet whose table
     * routes 0.0.0.0/0 to the IGW -> a warning, not an error (exit 0). The endpoint's own ENI in the same
     * subnet is not an instance that should have a public IP and is not reported.
     */
    @Test
    void check_interfaceEndpointSnapshot_warnsAboutTheInstanceWithoutPublicIpOnly() {
        CliRun run = CliRun.of("check", CliRun.corpus("test-vpc-endpoint-interface"), "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.PASS);
        JsonNode findings = run.json().path("findings");
        assertThat(texts(findings, "ruleId")).containsExactly("internet.no-public-ip");
        assertThat(findings.get(0).path("severity").asText()).isEqualTo("warning");
        assertThat(findings.get(0).path("message").asText()).contains("i-0a0fbd0cfa774970f")
                .doesNotContain("eni-0084b734451ba23ca");
    }

    /* Every snapshot's check report validates against report.schema.json, and the exit code agrees with its summary. */
    @ParameterizedTest
    @ValueSource(strings = {"test-subnet", "test-public-subnet", "test-public-private-subnet", "test-nat-gateway",
        "test-load-balancer", "test-vpc-endpoint-gateway", "test-vpc-endpoint-interface", "test-vpc-peering"})
    void check_json_validatesAgainstTheReportSchema(String snapshot) {
        CliRun run = CliRun.of("check", CliRun.corpus(snapshot), "--format", "json");

        JsonNode report = run.json();
        assertThat(JsonSchemas.validate("report.schema.json", report, "stdout")).isEmpty();
        boolean passed = report.path("summary").path("passed").asBoolean();
        assertThat(run.exitCode()).isEqualTo(passed ? ExitCode.PASS : ExitCode.FINDINGS);
        assertThat(passed).isEqualTo(!snapshot.equals("test-vpc-peering"));
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.path(field).asText()));
        return values;
    }
}
