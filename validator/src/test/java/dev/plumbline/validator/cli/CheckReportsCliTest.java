package dev.plumbline.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.validator.ingest.JsonSchemas;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plumbline check} with intents and reports: exit codes, where each report goes, and what bad input prints. */
class CheckReportsCliTest {

    static final Path ROOT = Path.of(System.getProperty("user.dir")).resolve("..").normalize();
    static final String TWO_TIER = ROOT.resolve("examples/two-tier-vpc.json").toString();
    static final String TWO_TIER_INTENTS = ROOT.resolve("examples/two-tier-vpc.intents.yaml").toString();
    static final String PL = ROOT.resolve("examples/privatelink-gwlb-lattice.json").toString();
    static final String PL_INTENTS = ROOT.resolve("examples/privatelink-gwlb-lattice.intents.yaml").toString();

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void check_withFailingIntent_exitsOneAndPrintsIntentsAfterTheRules() {
        Run run = run("check", TWO_TIER, "--intents", TWO_TIER_INTENTS);

        assertThat(run.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).contains("[nacl.blocks-return]").contains("  FAIL  the app reaches the internet over HTTPS")
                .endsWith("FAIL: 1 error(s), 0 warning(s), 0 note(s); intents: 6 passed, 1 failed, 0 undetermined\n");
        assertThat(run.out().indexOf("Errors:")).isLessThan(run.out().indexOf("Intents ("));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void traceItCommand_keepsTheOptionsThatChoseWhatWasRead_andReproducesTheFailure() {
        Run run = run("check", TWO_TIER, "--input-format", "graph", "--intents", TWO_TIER_INTENTS);

        String line = run.out().lines().filter(l -> l.contains("trace it: ")).findFirst().orElseThrow();
        String command = line.substring(line.indexOf("trace it: ") + "trace it: ".length());
        assertThat(command).startsWith("plumbline trace " + TWO_TIER + " --input-format graph --from app --to internet");
        String[] args = command.substring("plumbline ".length()).split(" ");
        Run trace = run(args);
        assertThat(trace.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(trace.out()).contains("NACL_INBOUND_DENY");
    }

    @Test
    void traceItCommand_namesALongClassPathInsteadOfRepeatingIt() {
        PlanInput input = new PlanInput();
        input.plan = Path.of("stacks/x");
        input.stack = "broken";
        input.program = "com.example.App::stack";
        input.classpath = "a.jar:".repeat(100);
        assertThat(input.arguments()).containsExactly("stacks/x", "--stack", "broken", "--program", "com.example.App::stack",
                "--classpath", "<the --classpath given to check>");
        input.classpath = "target/classes:lib.jar";
        assertThat(input.arguments()).endsWith("--classpath", "target/classes:lib.jar");
    }

    @Test
    void check_withPassingIntents_exitsZero() {
        Run run = run("check", PL, "--intents", PL_INTENTS);

        assertThat(run.code()).isEqualTo(ExitCode.PASS);
        assertThat(run.out()).endsWith("PASS: 0 error(s), 0 warning(s), 0 note(s); intents: 8 passed, 0 failed, 0 undetermined\n");
    }

    @Test
    void check_withFailedIntentOnly_exitsOne() throws IOException {
        Path intents = Files.writeString(dir.resolve("i.yaml"), """
                version: 1
                intents:
                  - {name: ssh from anywhere, from: internet, to: i-0b1a2c3d4e5f607e1, port: 22, expect: reachable}
                """);

        Run run = run("check", PL, "--intents", intents.toString());

        assertThat(run.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).contains("0 error(s)").contains("intents: 0 passed, 1 failed");
    }

    @Test
    void check_severalFormats_writeEachToItsFileAndTheTextReportToStdout() throws Exception {
        Path sarif = dir.resolve("out/plumbline.sarif");
        Path junit = dir.resolve("junit.xml");
        Path markdown = dir.resolve("comment.md");
        Path html = dir.resolve("report.html");

        Run run = run("check", TWO_TIER, "--intents", TWO_TIER_INTENTS, "--format", "sarif", "--out", sarif.toString(),
                "--format", "junit", "--out", junit.toString(), "--format", "markdown", "--out", markdown.toString(),
                "--format", "html", "--out", html.toString());

        assertThat(run.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).startsWith("Checked ").contains("Intents (");
        assertThat(new ObjectMapper().readTree(sarif.toFile()).path("version").asText()).isEqualTo("2.1.0");
        assertThat(Files.readString(junit)).startsWith("<?xml").contains("<testsuite name=\"plumbline.intents\"");
        assertThat(Files.readString(markdown)).startsWith("## ❌ Plumbline: FAIL").contains("```mermaid");
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("the app reaches the internet over HTTPS");
    }

    @Test
    void check_oneFormatWithoutOut_goesToStdoutInsteadOfText() throws Exception {
        Path sarif = dir.resolve("p.sarif");

        Run run = run("check", TWO_TIER, "--intents", TWO_TIER_INTENTS, "--format", "sarif", "--out", sarif.toString(),
                "--format", "json");

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("summary").path("intents").path("failed").asInt()).isEqualTo(1);
        assertThat(Files.exists(sarif)).isTrue();
    }

    @Test
    void check_jsonWithIntents_validatesAgainstTheReportSchema() throws Exception {
        for (String[] plan : new String[][] {{TWO_TIER, TWO_TIER_INTENTS}, {PL, PL_INTENTS}}) {
            Run run = run("check", plan[0], "--intents", plan[1], "--format", "json");

            JsonNode json = new ObjectMapper().readTree(run.out());
            assertThat(JsonSchemas.validate("report.schema.json", json, "report")).as(plan[0]).isEmpty();
            assertThat(json.path("intents").path("results").get(0).path("trace").path("hops").size()).isPositive();
        }
    }

    @Test
    void check_jsonWithoutIntents_hasNoIntentKeys() throws Exception {
        JsonNode json = new ObjectMapper().readTree(run("check", TWO_TIER, "--format", "json").out());

        assertThat(json.has("intents")).isFalse();
        assertThat(json.path("summary").has("intents")).isFalse();
        assertThat(JsonSchemas.validate("report.schema.json", json, "report")).isEmpty();
    }

    @Test
    void check_latticeIntentJson_carriesTheDistribution() throws Exception {
        JsonNode json = new ObjectMapper().readTree(run("check", PL, "--intents", PL_INTENTS, "--format", "json").out());

        JsonNode split = json.path("intents").path("results").get(5);
        assertThat(split.path("expect").path("kind").asText()).isEqualTo("target-group");
        assertThat(split.path("expect").path("observedShare").asDouble()).isBetween(0.617, 0.717);
        assertThat(split.path("lattice").path("distribution").path("tg-0a1b2c3d4e5f67897").asInt()).isBetween(617, 717);
    }

    @Test
    void check_twoFormatsToStdout_isAUsageError() {
        Run run = run("check", TWO_TIER, "--format", "json", "--format", "sarif");

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("2 reports would be printed to stdout").contains("fix: give all but one --format an --out FILE");
    }

    @Test
    void check_sameFileTwice_isAUsageError() {
        String file = dir.resolve("r.txt").toString();

        Run run = run("check", TWO_TIER, "--format", "json", "--out", file, "--format", "text", "--out", file);

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("two reports would be written to");
    }

    @Test
    void check_unknownFormat_namesTheFormats() {
        Run run = run("check", TWO_TIER, "--format", "pdf");

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("unknown format 'pdf'").contains("text, json, sarif, junit, markdown, html");
    }

    @Test
    void check_outWithoutFormat_isAUsageError() {
        Run run = run("check", TWO_TIER, "--out", dir.resolve("x").toString());

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("--format");
    }

    @Test
    void check_unwritableOut_exitsTwoWithoutStackTrace() throws IOException {
        Path blocker = Files.writeString(dir.resolve("file"), "x");

        Run run = run("check", TWO_TIER, "--format", "json", "--out", blocker.resolve("sub/report.json").toString());

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("cannot write the report").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void check_planFolderWithIntentsYaml_evaluatesItWithoutTheOption() throws IOException {
        Path snapshot = copyTree(ROOT.resolve("validator/src/test/resources/corpus/aws-snapshots/test-nat-gateway"), dir.resolve("snap"));
        Files.writeString(snapshot.resolve("intents.yaml"), """
                version: 1
                intents:
                  - {name: the private instance reaches the internet, from: i-0b31b509174d7f5de, to: internet, port: 443, expect: reachable}
                  - {name: the isolated instance does not, from: i-0a73a1a6021c03ddb, to: internet, port: 443, expect: unreachable}
                """);

        Run run = run("check", snapshot.toString());

        assertThat(run.code()).isEqualTo(ExitCode.PASS);
        assertThat(run.out()).contains("Intents (" + snapshot.resolve("intents.yaml") + "):").contains("intents: 2 passed, 0 failed");
    }

    @Test
    void check_badIntentsFile_exitsTwoWithFilePointerAndLine() throws IOException {
        Path intents = Files.writeString(dir.resolve("intents.yaml"), """
                version: 1
                intents:
                  - name: typo
                    from: internet
                    to: bastoin
                    port: 22
                    expect: reachable
                """);

        Run run = run("check", TWO_TIER, "--intents", intents.toString());

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains(intents + "#/intents/0/to (line 5): 'bastoin' is not an address, id, name, URN or DNS name")
                .contains("fix: did you mean bastion (instance i-0b5e6f7a8b9c0d1e2)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void check_intentsFileNotYaml_exitsTwoWithoutStackTrace() throws IOException {
        Path intents = Files.writeString(dir.resolve("intents.yaml"), "version: 1\nintents: [ {name: a\n");

        Run run = run("check", TWO_TIER, "--intents", intents.toString());

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("not valid YAML at line").doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void check_intentsSchemaViolation_pointsAtTheValueAndItsLine() throws IOException {
        Path intents = Files.writeString(dir.resolve("intents.yaml"), """
                version: 1
                intents:
                  - name: bad port
                    from: internet
                    to: bastion
                    port: 99999
                    expect: reachable
                """);

        Run run = run("check", TWO_TIER, "--intents", intents.toString());

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains(intents + "#/intents/0/port (line 6): ");
    }

    @Test
    void check_unknownExpectation_exitsTwoNamingTheExpectations() throws IOException {
        Path intents = Files.writeString(dir.resolve("intents.yaml"), """
                version: 1
                intents:
                  - {name: a, from: internet, to: bastion, port: 22, expect: reachible}
                """);

        Run run = run("check", TWO_TIER, "--intents", intents.toString());

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("unknown expectation 'reachible'").contains("did you mean reachable?");
    }

    @Test
    void check_missingIntentsFile_exitsTwo() {
        Run run = run("check", TWO_TIER, "--intents", dir.resolve("none.yaml").toString());

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("no such intents file");
    }

    @Test
    void check_notOnATerminal_printsNoProgress() {
        Run run = run("check", PL, "--intents", PL_INTENTS, "--format", "json", "--out", dir.resolve("r.json").toString());

        assertThat(run.err()).isEmpty();
    }

    @Test
    void help_describesReportsIntentsAndExitCodes() {
        Run run = run("check", "--help");

        assertThat(run.out()).contains("--intents=FILE").contains("--format=FORMAT").contains("--out=FILE")
                .contains("text, json, sarif, junit, markdown or html").contains("Exit codes:");
    }

    private static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }
}
