package dev.plumbline.validator.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.validator.model.Origin;

/** The one JSON writer of the reports, and how an origin looks in JSON (empty parts left out). */
public final class JsonOut {

    public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOut() {
    }

    public static ObjectNode origin(Origin origin) {
        ObjectNode node = MAPPER.createObjectNode();
        if (!origin.file().isEmpty()) {
            node.put("file", origin.file());
        }
        if (!origin.pointer().isEmpty() || !origin.file().isEmpty()) {
            node.put("pointer", origin.pointer());
        }
        if (!origin.urn().isEmpty()) {
            node.put("urn", origin.urn());
        }
        return node;
    }

    public static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a report tree could not be written", e);
        }
    }
}
