package dev.plumbline.stacks.testkit;

import dev.plumbline.validator.cli.Main;
import dev.plumbline.validator.diag.BadInputException;
import dev.plumbline.validator.ingest.program.StackFolder;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code plumbline check} on the stack module under test, offline and in this JVM: the CLI's own
 * entry point with {@code --program <mainClass>::stack --classpath <the test class path>}, so the
 * stack's classes are not rebuilt by Maven (the test run already compiled them) and the result is
 * exactly what {@code ./plumbline check stacks/NAME} prints.
 */
public final class StackCheck {

    private static final Map<String, CheckRun> REPORTS = new ConcurrentHashMap<>();

    private final Path folder;
    private final String program;

    private StackCheck(Path folder, String program) {
        this.folder = folder;
        this.program = program;
    }

    /** The stack module under test: the folder surefire runs in (property {@code plumbline.stackDir} when set). */
    public static StackCheck ofThisModule() {
        Path folder = Path.of(System.getProperty("plumbline.stackDir", ".")).toAbsolutePath().normalize();
        try {
            return new StackCheck(folder, StackFolder.open(folder).mainClass() + "::stack");
        } catch (BadInputException e) {
            throw new IllegalStateException("not a stack folder: " + folder + ": " + e.getMessage(), e);
        }
    }

    public Path folder() {
        return folder;
    }

    /** The program as {@code --program} takes it: {@code <mainClass>::stack}. */
    public String program() {
        return program;
    }

    /** The stack's name as the README and a user write it: {@code stacks/<folder name>}. */
    public String displayName() {
        return "stacks/" + folder.getFileName();
    }

    /** {@code plumbline check <this stack> --stack STACK ARGS...}, run offline on the test class path. */
    public CheckRun check(String stack, String... args) {
        List<String> all = new ArrayList<>(List.of("check", folder.toString(), "--program", program,
                "--classpath", System.getProperty("java.class.path"), "--stack", stack));
        all.addAll(Arrays.asList(args));
        return run(all.toArray(String[]::new));
    }

    /**
     * {@code check --stack STACK --format json}, run once per stack and test JVM: the offline run
     * several test classes compare against.
     */
    public CheckRun jsonReport(String stack) {
        return REPORTS.computeIfAbsent(folder + "#" + stack, key -> check(stack, "--format", "json"));
    }

    /**
     * A report's text as a user sees it from the repository root: the stack folder as
     * {@code stacks/NAME}, and the suggested commands without the {@code --program}/{@code --classpath}
     * this kit adds (a user's {@code ./plumbline check stacks/NAME} builds the module instead).
     */
    public String asFromRepositoryRoot(String report) {
        return report.replace(folder.toString(), displayName())
                .replaceAll(" --program '?" + java.util.regex.Pattern.quote(program) + "'? --classpath ('[^']*'|\\S+)", "");
    }

    /**
     * What {@code src/test/resources/golden/FILE} of the stack must hold: a report as a user sees it
     * from the repository root ({@link #asFromRepositoryRoot}). Rewritten from {@code actual} under
     * {@code -Dplumbline.updateGolden=true}.
     */
    public String expectedGolden(String file, String actual) {
        return ExpectedFiles.expected(folder.resolve("src/test/resources/golden").resolve(file), actual, "plumbline.updateGolden");
    }

    /** Any {@code plumbline} command line, in this JVM. */
    public static CheckRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CheckRun(code, out.toString(), err.toString());
    }

    /** The test class path as paths: the stack's classes, the components, the Pulumi SDK and the validator. */
    public static List<Path> testClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
    }
}
