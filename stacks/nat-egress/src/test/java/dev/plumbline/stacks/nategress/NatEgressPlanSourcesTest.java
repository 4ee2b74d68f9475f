package dev.plumbline.stacks.nategress;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.stacks.testkit.CheckRun;
import dev.plumbline.stacks.testkit.PlanSources;
import dev.plumbline.stacks.testkit.StackCheck;
import dev.plumbline.stacks.testkit.fixtures.PlanFixtures;
import dev.plumbline.validator.ingest.Ingested;
import org.junit.jupiter.api.Test;

/**
 * The nat-egress stack read three ways: its offline run, {@code pulumi preview --json} of its
 * creation and {@code pulumi stack export} after {@code pulumi up} (fixtures written from the
 * offline run, see src/test/resources/plans/README.md). In the preview the ledger group's rule
 * admitting the workers' group holds an unknown list, and every NAT gateway's address is unknown.
 */
class NatEgressPlanSourcesTest {

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

        assertThat(export.exitCode()).as(export.err()).isEqualTo(offline.exitCode()).isZero();
        assertThat(export.outcomes()).isEqualTo(offline.outcomes());
        assertThat(export.report().path("findings")).isEqualTo(offline.report().path("findings"));
    }

    @Test
    void preview_decidesEveryIntentAsTheOfflineRunDoes_theLedgerAdmittingTheWorkersGroupItCannotName() {
        CheckRun offline = STACK.jsonReport("dev");
        CheckRun preview = SOURCES.check(SOURCES.preview(), "--format", "json");

        assertThat(preview.exitCode()).as(preview.err()).isZero();
        assertThat(preview.outcomes()).isEqualTo(offline.outcomes());
        assertThat(preview.intent("worker-a reaches the ledger database").path("reason").asText())
                .startsWith("the request gets through (ACCEPTED at instance ledger-db");
        assertThat(preview.report().path("notes").toString()).contains("ledger.ingress[0].securityGroups");
    }

    @Test
    void offlineRunPreviewAndExport_nameEveryResourceWithTheEnginesUrn() throws Exception {
        var offline = SOURCES.offlineRunUrns();

        assertThat(PlanSources.programUrns(JSON.readTree(SOURCES.preview().toFile()))).isEqualTo(offline).hasSize(22);
        assertThat(PlanSources.programUrns(JSON.readTree(SOURCES.stackExport().toFile()))).isEqualTo(offline);
    }

    @Test
    void networkElements_carryTheSameUrnsFromEverySource() throws Exception {
        Ingested offline = SOURCES.offlineRun();

        assertThat(PlanSources.urns(SOURCES.readPreview())).isEqualTo(PlanSources.urns(offline));
        assertThat(PlanSources.urns(SOURCES.readStackExport())).isEqualTo(PlanSources.urns(offline))
                .contains("urn:pulumi:dev::nat-egress::aws:ec2/natGateway:NatGateway::nat-b");
    }
}
