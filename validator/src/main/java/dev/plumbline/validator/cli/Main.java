package dev.plumbline.validator.cli;

import dev.plumbline.validator.diag.BadInputException;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.ingest.PlanLoader;
import dev.plumbline.validator.location.JsonPointerLines;
import dev.plumbline.validator.location.SourceLocator;
import dev.plumbline.validator.sim.PlaceResolver;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code plumbline} command. A user's mistake (unreadable input, a bad option, a place that
 * names nothing) prints what is wrong, where, and how to fix it, and exits with 2; a stack trace
 * is printed only for a bug in Plumbline itself (exit code 3).
 */
@Command(name = "plumbline", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "See where a packet or a request really goes through your planned AWS network, before it is deployed.",
        subcommands = {CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: trace or check");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI with the given streams and returns the exit code (for tests and embedding). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, PlanLoader.standard());
    }

    static int run(String[] args, PrintWriter out, PrintWriter err, PlanLoader loader) {
        CommandLine cli = commandLine(loader);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> handle(e, err));
        cli.setParameterExceptionHandler((e, args2) -> {
            err.println("plumbline: " + e.getMessage());
            err.println("Try 'plumbline " + (e.getCommandLine().getCommandName().equals("plumbline") ? ""
                    : e.getCommandLine().getCommandName() + " ") + "--help'.");
            err.flush();
            return ExitCode.BAD_INPUT;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine commandLine(PlanLoader loader) {
        CommandLine cli = new CommandLine(new Main());
        cli.addSubcommand("trace", new TraceCommand(loader));
        cli.addSubcommand("check", new CheckCommand(loader));
        return cli;
    }

    private static int handle(Exception e, PrintWriter err) {
        if (e instanceof BadInputException bad) {
            SourceLocator lines = JsonPointerLines.of(bad.problems().stream().map(Diagnostic::location)
                    .filter(o -> !o.pointer().isEmpty()).toList());
            for (Diagnostic problem : bad.problems()) {
                err.println("plumbline: " + (problem.location().isKnown() ? problem.location().render()
                        + (problem.location().pointer().isEmpty() ? ""
                                : lines.locate(problem.location()).map(r -> " (line " + r.line() + ")").orElse(""))
                        + ": " : "") + problem.message());
                if (!problem.hint().isEmpty()) {
                    err.println("  fix: " + problem.hint());
                }
            }
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        if (e instanceof PlaceResolver.UnresolvedPlaceException unresolved) {
            err.println("plumbline: " + unresolved.getMessage());
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        err.println("plumbline: internal error, please report it with this output:");
        e.printStackTrace(err);
        err.flush();
        return ExitCode.INTERNAL_ERROR;
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"plumbline " + (version == null ? "(development build)" : version)};
        }
    }
}
