package dev.plumbline.validator.ingest.pulumi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.validator.model.Origin;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Pulumi resources of one project's {@code dev} stack, as a reader hands them to {@link PulumiMapper},
 * written in mapping tests as JSON text.
 */
final class PlanResources {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String urnPrefix;
    private final String file;

    PlanResources(String project, String file) {
        this.urnPrefix = "urn:pulumi:dev::" + project + "::";
        this.file = file;
    }

    String urn(String type, String name) {
        return urnPrefix + type + "::" + name;
    }

    PulumiResource resource(String type, String name, String id, String inputs) {
        return resource(type, name, id, inputs, "{}", null);
    }

    PulumiResource resource(String type, String name, String id, String inputs, String outputs) {
        return resource(type, name, id, inputs, outputs, null);
    }

    /** {@code propertyDependencies}: JSON text, or null for none. */
    PulumiResource resource(String type, String name, String id, String inputs, String outputs, String propertyDependencies) {
        return new PulumiResource(urn(type, name), type, name, true, "", id, json(inputs), json(outputs), null,
                propertyDependencies == null ? null : json(propertyDependencies), Origin.of(file, ""));
    }

    PulumiMapper.Result map(List<PulumiResource> resources) {
        return PulumiMapper.map(resources, "us-east-1", Origin.of(file, ""));
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a test resource is not JSON: " + text, e);
        }
    }
}
