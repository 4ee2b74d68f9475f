package dev.plumbline.runner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An offline run's JSON, with look-ups for tests. */
final class Captured {

    static final String PROJECT = "plumbline-test";
    static final String STACK = "dev";
    static final String STACK_URN = "urn:pulumi:dev::plumbline-test::pulumi:pulumi:Stack::plumbline-test-dev";

    final String json;
    final JsonNode root;

    private Captured(String json) {
        this.json = json;
        try {
            this.root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("the runner wrote invalid JSON: " + json, e);
        }
    }

    static Captured run(Class<?> program) {
        return run(program, Map.of("aws:region", "us-east-1"));
    }

    static Captured run(Class<?> program, Map<String, String> config) {
        return new Captured(OfflineRun.run(program.getName(), "stack", PROJECT, STACK, config));
    }

    static Captured of(String json) {
        return new Captured(json);
    }

    List<JsonNode> resources() {
        List<JsonNode> resources = new ArrayList<>();
        root.get("resources").forEach(resources::add);
        return resources;
    }

    /** The one resource with this type and logical name. */
    JsonNode resource(String type, String name) {
        List<JsonNode> matches = resources().stream()
                .filter(r -> r.get("type").asText().equals(type) && r.get("name").asText().equals(name)).toList();
        if (matches.size() != 1) {
            throw new AssertionError(matches.size() + " resources " + type + " named " + name + " in " + json);
        }
        return matches.get(0);
    }

    String urn(String type, String name) {
        return resource(type, name).get("urn").asText();
    }

    String id(String type, String name) {
        return resource(type, name).get("id").asText();
    }

    JsonNode outputs(String type, String name) {
        return resource(type, name).get("outputs");
    }

    List<JsonNode> diagnostics() {
        List<JsonNode> diagnostics = new ArrayList<>();
        root.get("diagnostics").forEach(diagnostics::add);
        return diagnostics;
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
