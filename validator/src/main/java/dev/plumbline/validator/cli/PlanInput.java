package dev.plumbline.validator.cli;

import dev.plumbline.validator.diag.BadInputException;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.ingest.Ingested;
import dev.plumbline.validator.ingest.InputFormat;
import dev.plumbline.validator.ingest.PlanLoader;
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

    Ingested load(PlanLoader loader) throws BadInputException {
        Optional<InputFormat> forced = Optional.empty();
        if (inputFormat != null) {
            forced = InputFormat.parse(inputFormat);
            if (forced.isEmpty()) {
                throw new BadInputException(Diagnostic.error("usage.input-format", Origin.NONE,
                        "unknown input format '" + inputFormat + "'", "use one of: " + InputFormat.names()));
            }
        }
        return loader.load(plan, forced);
    }
}
