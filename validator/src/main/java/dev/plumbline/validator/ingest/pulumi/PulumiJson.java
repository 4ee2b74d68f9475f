package dev.plumbline.validator.ingest.pulumi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.validator.diag.BadInputException;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.ingest.Ingested;
import dev.plumbline.validator.ingest.JsonSchemas;
import dev.plumbline.validator.model.Origin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reading a Pulumi JSON document: the file into a tree (empty, truncated or non-JSON input is a
 * clear error with line and column), schema validation, and one ResourceV3 object into a
 * {@link PulumiResource}.
 */
final class PulumiJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private PulumiJson() {
    }

    static JsonNode read(Path file, String what) throws BadInputException {
        Origin where = Origin.of(file.toString(), "");
        try {
            if (Files.size(file) == 0) {
                throw new BadInputException(Diagnostic.error("input.json", where, "the file is empty",
                        "give the output of " + what));
            }
            JsonNode root = JSON.readTree(file.toFile());
            if (root == null || !root.isObject()) {
                throw new BadInputException(Diagnostic.error("input.json", where, "expected a JSON object at the top level",
                        "give the output of " + what));
            }
            return root;
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            throw new BadInputException(Diagnostic.error("input.json", where, "not valid JSON"
                    + (location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr())
                    + ": " + e.getOriginalMessage(), "give the complete output of " + what + " (is the file truncated?)"));
        } catch (IOException e) {
            throw new BadInputException(Diagnostic.error("input.unreadable", where, "cannot read: " + e.getMessage(),
                    "check the path and its permissions"));
        }
    }

    static void validate(String schema, JsonNode root, Path file) throws BadInputException {
        List<Diagnostic> problems = JsonSchemas.validate(schema, root, file.toString());
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
    }

    /** A ResourceV3 object at {@code pointer} of {@code file}. */
    static PulumiResource resource(JsonNode state, String file, String pointer) {
        String urn = state.path("urn").asText();
        JsonNode id = state.get("id");
        return new PulumiResource(urn, state.path("type").asText(), state.path("name").asText(""),
                state.path("custom").asBoolean(true), state.path("parent").asText(""),
                id == null || id.isNull() || id.asText().isEmpty() ? null : id.asText(),
                state.get("inputs"), state.get("outputs"), state.get("dependencies"), state.get("propertyDependencies"),
                new Origin(file, pointer, Urns.normalise(urn)), state.path("provider").asText(""));
    }

    /**
     * Maps the resources and returns what a reader returns: the region (or us-east-1, noted), a note
     * on left-out resources, and the mapping's own notes.
     */
    static Ingested ingest(List<PulumiResource> resources, JsonNode config, Path input, String format, int leftOut,
            String leftOutWhy) {
        List<Diagnostic> notes = new java.util.ArrayList<>();
        String region = region(config, resources);
        if (region.isEmpty()) {
            region = "us-east-1";
            notes.add(Diagnostic.info("pulumi.region", Origin.of(input.toString(), ""),
                    "no aws:region in the stack's config or provider, and no ARN to take it from: us-east-1 assumed", ""));
        }
        if (leftOut > 0) {
            notes.add(Diagnostic.info("pulumi.deleted", Origin.of(input.toString(), ""), leftOut + " " + leftOutWhy, ""));
        }
        PulumiMapper.Result result = PulumiMapper.map(resources, region, Origin.of(input.toString(), ""));
        notes.addAll(result.notes());
        return new Ingested(result.network(), format, List.of(input.toString()), notes);
    }

    /** The AWS region of a plan: the stack's aws:region config, else the default provider's region input. */
    static String region(JsonNode config, List<PulumiResource> resources) {
        if (config != null) {
            JsonNode region = config.get("aws:region");
            if (region != null && region.isTextual()) {
                return region.asText();
            }
            if (region != null && region.isObject() && region.has("value")) {
                return region.get("value").asText();
            }
        }
        for (PulumiResource r : resources) {
            if (r.type().equals("pulumi:providers:aws")) {
                String region = MappingContext.text(r, "region");
                if (!region.isEmpty()) {
                    return region;
                }
            }
        }
        for (PulumiResource r : resources) {
            String[] arn = MappingContext.text(r, "arn").split(":", 6);
            if (arn.length >= 4 && arn[0].equals("arn") && arn[3].matches("[a-z]{2}(-[a-z]+)+-\\d")) {
                return arn[3];
            }
        }
        return "";
    }
}
