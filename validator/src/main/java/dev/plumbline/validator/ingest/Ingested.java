package dev.plumbline.validator.ingest;

import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.Canonical;
import dev.plumbline.validator.model.Network;
import java.util.List;

/**
 * What a reader made of its input: the network, the format it read, the files it read, and notes
 * on what it skipped or assumed (unmodelled keys, a defaulted region). Notes are never dropped:
 * the CLI prints them.
 */
public record Ingested(Network network, String format, List<String> sources, List<Diagnostic> notes) {

    public Ingested {
        if (network == null) {
            throw new IllegalArgumentException("network is null");
        }
        format = Canonical.text(format);
        sources = Canonical.list(sources);
        notes = Canonical.list(notes);
    }
}
