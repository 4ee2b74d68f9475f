package dev.plumbline.validator.ingest.pulumi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.validator.diag.BadInputException;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.ingest.Ingested;
import dev.plumbline.validator.ingest.NetworkReader;
import dev.plumbline.validator.model.Origin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code pulumi stack export} (version 3): the deployed resources with their real ids and outputs. */
public final class StackExportReader implements NetworkReader {

    public static final String FORMAT = "pulumi-stack-export";

    @Override
    public Ingested read(Path input) throws BadInputException {
        JsonNode root = PulumiJson.read(input, "`pulumi stack export`");
        JsonNode version = root.get("version");
        if (version != null && version.isInt() && version.asInt() != 3) {
            throw new BadInputException(Diagnostic.error("input.version", Origin.of(input.toString(), "/version"),
                    "this is a version " + version.asInt() + " export; Plumbline reads version 3 (Pulumi CLI 3.x)",
                    "export the stack with a current Pulumi CLI"));
        }
        PulumiJson.validate("pulumi/stack-export.schema.json", root, input);
        List<PulumiResource> resources = new ArrayList<>();
        JsonNode list = root.path("deployment").path("resources");
        int pendingDelete = 0;
        for (int i = 0; i < list.size(); i++) {
            JsonNode state = list.get(i);
            if (state.path("delete").asBoolean(false)) {
                pendingDelete++;
                continue;
            }
            resources.add(PulumiJson.resource(state, input.toString(), "/deployment/resources/" + i));
        }
        return PulumiJson.ingest(resources, null, input, FORMAT, pendingDelete,
                "resource(s) are marked for deletion and are left out");
    }
}
