package dev.plumbline.validator.ingest.pulumi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.plumbline.validator.model.Canonical;
import dev.plumbline.validator.model.Origin;
import java.util.List;
import java.util.Map;

/**
 * One Pulumi resource as every source gives it (preview step, stack export entry, offline run):
 * its URN, type, logical name, parent, id (null when unknown), inputs, outputs, dependencies and
 * property dependencies, and where it came from.
 */
public record PulumiResource(String urn, String type, String name, boolean custom, String parent, String id,
        JsonNode inputs, JsonNode outputs, List<String> dependencies, Map<String, List<String>> propertyDependencies,
        Origin origin) {

    public PulumiResource {
        urn = Urns.normalise(Canonical.text(urn));
        type = Canonical.text(type);
        name = name == null || name.isEmpty() ? Urns.name(urn) : name;
        parent = Urns.normalise(Canonical.text(parent));
        inputs = inputs == null || !inputs.isObject() ? JsonNodeFactory.instance.objectNode() : inputs;
        outputs = outputs == null || !outputs.isObject() ? JsonNodeFactory.instance.objectNode() : outputs;
        dependencies = Canonical.list(dependencies).stream().map(Urns::normalise).toList();
        propertyDependencies = propertyDependencies == null ? Map.of() : Map.copyOf(propertyDependencies);
        origin = Canonical.origin(origin);
    }

    /**
     * The value of a property: the output when it is there and known, else the input (a preview
     * knows inputs before outputs). Null when neither has it.
     */
    public JsonNode value(String property) {
        JsonNode output = outputs.get(property);
        if (output != null && !output.isNull() && !PulumiValues.isUnknown(output)) {
            return output;
        }
        JsonNode input = inputs.get(property);
        if (input != null && !input.isNull()) {
            return input;
        }
        return output;
    }

    /** Property dependencies of a top-level property, normalised. */
    public List<String> dependenciesOf(String property) {
        List<String> urns = propertyDependencies.get(property);
        return urns == null ? List.of() : urns.stream().map(Urns::normalise).toList();
    }

    public boolean hasKnownId() {
        return id != null && !id.isEmpty() && !PulumiValues.UNKNOWN.equals(id);
    }
}
