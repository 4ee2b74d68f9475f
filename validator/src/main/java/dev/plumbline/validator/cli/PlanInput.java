package dev.plumbline.validator.cli;

import dev.plumbline.validator.diag.BadInputException;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.ingest.Ingested;
import dev.plumbline.validator.ingest.InputFormat;
import dev.plumbline.validator.ingest.PlanLoader;
import dev.plumbline.validator.ingest.pulumi.ProgramReader;
import dev.plumbline.validator.model.Origin;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** PLAN and {@code --input-format}, shared by the commands that read a plan. */
final class PlanInput {

    @Parameters(index = "0", paramLabel = "PLAN", description = "What to read: a graph file, an AWS describe snapshot "
            + "folder, a `pulumi preview --json` file, a `pulumi stack export` file, or a Pulumi Java stack folder.")
    Path plan;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "Read PLAN as this format instead of detecting it: graph, aws, pulumi-preview, pulumi-export, pulumi-program.")
    String inputFormat;

    @Option(names = "--stack", paramLabel = "STACK",
            description = "For a Pulumi program: the stack whose Pulumi.<STACK>.yaml config to use (default: dev when it has one, else the first found).")
    String stack;

    @Option(names = "--program", paramLabel = "CLASS::METHOD",
            description = "Run this Pulumi Java program offline (METHOD defaults to stack) instead of building PLAN's module.")
    String program;

    @Option(names = "--classpath", paramLabel = "CP",
            description = "With --program: the program's class path (its classes and the Pulumi Java SDK), entries separated "
                    + "by the platform's path separator (':' on Linux and macOS).")
    String classpath;

    /** Longest class path repeated in full in a suggested command; a longer one is referred to, not copied. */
    private static final int CLASSPATH_SHOWN = 160;

    /**
     * The arguments that read the same plan again: PLAN and every option given that chooses what is
     * read. A long {@code --classpath} (a test's whole class path) is named, not repeated.
     */
    java.util.List<String> arguments() {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(plan.toString()));
        if (inputFormat != null) {
            args.addAll(java.util.List.of("--input-format", inputFormat));
        }
        if (stack != null) {
            args.addAll(java.util.List.of("--stack", stack));
        }
        if (program != null) {
            args.addAll(java.util.List.of("--program", program));
        }
        if (classpath != null) {
            args.addAll(java.util.List.of("--classpath", classpath.length() <= CLASSPATH_SHOWN ? classpath
                    : "<the --classpath given to check>"));
        }
        return args;
    }

    Ingested load(PlanLoader loader) throws BadInputException {
        return load(loader, null);
    }

    Ingested load(PlanLoader loader, java.io.PrintWriter progress) throws BadInputException {
        Optional<InputFormat> forced = Optional.empty();
        if (inputFormat != null) {
            forced = InputFormat.parse(inputFormat);
            if (forced.isEmpty()) {
                throw new BadInputException(Diagnostic.error("usage.input-format", Origin.NONE,
                        "unknown input format '" + inputFormat + "'", "use one of: " + InputFormat.names()));
            }
        }
        java.util.List<Path> entries = new java.util.ArrayList<>();
        if (classpath != null) {
            for (String entry : classpath.split(java.io.File.pathSeparator)) {
                if (!entry.isBlank()) {
                    entries.add(Path.of(entry));
                }
            }
        }
        return loader.load(plan, forced, new ProgramReader.Options(stack, program, entries, progress));
    }
}
