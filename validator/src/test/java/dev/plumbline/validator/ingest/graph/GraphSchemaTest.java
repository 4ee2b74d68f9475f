package dev.plumbline.validator.ingest.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.Route;
import dev.plumbline.validator.model.RouteTarget;
import dev.plumbline.validator.model.SgPeer;
import dev.plumbline.validator.model.TrafficMatch;
import dev.plumbline.validator.model.endpoint.VpcEndpoint;
import dev.plumbline.validator.model.lattice.LatticeAction;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The schema covers every element of the model and documents every key: a record added to the
 * model, or a component added to a record, fails here until the graph format says how to write it.
 */
class GraphSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Subschemas that only state a condition; the keys they name are documented where they are defined. */
    private static final Set<String> CONDITIONS = Set.of("if", "not");

    /** Records that are not written as one schema object of their own, and why. */
    private static final Set<Class<?>> NOT_OBJECTS = Set.of(
            Origin.class,               // the element's pointer in the file
            Network.class,              // the top level, checked on its own
            TrafficMatch.class,         // flattened into security group and ACL rules
            Planned.Known.class, Planned.Absent.class, Planned.Unknown.class); // a value, an omitted key, or {"unknown": ...}

    /** Record components written under other keys. */
    private static final Map<String, List<String>> RENAMED = Map.of(
            "Route.destination", List.of("cidr", "prefixList"),
            "SgRule.match", List.of("protocol", "ports", "icmpType", "icmpCode"),
            "SgRule.peer", List.of("cidr", "prefixList", "securityGroup", "ownerAccount"),
            "AclEntry.match", List.of("protocol", "ports", "icmpType", "icmpCode"));

    private static JsonNode schema() throws Exception {
        try (InputStream in = GraphSchemaTest.class.getResourceAsStream("/schemas/graph.schema.json")) {
            return JSON.readTree(in);
        }
    }

    private static String lowerCamel(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static List<Class<?>> modelRecords() throws Exception {
        Path root = modelClassesDirectory();
        List<Class<?>> records = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String relative = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                Class<?> type = Class.forName("dev.plumbline.validator.model." + relative.substring(0, relative.length() - 6));
                if (type.isRecord()) {
                    records.add(type);
                }
            }
        }
        return records;
    }

    private static Path modelClassesDirectory() throws URISyntaxException {
        return Path.of(Network.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("dev/plumbline/validator/model");
    }

    /** Records with a schema object of their own, and the $defs name of it. */
    private static String defName(Class<?> record) {
        if (record.getEnclosingClass() == SgPeer.class || record.getEnclosingClass() == RouteTarget.class
                || record.getEnclosingClass() == LatticeAction.class
                || record.getEnclosingClass() == dev.plumbline.validator.model.RouteDestination.class) {
            return null;
        }
        return lowerCamel(record.getSimpleName());
    }

    @Test
    void schema_isDraft202012WithItsIdAndVersionOne() throws Exception {
        JsonNode schema = schema();

        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asText()).isEqualTo(GraphFormat.SCHEMA_URI);
        assertThat(schema.at("/properties/version/const").asInt()).isEqualTo(GraphFormat.VERSION);
        assertThat(schema.path("required")).extracting(JsonNode::asText).contains("version");
    }

    @Test
    void schema_hasATopLevelArrayPerNetworkListAndEndpointKind() throws Exception {
        JsonNode properties = schema().path("properties");
        List<String> expected = new ArrayList<>();
        for (RecordComponent component : Network.class.getRecordComponents()) {
            if (component.getName().equals("vpcEndpoints")) {
                for (Class<?> kind : VpcEndpoint.class.getPermittedSubclasses()) {
                    expected.add(lowerCamel(kind.getSimpleName().replace("Gwlb", "gwlb")) + "s");
                }
            } else {
                expected.add(component.getName());
            }
        }

        assertThat(expected).allSatisfy(key -> assertThat(properties.path(key).path("type").asText()).as(key).isEqualTo("array"));
        assertThat(GraphFormat.KINDS).extracting(GraphFormat.Kind::key).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void schema_hasAPropertyForEveryComponentOfEveryModelRecord() throws Exception {
        JsonNode defs = schema().path("$defs");
        List<String> missing = new ArrayList<>();
        List<Class<?>> records = modelRecords();
        for (Class<?> record : records) {
            String def = defName(record);
            if (NOT_OBJECTS.contains(record) || def == null) {
                continue;
            }
            JsonNode properties = defs.path(def).path("properties");
            if (properties.isMissingNode()) {
                missing.add(def + " (no $defs entry for " + record.getName() + ")");
                continue;
            }
            for (RecordComponent component : record.getRecordComponents()) {
                if (component.getType() == Origin.class) {
                    continue;
                }
                String key = record.getSimpleName() + "." + component.getName();
                for (String property : RENAMED.getOrDefault(key, List.of(component.getName()))) {
                    if (!properties.has(property)) {
                        missing.add(def + "." + property);
                    }
                }
            }
        }

        assertThat(records).as("model records found on the classpath").hasSizeGreaterThan(40);
        assertThat(missing).isEmpty();
    }

    @Test
    void schema_hasAKeyPerRouteTargetKindAndLatticeActionKind() throws Exception {
        JsonNode schema = schema();
        JsonNode targets = schema.at("/$defs/routeTarget/else/properties");
        JsonNode actions = schema.at("/$defs/latticeAction/properties");

        assertThat(RouteTarget.class.getPermittedSubclasses()).filteredOn(kind -> kind != RouteTarget.Unresolved.class)
                .allSatisfy(kind -> assertThat(targets.has(lowerCamel(kind.getSimpleName()))).as(kind.getSimpleName()).isTrue());
        assertThat(schema.at("/$defs/routeTarget/then/$ref").asText()).isEqualTo("#/$defs/unknown");
        assertThat(LatticeAction.class.getPermittedSubclasses())
                .allSatisfy(kind -> assertThat(actions.has(lowerCamel(kind.getSimpleName()))).as(kind.getSimpleName()).isTrue());
    }

    @Test
    void schema_spellsEveryValueOfEveryModelEnumItWrites() throws Exception {
        JsonNode defs = schema().path("$defs");

        assertThat(enumOf(defs, "/route/properties/source")).containsExactlyInAnyOrderElementsOf(GraphFormat.ROUTE_SOURCES.keySet());
        assertThat(enumOf(defs, "/natGateway/properties/connectivity")).containsExactlyInAnyOrderElementsOf(GraphFormat.CONNECTIVITY.keySet());
        assertThat(enumOf(defs, "/loadBalancer/properties/type")).containsExactlyInAnyOrderElementsOf(GraphFormat.LB_TYPES.keySet());
        assertThat(enumOf(defs, "/targetGroup/properties/targetType")).containsExactlyInAnyOrderElementsOf(GraphFormat.TARGET_TYPES.keySet());
        assertThat(enumOf(defs, "/targetGroup/properties/stickiness")).containsExactlyInAnyOrderElementsOf(GraphFormat.STICKINESS.keySet());
        assertThat(enumOf(defs, "/endpointService/properties/serviceKind")).containsExactlyInAnyOrderElementsOf(GraphFormat.SERVICE_KINDS.keySet());
        assertThat(enumOf(defs, "/health")).containsExactlyInAnyOrderElementsOf(GraphFormat.HEALTH.keySet());
        assertThat(enumOf(defs, "/headerMatch/properties/type")).containsExactlyInAnyOrderElementsOf(GraphFormat.HEADER_MATCH_TYPES.keySet());
        assertThat(enumOf(defs, "/serviceNetwork/properties/authType")).containsExactlyInAnyOrderElementsOf(GraphFormat.AUTH_TYPES.keySet());
        assertThat(enumOf(defs, "/latticeListener/properties/protocol")).containsExactlyInAnyOrderElementsOf(GraphFormat.LATTICE_PROTOCOLS.keySet());
        assertThat(enumOf(defs, "/latticeTargetGroup/properties/type")).containsExactlyInAnyOrderElementsOf(GraphFormat.LATTICE_TARGET_TYPES.keySet());
        assertThat(GraphFormat.ROUTE_SOURCES.values()).containsExactlyInAnyOrder(Route.Source.values());
        assertThat(GraphFormat.STICKINESS).hasSize(dev.plumbline.validator.model.elb.TargetGroup.Stickiness.values().length);
    }

    private static List<String> enumOf(JsonNode defs, String pointer) {
        List<String> values = new ArrayList<>();
        defs.at(pointer).path("enum").forEach(value -> values.add(value.asText()));
        return values;
    }

    @Test
    void schema_describesEveryProperty() throws Exception {
        List<String> undocumented = new ArrayList<>();
        collectUndocumented(schema(), "", undocumented);

        assertThat(undocumented).isEmpty();
    }

    private static void collectUndocumented(JsonNode node, String pointer, List<String> undocumented) {
        if (node.isObject()) {
            JsonNode properties = node.get("properties");
            if (properties != null) {
                properties.fields().forEachRemaining(entry -> {
                    if (!entry.getValue().hasNonNull("description")
                            || entry.getValue().get("description").asText().isBlank()) {
                        undocumented.add(pointer + "/properties/" + entry.getKey());
                    }
                });
            }
            node.fields().forEachRemaining(entry -> {
                if (!CONDITIONS.contains(entry.getKey())) {
                    collectUndocumented(entry.getValue(), pointer + "/" + entry.getKey(), undocumented);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectUndocumented(node.get(i), pointer + "/" + i, undocumented);
            }
        }
    }

    @Test
    void schema_forbidsUnknownKeysInEveryObject() throws Exception {
        JsonNode defs = schema().path("$defs");
        List<String> open = new ArrayList<>();
        defs.fields().forEachRemaining(entry -> {
            JsonNode def = entry.getValue();
            if ("object".equals(def.path("type").asText()) && !def.path("additionalProperties").isBoolean()) {
                open.add(entry.getKey());
            }
        });

        assertThat(open).isEmpty();
    }
}
