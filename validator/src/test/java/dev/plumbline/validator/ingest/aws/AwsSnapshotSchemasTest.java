package dev.plumbline.validator.ingest.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.validator.ingest.JsonSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The schemas under schemas/aws/ that the reader validates each file against. */
class AwsSnapshotSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Set<String> allSchemas() {
        Set<String> names = new TreeSet<>(SnapshotKeys.REGION.values());
        names.addAll(SnapshotKeys.LATTICE.values());
        return names;
    }

    @Test
    void schemas_everyReadKeyHasADraft2020SchemaWhoseIdIsItsPath() throws IOException {
        Set<String> onDisk = new TreeSet<>();
        Path root = SnapshotFixtures.resource("schemas");
        try (var files = Files.walk(root.resolve("aws"))) {
            files.filter(p -> p.toString().endsWith(".schema.json"))
                    .forEach(p -> onDisk.add(root.relativize(p).toString().replace('\\', '/')));
        }
        assertThat(allSchemas()).as("every schema file is used, every used schema exists").isEqualTo(onDisk);
        for (String name : allSchemas()) {
            try (InputStream in = getClass().getResourceAsStream("/schemas/" + name)) {
                assertThat(in).as(name).isNotNull();
                JsonNode schema = JSON.readTree(in);
                assertThat(schema.path("$schema").asText()).as(name).isEqualTo("https://json-schema.org/draft/2020-12/schema");
                assertThat(schema.path("$id").asText()).as(name).isEqualTo("https://plumbline.dev/schemas/" + name);
                assertThat(schema.path("title").asText()).as(name).isNotEmpty();
            }
            assertThat(JsonSchemas.load(name)).as(name).isNotNull();
        }
    }

    @Test
    void schemas_eachDescribesTheKeysThatMapToIt() {
        SnapshotKeys.REGION.forEach((key, schema) -> assertThat(propertiesOf(schema)).as(schema).contains(key));
        SnapshotKeys.LATTICE.forEach((key, schema) -> assertThat(propertiesOf(schema)).as(schema).contains(key));
    }

    @Test
    void schemas_acceptAMinimalValidFileAndRejectAWrongType() throws IOException {
        JsonNode valid = JSON.readTree("{\"Vpcs\": [{\"VpcId\": \"vpc-0a1\", \"CidrBlock\": \"10.0.0.0/16\"}]}");
        JsonNode wrong = JSON.readTree("{\"Vpcs\": {\"VpcId\": \"vpc-0a1\"}}");

        assertThat(JsonSchemas.validate("aws/vpcs.schema.json", valid, "Vpcs.json")).isEmpty();
        assertThat(JsonSchemas.validate("aws/vpcs.schema.json", wrong, "Vpcs.json")).singleElement()
                .satisfies(d -> assertThat(d.location().pointer()).isEqualTo("/Vpcs"));
    }

    private static Set<String> propertiesOf(String schema) {
        try (InputStream in = AwsSnapshotSchemasTest.class.getResourceAsStream("/schemas/" + schema)) {
            Set<String> names = new TreeSet<>();
            JSON.readTree(in).path("properties").fieldNames().forEachRemaining(names::add);
            return names;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
