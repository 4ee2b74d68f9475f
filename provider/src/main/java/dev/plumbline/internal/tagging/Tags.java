package dev.plumbline.internal.tagging;

import com.pulumi.core.Output;
import dev.plumbline.inputs.TagArgs;
import dev.plumbline.internal.validation.ArgsCheck;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tags of every taggable child: {@code Name} = the child's logical name, then the tags given
 * to the component (which win, {@code Name} included, so a user's tag always reaches the child).
 * AWS allows 50 tags per resource (https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html):
 * keys of 1-128 characters not starting with {@code aws:}, values of at most 256.
 */
public final class Tags {

    public static final String NAME = "Name";
    /** AWS allows 50 tags per resource and the components add {@code Name}. */
    public static final int MAX_USER_TAGS = 49;

    private final Output<Map<String, String>> componentTags;

    private Tags(Output<Map<String, String>> componentTags) {
        this.componentTags = componentTags;
    }

    /**
     * Checks the component's {@code tags} argument (keys now, values when known) and returns them as
     * a map; {@code null} (no tags given) is an empty map.
     */
    public static Tags check(List<TagArgs> tags, ArgsCheck check) {
        if (tags == null || tags.isEmpty()) {
            return new Tags(Output.of(Map.of()));
        }
        check.require(tags.size() <= MAX_USER_TAGS, "tags", tags.size() + " tags",
                "pass at most " + MAX_USER_TAGS + " (AWS allows 50 per resource and the component adds Name)");
        Set<String> keys = new HashSet<>();
        List<String> orderedKeys = new ArrayList<>();
        List<Output<String>> values = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            String at = "tags[" + i + "]";
            TagArgs tag = tags.get(i);
            if (tag == null || tag.key() == null || tag.value() == null) {
                check.add(at, "has no key or no value", "give both key and value");
                continue;
            }
            String key = tag.key();
            check.require(!key.isEmpty() && key.length() <= 128, at + ".key", "key length " + key.length(), "use 1 to 128 characters");
            check.require(!key.toLowerCase(Locale.ROOT).startsWith("aws:"), at + ".key",
                    "'" + key + "' starts with aws:, which AWS reserves", "rename the key");
            check.require(keys.add(key), at + ".key", "'" + key + "' is given twice", "give each tag key once");
            orderedKeys.add(key);
            values.add(check.value(tag.value(), (value, problems) -> problems.require(value.get().length() <= 256,
                    at + ".value", "value of " + value.get().length() + " characters", "use at most 256 characters")));
        }
        if (values.size() != tags.size()) {
            return new Tags(Output.of(Map.of()));
        }
        return new Tags(Output.all(values).applyValue(resolved -> {
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < resolved.size(); i++) {
                map.put(orderedKeys.get(i), resolved.get(i));
            }
            return map;
        }));
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
