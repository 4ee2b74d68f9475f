package dev.plumbline.stacks.nategress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.stacks.testkit.CheckRun;
import dev.plumbline.stacks.testkit.StackCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plumbline check stacks/nat-egress}, offline: the dev stack passes; the broken one routes private-b to the gateway. */
class NatEgressStackTest {

    static final String WORKER_B = "worker-b reaches the internet over HTTPS through nat-b";
    private static final StackCheck STACK = StackCheck.ofThisModule();

    @Test
    void devStack_passesOffline_everyIntentPasses() {
        CheckRun run = STACK.jsonReport("dev");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outcomes()).hasSize(6).allSatisfy((name, outcome) -> assertThat(outcome).as(name).isEqualTo("pass"));
        assertThat(run.findingsOfSeverity("error")).isEmpty();
        assertThat(run.findingsOfSeverity("warning")).isEmpty();
    }

    @Test
    void devStack_theLedgerDatabaseIsUnreachableBecauseNothingAddressesIt_andCannotLeave() {
        CheckRun run = STACK.jsonReport("dev");

        assertThat(run.intent("the internet cannot reach the ledger database").path("reason").asText())
                .contains("INTERNET_NO_ROUTE: ledger-db").contains("has no public or Elastic IP");
        assertThat(run.intent("the ledger database cannot reach the internet").path("reason").asText())
                .contains("SG_EGRESS_DENY");
    }

    @Test
    void brokenStack_privateBRoutedToTheGateway_failsWorkerBsEgressAndWarnsForEachHostThere(@TempDir Path dir) throws Exception {
        Path markdown = dir.resolve("report.md");
        Path text = dir.resolve("report.txt");
        CheckRun run = STACK.check("broken", "--format", "json", "--format", "markdown", "--out", markdown.toString(),
                "--format", "text", "--out", text.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outcomes()).containsEntry(WORKER_B, "fail");
        assertThat(run.outcomes().entrySet()).filteredOn(e -> !e.getKey().equals(WORKER_B)).hasSize(5)
                .allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).isEqualTo("pass"));
        assertThat(run.intent(WORKER_B).path("reason").asText())
                .contains("(DROPPED): IGW_NO_PUBLIC_IP: worker-b").contains("has no public or Elastic IP");
        assertThat(run.findings("internet.no-public-ip")).extracting(f -> f.path("location").path("urn").asText())
                .containsExactlyInAnyOrder("urn:pulumi:broken::nat-egress::aws:ec2/instance:Instance::worker-b",
                        "urn:pulumi:broken::nat-egress::aws:ec2/instance:Instance::ledger-db");

        String textReport = STACK.asFromRepositoryRoot(Files.readString(text));
        assertThat(textReport).isEqualTo(STACK.expectedGolden("broken.txt", textReport));
        String markdownReport = STACK.asFromRepositoryRoot(Files.readString(markdown));
        assertThat(markdownReport).isEqualTo(STACK.expectedGolden("broken.md", markdownReport));
    }
}
