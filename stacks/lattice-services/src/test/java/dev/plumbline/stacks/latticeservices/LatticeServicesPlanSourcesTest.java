package dev.plumbline.stacks.latticeservices;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.stacks.testkit.CheckRun;
import dev.plumbline.stacks.testkit.PlanSources;
import dev.plumbline.stacks.testkit.StackCheck;
import dev.plumbline.stacks.testkit.fixtures.PlanFixtures;
import dev.plumbline.validator.ingest.Ingested;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The lattice-services stack read three ways: its offline run, {@code pulumi preview --json} of its
 * creation and {@code pulumi stack export} after {@code pulumi up} (fixtures written from the
 * offline run, see src/test/resources/plans/README.md). The preview cannot tell which of the two
 * target groups being created carries weight 20 and which 10: both identifiers are unknown and
 * {@code propertyDependencies} lists the pair without saying which is which.
 */
class LatticeServicesPlanSourcesTest {

    static final String INSTANCES_SHARE = "orders sends two thirds of its default traffic to the instances";
    static final String FUNCTION_SHARE = "orders sends a third of its default traffic to the function";
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
    void preview_leavesTheWeightedSplitUndetermined_namingTheListenerAndProperty_andDecidesTheRest() {
        CheckRun offline = STACK.jsonReport("dev");
        CheckRun preview = SOURCES.check(SOURCES.preview(), "--format", "json");

        Map<String, String> expected = new LinkedHashMap<>(offline.outcomes());
        expected.put(INSTANCES_SHARE, "undetermined");
        expected.put(FUNCTION_SHARE, "undetermined");
        assertThat(preview.outcomes()).isEqualTo(expected);
        assertThat(preview.exitCode()).as("undetermined warns by default").isZero();
        for (String intent : new String[] {INSTANCES_SHARE, FUNCTION_SHARE}) {
            assertThat(preview.intent(intent).path("reason").asText())
                    .contains("which target group receives the request is not known from the plan")
                    .contains("defaultAction.forwards[0].targetGroups[0].targetGroupIdentifier of "
                            + "urn:pulumi:dev::lattice-services::plumbline:index:LatticeServiceNetwork$aws:vpclattice/listener:Listener"
                            + "::mesh-listener-orders-https")
                    .contains("name 2 TargetGroup (mesh-tg-orders-function, mesh-tg-orders-instances)")
                    .contains("an offline run of the program sees concrete ids");
        }
    }

    @Test
    void preview_withUnknownFail_failsTheGateOnTheUndeterminedSplit() {
        CheckRun preview = SOURCES.check(SOURCES.preview(), "--format", "json", "--unknown", "fail");

        assertThat(preview.exitCode()).isEqualTo(1);
        assertThat(preview.report().path("summary").path("intents").path("undetermined").asInt()).isEqualTo(2);
    }

    @Test
    void offlineRunPreviewAndExport_nameEveryResourceWithTheEnginesUrn() throws Exception {
        var offline = SOURCES.offlineRunUrns();

        assertThat(PlanSources.programUrns(JSON.readTree(SOURCES.preview().toFile()))).isEqualTo(offline).hasSize(30);
        assertThat(PlanSources.programUrns(JSON.readTree(SOURCES.stackExport().toFile()))).isEqualTo(offline);
    }

    @Test
    void networkElements_carryTheSameUrnsFromEverySource() throws Exception {
        Ingested offline = SOURCES.offlineRun();

        assertThat(PlanSources.urns(SOURCES.readPreview())).isEqualTo(PlanSources.urns(offline));
        assertThat(PlanSources.urns(SOURCES.readStackExport())).isEqualTo(PlanSources.urns(offline))
                .contains("urn:pulumi:dev::lattice-services::plumbline:index:LatticeServiceNetwork$aws:vpclattice/listener:Listener"
                        + "::mesh-listener-orders-https");
    }
}
