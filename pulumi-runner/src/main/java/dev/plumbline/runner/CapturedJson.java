package dev.plumbline.runner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.Struct;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Writes a run in the captured-resources contract ({@code version: 1}): resources sorted by URN,
 * each with inputs as registered and outputs as the mocks answered, secrets masked, URNs
 * normalised; the stack's outputs; diagnostics.
 */
final class CapturedJson {

    static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private CapturedJson() {
    }

    static String write(String project, String stack, CapturedRun run, List<RunDiagnostic> moreDiagnostics) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        root.put("project", project);
        root.put("stack", stack);
        ArrayNode resources = root.putArray("resources");
        run.resources().stream().sorted(Comparator.comparing(RegisteredResource::urn))
                .forEach(resource -> resources.add(resource(resource, run)));
        root.set("stackOutputs", masked(run.registeredOutputs().getOrDefault(run.stackUrn(), Struct.getDefaultInstance())));
        ArrayNode diagnostics = root.putArray("diagnostics");
        List<RunDiagnostic> all = new ArrayList<>(run.diagnostics());
        all.addAll(moreDiagnostics);
        all.stream().distinct()
                .sorted(Comparator.comparing((RunDiagnostic d) -> !d.severity().equals(RunDiagnostic.ERROR))
                        .thenComparing(RunDiagnostic::urn).thenComparing(RunDiagnostic::message))
                .forEach(d -> diagnostics.addObject()
                        .put("severity", d.severity()).put("message", d.message()).put("urn", d.urn()));
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static ObjectNode resource(RegisteredResource resource, CapturedRun run) {
        MockAnswer answer = run.answers().get(resource.urn());
        String id = resource.custom() && answer != null ? answer.id() : "";
        ObjectNode inputs = masked(resource.inputs());
        ObjectNode node = JSON.createObjectNode();
        node.put("urn", resource.urn());
        node.put("type", resource.type());
        node.put("name", resource.name());
        node.put("custom", resource.custom());
        node.put("parent", resource.parent());
        node.put("id", id);
        node.set("inputs", inputs);
        node.set("outputs", outputs(resource, answer, inputs, id, run));
        ArrayNode dependencies = node.putArray("dependencies");
        resource.dependencies().forEach(dependencies::add);
        ObjectNode propertyDependencies = node.putObject("propertyDependencies");
        new TreeMap<>(resource.propertyDependencies()).forEach((property, urns) -> {
            ArrayNode list = propertyDependencies.putArray(property);
            urns.forEach(list::add);
        });
        node.put("provider", resource.provider());
        return node;
    }

    /**
     * A custom resource's outputs: the mocks' state, with every registered input written as
     * registered (so a secret input stays masked and an unknown one unknown), the additional
     * secret outputs masked, and any copy of a secret input's text elsewhere (a mock that derived
     * {@code tagsAll} from secret {@code tags}) masked too. A component's outputs: what it registered with {@code registerOutputs}.
     */
    private static ObjectNode outputs(RegisteredResource resource, MockAnswer answer, ObjectNode inputs, String id, CapturedRun run) {
        if (!resource.custom()) {
            return masked(run.registeredOutputs().getOrDefault(resource.urn(), Struct.getDefaultInstance()));
        }
        ObjectNode outputs = answer == null ? JSON.createObjectNode()
                : (ObjectNode) PropertyValues.maskTexts(masked(answer.outputs()), PropertyValues.secretTexts(resource.inputs()));
        inputs.properties().forEach(field -> outputs.set(field.getKey(), field.getValue()));
        resource.additionalSecretOutputs().stream().filter(outputs::has)
                .forEach(key -> outputs.put(key, PropertyValues.SECRET));
        if (!id.isEmpty()) {
            outputs.put("id", id);
        }
        ObjectNode sorted = JSON.createObjectNode();
        List<String> keys = new ArrayList<>();
        outputs.fieldNames().forEachRemaining(keys::add);
        keys.stream().sorted().forEach(key -> sorted.set(key, outputs.get(key)));
        return sorted;
    }

    private static ObjectNode masked(Struct struct) {
        return PropertyValues.toJson(struct);
    }
}
