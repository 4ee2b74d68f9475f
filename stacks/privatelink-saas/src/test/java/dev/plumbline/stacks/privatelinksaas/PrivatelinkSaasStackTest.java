package dev.plumbline.stacks.privatelinksaas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.stacks.testkit.CheckRun;
import dev.plumbline.stacks.testkit.StackCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plumbline check stacks/privatelink-saas}, offline: the dev stack passes; the broken one refuses client-b. */
class PrivatelinkSaasStackTest {

    static final String CLIENT_B = "client-b reaches the orders API through PrivateLink";
    private static final StackCheck STACK = StackCheck.ofThisModule();

    @Test
    void devStack_passesOffline_everyIntentPasses() {
        CheckRun run = STACK.jsonReport("dev");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outcomes()).hasSize(5).allSatisfy((name, outcome) -> assertThat(outcome).as(name).isEqualTo("pass"));
        assertThat(run.findingsOfSeverity("error")).isEmpty();
        assertThat(run.findingsOfSeverity("warning")).isEmpty();
    }

    @Test
    void devStack_clientsReachTheApiServerOfTheirZoneThroughTheNlb() {
        CheckRun run = STACK.jsonReport("dev");

        assertThat(run.intent("client-a reaches the orders API through PrivateLink").path("reason").asText())
                .startsWith("the request gets through (ACCEPTED at instance orders-1");
        assertThat(run.intent(CLIENT_B).path("reason").asText()).startsWith("the request gets through (ACCEPTED at instance orders-2");
    }

    @Test
    void brokenStack_endpointAdmitsOnlyZoneA_failsClientBAtTheEndpointsSecurityGroup(@TempDir Path dir) throws Exception {
        Path markdown = dir.resolve("report.md");
        Path text = dir.resolve("report.txt");
        CheckRun run = STACK.check("broken", "--format", "json", "--format", "markdown", "--out", markdown.toString(),
                "--format", "text", "--out", text.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outcomes()).containsEntry(CLIENT_B, "fail");
        assertThat(run.outcomes().entrySet()).filteredOn(e -> !e.getKey().equals(CLIENT_B)).hasSize(4)
                .allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).isEqualTo("pass"));
        assertThat(run.intent(CLIENT_B).path("reason").asText())
                .contains("(DENIED_IN): ENDPOINT_SG_DENY: the endpoint's security groups refuse the client")
                .contains("allows tcp port 443 from 10.20.2.");
        assertThat(run.findingsOfSeverity("error")).as("no rule can tell a forgotten subnet from a deliberate allow-list").isEmpty();

        String textReport = STACK.asFromRepositoryRoot(Files.readString(text));
        assertThat(textReport).isEqualTo(STACK.expectedGolden("broken.txt", textReport));
        String markdownReport = STACK.asFromRepositoryRoot(Files.readString(markdown));
        assertThat(markdownReport).isEqualTo(STACK.expectedGolden("broken.md", markdownReport));
    }
}
