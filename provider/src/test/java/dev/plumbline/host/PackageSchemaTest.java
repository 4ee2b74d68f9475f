package dev.plumbline.host;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The package schema the provider host serves (fetched over gRPC by {@link HostedSchema}): it is
 * valid under Pulumi's package metaschema, and each component has the inputs, required inputs and
 * outputs that programs in other languages will be generated from.
 */
@Timeout(180)
class PackageSchemaTest {

    private static final String METASCHEMA = "/pulumi-metaschema/pulumi.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode schema;

    @BeforeAll
    static void fetch() throws IOException {
        schema = JSON.readTree(HostedSchema.get().schemaJson());
    }

    static Schema metaschema() throws IOException {
        try (InputStream in = PackageSchemaTest.class.getResourceAsStream(METASCHEMA)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    static Set<String> keys(JsonNode object) {
        Set<String> keys = new TreeSet<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    static Set<String> strings(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    static JsonNode resource(String token) {
        JsonNode resource = schema.path("resources").path(token);
        assertThat(resource.isObject()).as("resource %s in the schema", token).isTrue();
        assertThat(resource.path("isComponent").asBoolean()).as("%s is a component", token).isTrue();
        return resource;
    }

    static void assertShape(String token, Set<String> inputs, Set<String> requiredInputs, Set<String> outputs) {
        JsonNode r = resource(token);
        assertThat(keys(r.path("inputProperties"))).as("inputs of %s", token).isEqualTo(inputs);
        assertThat(strings(r.path("requiredInputs"))).as("required inputs of %s", token).isEqualTo(requiredInputs);
        assertThat(keys(r.path("properties"))).as("outputs of %s", token).isEqualTo(outputs);
        assertThat(strings(r.path("required"))).as("required outputs of %s", token).isEqualTo(outputs);
    }

    @Test
    void schema_isValidUnderPulumisPackageMetaschema() throws IOException {
        List<Error> errors = metaschema().validate(schema);

        assertThat(errors).isEmpty();
    }

    @Test
    void metaschema_rejectsASchemaPulumiWouldRefuse() throws IOException {
        ObjectNode broken = schema.deepCopy();
        broken.put("name", "Plumb Line");
        ((ObjectNode) broken.path("resources").path("plumbline:index:EndpointService")).put("isComponent", "yes");

        assertThat(metaschema().validate(broken)).extracting(e -> e.getInstanceLocation().toString())
                .containsExactlyInAnyOrder("/name", "/resources/plumbline:index:EndpointService/isComponent");
    }

    @Test
    void metaschemaCopy_isTheFileItsReadmeNames() throws Exception {
        try (InputStream in = PackageSchemaTest.class.getResourceAsStream(METASCHEMA)) {
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
            assertThat(sha256).isEqualTo("45c9aa5144ef1c1ef1ce3515a6d379d288558d36d189435dfa32a246b9d3ad4b");
        }
    }

    @Test
    void schema_servesExactlyTheFourComponents() {
        assertThat(keys(schema.path("resources"))).containsExactly(
                "plumbline:index:EndpointConsumer",
                "plumbline:index:EndpointService",
                "plumbline:index:GwlbInspectionChain",
                "plumbline:index:LatticeServiceNetwork");
        assertThat(schema.path("functions").isMissingNode() || schema.path("functions").isEmpty()).isTrue();
    }

    @Test
    void endpointService_inputsAndOutputs() {
        assertShape("plumbline:index:EndpointService",
                Set.of("networkLoadBalancerArn", "newLoadBalancer", "acceptanceRequired", "allowedPrincipals", "privateDnsName",
                        "supportedRegions", "supportedIpAddressTypes", "tags"),
                Set.of(),
                Set.of("serviceName", "serviceId", "availabilityZones", "networkLoadBalancerArn", "baseEndpointDnsNames"));
    }

    @Test
    void endpointConsumer_inputsAndOutputs() {
        assertShape("plumbline:index:EndpointConsumer",
                Set.of("serviceName", "vpcId", "subnets", "ports", "clientCidrBlocks", "clientSecurityGroupIds",
                        "additionalSecurityGroupIds", "privateDnsEnabled", "serviceRegion", "sameAccountServiceId", "tags"),
                Set.of("serviceName", "vpcId", "subnets", "ports"),
                Set.of("endpointId", "dnsEntries", "subnetIds", "networkInterfaceIds", "securityGroupId"));
    }

    @Test
    void gwlbInspectionChain_inputsAndOutputs() {
        assertShape("plumbline:index:GwlbInspectionChain",
                Set.of("vpcId", "internetGatewayId", "appSubnets", "stages", "tags"),
                Set.of("vpcId", "internetGatewayId", "appSubnets", "stages"),
                Set.of("gatewayLoadBalancerArns", "targetGroupArns", "endpointServiceNames", "endpointIds", "edgeRouteTableId",
                        "appRouteTableIds", "endpointRouteTableIds"));
    }

    @Test
    void latticeServiceNetwork_inputsAndOutputs() {
        assertShape("plumbline:index:LatticeServiceNetwork",
                Set.of("name", "authType", "authPolicy", "accessLogDestinationArn", "vpcAssociations", "services", "tags"),
                Set.of(),
                Set.of("serviceNetworkId", "serviceNetworkArn", "serviceIds", "serviceArns", "serviceDnsNames", "targetGroupIds"));
    }

    @Test
    void nestedTypes_areNamedAfterTheirArgsClasses() {
        assertThat(keys(schema.path("types"))).containsExactlyInAnyOrder(
                "plumbline:index:AppSubnet", "plumbline:index:GwlbHealthCheck", "plumbline:index:InspectionStage",
                "plumbline:index:LatticeAction", "plumbline:index:LatticeHeaderMatch", "plumbline:index:LatticeHealthCheck",
                "plumbline:index:LatticeListener", "plumbline:index:LatticeMatch", "plumbline:index:LatticeRule",
                "plumbline:index:LatticeService", "plumbline:index:LatticeTarget", "plumbline:index:LatticeTargetGroup",
                "plumbline:index:LatticeVpcAssociation", "plumbline:index:LatticeWeightedTargetGroup",
                "plumbline:index:NewNetworkLoadBalancer", "plumbline:index:NlbListener", "plumbline:index:Tag",
                "plumbline:index:Target", "plumbline:index:ZonalSubnet");
        JsonNode stage = schema.path("types").path("plumbline:index:InspectionStage");
        assertThat(strings(stage.path("required"))).containsExactlyInAnyOrder(
                "name", "applianceVpcId", "applianceSubnets", "targets", "endpointSubnets");
    }

    @Test
    void noInputIsAMap_becausePulumiJavaCannotReadMapsInConstruct() {
        List<String> maps = new java.util.ArrayList<>();
        schema.path("resources").fields().forEachRemaining(r -> r.getValue().path("inputProperties").fields()
                .forEachRemaining(p -> collectMaps(r.getKey() + "." + p.getKey(), p.getValue(), maps)));
        schema.path("types").fields().forEachRemaining(t -> t.getValue().path("properties").fields()
                .forEachRemaining(p -> collectMaps(t.getKey() + "." + p.getKey(), p.getValue(), maps)));

        assertThat(maps).isEmpty();
    }

    private static void collectMaps(String path, JsonNode property, List<String> maps) {
        if (property.has("additionalProperties")) {
            maps.add(path);
        }
        if (property.has("items")) {
            collectMaps(path + "[]", property.path("items"), maps);
        }
    }

    @Test
    void tags_areAListOfKeyAndValue() {
        JsonNode tags = resource("plumbline:index:EndpointService").path("inputProperties").path("tags");
        assertThat(tags.path("items").path("$ref").asText()).isEqualTo("#/types/plumbline:index:Tag");
        assertThat(strings(schema.path("types").path("plumbline:index:Tag").path("required"))).containsExactly("key", "value");
    }

    @Test
    void structuralInputsArePlain_andIdsAcceptOutputs() {
        JsonNode chain = resource("plumbline:index:GwlbInspectionChain").path("inputProperties");
        assertThat(chain.path("stages").path("items").path("$ref").asText()).isEqualTo("#/types/plumbline:index:InspectionStage");
        assertThat(chain.path("stages").path("items").path("plain").asBoolean()).isTrue();
        assertThat(chain.path("vpcId").path("type").asText()).isEqualTo("string");
        assertThat(chain.path("vpcId").has("plain")).isFalse();

        JsonNode stage = schema.path("types").path("plumbline:index:InspectionStage").path("properties");
        assertThat(stage.path("name").path("plain").asBoolean()).isTrue();
        assertThat(stage.path("targets").path("items").path("$ref").asText()).isEqualTo("#/types/plumbline:index:Target");
        JsonNode target = schema.path("types").path("plumbline:index:Target").path("properties");
        assertThat(target.path("name").path("plain").asBoolean()).isTrue();
        assertThat(target.path("id").has("plain")).isFalse();

        JsonNode rule = schema.path("types").path("plumbline:index:LatticeRule").path("properties");
        assertThat(rule.path("priority").path("type").asText()).isEqualTo("integer");
        assertThat(rule.path("priority").path("plain").asBoolean()).isTrue();
    }
}
