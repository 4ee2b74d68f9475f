package dev.plumbline.internal.tagging;

import com.pulumi.core.Output;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tags of every taggable child: {@code Name} = the child's logical name, then the tags given
 * to the component (which win, {@code Name} included, so a user's tag always reaches the child).
 */
public final class Tags {

    public static final String NAME = "Name";

    private final Output<Map<String, String>> componentTags;

    private Tags(Output<Map<String, String>> componentTags) {
        this.componentTags = componentTags == null ? Output.of(Map.of()) : componentTags;
    }

    /** {@code componentTags} may be {@code null} (no tags given). */
    public static Tags of(Output<Map<String, String>> componentTags) {
        return new Tags(componentTags);
    }

    public Output<Map<String, String>> forChild(String childName) {
        return componentTags.applyValue(tags -> {
            Map<String, String> merged = new LinkedHashMap<>();
            merged.put(NAME, childName);
            merged.putAll(tags);
            return Map.copyOf(merged);
        });
    }
}
