package dev.plumbline.validator.cli;

import dev.plumbline.validator.check.CheckContext;
import dev.plumbline.validator.check.Checker;
import dev.plumbline.validator.check.Quotas;
import dev.plumbline.validator.diag.BadInputException;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.ingest.Ingested;
import dev.plumbline.validator.ingest.PlanLoader;
import dev.plumbline.validator.report.CheckJson;
import dev.plumbline.validator.report.CheckReport;
import dev.plumbline.validator.report.CheckText;
import dev.plumbline.validator.report.JsonOut;
import dev.plumbline.validator.sim.Simulator;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plumbline check}: run the built-in rules over a plan and gate on the result. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run Plumbline's rules over the planned network and print the findings.",
        footer = {"", "Exit codes: 0 no error-level finding, 1 at least one, 2 bad input or usage."})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    PlanInput input;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--quota", paramLabel = "NAME=N",
            description = "A raised AWS quota: routes-per-table (50), rules-per-security-group (60), rules-per-network-acl (20).")
    List<String> quotas = new ArrayList<>();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final PlanLoader loader;

    CheckCommand(PlanLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() throws BadInputException {
        if (!format.equals("text") && !format.equals("json")) {
            throw TraceCommand.usage("unknown format '" + format + "'", "use --format text or --format json");
        }
        Quotas quotaValues = parseQuotas();
        Ingested ingested = input.load(loader);
        Simulator simulator = new Simulator(ingested.network());
        List<Diagnostic> findings = Checker.builtIn().run(CheckContext.of(simulator, quotaValues));
        CheckReport report = new CheckReport(input.plan.toString(), ingested.format(), ingested.sources(),
                ingested.network().size(), ingested.notes(), findings);
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(JsonOut.write(CheckJson.document(report)));
        } else {
            out.print(CheckText.render(report));
        }
        out.flush();
        return report.passed() ? ExitCode.PASS : ExitCode.FINDINGS;
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
