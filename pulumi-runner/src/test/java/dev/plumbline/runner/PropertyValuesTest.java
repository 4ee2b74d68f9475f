package dev.plumbline.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PropertyValuesTest {

    private static final String SIG = "4dabf18193072939515e22adb298388d";

    @Test
    void toJson_whenValueIsSecret_writesTheMarkerOnly() {
        Struct inputs = struct(Map.of("userData", secret(text("hunter2")), "name", text("app")));

        JsonNode json = PropertyValues.toJson(inputs);

        assertThat(json.get("userData").asText()).isEqualTo("[secret]");
        assertThat(json.toString()).doesNotContain("hunter2");
    }

    @Test
    void toJson_whenSecretIsNestedInAList_masksOnlyThatItem() {
        Struct inputs = struct(Map.of("cidrBlocks", list(text("10.0.0.0/8"), secret(text("192.0.2.0/24")))));

        assertThat(PropertyValues.toJson(inputs).get("cidrBlocks").toString()).isEqualTo("[\"10.0.0.0/8\",\"[secret]\"]");
    }

    @Test
    void toJson_whenResourceReference_writesItsIdOrNormalisedUrn() {
        Value custom = special("5cf8f73096256a8f31e491e813e4eb8e", Map.of(
                "urn", text("urn:pulumi:dev::p::pulumi:pulumi:Stack$aws:ec2/vpc:Vpc::main"), "id", text("vpc-0a")));
        Value component = special("5cf8f73096256a8f31e491e813e4eb8e", Map.of(
                "urn", text("urn:pulumi:dev::p::pulumi:pulumi:Stack$x:index:Comp::c")));

        assertThat(PropertyValues.toJson(custom).asText()).isEqualTo("vpc-0a");
        assertThat(PropertyValues.toJson(component).asText()).isEqualTo("urn:pulumi:dev::p::x:index:Comp::c");
    }

    @Test
    void toJson_whenOutputValue_writesItsValueOrTheUnknownMarker() {
        Value known = special("d0e6a833031e9bbcd3f4e8bde6ca49a4", Map.of("value", text("sg-1")));
        Value unknown = special("d0e6a833031e9bbcd3f4e8bde6ca49a4", Map.of());
        Value secret = special("d0e6a833031e9bbcd3f4e8bde6ca49a4", Map.of("value", text("x"), "secret", Value.newBuilder().setBoolValue(true).build()));

        assertThat(PropertyValues.toJson(known).asText()).isEqualTo("sg-1");
        assertThat(PropertyValues.toJson(unknown).asText()).isEqualTo(PropertyValues.UNKNOWN);
        assertThat(PropertyValues.toJson(secret).asText()).isEqualTo("[secret]");
    }

    @Test
    void toJson_writesIntegralNumbersAsIntegers_andSortsKeys() {
        Struct struct = struct(Map.of("port", number(443), "weight", number(0.5), "alpha", Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build()));

        assertThat(PropertyValues.toJson(struct).toString()).isEqualTo("{\"alpha\":null,\"port\":443,\"weight\":0.5}");
    }

    @Test
    void maskTexts_replacesEveryCopyOfASecretsText() throws Exception {
        Struct inputs = struct(Map.of("tags", secret(struct(Map.of("owner", text("team-secret"))))));
        JsonNode derived = new ObjectMapper().readTree("{\"tagsAll\":{\"owner\":\"team-secret\"},\"name\":\"team\"}");

        JsonNode masked = PropertyValues.maskTexts(derived, PropertyValues.secretTexts(inputs));

        assertThat(masked.toString()).isEqualTo("{\"tagsAll\":{\"owner\":\"[secret]\"},\"name\":\"team\"}");
    }

    private static Value text(String text) {
        return Value.newBuilder().setStringValue(text).build();
    }

    private static Value number(double number) {
        return Value.newBuilder().setNumberValue(number).build();
    }

    private static Value list(Value... values) {
        return Value.newBuilder().setListValue(ListValue.newBuilder().addAllValues(java.util.List.of(values))).build();
    }

    private static Value secret(Value value) {
        return special("1b47061264138c4ac30d75fd1eb44270", Map.of("value", value));
    }

    private static Value secret(Struct value) {
        return secret(Value.newBuilder().setStructValue(value).build());
    }

    private static Value special(String signature, Map<String, Value> fields) {
        Struct.Builder struct = Struct.newBuilder().putFields(SIG, text(signature));
        fields.forEach(struct::putFields);
        return Value.newBuilder().setStructValue(struct).build();
    }

    private static Struct struct(Map<String, Value> fields) {
        return Struct.newBuilder().putAllFields(fields).build();
    }
}
