package dev.plumbline.validator.ingest.aws;

import static dev.plumbline.validator.ingest.aws.SnapshotFixtures.corpus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.plumbline.validator.diag.BadInputException;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.diag.Severity;
import dev.plumbline.validator.ingest.Ingested;
import dev.plumbline.validator.ingest.JsonSchemas;
import dev.plumbline.validator.model.Origin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input: every problem is reported, with its file and JSON pointer, as one BadInputException;
 * nothing a user can write makes the reader throw anything else.
 */
class AwsSnapshotReaderBadInputTest {

    private static final String VPC = """
            {"Vpcs": [{"VpcId": "vpc-0a1", "CidrBlock": "%s", "OwnerId": "111122223333"}]}""";

    @TempDir
    Path snapshot;

    private Path write(String relative, String content) throws IOException {
        Path file = snapshot.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private List<Diagnostic> problems() {
        BadInputException e = catchThrowableOfType(BadInputException.class, () -> new AwsSnapshotReader().read(snapshot));
        assertThat(e).as("expected BadInputException").isNotNull();
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.severity()).isEqualTo(Severity.ERROR));
        return e.problems();
    }

    private Ingested readCleanly() throws BadInputException {
        return new AwsSnapshotReader().read(snapshot);
    }

    @Test
    void read_whenFileIsNotJson_reportsFileAndParserPosition() throws IOException {
        write("aws_configs/us-east-1/Vpcs.json", "Vpcs: vpc-0a1 10.0.0.0/16\n");

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo(IngestLog.BAD_JSON);
            assertThat(p.location()).isEqualTo(Origin.of("aws_configs/us-east-1/Vpcs.json", ""));
            assertThat(p.message()).startsWith("not valid JSON at line 1, column");
        });
    }

    @Test
    void read_whenFileIsTruncated_reportsUnexpectedEnd() throws IOException {
        String whole = Files.readString(corpus("test-subnet").resolve("aws_configs/Subnets.json"));
        write("aws_configs/us-east-2/Subnets.json", whole.substring(0, whole.length() / 2));

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.location().file()).isEqualTo("aws_configs/us-east-2/Subnets.json");
            assertThat(p.message()).contains("not valid JSON").contains("end-of-input").contains("(opened at line")
                    .doesNotContain("Source:");
            assertThat(p.hint()).contains("truncated");
        });
    }

    @Test
    void read_whenFileIsEmpty_saysSo() throws IOException {
        write("aws_configs/us-east-1/Vpcs.json", "  \n");

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo(IngestLog.BAD_JSON);
            assertThat(p.message()).isEqualTo("the file is empty");
        });
    }

    @Test
    void read_whenJsonHasADuplicateKey_rejectsIt() throws IOException {
        write("aws_configs/us-east-1/Vpcs.json", "{\"Vpcs\": [], \"Vpcs\": []}");

        assertThat(problems()).singleElement().extracting(Diagnostic::message).asString().contains("Duplicate field 'Vpcs'");
    }

    @Test
    void read_whenJsonHasTrailingContent_rejectsIt() throws IOException {
        write("aws_configs/us-east-1/Vpcs.json", "{\"Vpcs\": []}\n{\"Vpcs\": []}\n");

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo(IngestLog.BAD_JSON);
            assertThat(p.message()).contains("line 2").contains("Trailing token");
        });
    }

    @Test
    void read_whenObjectIsEmpty_notesTheFileAsSkipped() throws Exception {
        write("aws_configs/us-east-1/Vpcs.json", VPC.formatted("10.0.0.0/16"));
        write("aws_configs/us-east-1/Nothing.json", "{}");

        assertThat(readCleanly().notes()).filteredOn(n -> n.location().file().endsWith("Nothing.json")).singleElement()
                .extracting(Diagnostic::message).isEqualTo("skipped file: the JSON object has no keys");
    }

    @Test
    void read_whenTopLevelIsNotAnObject_saysWhatWasExpected() throws IOException {
        write("aws_configs/us-east-1/Vpcs.json", "[{\"VpcId\": \"vpc-0a1\"}]");

        assertThat(problems()).singleElement().extracting(Diagnostic::message).asString()
                .startsWith("expected a JSON object with a top-level key").endsWith("found array");
    }

    @Test
    void read_whenRequiredFieldIsMissing_reportsSchemaErrorWithPointer() throws IOException {
        write("aws_configs/us-east-1/Subnets.json", """
                {"Subnets": [{"SubnetId": "subnet-0a1", "CidrBlock": "10.0.1.0/24", "AvailabilityZone": "us-east-1a"}]}""");

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo(JsonSchemas.RULE_ID);
            assertThat(p.location()).isEqualTo(Origin.of("aws_configs/us-east-1/Subnets.json", "/Subnets/0"));
            assertThat(p.message()).contains("VpcId");
            assertThat(p.hint()).contains("schemas/aws/subnets.schema.json");
        });
    }

    @Test
    void read_whenValueHasWrongTypeOrEnum_reportsEachPointer() throws IOException {
        write("aws_configs/us-east-1/RouteTables.json", """
                {"RouteTables": [{"RouteTableId": "rtb-0a1", "VpcId": "vpc-0a1", "Associations": [{"Main": "yes"}],
                  "Routes": [{"DestinationCidrBlock": "10.0.0.0/16", "GatewayId": "local", "State": "gone"}]}]}""");

        assertThat(problems()).extracting(p -> p.location().pointer())
                .containsExactlyInAnyOrder("/RouteTables/0/Associations/0/Main", "/RouteTables/0/Routes/0/State");
    }

    @Test
    void read_whenCidrHasHostBits_reportsPointerAndTheNetworkMeant() throws IOException {
        write("aws_configs/us-east-1/Vpcs.json", VPC.formatted("10.0.1.5/16"));

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo(IngestLog.BAD_VALUE);
            assertThat(p.location()).isEqualTo(Origin.of("aws_configs/us-east-1/Vpcs.json", "/Vpcs/0/CidrBlock"));
            assertThat(p.message()).isEqualTo("'10.0.1.5/16' is not a network address (did you mean 10.0.0.0/16?)");
        });
    }

    @Test
    void read_whenAddressIsNotIpv4_reportsPointer() throws IOException {
        write("aws_configs/us-east-1/NetworkInterfaces.json", """
                {"NetworkInterfaces": [{"NetworkInterfaceId": "eni-0a1", "SubnetId": "subnet-0a1", "VpcId": "vpc-0a1",
                  "PrivateIpAddress": "10.0.1.300",
                  "PrivateIpAddresses": [{"Primary": true, "PrivateIpAddress": "10.0.1.300"}]}]}""");

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.location().pointer()).isEqualTo("/NetworkInterfaces/0/PrivateIpAddresses/0/PrivateIpAddress");
            assertThat(p.message()).contains("'10.0.1.300' is not an IPv4 address");
        });
    }

    @Test
    void read_whenAclPortRangeIsReversed_reportsThePortRange() throws IOException {
        write("aws_configs/us-east-1/NetworkAcls.json", """
                {"NetworkAcls": [{"NetworkAclId": "acl-0a1", "VpcId": "vpc-0a1", "Entries": [
                  {"RuleNumber": 10, "Egress": false, "Protocol": "6", "RuleAction": "allow", "CidrBlock": "0.0.0.0/0",
                   "PortRange": {"From": 443, "To": 80}}]}]}""");

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.location().pointer()).isEqualTo("/NetworkAcls/0/Entries/0/PortRange");
            assertThat(p.message()).contains("invalid port range 443-80");
        });
    }

    @Test
    void read_whenRouteNamesNoTarget_reportsTheRoute() throws IOException {
        write("aws_configs/us-east-1/RouteTables.json", """
                {"RouteTables": [{"RouteTableId": "rtb-0a1", "VpcId": "vpc-0a1", "Associations": [],
                  "Routes": [{"DestinationCidrBlock": "0.0.0.0/0", "Origin": "CreateRoute", "State": "active"}]}]}""");

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.location().pointer()).isEqualTo("/RouteTables/0/Routes/0");
            assertThat(p.message()).isEqualTo("the route names no target");
        });
    }

    @Test
    void read_whenRouteNamesNoDestination_reportsTheRoute() throws IOException {
        write("aws_configs/us-east-1/RouteTables.json", """
                {"RouteTables": [{"RouteTableId": "rtb-0a1", "VpcId": "vpc-0a1", "Associations": [],
                  "Routes": [{"GatewayId": "local", "Origin": "CreateRouteTable", "State": "active"}]}]}""");

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.location().pointer()).isEqualTo("/RouteTables/0/Routes/0");
            assertThat(p.message()).isEqualTo("the route names no destination");
        });
    }

    @Test
    void read_whenSeveralFilesAreBad_reportsEveryProblemTogether() throws IOException {
        write("aws_configs/us-east-1/Vpcs.json", VPC.formatted("10.0.0.0/33"));
        write("aws_configs/us-east-1/Subnets.json", "{\"Subnets\": [");
        write("aws_configs/us-east-1/InternetGateways.json", "{\"InternetGateways\": [{\"Attachments\": []}]}");

        assertThat(problems()).extracting(p -> p.location().render())
                .containsExactly("aws_configs/us-east-1/InternetGateways.json#/InternetGateways/0",
                        "aws_configs/us-east-1/Subnets.json", "aws_configs/us-east-1/Vpcs.json#/Vpcs/0/CidrBlock");
    }

    @Test
    void read_whenHealthOutputNamesNoTargetGroupAndThereAreTwo_asksForTheArn() throws IOException {
        write("aws_configs/us-east-1/TargetGroups.json", """
                {"TargetGroups": [
                  {"TargetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/a/0a1",
                   "TargetGroupName": "a", "TargetType": "ip", "Protocol": "TCP", "Port": 80, "VpcId": "vpc-0a1"},
                  {"TargetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/b/0b2",
                   "TargetGroupName": "b", "TargetType": "ip", "Protocol": "TCP", "Port": 80, "VpcId": "vpc-0a1"}]}""");
        write("aws_configs/us-east-1/TargetHealth.json", """
                {"TargetHealthDescriptions": [{"Target": {"Id": "10.0.1.10", "Port": 80}, "TargetHealth": {"State": "healthy"}}]}""");

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(Origin.of("aws_configs/us-east-1/TargetHealth.json", "/TargetHealthDescriptions"));
            assertThat(p.hint()).contains("TargetGroupArn");
        });
    }

    @Test
    void read_whenFlatFilesComeFromTwoRegions_asksForRegionFolders() throws IOException {
        write("aws_configs/AvailabilityZones.json", """
                {"AvailabilityZones": [{"ZoneName": "us-east-1a", "ZoneId": "use1-az1", "RegionName": "us-east-1"}]}""");
        write("aws_configs/Subnets.json", """
                {"Subnets": [{"SubnetId": "subnet-0a1", "VpcId": "vpc-0a1", "CidrBlock": "10.0.1.0/24",
                  "AvailabilityZone": "eu-west-1a"}]}""");

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo(IngestLog.BAD_LAYOUT);
            assertThat(p.message()).contains("several regions").contains("us-east-1").contains("eu-west-1");
            assertThat(p.hint()).contains("aws_configs/<region>/");
        });
    }

    @Test
    void read_whenFolderIsEmpty_saysSo() {
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo(IngestLog.BAD_LAYOUT);
            assertThat(p.message()).contains("is an empty folder");
        });
    }

    @Test
    void read_whenFolderHasNoAwsConfigs_saysWhatItExpected() throws IOException {
        write("README.txt", "not a snapshot");
        write("notes/plan.txt", "nothing here either");

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("holds no aws_configs/ folder and no AWS describe-JSON files");
            assertThat(p.hint()).contains("docs/formats/aws-snapshot.md");
        });
    }

    @Test
    void read_whenAwsConfigsHoldsNoJson_saysSo() throws IOException {
        Files.createDirectories(snapshot.resolve("aws_configs/us-east-1"));

        assertThat(problems()).singleElement().extracting(Diagnostic::message).asString().contains("holds no JSON files");
    }

    @Test
    void read_whenPathDoesNotExist_saysSo() {
        BadInputException e = catchThrowableOfType(BadInputException.class,
                () -> new AwsSnapshotReader().read(snapshot.resolve("missing")));

        assertThat(e.problems()).singleElement().extracting(Diagnostic::message).asString().contains("does not exist");
    }

    @Test
    void read_whenPathIsAFile_saysAFolderIsExpected() throws IOException {
        Path file = write("aws_configs/us-east-1/Vpcs.json", VPC.formatted("10.0.0.0/16"));

        BadInputException e = catchThrowableOfType(BadInputException.class, () -> new AwsSnapshotReader().read(file));

        assertThat(e.problems()).singleElement().extracting(Diagnostic::message).asString().contains("is a file, not a folder");
    }

    @Test
    void read_whenKeyIsUnknown_notesItAsSkippedInsteadOfFailing() throws Exception {
        write("aws_configs/us-east-1/Vpcs.json", VPC.formatted("10.0.0.0/16"));
        write("aws_configs/us-east-1/Volumes.json", "{\"Volumes\": [{\"VolumeId\": \"vol-0a1\"}]}");

        Ingested ingested = readCleanly();

        assertThat(ingested.network().vpcs()).hasSize(1);
        assertThat(ingested.notes()).filteredOn(n -> n.message().startsWith("skipped key Volumes")).singleElement()
                .satisfies(n -> {
                    assertThat(n.location()).isEqualTo(Origin.of("aws_configs/us-east-1/Volumes.json", "/Volumes"));
                    assertThat(n.message()).contains("(1 entry)").contains("does not read this key");
                });
    }

    @Test
    void read_whenOutputWasPaginated_warnsThatTheFileMayBeIncomplete() throws Exception {
        write("aws_configs/us-east-1/Vpcs.json", """
                {"Vpcs": [{"VpcId": "vpc-0a1", "CidrBlock": "10.0.0.0/16"}], "NextToken": "eyJ2IjoxfQ=="}""");

        Ingested ingested = readCleanly();

        assertThat(ingested.notes()).filteredOn(n -> n.severity() == Severity.WARNING).singleElement()
                .satisfies(n -> {
                    assertThat(n.location().pointer()).isEqualTo("/NextToken");
                    assertThat(n.message()).contains("only the first page");
                });
    }
}
