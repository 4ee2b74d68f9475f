package dev.plumbline.stacks.gwlbinspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.stacks.testkit.CheckRun;
import dev.plumbline.stacks.testkit.StackCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plumbline check stacks/gwlb-inspection}, offline: the dev stack passes; the broken one shows asymmetric inspection. */
class GwlbInspectionStackTest {

    static final String OFFICE_INTENT = "the office reaches web-b inspected both ways";
    private static final StackCheck STACK = StackCheck.ofThisModule();

    @Test
    void devStack_passesOffline_everyIntentPasses() {
        CheckRun run = STACK.jsonReport("dev");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outcomes()).hasSize(7).allSatisfy((name, outcome) -> assertThat(outcome).as(name).isEqualTo("pass"));
        assertThat(run.findingsOfSeverity("error")).isEmpty();
        assertThat(run.findingsOfSeverity("warning")).isEmpty();
    }

    @Test
    void devStack_inspectsEachDirectionInItsOwnZone_firewallOutermost() {
        JsonNode inbound = STACK.jsonReport("dev").intent("internet to web-b is inspected by the firewall, then the IDS, both ways");

        assertThat(inbound.path("reason").asText())
                .contains("the request is inspected by appliance fw-2").contains("then appliance ids-2")
                .contains("the reply by appliance ids-2").contains("then appliance fw-2");
    }

    @Test
    void brokenStack_officeRouteStraightToTheGateway_failsTheOfficeIntentAndWarnsOfTheBypass(@TempDir Path dir) throws Exception {
        Path markdown = dir.resolve("report.md");
        Path text = dir.resolve("report.txt");
        CheckRun run = STACK.check("broken", "--format", "json", "--format", "markdown", "--out", markdown.toString(),
                "--format", "text", "--out", text.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        Map<String, String> outcomes = run.outcomes();
        assertThat(outcomes).containsEntry(OFFICE_INTENT, "fail");
        assertThat(outcomes.entrySet()).filteredOn(e -> !e.getKey().equals(OFFICE_INTENT))
                .hasSize(6).allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).isEqualTo("pass"));
        assertThat(run.intent(OFFICE_INTENT).path("reason").asText())
                .isEqualTo("the request is inspected as expected, but the reply is inspected by no appliance, expected "
                        + "edge-gwlb-ids then edge-gwlb-firewall");
        assertThat(run.findings("gwlb.inspection-bypass")).singleElement().satisfies(f -> {
            assertThat(f.path("severity").asText()).isEqualTo("warning");
            assertThat(f.path("location").path("urn").asText())
                    .isEqualTo("urn:pulumi:broken::gwlb-inspection::aws:ec2/route:Route::office-direct-b");
            assertThat(f.path("message").asText()).startsWith("route 198.51.100.0/24 -> internet gateway");
        });

        String textReport = STACK.asFromRepositoryRoot(Files.readString(text));
        assertThat(textReport).isEqualTo(STACK.expectedGolden("broken.txt", textReport));
        String markdownReport = STACK.asFromRepositoryRoot(Files.readString(markdown));
        assertThat(markdownReport).isEqualTo(STACK.expectedGolden("broken.md", markdownReport));
    }
}
