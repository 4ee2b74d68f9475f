package dev.plumbline.internal.outputs;

import com.pulumi.core.Output;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Turning maps of outputs, as components collect them per stage or zone, into outputs of maps. */
public final class OutputMaps {

    private OutputMaps() {
    }

    /** One output holding every value, keyed (and sorted) like {@code values}. */
    public static <V> Output<Map<String, V>> of(Map<String, Output<V>> values) {
        SortedMap<String, Output<V>> sorted = new TreeMap<>(values);
        List<String> keys = new ArrayList<>(sorted.keySet());
        if (keys.isEmpty()) {
            return Output.of(Map.of());
        }
        return Output.all(new ArrayList<>(sorted.values())).applyValue(list -> {
            SortedMap<String, V> map = new TreeMap<>();
            for (int i = 0; i < keys.size(); i++) {
                map.put(keys.get(i), list.get(i));
            }
            return map;
        });
    }

    /** Two levels: outer key (e.g. stage) to inner key (e.g. zone) to value. */
    public static <V> Output<Map<String, Map<String, V>>> nested(Map<String, ? extends Map<String, Output<V>>> values) {
        SortedMap<String, Output<Map<String, V>>> inner = new TreeMap<>();
        values.forEach((k, v) -> inner.put(k, of(v)));
        return of(inner);
    }
}
