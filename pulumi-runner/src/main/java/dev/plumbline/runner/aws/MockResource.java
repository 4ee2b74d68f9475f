package dev.plumbline.runner.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A resource the mocks are asked to create: its normalised URN (the seed of every id it gets),
 * Pulumi type, logical name, known inputs (camelCase, as the SDK registered them) and the region
 * and account its provider works in.
 */
record MockResource(String urn, String type, String name, Map<String, Object> inputs, String region, String account) {

    MockResource {
        inputs = inputs == null ? Map.of() : inputs;
    }

    /** The input as text, or empty when absent or not text. */
    String text(String key) {
        Object value = inputs.get(key);
        return value instanceof String ? (String) value : "";
    }

    Optional<String> optionalText(String key) {
        String value = text(key);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    boolean flag(String key, boolean absent) {
        Object value = inputs.get(key);
        return value instanceof Boolean ? (Boolean) value : absent;
    }

    boolean has(String key) {
        return inputs.containsKey(key);
    }

    /** A number input as an integer, or {@code absent}. */
    long number(String key, long absent) {
        Object value = inputs.get(key);
        return value instanceof Number ? ((Number) value).longValue() : absent;
    }

    /** The text items of a list input. */
    List<String> texts(String key) {
        return texts(inputs.get(key));
    }

    /** The object items of a list input. */
    List<Map<String, Object>> objects(String key) {
        return objects(inputs.get(key));
    }

    /** A single nested object input (Pulumi models Terraform's one-element blocks as objects). */
    Map<String, Object> object(String key) {
        return object(inputs.get(key));
    }

    /** {@code arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE}. */
    String arn(String service, String resource) {
        return "arn:" + Regions.partition(region) + ":" + service + ":" + region + ":" + account + ":" + resource;
    }

    /** {@link AwsIds#id(String, String)} seeded with this resource's URN. */
    String id(String prefix) {
        return AwsIds.id(prefix, urn);
    }

    String id(String prefix, String salt) {
        return AwsIds.id(prefix, urn, salt);
    }

    /**
     * The name Pulumi's auto-naming gives when the program sets none: the logical name, a dash and
     * seven hex digits, cut to {@code maxLength} (e.g. 32 for load balancers).
     */
    String physicalName(int maxLength, boolean lowerCase) {
        String explicit = text("name");
        if (!explicit.isEmpty()) {
            return explicit;
        }
        String suffix = AwsIds.hex(urn + "#name", 7);
        String prefix = text("namePrefix");
        String base = prefix.isEmpty() ? name + "-" : prefix;
        if (base.length() + suffix.length() > maxLength) {
            base = base.substring(0, Math.max(0, maxLength - suffix.length()));
        }
        String physical = base + suffix;
        return lowerCase ? physical.toLowerCase(Locale.ROOT) : physical;
    }

    static List<String> texts(Object value) {
        List<String> texts = new ArrayList<>();
        if (value instanceof List) {
            for (Object item : (List<?>) value) {
                if (item instanceof String) {
                    texts.add((String) item);
                }
            }
        }
        return texts;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> objects(Object value) {
        List<Map<String, Object>> objects = new ArrayList<>();
        if (value instanceof List) {
            for (Object item : (List<?>) value) {
                if (item instanceof Map) {
                    objects.add((Map<String, Object>) item);
                }
            }
        }
        return objects;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }
}
