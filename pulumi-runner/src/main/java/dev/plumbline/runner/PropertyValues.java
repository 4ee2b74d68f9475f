package dev.plumbline.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Pulumi property values, as the SDK sends them to the engine (a protobuf {@link Struct}), turned
 * into plain JSON for the captured-resources contract.
 *
 * <p>Special values are objects marked by a signature key (the SDK's
 * {@code com.pulumi.core.internal.Constants}, the same in every Pulumi language): a secret becomes the string {@value #SECRET}, never its plaintext; an
 * unknown value the string {@value #UNKNOWN}; a resource reference the referenced resource's id,
 * or its (normalised) URN when it has none; an output value its value, or one of the two markers.
 * Object keys are sorted and integral numbers written as integers, so that the same program always
 * gives the same text.
 */
public final class PropertyValues {

    /** What a secret is written as. */
    public static final String SECRET = "[secret]";
    /** What an unknown (computed) value is written as. */
    public static final String UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

    static final String SIGNATURE_KEY = "4dabf18193072939515e22adb298388d";
    static final String SECRET_SIGNATURE = "1b47061264138c4ac30d75fd1eb44270";
    static final String RESOURCE_REFERENCE_SIGNATURE = "5cf8f73096256a8f31e491e813e4eb8e";
    static final String OUTPUT_VALUE_SIGNATURE = "d0e6a833031e9bbcd3f4e8bde6ca49a4";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PropertyValues() {
    }

    /** A JSON object with the struct's properties. */
    public static ObjectNode toJson(Struct struct) {
        ObjectNode object = NODES.objectNode();
        new TreeMap<>(struct.getFieldsMap()).forEach((key, value) -> object.set(key, toJson(value)));
        return object;
    }

    /** One property value as JSON. */
    public static JsonNode toJson(Value value) {
        switch (value.getKindCase()) {
            case NULL_VALUE:
            case KIND_NOT_SET:
                return NODES.nullNode();
            case BOOL_VALUE:
                return NODES.booleanNode(value.getBoolValue());
            case NUMBER_VALUE:
                return number(value.getNumberValue());
            case STRING_VALUE:
                return NODES.textNode(value.getStringValue());
            case LIST_VALUE:
                return list(value.getListValue());
            case STRUCT_VALUE:
                return special(value.getStructValue());
            default:
                throw new IllegalStateException("unexpected property value kind " + value.getKindCase());
        }
    }

    /** The plaintext strings held in the struct's secrets, to keep them out of anything derived from it. */
    public static Set<String> secretTexts(Struct struct) {
        Set<String> texts = new HashSet<>();
        struct.getFieldsMap().values().forEach(value -> collectSecretTexts(value, false, texts));
        return texts;
    }

    /** A copy of {@code node} with every string in {@code secrets} replaced by {@value #SECRET}. */
    public static JsonNode maskTexts(JsonNode node, Set<String> secrets) {
        if (secrets.isEmpty()) {
            return node;
        }
        if (node.isTextual()) {
            return secrets.contains(node.textValue()) ? NODES.textNode(SECRET) : node;
        }
        if (node.isArray()) {
            ArrayNode array = NODES.arrayNode();
            node.forEach(item -> array.add(maskTexts(item, secrets)));
            return array;
        }
        if (node.isObject()) {
            ObjectNode object = NODES.objectNode();
            node.properties().forEach(field -> object.set(field.getKey(), maskTexts(field.getValue(), secrets)));
            return object;
        }
        return node;
    }

    private static void collectSecretTexts(Value value, boolean inSecret, Set<String> texts) {
        switch (value.getKindCase()) {
            case STRING_VALUE -> {
                if (inSecret && !value.getStringValue().isEmpty()) {
                    texts.add(value.getStringValue());
                }
            }
            case LIST_VALUE -> value.getListValue().getValuesList().forEach(item -> collectSecretTexts(item, inSecret, texts));
            case STRUCT_VALUE -> {
                Map<String, Value> fields = value.getStructValue().getFieldsMap();
                boolean secret = inSecret || SECRET_SIGNATURE.equals(signature(fields))
                        || (OUTPUT_VALUE_SIGNATURE.equals(signature(fields)) && fields.containsKey("secret")
                        && fields.get("secret").getBoolValue());
                fields.forEach((key, item) -> {
                    if (!key.equals(SIGNATURE_KEY)) {
                        collectSecretTexts(item, secret, texts);
                    }
                });
            }
            default -> {
            }
        }
    }

    private static JsonNode special(Struct struct) {
        Map<String, Value> fields = struct.getFieldsMap();
        String signature = signature(fields);
        if (signature == null) {
            return toJson(struct);
        }
        switch (signature) {
            case SECRET_SIGNATURE:
                return NODES.textNode(SECRET);
            case RESOURCE_REFERENCE_SIGNATURE:
                String id = text(fields.get("id"));
                return NODES.textNode(!id.isEmpty() ? id : Urns.normalise(text(fields.get("urn"))));
            case OUTPUT_VALUE_SIGNATURE:
                if (fields.containsKey("secret") && fields.get("secret").getBoolValue()) {
                    return NODES.textNode(SECRET);
                }
                return fields.containsKey("value") ? toJson(fields.get("value")) : NODES.textNode(UNKNOWN);
            default:
                ObjectNode other = toJson(struct);
                other.remove(SIGNATURE_KEY);
                return other;
        }
    }

    private static String signature(Map<String, Value> fields) {
        Value signature = fields.get(SIGNATURE_KEY);
        return signature != null && signature.hasStringValue() ? signature.getStringValue() : null;
    }

    private static String text(Value value) {
        return value != null && value.hasStringValue() ? value.getStringValue() : "";
    }

    private static ArrayNode list(ListValue list) {
        ArrayNode array = NODES.arrayNode();
        list.getValuesList().forEach(item -> array.add(toJson(item)));
        return array;
    }

    private static JsonNode number(double number) {
        if (number == Math.rint(number) && !Double.isInfinite(number) && Math.abs(number) < 1e15) {
            return NODES.numberNode((long) number);
        }
        return NODES.numberNode(number);
    }
}
