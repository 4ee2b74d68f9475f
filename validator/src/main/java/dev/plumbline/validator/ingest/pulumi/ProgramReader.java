package dev.plumbline.validator.ingest.pulumi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.validator.diag.BadInputException;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.ingest.Ingested;
import dev.plumbline.validator.ingest.JsonSchemas;
import dev.plumbline.validator.ingest.NetworkReader;
import dev.plumbline.validator.ingest.program.IsolatedProgramRunner;
import dev.plumbline.validator.ingest.program.MavenClasspath;
import dev.plumbline.validator.ingest.program.ProgramRunner;
import dev.plumbline.validator.ingest.program.ProgramSpec;
import dev.plumbline.validator.ingest.program.StackFolder;
import dev.plumbline.validator.model.Origin;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a Pulumi Java program offline (no Pulumi CLI, no cloud, no credentials) and reads what it
 * registered: a stack folder ({@code Pulumi.yaml}, {@code Pulumi.<stack>.yaml}, a Maven module), or
 * {@code --program CLASS::METHOD --classpath CP}. The SDK's mocks give each resource the ids and
 * computed attributes AWS would; the resources go through the same mapping as a preview's.
 */
public final class ProgramReader implements NetworkReader {

    public static final String FORMAT = "pulumi-program";

    /** What the command line says about the program: the stack, an explicit program and class path, where progress goes. */
    public record Options(String stack, String program, List<Path> classpath, PrintWriter progress) {
        public Options {
            classpath = classpath == null ? List.of() : List.copyOf(classpath);
        }

        public static Options defaults() {
            return new Options(null, null, List.of(), null);
        }
    }

    private final Options options;
    private final ProgramRunner runner;

    public ProgramReader(Options options, ProgramRunner runner) {
        this.options = options;
        this.runner = runner;
    }

    public ProgramReader(Options options) {
        this(options, new IsolatedProgramRunner());
    }

    @Override
    public Ingested read(Path input) throws BadInputException {
        List<Diagnostic> notes = new ArrayList<>();
        ProgramSpec spec = spec(input, notes);
        String json = runner.run(spec);
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the offline runner returned invalid JSON", e);
        }
        String source = spec.source().toString();
        List<Diagnostic> problems = JsonSchemas.validate("pulumi/offline-run.schema.json", root, source + " (offline run)");
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the offline runner's output does not match its schema: " + problems);
        }
        for (JsonNode diagnostic : root.path("diagnostics")) {
            String severity = diagnostic.path("severity").asText();
            Origin where = new Origin(source, "", diagnostic.path("urn").asText(""));
            String message = "the program: " + diagnostic.path("message").asText();
            notes.add(switch (severity) {
                case "error" -> Diagnostic.error("pulumi.program", where, message, "fix the program; what it registered "
                        + "before the error was still checked");
                case "warning" -> Diagnostic.warning("pulumi.program", where, message, "");
                default -> Diagnostic.info("pulumi.program", where, message, "");
            });
        }
        List<PulumiResource> resources = new ArrayList<>();
        JsonNode list = root.path("resources");
        for (int i = 0; i < list.size(); i++) {
            resources.add(PulumiJson.resource(list.get(i), source, ""));
        }
        String region = spec.config().getOrDefault("aws:region", "");
        Ingested ingested = PulumiJson.ingest(resources, region.isEmpty() ? null : new ObjectMapper().createObjectNode()
                .put("aws:region", region), spec.source(), FORMAT, 0, "");
        notes.addAll(ingested.notes());
        return new Ingested(ingested.network(), FORMAT, ingested.sources(), notes);
    }

    private ProgramSpec spec(Path input, List<Diagnostic> notes) throws BadInputException {
        if (options.program() != null && !options.program().isEmpty()) {
            String[] parts = options.program().split("::", 2);
            if (parts[0].isEmpty()) {
                throw new BadInputException(Diagnostic.error("usage.program", Origin.NONE,
                        "--program '" + options.program() + "' names no class", "use --program your.App::stack"));
            }
            if (options.classpath().isEmpty()) {
                throw new BadInputException(Diagnostic.error("usage.program", Origin.NONE,
                        "--program needs --classpath with the program's classes and the Pulumi Java SDK",
                        "e.g. --classpath target/classes:$(cat cp.txt)"));
            }
            String project = "";
            Map<String, String> config = Map.of();
            String stack = options.stack();
            if (input != null && Files.isDirectory(input) && Files.exists(input.resolve("Pulumi.yaml"))) {
                StackFolder folder = StackFolder.open(input);
                project = folder.project();
                stack = folder.stack(stack);
                config = folder.config(stack, notes);
            }
            return new ProgramSpec(parts[0], parts.length > 1 ? parts[1] : null, project.isEmpty() ? "program" : project,
                    stack, config, options.classpath(), input == null ? Path.of(parts[0]) : input);
        }
        StackFolder folder = StackFolder.open(input);
        String stack = folder.stack(options.stack());
        Map<String, String> config = folder.config(stack, notes);
        List<Path> classpath = new MavenClasspath(options.progress()).of(input);
        return new ProgramSpec(folder.mainClass(), null, folder.project(), stack, config, classpath, input);
    }
}
