package dev.plumbline.stacks.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.validator.diag.BadInputException;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.ingest.program.IsolatedProgramRunner;
import dev.plumbline.validator.ingest.program.ProgramSpec;
import dev.plumbline.validator.ingest.program.StackFolder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an offline run of a stack registered: the runner's captured-resources JSON
 * ({@code schemas/pulumi/offline-run.schema.json}: every resource with its type, name, parent,
 * inputs, the outputs the mocks computed, dependencies and property dependencies), with the stack's
 * project, name and configuration. Runs are cached per folder and stack for the test JVM: a run
 * takes seconds and always gives the same bytes.
 */
public record CapturedRun(String project, String stack, Map<String, String> config, JsonNode json) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, CapturedRun> CACHE = new ConcurrentHashMap<>();

    /** Runs the program of the stack folder offline on the test class path, with {@code Pulumi.<stack>.yaml}. */
    public static CapturedRun of(Path folder, String stack) {
        return CACHE.computeIfAbsent(folder.toAbsolutePath().normalize() + "#" + stack, key -> run(folder, stack));
    }

    private static CapturedRun run(Path folder, String stack) {
        try {
            StackFolder stacks = StackFolder.open(folder);
            List<Diagnostic> notes = new ArrayList<>();
            Map<String, String> config = stacks.config(stack, notes);
            String json = new IsolatedProgramRunner().run(new ProgramSpec(stacks.mainClass(), null, stacks.project(), stack,
                    config, StackCheck.testClasspath(), folder));
            JsonNode root = JSON.readTree(json);
            if (!root.path("diagnostics").isEmpty()) {
                throw new IllegalStateException("the offline run of " + folder + " reported: " + root.path("diagnostics"));
            }
            return new CapturedRun(stacks.project(), stack, Map.copyOf(config), root);
        } catch (BadInputException | JsonProcessingException e) {
            throw new IllegalStateException("cannot run " + folder + " offline: " + e.getMessage(), e);
        }
    }

    /** The captured resources, sorted by URN as the runner writes them. */
    public List<JsonNode> resources() {
        List<JsonNode> out = new ArrayList<>();
        json.path("resources").forEach(out::add);
        return out;
    }

    /** The stack's outputs ({@code ctx.export}). */
    public JsonNode stackOutputs() {
        return json.path("stackOutputs");
    }
}
