package dev.plumbline.stacks.gwlbinspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.stacks.testkit.CapturedRun;
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
 * The gwlb-inspection stack read three ways: its offline run, {@code pulumi preview --json} of its
 * creation and {@code pulumi stack export} after {@code pulumi up} (fixtures written from the
 * offline run, see src/test/resources/plans/README.md). Every verdict of this stack is decidable
 * before apply: the chain's routes name endpoints and subnets only through references the preview
 * links by property dependencies.
 */
class GwlbInspectionPlanSourcesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
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

        assertThat(export.report().path("input").path("format").asText()).isEqualTo("pulumi-stack-export");
        assertThat(export.exitCode()).as(export.err()).isEqualTo(offline.exitCode()).isZero();
        assertThat(export.outcomes()).isEqualTo(offline.outcomes());
        assertThat(export.report().path("findings")).isEqualTo(offline.report().path("findings"));
    }

    @Test
    void preview_decidesEveryIntentAsTheOfflineRunDoes_andComparesZoneNamesWithinTheOneProvidersAccount() {
        CheckRun offline = STACK.jsonReport("dev");
        CheckRun preview = SOURCES.check(SOURCES.preview(), "--format", "json");

        assertThat(preview.report().path("input").path("format").asText()).isEqualTo("pulumi-preview");
        assertThat(preview.exitCode()).as(preview.err()).isZero();
        assertThat(preview.outcomes()).isEqualTo(offline.outcomes());
        // AZ ids and accounts are unknown before apply, but one AWS provider manages both VPCs: one account.
        assertThat(preview.findingsOfSeverity("error")).isEmpty();
        assertThat(preview.findingsOfSeverity("warning")).isEmpty();
    }

    @Test
    void previewWithoutNewStateOutputs_asPulumiSometimesWritesIt_givesTheSameVerdicts(@TempDir Path dir) throws Exception {
        JsonNode preview = JSON.readTree(SOURCES.preview().toFile());
        preview.path("steps").forEach(step -> ((ObjectNode) step.path("newState")).remove("outputs"));
        Path file = Files.writeString(dir.resolve("preview.json"), JSON.writeValueAsString(preview));

        CheckRun run = SOURCES.check(file, "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outcomes()).isEqualTo(STACK.jsonReport("dev").outcomes());
    }

    @Test
    void brokenStack_exportFailsTheOfficeIntent_previewCannotPlaceTheOfficeRouteAndFailsTheGateNamingIt(@TempDir Path dir)
            throws Exception {
        PlanFixtures broken = PlanFixtures.of(CapturedRun.of(STACK.folder(), "broken"));
        Path preview = Files.writeString(dir.resolve("preview.json"), PlanSources.write(broken.preview()));
        Path export = Files.writeString(dir.resolve("stack-export.json"), PlanSources.write(broken.stackExport()));

        CheckRun exported = SOURCES.check(export, "--format", "json");
        assertThat(exported.exitCode()).isEqualTo(1);
        assertThat(exported.outcomes()).containsEntry(GwlbInspectionStackTest.OFFICE_INTENT, "fail");

        CheckRun previewed = SOURCES.check(preview, "--format", "json");
        assertThat(previewed.exitCode()).isEqualTo(1);
        assertThat(previewed.findings("pulumi.unmappable")).singleElement().satisfies(f -> {
            assertThat(f.path("location").path("urn").asText())
                    .isEqualTo("urn:pulumi:broken::gwlb-inspection::aws:ec2/route:Route::office-direct-b");
            assertThat(f.path("message").asText()).contains("which route table the route belongs to cannot be told")
                    .contains("(edge-rt-app-us-east-1a, edge-rt-app-us-east-1b)");
        });
    }

    @Test
    void offlineRunPreviewAndExport_nameEveryResourceWithTheEnginesUrn() throws Exception {
        var offline = SOURCES.offlineRunUrns();

        assertThat(PlanSources.programUrns(JSON.readTree(SOURCES.preview().toFile()))).isEqualTo(offline).hasSize(62);
        assertThat(PlanSources.programUrns(JSON.readTree(SOURCES.stackExport().toFile()))).isEqualTo(offline);
    }

    @Test
    void networkElements_carryTheSameUrnsFromEverySource() throws Exception {
        Ingested offline = SOURCES.offlineRun();

        assertThat(PlanSources.urns(SOURCES.readPreview())).isEqualTo(PlanSources.urns(offline));
        assertThat(PlanSources.urns(SOURCES.readStackExport())).isEqualTo(PlanSources.urns(offline))
                .contains("urn:pulumi:dev::gwlb-inspection::plumbline:index:GwlbInspectionChain$aws:ec2/vpcEndpoint:VpcEndpoint"
                        + "::edge-endpoint-firewall-us-east-1b");
    }

    @Test
    void reports_neverPrintTheAppliancesSecretUserData(@TempDir Path dir) throws Exception {
        String export = Files.readString(SOURCES.stackExport());
        assertThat(export).contains("\"" + PlanFixtures.SECRET_SIGNATURE + "\"");
        String ciphertext = export.substring(export.indexOf("\"ciphertext\": \"") + 15).split("\"", 2)[0];
        String plaintext = "#!/bin/bash\\n/opt/inspect/bootstrap --license 'LIC-7F3A-92QX-SECRET'";
        Path shown = Files.writeString(dir.resolve("stack-export-show-secrets.json"), export.replace(
                "\"ciphertext\": \"" + ciphertext + "\"", "\"plaintext\": \"\\\"" + plaintext + "\\\"\""));

        for (Path plan : new Path[] {SOURCES.preview(), SOURCES.stackExport(), shown}) {
            for (String format : new String[] {"json", "text", "markdown", "sarif", "junit", "html"}) {
                CheckRun run = SOURCES.check(plan, "--format", format);
                assertThat(run.exitCode()).as(plan + " " + format + ": " + run.err()).isZero();
                assertThat(run.out() + run.err()).as(plan + " " + format)
                        .doesNotContain(ciphertext).doesNotContain("LIC-7F3A-92QX-SECRET").doesNotContain("--license")
                        .doesNotContain(PlanFixtures.SECRET_VALUE);
            }
        }
    }
}
