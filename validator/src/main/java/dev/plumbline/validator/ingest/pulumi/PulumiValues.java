package dev.plumbline.validator.ingest.pulumi;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How Pulumi marks values it does not show: the unknown sentinel of previews, and secrets
 * ({@code "[secret]"} in a preview, an object keyed by the secret signature in an export). A
 * secret's content is never read into the model and never printed.
 */
public final class PulumiValues {

    /** The string Pulumi puts where a value is computed at apply time. */
    public static final String UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
    /** The key of the object Pulumi writes for a secret in state and exports. */
    public static final String SECRET_SIGNATURE = "4dabf18193072939515e22adb298388d";
    /** How a preview shows a secret. */
    public static final String SECRET_TEXT = "[secret]";

    private PulumiValues() {
    }

    public static boolean isUnknown(JsonNode value) {
        return value != null && value.isTextual() && UNKNOWN.equals(value.asText());
    }

    public static boolean isSecret(JsonNode value) {
        if (value == null) {
            return false;
        }
        if (value.isTextual()) {
            return SECRET_TEXT.equals(value.asText());
        }
        return value.isObject() && value.has(SECRET_SIGNATURE);
    }

    /** Present and usable: not null, not unknown, not secret. */
    public static boolean isKnown(JsonNode value) {
        return value != null && !value.isNull() && !value.isMissingNode() && !isUnknown(value) && !isSecret(value);
    }
}
