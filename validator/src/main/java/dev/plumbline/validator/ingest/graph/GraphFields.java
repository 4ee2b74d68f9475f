package dev.plumbline.validator.ingest.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.elb.TargetHealth;
import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.net.Prefix;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * How the graph writers put one value into an element: left out when it is empty or what the
 * reader derives when the key is absent (see {@link GraphDefaults}), an unknown value as an
 * {@code {"unknown", "property"}} object.
 */
final class GraphFields {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private GraphFields() {
    }

    static ObjectNode element(String id, String name) {
        ObjectNode o = NODES.objectNode();
        o.put("id", id);
        text(o, "name", name);
        return o;
    }

    static <T> void array(ObjectNode parent, String key, List<T> items, Function<T, ObjectNode> writer) {
        if (!items.isEmpty()) {
            parent.set(key, list(items, writer));
        }
    }

    static <T> ArrayNode list(List<T> items, Function<T, ObjectNode> writer) {
        ArrayNode array = NODES.arrayNode();
        items.forEach(item -> array.add(writer.apply(item)));
        return array;
    }

    static void text(ObjectNode o, String key, String value) {
        if (value != null && !value.isEmpty()) {
            o.put(key, value);
        }
    }

    /** Writes {@code value} unless it is what the reader derives when the key is absent. */
    static void text(ObjectNode o, String key, String value, String derived) {
        if (value != null && !value.equals(Objects.requireNonNullElse(derived, ""))) {
            o.put(key, value);
        }
    }

    static void texts(ObjectNode o, String key, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = o.putArray(key);
            values.forEach(array::add);
        }
    }

    static void derivedTexts(ObjectNode o, String key, List<String> values, List<String> derived) {
        if (!values.equals(derived)) {
            ArrayNode array = o.putArray(key);
            values.forEach(array::add);
        }
    }

    static void prefixes(ObjectNode o, String key, List<Prefix> values, List<Prefix> derived) {
        if (!values.equals(derived)) {
            ArrayNode array = o.putArray(key);
            values.forEach(prefix -> array.add(prefix.toString()));
        }
    }

    static void flag(ObjectNode o, String key, boolean value, boolean fallback) {
        if (value != fallback) {
            o.put(key, value);
        }
    }

    static void number(ObjectNode o, String key, int value, int fallback) {
        if (value != fallback) {
            o.put(key, value);
        }
    }

    static void planned(ObjectNode o, String key, Planned<?> value) {
        if (!value.isAbsent()) {
            o.set(key, plannedValue(value));
        }
    }

    static JsonNode plannedValue(Planned<?> value) {
        if (value instanceof Planned.Unknown<?> unknown) {
            return unknown(unknown);
        }
        Object known = value.orElse(null);
        return known == null ? NODES.nullNode() : NODES.textNode(known instanceof Ipv4 ip ? ip.toString() : known.toString());
    }

    static ObjectNode unknown(Planned.Unknown<?> unknown) {
        ObjectNode o = NODES.objectNode();
        o.put("unknown", unknown.resource());
        o.put("property", unknown.property());
        return o;
    }

    static void health(ObjectNode o, TargetHealth health) {
        if (health != TargetHealth.UNKNOWN) {
            o.put("health", GraphFormat.spelling(GraphFormat.HEALTH, health));
        }
    }
}
