package dev.plumbline.validator.cli;

import dev.plumbline.validator.check.CheckContext;
import dev.plumbline.validator.check.Checker;
import dev.plumbline.validator.check.Quotas;
import dev.plumbline.validator.check.Rule;
import dev.plumbline.validator.diag.BadInputException;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.diag.Severity;
import dev.plumbline.validator.diag.UnknownPolicy;
import dev.plumbline.validator.ingest.Ingested;
import dev.plumbline.validator.ingest.PlanLoader;
import dev.plumbline.validator.intent.IntentEvaluator;
import dev.plumbline.validator.intent.IntentFile;
import dev.plumbline.validator.intent.IntentResult;
import dev.plumbline.validator.intent.IntentsReader;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.report.CheckReport;
import dev.plumbline.validator.report.ReportFormat;
import dev.plumbline.validator.report.RuleRun;
import dev.plumbline.validator.sim.Simulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plumbline check}: run the built-in rules and the plan's intents, write the reports, and gate on the result. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run Plumbline's rules over the planned network, evaluate its intents, and report.",
            "",
            "Reports: each --format may be followed by --out FILE; a format without --out goes to stdout (one at most).",
            "With no --format, the text report goes to stdout; it still does when every --format has an --out.",
            "  plumbline check PLAN --format json > report.json",
            "  plumbline check PLAN --intents intents.yaml \\",
            "      --format sarif --out plumbline.sarif --format junit --out junit.xml \\",
            "      --format markdown --out comment.md --format html --out plumbline.html",
            ""},
        footer = {"", "Intents: with --intents FILE, or intents.yaml inside a PLAN folder. An undetermined intent (it depends on "
                + "values unknown at plan time) is reported as a warning and never counted as passed.",
            "", "Exit codes: 0 the gate passes, 1 an error-level finding or a failed intent, 2 bad input or usage "
                + "(including the intents file), 3 a bug in Plumbline."})
final class CheckCommand implements Callable<Integer> {

    /** The intents file a PLAN folder may hold. */
    static final String FOLDER_INTENTS = "intents.yaml";

    @Mixin
    PlanInput input;

    @Option(names = "--intents", paramLabel = "FILE",
            description = "An intents.yaml to evaluate after the rules (default: intents.yaml in a PLAN folder).")
    Path intents;

    @ArgGroup(exclusive = false, multiplicity = "0..*")
    List<ReportTarget> targets = new ArrayList<>();

    @Option(names = "--quota", paramLabel = "NAME=N",
            description = "A raised AWS quota: routes-per-table (50), rules-per-security-group (60), rules-per-network-acl (20).")
    List<String> quotas = new ArrayList<>();

    @Option(names = "--unknown", defaultValue = "warn", paramLabel = "warn|fail",
            description = "How intents whose outcome depends on values unknown until apply count: warn (default) or fail.")
    String unknown;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final PlanLoader loader;

    CheckCommand(PlanLoader loader) {
        this.loader = loader;
    }

    /** One report: a format, and the file it goes to (stdout without one, or with {@code -}). */
    static final class ReportTarget {
        @Option(names = "--format", required = true, paramLabel = "FORMAT",
                description = "text, json, sarif, junit, markdown or html (default: text to stdout). Repeat for several reports.")
        String format;

        @Option(names = "--out", paramLabel = "FILE", description = "Write the report of the --format before it to FILE.")
        Path out;

        boolean toStdout() {
            return out == null || out.toString().equals("-");
        }
    }

    private record Target(ReportFormat format, Path out) {
    }

    @Override
    public Integer call() throws BadInputException {
        List<Target> outputs = targets();
        Quotas quotaValues = parseQuotas();
        PrintWriter out = spec.commandLine().getOut();
        TerminalProgress progress = TerminalProgress.onConsole(spec.commandLine().getErr());
        Path intentsPath = intentsPath();
        IntentFile intentFile = intentsPath == null ? null : new IntentsReader().read(intentsPath);

        progress.phase("reading " + input.plan);
        Ingested ingested = input.load(loader, spec.commandLine().getErr());
        Simulator simulator = new Simulator(ingested.network());
        CheckContext context = CheckContext.of(simulator, quotaValues);
        List<Rule> builtIn = Checker.builtIn().rules();
        List<RuleRun> rules = new ArrayList<>();
        List<Diagnostic> inputErrors = ingested.notes().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        List<Diagnostic> notes = ingested.notes().stream().filter(d -> d.severity() != Severity.ERROR).toList();
        rules.add(new RuleRun("input", "input", "resources of the plan that could not be read into the network model",
                inputErrors));
        for (Rule rule : builtIn) {
            progress.phase("rule " + (rules.size() + 1) + "/" + builtIn.size() + ": " + rule.id());
            rules.add(RuleRun.of(rule, rule.check(context)));
        }
        List<IntentResult> results = List.of();
        if (intentFile != null) {
            progress.phase("intents 0/" + intentFile.intents().size());
            try {
                results = new IntentEvaluator(simulator).evaluate(intentFile, progress);
            } finally {
                progress.done();
            }
        }
        progress.done();
        CheckReport report = new CheckReport(input.plan.toString(), ingested.format(), ingested.sources(),
                ingested.network().size(), notes, rules, intentFile == null ? "" : intentFile.file(), results,
                unknownPolicy(), input.arguments());
        ReportWriter writer = new ReportWriter(report, ingested.network());
        for (Target target : outputs) {
            if (target.out() == null) {
                out.print(writer.render(target.format()));
                out.flush();
            } else {
                writeFile(target.out(), writer.render(target.format()));
            }
        }
        return report.passed() ? ExitCode.PASS : ExitCode.FINDINGS;
    }

    private UnknownPolicy unknownPolicy() throws BadInputException {
        return switch (unknown.toLowerCase(java.util.Locale.ROOT)) {
            case "warn" -> UnknownPolicy.WARN;
            case "fail" -> UnknownPolicy.FAIL;
            default -> throw TraceCommand.usage("--unknown '" + unknown + "' is neither warn nor fail",
                    "use --unknown=warn (undetermined results warn) or --unknown=fail (they fail the gate)");
        };
    }

    /** The reports to write, in order; the text report to stdout when none goes there. */
    private List<Target> targets() throws BadInputException {
        List<Target> result = new ArrayList<>();
        Set<Path> files = new HashSet<>();
        int toStdout = 0;
        for (ReportTarget target : targets) {
            ReportFormat format = ReportFormat.parse(target.format).orElseThrow(() -> TraceCommand.usage(
                    "unknown format '" + target.format + "'", "use --format with one of: " + ReportFormat.names()));
            if (target.toStdout()) {
                toStdout++;
                result.add(new Target(format, null));
            } else {
                if (!files.add(target.out.toAbsolutePath().normalize())) {
                    throw TraceCommand.usage("two reports would be written to " + target.out,
                            "give each --format its own --out FILE");
                }
                result.add(new Target(format, target.out));
            }
        }
        if (toStdout > 1) {
            throw TraceCommand.usage(toStdout + " reports would be printed to stdout",
                    "give all but one --format an --out FILE, e.g. --format sarif --out plumbline.sarif");
        }
        if (toStdout == 0) {
            result.add(0, new Target(ReportFormat.TEXT, null));
        }
        return result;
    }

    private Path intentsPath() {
        if (intents != null) {
            return intents;
        }
        Path inFolder = input.plan.resolve(FOLDER_INTENTS);
        return Files.isDirectory(input.plan) && Files.isRegularFile(inFolder) ? inFolder : null;
    }

    private static void writeFile(Path file, String content) throws BadInputException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new BadInputException(Diagnostic.error("output.unwritable", Origin.of(file.toString(), ""),
                    "cannot write the report: " + e.getMessage(), "check the --out path and its permissions"));
        }
    }

    private Quotas parseQuotas() throws BadInputException {
        Quotas result = Quotas.DEFAULTS;
        for (String quota : quotas) {
            int eq = quota.indexOf('=');
            if (eq < 1) {
                throw TraceCommand.usage("--quota '" + quota + "' is not NAME=N", "e.g. --quota routes-per-table=100");
            }
            try {
                result = result.with(quota.substring(0, eq).trim(), Integer.parseInt(quota.substring(eq + 1).trim()));
            } catch (NumberFormatException e) {
                throw TraceCommand.usage("--quota '" + quota + "': '" + quota.substring(eq + 1) + "' is not a number",
                        "e.g. --quota routes-per-table=100");
            } catch (IllegalArgumentException e) {
                throw TraceCommand.usage("--quota '" + quota + "': " + e.getMessage(), "e.g. --quota routes-per-table=100");
            }
        }
        return result;
    }
}
