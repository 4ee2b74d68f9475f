package dev.plumbline.runner.aws;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a mock gives a new resource: its id and the attributes AWS would compute. */
record Created(String id, Map<String, Object> attributes) {

    static Created of(String id) {
        return new Created(id, new LinkedHashMap<>());
    }

    Created with(String key, Object value) {
        if (value != null) {
            attributes.put(key, value);
        }
        return this;
    }
}
