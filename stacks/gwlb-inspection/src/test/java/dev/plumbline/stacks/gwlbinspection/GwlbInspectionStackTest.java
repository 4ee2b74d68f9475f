package dev.plumbline.stacks.gwlbinspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.stacks.testkit.CheckRun;
import dev.plumbline.stacks.testkit.StackCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
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
        Path sarif = dir.resolve("report.sarif");
        CheckRun run = STACK.check("broken", "--format", "json", "--format", "markdown", "--out", markdown.toString(),
                "--format", "text", "--out", text.toString(), "--format", "sarif", "--out", sarif.toString());

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

        // Code scanning shows the finding at the program line that declared the route.
        Path app = STACK.folder().resolve("src/main/java/dev/plumbline/stacks/gwlbinspection/App.java");
        List<String> lines = Files.readAllLines(app);
        int declared = lines.indexOf(lines.stream().filter(l -> l.contains("\"office-direct-b\"")).findFirst().orElseThrow()) + 1;
        JsonNode bypass = StreamSupport.stream(new ObjectMapper().readTree(sarif.toFile()).path("runs").get(0).path("results")
                .spliterator(), false).filter(r -> r.path("ruleId").asText().equals("gwlb.inspection-bypass")).findFirst().orElseThrow();
        JsonNode physical = bypass.path("locations").get(0).path("physicalLocation");
        assertThat(physical.path("artifactLocation").path("uri").asText())
                .endsWith("src/main/java/dev/plumbline/stacks/gwlbinspection/App.java");
        assertThat(physical.path("region").path("startLine").asInt()).isEqualTo(declared);

        String textReport = STACK.asFromRepositoryRoot(Files.readString(text));
        assertThat(textReport).isEqualTo(STACK.expectedGolden("broken.txt", textReport));
        String markdownReport = STACK.asFromRepositoryRoot(Files.readString(markdown));
        assertThat(markdownReport).isEqualTo(STACK.expectedGolden("broken.md", markdownReport));
    }
}
