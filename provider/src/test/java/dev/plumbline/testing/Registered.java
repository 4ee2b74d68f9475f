package dev.plumbline.testing;

import java.util.List;
import java.util.Map;

/**
 * One resource a program registered, as the mocked engine saw it: type token, logical name, URN,
 * the parent's URN, the URNs it depends on, and its known inputs (numbers arrive as doubles).
 */
public record Registered(String type, String name, String urn, String parentUrn, List<String> dependencies,
        Map<String, Object> inputs) {

    public Object input(String key) {
        return inputs.get(key);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> inputMap(String key) {
        return (Map<String, Object>) inputs.get(key);
    }

    @SuppressWarnings("unchecked")
    public List<Object> inputList(String key) {
        return (List<Object>) inputs.get(key);
    }
}
