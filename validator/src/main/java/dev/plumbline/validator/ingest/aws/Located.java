package dev.plumbline.validator.ingest.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.plumbline.validator.model.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A JSON node together with the snapshot file and the JSON pointer it was read from, so every
 * model element and every problem can point back at its input. Accessors never throw: a missing
 * field reads as empty, because the file's schema has already said what must be there.
 */
record Located(String file, String pointer, JsonNode node) {

    Located {
        node = node == null ? MissingNode.getInstance() : node;
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    Located child(String field) {
        return new Located(file, pointer + "/" + escape(field), node.path(field));
    }

    Located item(int index) {
        return new Located(file, pointer + "/" + index, node.path(index));
    }

    /** The elements of the array {@code field} (none when missing or not an array). */
    List<Located> items(String field) {
        return child(field).elements();
    }

    /** The elements of this node when it is an array. */
    List<Located> elements() {
        List<Located> out = new ArrayList<>();
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(item(i));
            }
        }
        return out;
    }

    boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    /** The text of {@code field}; empty when missing, null or not a string. */
    String text(String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : "";
    }

    Optional<String> optionalText(String field) {
        String value = text(field);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    boolean bool(String field, boolean fallback) {
        JsonNode value = node.get(field);
        return value != null && value.isBoolean() ? value.asBoolean() : fallback;
    }

    int integer(String field, int fallback) {
        JsonNode value = node.get(field);
        return value != null && value.canConvertToInt() && value.isIntegralNumber() ? value.asInt() : fallback;
    }

    /** The strings of the array {@code field}, skipping anything that is not a string. */
    List<String> texts(String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode value : node.path(field)) {
            if (value.isTextual()) {
                out.add(value.asText());
            }
        }
        return out;
    }

    /** The string {@code field} of each object in the array {@code arrayField}. */
    List<String> texts(String arrayField, String field) {
        List<String> out = new ArrayList<>();
        for (Located element : items(arrayField)) {
            element.optionalText(field).ifPresent(out::add);
        }
        return out;
    }

    /** The value of the tag {@code key} in {@code Tags} or {@code TagSet} (ENIs use the latter). */
    String tag(String key) {
        for (String tagsField : new String[] {"Tags", "TagSet"}) {
            for (Located tag : items(tagsField)) {
                if (key.equals(tag.text("Key"))) {
                    return tag.text("Value");
                }
            }
        }
        return "";
    }

    String name() {
        return tag("Name");
    }

    Origin origin() {
        return Origin.of(file, pointer);
    }

    /** {@code file#/pointer}, for messages. */
    String where() {
        return file + "#" + pointer;
    }
}
