package dev.plumbline.validator.ingest.pulumi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.validator.diag.BadInputException;
import dev.plumbline.validator.ingest.Ingested;
import dev.plumbline.validator.ingest.NetworkReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code pulumi preview --json}: the new state of every step that leaves a resource in the
 * stack (same, create, update, replace, create-replacement, import, read); deleted resources are
 * left out. Values a preview cannot know are unknown in the model; references among them are
 * linked through property dependencies.
 */
public final class PreviewReader implements NetworkReader {

    public static final String FORMAT = "pulumi-preview";
    private static final Set<String> KEPT = Set.of("same", "create", "update", "replace", "create-replacement", "import",
            "import-replacement", "read");

    @Override
    public Ingested read(Path input) throws BadInputException {
        JsonNode root = PulumiJson.read(input, "`pulumi preview --json`");
        PulumiJson.validate("pulumi/preview.schema.json", root, input);
        List<PulumiResource> resources = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int dropped = 0;
        JsonNode steps = root.get("steps");
        for (int i = 0; i < steps.size(); i++) {
            JsonNode step = steps.get(i);
            String op = step.path("op").asText();
            JsonNode state = step.get("newState");
            if (!KEPT.contains(op) || state == null || state.isNull()) {
                dropped += KEPT.contains(op) ? 0 : 1;
                continue;
            }
            PulumiResource resource = PulumiJson.resource(state, input.toString(), "/steps/" + i + "/newState");
            if (seen.add(resource.urn())) {
                resources.add(resource);
            }
        }
        return PulumiJson.ingest(resources, root.get("config"), input, FORMAT, dropped,
                "step(s) delete or discard resources; those resources are not part of the planned network");
    }
}
