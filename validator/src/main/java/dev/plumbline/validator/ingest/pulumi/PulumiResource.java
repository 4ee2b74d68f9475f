package dev.plumbline.validator.ingest.pulumi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.plumbline.validator.model.Canonical;
import dev.plumbline.validator.model.Origin;
import java.util.List;

/**
 * One Pulumi resource as every source gives it (preview step, stack export entry, offline run):
 * its URN, type, logical name, parent, id (null when unknown), inputs, outputs, dependencies and
 * property dependencies, where it came from, and the provider that manages it ({@code provider}:
 * the provider resource's URN, without the id Pulumi appends; empty when the source does not say).
 */
public record PulumiResource(String urn, String type, String name, boolean custom, String parent, String id,
        JsonNode inputs, JsonNode outputs, JsonNode dependencies, JsonNode propertyDependencies, Origin origin,
        String provider) {

    public PulumiResource(String urn, String type, String name, boolean custom, String parent, String id,
            JsonNode inputs, JsonNode outputs, JsonNode dependencies, JsonNode propertyDependencies, Origin origin) {
        this(urn, type, name, custom, parent, id, inputs, outputs, dependencies, propertyDependencies, origin, "");
    }

    public PulumiResource {
        urn = Urns.normalise(Canonical.text(urn));
        type = canonicalType(Canonical.text(type));
        name = name == null || name.isEmpty() ? Urns.name(urn) : name;
        parent = Urns.normalise(Canonical.text(parent));
        inputs = inputs == null || !inputs.isObject() ? JsonNodeFactory.instance.objectNode() : inputs;
        outputs = outputs == null || !outputs.isObject() ? JsonNodeFactory.instance.objectNode() : outputs;
        dependencies = dependencies == null || !dependencies.isArray() ? JsonNodeFactory.instance.arrayNode() : dependencies;
        propertyDependencies = propertyDependencies == null || !propertyDependencies.isObject()
                ? JsonNodeFactory.instance.objectNode() : propertyDependencies;
        origin = Canonical.origin(origin);
        provider = providerUrn(Canonical.text(provider));
    }

    /** A provider reference is {@code <provider URN>::<provider id>}; the id is unknown in a preview. */
    private static String providerUrn(String reference) {
        int at = reference.lastIndexOf("::");
        int type = reference.indexOf("::pulumi:providers:");
        return reference.startsWith("urn:pulumi:") && type >= 0 && type < at
                ? Urns.normalise(reference.substring(0, at)) : reference;
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

    /** The resource's inputs overlaid with its known outputs: one view of a resource whose values are spread over both. */
    public JsonNode merged() {
        com.fasterxml.jackson.databind.node.ObjectNode copy = (com.fasterxml.jackson.databind.node.ObjectNode) inputs.deepCopy();
        outputs.fields().forEachRemaining(e -> {
            if (PulumiValues.isKnown(e.getValue())) {
                copy.set(e.getKey(), e.getValue());
            }
        });
        return copy;
    }

    /**
     * Property dependencies of a top-level property, normalised. Kept as parsed JSON and read on
     * demand: most are never asked for, and a big plan has millions of them.
     */
    public List<String> dependenciesOf(String property) {
        JsonNode urns = propertyDependencies.get(property);
        if (urns == null || !urns.isArray() || urns.isEmpty()) {
            return List.of();
        }
        List<String> out = new java.util.ArrayList<>(urns.size());
        urns.forEach(u -> out.add(Urns.normalise(u.asText())));
        return out;
    }

    /** Every resource this one depends on, normalised. */
    public List<String> dependencyUrns() {
        List<String> out = new java.util.ArrayList<>(dependencies.size());
        dependencies.forEach(u -> out.add(Urns.normalise(u.asText())));
        return out;
    }

    public boolean hasKnownId() {
        return id != null && !id.isEmpty() && !PulumiValues.UNKNOWN.equals(id);
    }

    /**
     * The AWS provider's {@code aws:alb/*} types are aliases of {@code aws:lb/*} (the same resources and
     * schema, kept for old programs): read them as the {@code lb} type. The URN keeps the program's type.
     */
    static String canonicalType(String type) {
        return type.startsWith("aws:alb/") ? "aws:lb/" + type.substring("aws:alb/".length()) : type;
    }
}
