package dev.plumbline.validator.ingest.program;

import dev.plumbline.validator.diag.BadInputException;

/**
 * Runs a Pulumi program offline and returns the resources it registered, as the JSON of
 * {@code schemas/pulumi/offline-run.schema.json}. The one seam between the validator and the
 * Pulumi SDK: the implementation can be replaced in tests.
 */
public interface ProgramRunner {
    String run(ProgramSpec program) throws BadInputException;
}
