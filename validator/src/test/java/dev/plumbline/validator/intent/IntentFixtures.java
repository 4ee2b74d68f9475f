package dev.plumbline.validator.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.plumbline.validator.diag.BadInputException;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.ingest.graph.GraphReader;
import dev.plumbline.validator.sim.Simulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The bundled examples and their intents files, and small intents documents written to a folder. */
final class IntentFixtures {

    static final Path EXAMPLES = Path.of(System.getProperty("user.dir")).resolve("../examples").normalize();
    static final Path TWO_TIER = EXAMPLES.resolve("two-tier-vpc.json");
    static final Path PL_GWLB_LATTICE = EXAMPLES.resolve("privatelink-gwlb-lattice.json");

    private IntentFixtures() {
    }

    static Simulator simulator(Path graph) throws BadInputException {
        return new Simulator(new GraphReader().read(graph).network());
    }

    /** Writes {@code yaml} to {@code folder}/intents.yaml and reads it. */
    static IntentFile intents(Path folder, String yaml) throws BadInputException {
        return new IntentsReader().read(write(folder, yaml));
    }

    static Path write(Path folder, String yaml) {
        try {
            return Files.writeString(folder.resolve("intents.yaml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A version-1 file with one intent made of {@code body} (YAML lines of the intent, indented four spaces). */
    static String one(String body) {
        return "version: 1\nintents:\n  - name: the intent\n" + body.stripIndent().lines().map(l -> "    " + l)
                .reduce("", (a, b) -> a + b + "\n");
    }

    static List<Diagnostic> problems(ThrowingCall call) {
        BadInputException thrown = catchThrowableOfType(BadInputException.class, call::run);
        assertThat(thrown).as("should fail with BadInputException").isNotNull();
        return thrown.problems();
    }

    @FunctionalInterface
    interface ThrowingCall {
        void run() throws Exception;
    }
}
