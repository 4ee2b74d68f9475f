package dev.plumbline.stacks.privatelinksaas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.stacks.testkit.CheckRun;
import dev.plumbline.stacks.testkit.PlanSources;
import dev.plumbline.stacks.testkit.StackCheck;
import dev.plumbline.stacks.testkit.fixtures.PlanFixtures;
import dev.plumbline.validator.ingest.Ingested;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The privatelink-saas stack read three ways: its offline run, {@code pulumi preview --json} of its
 * creation and {@code pulumi stack export} after {@code pulumi up} (fixtures written from the
 * offline run, see src/test/resources/plans/README.md).
 */
class PrivatelinkSaasPlanSourcesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREVIEW_UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
    private static final StackCheck STACK = StackCheck.ofThisModule();
    private static final PlanSources SOURCES = new PlanSources(STACK);

    @Test
    void fixtures_areWhatTheFixtureToolWritesFromTheOfflineRun() {
        PlanFixtures fixtures = SOURCES.fromOfflineRun();
        String preview = PlanSources.write(fixtures.preview());
        String export = PlanSources.write(fixtures.stackExport());

        assertThat(preview).isEqualTo(SOURCES.expectedPreview(preview));
        assertThat(export).isEqualTo(SOURCES.expectedStackExport(export));
    }

    @Test
    void stackExport_givesEveryIntentTheOfflineRunsVerdict() {
        CheckRun offline = STACK.jsonReport("dev");
        CheckRun export = SOURCES.check(SOURCES.stackExport(), "--format", "json");

        assertThat(export.exitCode()).as(export.err()).isEqualTo(offline.exitCode()).isZero();
        assertThat(export.outcomes()).isEqualTo(offline.outcomes());
        assertThat(export.report().path("findings")).isEqualTo(offline.report().path("findings"));
    }

    @Test
    void preview_decidesEveryIntentAsTheOfflineRunDoes_andComparesZoneNamesWithinTheOneProvidersAccount() {
        CheckRun offline = STACK.jsonReport("dev");
        CheckRun preview = SOURCES.check(SOURCES.preview(), "--format", "json");

        assertThat(preview.exitCode()).as(preview.err()).isZero();
        assertThat(preview.outcomes()).isEqualTo(offline.outcomes());
        assertThat(preview.intent("client-b reaches the orders API through PrivateLink").path("reason").asText())
                .startsWith("the request gets through (ACCEPTED at instance orders-2");
        // AZ ids and accounts are unknown before apply, but one AWS provider manages both VPCs: one account.
        assertThat(preview.findingsOfSeverity("error")).isEmpty();
        assertThat(preview.findingsOfSeverity("warning")).isEmpty();
    }

    @Test
    void preview_whereTheCustomerVpcHasAnotherProvider_cannotConfirmTheServiceZones(@TempDir Path dir) throws Exception {
        JsonNode preview = JSON.readTree(SOURCES.preview().toFile());
        for (JsonNode step : preview.path("steps")) {
            if (step.path("urn").asText().endsWith("aws:ec2/vpc:Vpc::customer")) {
                ((ObjectNode) step.path("newState")).put("provider",
                        "urn:pulumi:dev::privatelink-saas::pulumi:providers:aws::customer-account::" + PREVIEW_UNKNOWN);
            }
        }
        Path file = Files.writeString(dir.resolve("preview.json"), JSON.writeValueAsString(preview));

        CheckRun run = SOURCES.check(file, "--format", "json");

        assertThat(run.outcomes()).isEqualTo(STACK.jsonReport("dev").outcomes());
        assertThat(run.findingsOfSeverity("warning")).hasSize(2).allSatisfy(f -> {
            assertThat(f.path("ruleId").asText()).isEqualTo("privatelink.az-not-offered");
            assertThat(f.path("message").asText()).contains("an AZ id is missing on one side");
        });
    }

    @Test
    void offlineRunPreviewAndExport_nameEveryResourceWithTheEnginesUrn() throws Exception {
        var offline = SOURCES.offlineRunUrns();

        assertThat(PlanSources.programUrns(JSON.readTree(SOURCES.preview().toFile()))).isEqualTo(offline).hasSize(25);
        assertThat(PlanSources.programUrns(JSON.readTree(SOURCES.stackExport().toFile()))).isEqualTo(offline);
    }

    @Test
    void networkElements_carryTheSameUrnsFromEverySource() throws Exception {
        Ingested offline = SOURCES.offlineRun();

        assertThat(PlanSources.urns(SOURCES.readPreview())).isEqualTo(PlanSources.urns(offline));
        assertThat(PlanSources.urns(SOURCES.readStackExport())).isEqualTo(PlanSources.urns(offline))
                .contains("urn:pulumi:dev::privatelink-saas::plumbline:index:EndpointConsumer$aws:ec2/vpcEndpoint:VpcEndpoint"
                        + "::orders-client-endpoint");
    }
}
