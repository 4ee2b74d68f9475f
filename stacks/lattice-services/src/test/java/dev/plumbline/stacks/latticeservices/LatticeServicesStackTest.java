package dev.plumbline.stacks.latticeservices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.stacks.testkit.CheckRun;
import dev.plumbline.stacks.testkit.StackCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plumbline check stacks/lattice-services}, offline: the dev stack passes; the broken one refuses Lattice at the targets. */
class LatticeServicesStackTest {

    private static final StackCheck STACK = StackCheck.ofThisModule();

    @Test
    void devStack_passesOffline_everyIntentPasses() {
        CheckRun run = STACK.jsonReport("dev");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outcomes()).hasSize(8).allSatisfy((name, outcome) -> assertThat(outcome).as(name).isEqualTo("pass"));
        assertThat(run.findingsOfSeverity("error")).isEmpty();
        assertThat(run.findingsOfSeverity("warning")).isEmpty();
    }

    @Test
    void devStack_defaultActionSplits20To10_andTheRulesPinOneTargetGroupEach() {
        CheckRun run = STACK.jsonReport("dev");

        assertThat(run.intent(LatticeServicesPlanSourcesTest.INSTANCES_SHARE).path("reason").asText())
                .startsWith("mesh-tg-orders-instances receives 664 of 1000 requests (66.4%) under the listener's default action");
        assertThat(run.intent("/to-function goes to the function only").path("reason").asText())
                .startsWith("mesh-tg-orders-function receives 1000 of 1000 requests (100.0%) under rule mesh-rule-orders-https-to-function");
    }

    @Test
    void brokenStack_targetsAdmitTheClientsNotLattice_failsTheInstancesAndFlagsEachTarget(@TempDir Path dir) throws Exception {
        Path markdown = dir.resolve("report.md");
        Path text = dir.resolve("report.txt");
        CheckRun run = STACK.check("broken", "--format", "json", "--format", "markdown", "--out", markdown.toString(),
                "--format", "text", "--out", text.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        Map<String, String> outcomes = run.outcomes();
        assertThat(outcomes).containsEntry("the storefront reaches the orders instances", "fail")
                .containsEntry("the batch jobs reach the orders instances", "fail")
                .containsEntry("the batch jobs reach the orders function", "pass")
                .containsEntry(LatticeServicesPlanSourcesTest.INSTANCES_SHARE, "pass");
        assertThat(outcomes.values()).filteredOn("fail"::equals).hasSize(2);
        assertThat(run.intent("the storefront reaches the orders instances").path("reason").asText())
                .contains("LATTICE_TARGET_SG_DENY: the target's security groups do not admit VPC Lattice's range 169.254.171.0/24");
        assertThat(run.findings("lattice.target-sg")).hasSize(2).allSatisfy(f -> {
            assertThat(f.path("severity").asText()).isEqualTo("error");
            assertThat(f.path("message").asText()).contains("does not admit VPC Lattice on port 8080");
        });

        String textReport = STACK.asFromRepositoryRoot(Files.readString(text));
        assertThat(textReport).isEqualTo(STACK.expectedGolden("broken.txt", textReport));
        String markdownReport = STACK.asFromRepositoryRoot(Files.readString(markdown));
        assertThat(markdownReport).isEqualTo(STACK.expectedGolden("broken.md", markdownReport));
    }
}
