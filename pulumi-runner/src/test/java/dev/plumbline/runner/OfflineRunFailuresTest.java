package dev.plumbline.runner;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.runner.programs.DuplicateNames;
import dev.plumbline.runner.programs.ErrorProgram;
import dev.plumbline.runner.programs.InvalidComponentArgs;
import dev.plumbline.runner.programs.NeedsTheCloud;
import dev.plumbline.runner.programs.NotAProgram;
import dev.plumbline.runner.programs.ThrowingProgram;
import dev.plumbline.runner.programs.TwoTierVpc;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What happens when the program fails, asks what only the cloud knows, or is not there. */
class OfflineRunFailuresTest {

    @Test
    void run_whenProgramThrows_reportsAnErrorAndKeepsWhatWasRegistered() {
        Captured run = Captured.run(ThrowingProgram.class);

        assertThat(run.resource("aws:ec2/vpc:Vpc", "main").get("id").asText()).startsWith("vpc-");
        assertThat(run.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.get("severity").asText()).isEqualTo("error");
            assertThat(d.get("message").asText())
                    .isEqualTo("the program threw IllegalStateException: the plan needs a second VPC");
            assertThat(d.get("urn").asText()).isEmpty();
        });
    }

    @Test
    void run_whenProgramFailsWithAnError_reportsIt() {
        Captured run = Captured.run(ErrorProgram.class);

        assertThat(run.resource("aws:ec2/vpc:Vpc", "main")).isNotNull();
        assertThat(run.diagnostics()).singleElement().satisfies(d -> assertThat(d.get("message").asText())
                .isEqualTo("the program threw NoClassDefFoundError: com/example/MissingHelper"));
    }

    @Test
    void run_whenComponentRejectsItsArgs_reportsAnErrorWithTheComponentsUrn() {
        Captured run = Captured.run(InvalidComponentArgs.class);
        String segment = "urn:pulumi:dev::plumbline-test::plumbline:test:Segment::app";

        assertThat(run.urn("plumbline:test:Segment", "app")).isEqualTo(segment);
        assertThat(run.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.get("severity").asText()).isEqualTo("error");
            assertThat(d.get("message").asText()).contains("cidr 10.0.0.5/16 has host bits set (did you mean 10.0.0.0/16?)");
            assertThat(d.get("urn").asText()).isEqualTo(segment);
        });
        assertThat(run.resource("aws:ec2/vpc:Vpc", "main")).isNotNull();
    }

    @Test
    void run_afterAFailedRun_theNextRunInTheSameJvmWorks() {
        Captured failed = Captured.run(ThrowingProgram.class);
        Captured next = Captured.run(TwoTierVpc.class);

        assertThat(failed.diagnostics()).isNotEmpty();
        assertThat(next.diagnostics()).isEmpty();
        assertThat(next.resources()).hasSize(25);
    }

    @Test
    void run_whenProgramNeedsTheCloud_reportsEachGapAndGoesOn() {
        Captured run = Captured.run(NeedsTheCloud.class);
        List<String> messages = run.diagnostics().stream().map(d -> d.get("severity").asText() + ": " + d.get("message").asText()).toList();
        JsonNode shared = run.resource("aws:ec2/vpc:Vpc", "shared");

        assertThat(messages).anyMatch(m -> m.equals("warning: the program logged a warning: subnet plan not reviewed"));
        assertThat(messages).anyMatch(m -> m.startsWith("warning: data source aws:ec2/getAmi:getAmi is not known to the offline run"));
        assertThat(messages).anyMatch(m -> m.startsWith("warning: read of existing resource aws:ec2/vpc:Vpc 'vpc-0123456789abcdef0'"));
        assertThat(messages).hasSize(3);
        assertThat(run.resource("aws:ec2/instance:Instance", "web").get("inputs").has("ami")).isFalse();
        assertThat(shared.get("id").asText()).isEqualTo("vpc-0123456789abcdef0");
        assertThat(run.diagnostics()).filteredOn(d -> d.get("message").asText().startsWith("read of"))
                .singleElement().satisfies(d -> assertThat(d.get("urn").asText()).isEqualTo(shared.get("urn").asText()));
    }

    @Test
    void run_whenTwoResourcesShareAUrn_reportsWhatTheEngineWouldReject() {
        Captured run = Captured.run(DuplicateNames.class);
        String urn = "urn:pulumi:dev::plumbline-test::aws:ec2/vpc:Vpc::main";

        assertThat(run.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.get("severity").asText()).isEqualTo("error");
            assertThat(d.get("message").asText()).startsWith("two resources have the URN " + urn);
            assertThat(d.get("urn").asText()).isEqualTo(urn);
        });
    }

    @Test
    void run_whenClassIsMissing_saysWhatWasExpected() {
        assertThatThrownBy(() -> OfflineRun.run("com.example.NoSuchStack", "stack", "p", "dev", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("com.example.NoSuchStack")
                .hasMessageContaining("public static void stack(com.pulumi.Context)");
    }

    @Test
    void run_whenMethodIsMissing_saysWhatWasExpected() {
        assertThatThrownBy(() -> OfflineRun.run(TwoTierVpc.class.getName(), "main", "p", "dev", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(TwoTierVpc.class.getName() + " has no method public static void main(com.pulumi.Context)");
    }

    @Test
    void run_whenMethodHasAnotherShape_namesWhatItFound() {
        assertThatThrownBy(() -> OfflineRun.run(NotAProgram.class.getName(), "stack", "p", "dev", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no method public static void stack(com.pulumi.Context)")
                .hasMessageContaining("found [public static void " + NotAProgram.class.getName() + ".stack(java.lang.String)]");
        assertThatThrownBy(() -> OfflineRun.run(NotAProgram.class.getName(), "run", "p", "dev", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no method public static void run(com.pulumi.Context)");
    }

    @Test
    void run_whenAnArgumentIsBlank_rejectsIt() {
        assertThatThrownBy(() -> OfflineRun.run(TwoTierVpc.class.getName(), "stack", " ", "dev", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("project must not be empty");
    }
}
