package dev.plumbline.host;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.pulumi.provider.internal.properties.PropertyValue;
import com.pulumi.provider.internal.properties.PropertyValueSerializer;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import com.pulumi.resources.ResourceArgs;
import dev.plumbline.testing.MockedDeployment;
import dev.plumbline.testing.Registered;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the engine's Construct call does with a component, minus the engine: the YAML examples'
 * inputs (provider/examples, shown in the README) go through pulumi-java's own
 * {@link PropertyValueSerializer} into the Args class, the component is instantiated the way
 * {@code ComponentProvider.construct} does it (class {@code dev.plumbline.<Name>}, its single
 * 3-argument constructor), and its outputs are serialized back with
 * {@link PropertyValueSerializer#stateFromComponentResource}.
 */
class ConstructPathTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static Stream<Arguments> examples() throws IOException {
        List<Arguments> all = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(Path.of("examples"))) {
            for (Path dir : dirs.sorted().toList()) {
                JsonNode program = YAML.readTree(dir.resolve("Pulumi.yaml").toFile());
                program.path("resources").fields().forEachRemaining(r -> all.add(Arguments.of(
                        dir.getFileName().toString(), r.getKey(), r.getValue().path("type").asText(), r.getValue().path("properties"))));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("examples")
    void example_deserializesConstructsAndReportsItsOutputs(String example, String name, String type, JsonNode properties) throws Exception {
        assertThat(type).startsWith("plumbline:index:");
        Class<?> component = Class.forName("dev.plumbline." + type.substring("plumbline:index:".length()));
        Constructor<?>[] constructors = component.getDeclaredConstructors();
        assertThat(constructors).hasSize(1);
        Class<?>[] parameters = constructors[0].getParameterTypes();
        assertThat(parameters).hasSize(3);
        assertThat(parameters[0]).isEqualTo(String.class);
        assertThat(ResourceArgs.class).isAssignableFrom(parameters[1]);
        assertThat(parameters[2]).isEqualTo(ComponentResourceOptions.class);

        Object args = PropertyValueSerializer.deserialize(propertyValue(properties), parameters[1]);
        MockedDeployment.Result result = MockedDeployment.run(ctx -> {
            try {
                return (Resource) constructors[0].newInstance(name, args, null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(result.exceptions()).isEmpty();
        assertThat(result.resources()).filteredOn(r -> !r.type().equals(type)).isNotEmpty()
                .allSatisfy(r -> assertThat(r.name()).startsWith(name + "-"));
        Map<String, PropertyValue> state = PropertyValueSerializer.stateFromComponentResource(result.component());
        assertThat(state.keySet()).as("outputs plus the urn every resource exports")
                .containsExactlyInAnyOrderElementsOf(Stream.concat(result.outputs().keySet().stream(), Stream.of("urn")).toList());
        assertThat(state.values()).noneMatch(v -> v.isNull() || v.isComputed());
        List<String> tagged = result.resources().stream().filter(r -> r.inputs().containsKey("tags"))
                .map(Registered::name).toList();
        assertThat(tagged).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("examples")
    void example_withTagsFromTheYaml_tagsItsChildren(String example, String name, String type, JsonNode properties) throws Exception {
        Class<?> component = Class.forName("dev.plumbline." + type.substring("plumbline:index:".length()));
        Constructor<?> constructor = component.getDeclaredConstructors()[0];
        Object args = PropertyValueSerializer.deserialize(propertyValue(properties), constructor.getParameterTypes()[1]);
        Map<String, String> expected = new LinkedHashMap<>();
        properties.path("tags").forEach(t -> expected.put(t.path("key").asText(), t.path("value").asText()));

        MockedDeployment.Result result = MockedDeployment.run(ctx -> {
            try {
                return (Resource) constructor.newInstance(name, args, null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });

        dev.plumbline.testing.ChildAssertions.assertChildrenOf(result, type, name, expected);
    }

    /** A stand-in Args with a map field, the shape the components avoid. */
    static final class MapArgs extends ResourceArgs {
        @com.pulumi.core.annotations.Import(name = "labels")
        private com.pulumi.core.Output<Map<String, String>> labels;
    }

    @org.junit.jupiter.api.Test
    void pulumiJava_stillCannotReadMapInputs_soTagsAndTargetsAreLists() {
        PropertyValue inputs = PropertyValue.of(Map.of("labels", PropertyValue.of(Map.of("team", PropertyValue.of("netsec")))));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PropertyValueSerializer.deserialize(inputs, MapArgs.class))
                .hasMessageContaining("Unsupported type for deserialization: STRING to java.lang.Object");
    }

    /** The engine's wire form of a JSON/YAML value: strings, numbers as doubles, booleans, arrays, objects. */
    static PropertyValue propertyValue(JsonNode node) {
        if (node.isTextual()) {
            return PropertyValue.of(node.asText());
        }
        if (node.isNumber()) {
            return PropertyValue.of(node.asDouble());
        }
        if (node.isBoolean()) {
            return PropertyValue.of(node.asBoolean());
        }
        if (node.isArray()) {
            List<PropertyValue> items = new ArrayList<>();
            node.forEach(item -> items.add(propertyValue(item)));
            return PropertyValue.of(items);
        }
        if (node.isObject()) {
            Map<String, PropertyValue> fields = new LinkedHashMap<>();
            node.fields().forEachRemaining(f -> fields.put(f.getKey(), propertyValue(f.getValue())));
            return PropertyValue.of(fields);
        }
        return PropertyValue.NULL;
    }
}
