package dev.plumbline.validator.ingest;

import dev.plumbline.validator.diag.BadInputException;
import java.nio.file.Path;

/**
 * Reads one input format into the model. Input is validated against its schema before anything
 * else touches it; problems come back as a {@link BadInputException} listing each with its file
 * and JSON pointer.
 */
public interface NetworkReader {
    Ingested read(Path input) throws BadInputException;
}
