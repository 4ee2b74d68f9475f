package dev.plumbline.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.plumbline.validator.diag.UnknownPolicy;
import dev.plumbline.validator.location.JsonPointerLines;
import dev.plumbline.validator.location.SourceLocator;
import dev.plumbline.validator.location.SourceRegion;
import dev.plumbline.validator.model.Origin;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SARIF log validates against the official SARIF 2.1.0 schema and points at the right lines. */
class SarifReportTest {

    private static final String SCHEMA = "/sarif/sarif-schema-2.1.0.json";
    private static Schema sarifSchema;

    @BeforeAll
    static void loadOfficialSchema() throws Exception {
        // The OASIS schema declares draft-04; validate it as such.
        try (InputStream in = SarifReportTest.class.getResourceAsStream(SCHEMA)) {
            sarifSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        }
    }

    /** Lines of files the report names relative to the repository root. */
    private static SourceLocator locator(CheckReport report) {
        List<Origin> rooted = report.origins().stream().filter(o -> !o.file().isEmpty())
                .map(o -> new Origin(ReportFixtures.ROOT.resolve(o.file()).toString(), o.pointer(), o.urn())).toList();
        JsonPointerLines lines = JsonPointerLines.of(rooted);
        return origin -> origin.file().isEmpty() ? Optional.empty()
                : lines.locate(new Origin(ReportFixtures.ROOT.resolve(origin.file()).toString(), origin.pointer(), origin.urn()))
                        .map(r -> new SourceRegion(origin.file(), r.line(), r.column()));
    }

    private static JsonNode sarif(CheckReport report) throws Exception {
        return new ObjectMapper().readTree(SarifReport.render(report, locator(report)));
    }

    private static List<Error> validate(JsonNode log) {
        return sarifSchema.validate(log);
    }

    @Test
    void officialSchema_isTheUpstreamFileByteForByte() throws Exception {
        try (InputStream in = SarifReportTest.class.getResourceAsStream(SCHEMA)) {
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
            assertThat(sha256).isEqualTo("c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e");
        }
    }

    @Test
    void officialSchema_rejectsAnInvalidLog() {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode broken = mapper.createObjectNode().put("version", "2.1.0").set("runs",
                mapper.createArrayNode().add(mapper.createObjectNode().put("results", "not a list")));

        assertThat(validate(broken)).isNotEmpty();
    }

    @Test
    void render_twoTierWithIntents_isValidSarif() throws Exception {
        assertThat(validate(sarif(ReportFixtures.twoTier().report()))).isEmpty();
    }

    @Test
    void render_privateLinkGwlbLatticeWithIntents_isValidSarif() throws Exception {
        assertThat(validate(sarif(ReportFixtures.plGwlbLattice().report()))).isEmpty();
    }

    @Test
    void render_undeterminedIntentUnderFailPolicy_isValidSarifAtLevelError() throws Exception {
        CheckReport report = undetermined(UnknownPolicy.FAIL);

        JsonNode log = sarif(report);

        assertThat(validate(log)).isEmpty();
        JsonNode result = log.at("/runs/0/results").get(log.at("/runs/0/results").size() - 1);
        assertThat(result.path("ruleId").asText()).isEqualTo("intent.reachable");
        assertThat(result.path("level").asText()).isEqualTo("error");
        assertThat(result.at("/message/text").asText()).contains("is undetermined");
    }

    @Test
    void render_undeterminedIntentUnderWarnPolicy_isAWarning() throws Exception {
        JsonNode log = sarif(undetermined(UnknownPolicy.WARN));

        JsonNode results = log.at("/runs/0/results");
        assertThat(results.get(results.size() - 1).path("level").asText()).isEqualTo("warning");
    }

    private static CheckReport undetermined(UnknownPolicy policy) throws Exception {
        return ReportFixtures.check(ReportFixtures.UNDETERMINED, ReportFixtures.UNDETERMINED_INTENTS, policy).report();
    }

    @Test
    void render_driverListsEveryRuleWithItsDescriptionAndTheIntentRules() throws Exception {
        CheckReport report = ReportFixtures.twoTier().report();

        JsonNode rules = sarif(report).at("/runs/0/tool/driver/rules");

        assertThat(rules.findValuesAsText("id")).containsSubsequence("route.subnet-no-table", "nacl.blocks-return",
                "intent.reachable", "intent.target-group");
        assertThat(rules.findValuesAsText("id")).doesNotHaveDuplicates();
        JsonNode nacl = rules.get(rules.findValuesAsText("id").indexOf("nacl.blocks-return"));
        assertThat(nacl.at("/shortDescription/text").asText())
                .isEqualTo("a network ACL that admits connections but denies their replies on ephemeral ports");
        assertThat(nacl.at("/properties/family").asText()).isEqualTo("filtering");
    }

    @Test
    void render_findingPointsAtTheLineOfItsJsonPointer() throws Exception {
        JsonNode finding = sarif(ReportFixtures.twoTier().report()).at("/runs/0/results/0");

        assertThat(finding.path("ruleId").asText()).isEqualTo("nacl.blocks-return");
        assertThat(finding.path("level").asText()).isEqualTo("error");
        assertThat(finding.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("examples/two-tier-vpc.json");
        int line = finding.at("/locations/0/physicalLocation/region/startLine").asInt();
        String text = Files.readAllLines(ReportFixtures.ROOT.resolve(ReportFixtures.TWO_TIER)).get(line - 1);
        assertThat(text).contains("\"ruleNumber\": 100, \"egress\": true");
        assertThat(finding.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText())
                .isEqualTo("examples/two-tier-vpc.json#/networkAcls/1/entries/2");
        assertThat(finding.at("/ruleIndex").asInt()).isEqualTo(
                sarif(ReportFixtures.twoTier().report()).at("/runs/0/tool/driver/rules").findValuesAsText("id").indexOf("nacl.blocks-return"));
    }

    @Test
    void render_failedIntentPointsAtTheIntentAndRelatesTheStoppingHop() throws Exception {
        JsonNode results = sarif(ReportFixtures.twoTier().report()).at("/runs/0/results");

        assertThat(results).hasSize(2);
        JsonNode intent = results.get(1);
        assertThat(intent.path("ruleId").asText()).isEqualTo("intent.reachable");
        assertThat(intent.at("/message/text").asText()).startsWith("Intent 'the app reaches the internet over HTTPS' fails");
        assertThat(intent.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("examples/two-tier-vpc.intents.yaml");
        int line = intent.at("/locations/0/physicalLocation/region/startLine").asInt();
        assertThat(Files.readAllLines(ReportFixtures.ROOT.resolve(ReportFixtures.TWO_TIER_INTENTS)).get(line - 1))
                .contains("name: the app reaches the internet over HTTPS");
        assertThat(intent.at("/relatedLocations/0/message/text").asText()).isEqualTo("the reply is stopped at subnet private-a");
        assertThat(intent.at("/properties/trace").asText())
                .isEqualTo("plumbline trace examples/two-tier-vpc.json --from app --to internet --port 443");
    }

    @Test
    void render_passingIntentsAreNotResultsButListedInRunProperties() throws Exception {
        JsonNode log = sarif(ReportFixtures.plGwlbLattice().report());

        assertThat(log.at("/runs/0/results")).isEmpty();
        assertThat(log.at("/runs/0/properties/plumbline/intents/results")).hasSize(8);
        assertThat(log.at("/runs/0/properties/plumbline/intents/passed").asInt()).isEqualTo(8);
    }

    @Test
    void uri_escapesSpacesAndUsesForwardSlashes() {
        assertThat(SarifReport.uri("my plans/net work.json")).isEqualTo("my%20plans/net%20work.json");
    }

    @Test
    void uri_absolutePathOutsideTheWorkingDirectory_isAFileUri() {
        assertThat(SarifReport.uri("/opt/plans/net.json")).isEqualTo("file:///opt/plans/net.json");
    }

    @Test
    void render_elementKnownOnlyByUrn_isAtThePlanFileWithTheUrnAsLogicalLocation() throws Exception {
        String urn = "urn:pulumi:dev::net::aws:ec2/natGateway:NatGateway::nat-a";
        CheckReport report = new CheckReport("preview.json", "pulumi-preview", List.of(), 1, List.of(),
                List.of(new RuleRun("nat.no-internet-route", "nat", "d",
                        List.of(dev.plumbline.validator.diag.Diagnostic.error("nat.no-elastic-ip", new Origin("", "", urn), "m", "")))),
                "", List.of(), UnknownPolicy.WARN);

        JsonNode log = new ObjectMapper().readTree(SarifReport.render(report, SourceLocator.NONE));

        assertThat(validate(log)).isEmpty();
        JsonNode location = log.at("/runs/0/results/0/locations/0");
        assertThat(location.at("/physicalLocation/artifactLocation/uri").asText()).isEqualTo("preview.json");
        assertThat(location.at("/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo(urn);
        assertThat(location.at("/logicalLocations/0/kind").asText()).isEqualTo("resource");
        assertThat(log.at("/runs/0/tool/driver/rules/1/properties/reportedBy").asText()).isEqualTo("nat.no-internet-route");
    }

    @Test
    void render_sourceLocatorFirstInChain_putsTheResultAtTheProgramLine() throws Exception {
        String urn = "urn:pulumi:dev::net::aws:ec2/natGateway:NatGateway::nat-a";
        CheckReport report = new CheckReport("preview.json", "pulumi-preview", List.of(), 1, List.of(),
                List.of(new RuleRun("nat.no-internet-route", "nat", "d",
                        List.of(dev.plumbline.validator.diag.Diagnostic.error("nat.no-internet-route",
                                new Origin("preview.json", "/steps/3", urn), "m", "")))),
                "", List.of(), UnknownPolicy.WARN);
        SourceLocator program = origin -> origin.urn().equals(urn)
                ? Optional.of(new SourceRegion("src/main/java/net/Network.java", 42, 9)) : Optional.empty();

        JsonNode log = new ObjectMapper().readTree(SarifReport.render(report, program.orElse(SourceLocator.NONE)));

        assertThat(validate(log)).isEmpty();
        JsonNode physical = log.at("/runs/0/results/0/locations/0/physicalLocation");
        assertThat(physical.at("/artifactLocation/uri").asText()).isEqualTo("src/main/java/net/Network.java");
        assertThat(physical.at("/region/startLine").asInt()).isEqualTo(42);
        assertThat(log.at("/runs/0/results/0/locations/0/logicalLocations").findValuesAsText("fullyQualifiedName"))
                .containsExactly("preview.json#/steps/3", urn);
    }
}
