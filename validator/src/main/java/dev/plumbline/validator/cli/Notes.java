package dev.plumbline.validator.cli;

import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.ingest.Ingested;
import java.io.PrintWriter;

/** Prints what a reader skipped or assumed, so nothing is dropped silently. */
final class Notes {

    private Notes() {
    }

    static void print(PrintWriter err, Ingested ingested) {
        for (Diagnostic note : ingested.notes()) {
            err.println("note: " + note.message() + (note.location().isKnown() ? " (" + note.location().render() + ")" : ""));
        }
        err.flush();
    }
}
