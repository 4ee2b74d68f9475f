package dev.plumbline.validator.intent;

import static dev.plumbline.validator.intent.IntentFixtures.EXAMPLES;
import static dev.plumbline.validator.intent.IntentFixtures.intents;
import static dev.plumbline.validator.intent.IntentFixtures.one;
import static dev.plumbline.validator.intent.IntentFixtures.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.net.Protocol;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntentsReaderTest {

    @TempDir
    Path dir;

    @Test
    void read_twoTierExample_readsEveryIntentWithItsPointer() throws Exception {
        IntentFile file = new IntentsReader().read(EXAMPLES.resolve("two-tier-vpc.intents.yaml"));

        assertThat(file.intents()).hasSize(7);
        Intent office = file.intents().get(0);
        assertThat(office.name()).isEqualTo("office reaches the bastion over SSH");
        assertThat(office.from()).isEqualTo("198.51.100.0/24");
        assertThat(office.protocol()).isEqualTo(Protocol.TCP);
        assertThat(office.port()).contains(22);
        assertThat(office.expectation()).isEqualTo(new Expectation.Reachable());
        assertThat(office.origin()).isEqualTo(Origin.of(EXAMPLES.resolve("two-tier-vpc.intents.yaml").toString(), "/intents/0"));
        assertThat(file.intents().get(4).expectation())
                .isEqualTo(new Expectation.Via(List.of("private-b", "nat-0b1c2d3e4f5a6b7c8", "igw-0c1d2e3f4a5b6c7d8")));
    }

    @Test
    void read_latticeIntent_readsRequestAndTargetGroupWithDefaults() throws Exception {
        IntentFile file = intents(dir, one("""
                from: client
                to: orders
                request: {method: POST, path: /to-function, headers: {X-Tenant: blue}}
                expect: {target-group: orders-function, share: 0.333}
                """));

        Intent intent = file.intents().get(0);
        assertThat(intent.port()).isEmpty();
        assertThat(intent.request()).contains(new Intent.Http("POST", "/to-function", Map.of("X-Tenant", "blue"), ""));
        assertThat(intent.expectation()).isEqualTo(new Expectation.TargetGroup("orders-function", 0.333,
                Expectation.TargetGroup.DEFAULT_TOLERANCE, Expectation.TargetGroup.DEFAULT_REQUESTS));
    }

    @Test
    void read_inspectedBy_keepsStagesInOrder() throws Exception {
        IntentFile file = intents(dir, one("""
                from: internet
                to: web
                port: 443
                expect:
                  inspected-by: [firewall, ids]
                """));

        assertThat(file.intents().get(0).expectation()).isEqualTo(new Expectation.InspectedBy(List.of("firewall", "ids")));
    }

    @Test
    void read_whenNotYaml_reportsLineAndNoStackTrace() {
        List<Diagnostic> problems = problems(() -> intents(dir, "version: 1\nintents: [\n  {name: a, from: b\n"));

        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("input.yaml");
            assertThat(d.message()).startsWith("not valid YAML at line ");
            assertThat(d.location().file()).endsWith("intents.yaml");
        });
    }

    @Test
    void read_whenEmpty_saysSo() {
        List<Diagnostic> problems = problems(() -> intents(dir, "# nothing yet\n"));

        assertThat(problems).singleElement().satisfies(d -> assertThat(d.message()).isEqualTo("the intents file is empty"));
    }

    @Test
    void read_whenKeyIsDuplicated_reportsIt() {
        List<Diagnostic> problems = problems(() -> intents(dir, one("""
                from: a
                from: b
                to: c
                expect: reachable
                """)));

        assertThat(problems).singleElement().satisfies(d -> assertThat(d.message()).contains("Duplicate field 'from'"));
    }

    @Test
    void read_whenPortIsOutOfRange_reportsSchemaErrorWithPointer() {
        List<Diagnostic> problems = problems(() -> intents(dir, one("""
                from: a
                to: b
                port: 70000
                expect: reachable
                """)));

        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("input.schema");
            assertThat(d.location().pointer()).isEqualTo("/intents/0/port");
            assertThat(d.message()).contains("65535");
        });
    }

    @Test
    void read_whenRequiredKeyIsMissing_pointsAtTheIntent() {
        List<Diagnostic> problems = problems(() -> intents(dir, one("""
                from: a
                expect: reachable
                """)));

        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.location().pointer()).isEqualTo("/intents/0");
            assertThat(d.message()).contains("to");
        });
    }

    @Test
    void read_whenExpectationIsUnknown_namesTheAllowedOnes() {
        List<Diagnostic> problems = problems(() -> intents(dir, one("""
                from: a
                to: b
                port: 22
                expect: reachible
                """)));

        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.location().pointer()).isEqualTo("/intents/0/expect");
            assertThat(d.message()).isEqualTo("unknown expectation 'reachible': use reachable, unreachable, "
                    + "or one of inspected-by, via, target-group as a key");
            assertThat(d.hint()).isEqualTo("did you mean reachable?");
        });
    }

    @Test
    void read_whenExpectationKeyIsUnknown_namesTheKey() {
        List<Diagnostic> problems = problems(() -> intents(dir, one("""
                from: a
                to: b
                port: 22
                expect: {inspected_by: [fw]}
                """)));

        assertThat(problems).anySatisfy(d -> {
            assertThat(d.location().pointer()).startsWith("/intents/0/expect");
            assertThat(d.message()).contains("inspected_by");
        });
    }

    @Test
    void read_whenTwoExpectations_asksForOne() {
        List<Diagnostic> problems = problems(() -> intents(dir, one("""
                from: a
                to: b
                port: 22
                expect: {via: [x], inspected-by: [fw]}
                """)));

        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo(IntentsReader.RULE_ID);
            assertThat(d.location().pointer()).isEqualTo("/intents/0/expect");
            assertThat(d.message()).contains("several expectations (inspected-by, via)");
        });
    }

    @Test
    void read_whenShareIsAPercentage_rejectsIt() {
        List<Diagnostic> problems = problems(() -> intents(dir, one("""
                from: a
                to: b
                expect: {target-group: g, share: 67}
                """)));

        assertThat(problems).singleElement().satisfies(d -> assertThat(d.location().pointer())
                .isEqualTo("/intents/0/expect/share"));
    }

    @Test
    void read_whenShareHasNoTargetGroup_saysWhatIsMissing() {
        List<Diagnostic> problems = problems(() -> intents(dir, one("""
                from: a
                to: b
                expect: {share: 0.5, via: [x]}
                """)));

        assertThat(problems).anySatisfy(d -> assertThat(d.message()).contains("target-group"));
    }

    @Test
    void read_whenIcmpHasAPort_rejectsThePort() {
        List<Diagnostic> problems = problems(() -> intents(dir, one("""
                from: a
                to: b
                protocol: icmp
                port: 8
                expect: reachable
                """)));

        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.location().pointer()).isEqualTo("/intents/0/port");
            assertThat(d.message()).isEqualTo("icmp has no ports");
        });
    }

    @Test
    void read_whenNamesRepeat_pointsAtTheSecond() {
        List<Diagnostic> problems = problems(() -> intents(dir, """
                version: 1
                intents:
                  - {name: same, from: a, to: b, port: 1, expect: reachable}
                  - {name: same, from: a, to: b, port: 2, expect: reachable}
                """));

        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.location().pointer()).isEqualTo("/intents/1/name");
            assertThat(d.message()).contains("already used by intents[0]");
        });
    }

    @Test
    void read_whenVersionIsWrong_reportsIt() {
        List<Diagnostic> problems = problems(() -> intents(dir, "version: 2\nintents: []\n"));

        assertThat(problems).extracting(d -> d.location().pointer()).contains("/version", "/intents");
    }

    @Test
    void read_whenFileIsMissing_saysSo() {
        List<Diagnostic> problems = problems(() -> new IntentsReader().read(dir.resolve("nope.yaml")));

        assertThat(problems).singleElement().satisfies(d -> assertThat(d.message()).isEqualTo("no such intents file"));
    }

    @Test
    void read_optionalKeys_defaultWhenAbsent() throws Exception {
        Intent intent = intents(dir, one("""
                from: a
                to: b
                protocol: udp
                port: 53
                expect: unreachable
                """)).intents().get(0);

        assertThat(intent.protocol()).isEqualTo(Protocol.UDP);
        assertThat(intent.sourcePort()).isEqualTo(49152);
        assertThat(intent.request()).isEqualTo(Optional.empty());
        assertThat(intent.fromSecurityGroups()).isEmpty();
    }
}
