package dev.plumbline.validator.ingest.aws;

import static dev.plumbline.validator.ingest.aws.SnapshotFixtures.corpus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.plumbline.validator.diag.BadInputException;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.diag.Severity;
import dev.plumbline.validator.ingest.Ingested;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.Vpc;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a snapshot's files may be (the layout Batfish reads) and how each folder's region is
 * decided. Snapshots are assembled in a temporary folder from the corpus files.
 */
class AwsSnapshotReaderLayoutTest {

    @TempDir
    Path snapshot;

    private static void copyJson(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    private void write(String relative, String content) throws IOException {
        Path file = snapshot.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private Ingested read() throws BadInputException {
        return new AwsSnapshotReader().read(snapshot);
    }

    @Test
    void read_whenPathIsAwsConfigsItself_readsTheSameNetworkAsTheSnapshotFolder() throws Exception {
        Ingested fromSnapshot = new AwsSnapshotReader().read(corpus("test-subnet"));
        Ingested fromAwsConfigs = new AwsSnapshotReader().read(corpus("test-subnet").resolve("aws_configs"));

        assertThat(fromAwsConfigs.network()).isEqualTo(fromSnapshot.network());
        assertThat(fromAwsConfigs.sources()).contains("aws_configs/Vpcs.json");
    }

    @Test
    void read_whenPathIsOneRegionFolder_namesFilesFromTheSnapshotFolder() throws Exception {
        Path region = corpus("test-vpc-endpoint-gateway").resolve("aws_configs/us-east-1");

        Ingested ingested = new AwsSnapshotReader().read(region);

        assertThat(ingested.network()).isEqualTo(new AwsSnapshotReader().read(corpus("test-vpc-endpoint-gateway")).network());
        assertThat(ingested.network().vpcs()).singleElement().satisfies(vpc -> {
            assertThat(vpc.region()).isEqualTo("us-east-1");
            assertThat(vpc.origin()).isEqualTo(Origin.of("aws_configs/us-east-1/Vpcs.json", "/Vpcs/0"));
        });
    }

    @Test
    void read_whenSnapshotHasTwoRegionFolders_readsEachWithItsRegion() throws Exception {
        copyJson(corpus("test-vpc-endpoint-gateway").resolve("aws_configs/us-east-1"), snapshot.resolve("aws_configs/us-east-1"));
        copyJson(corpus("test-subnet").resolve("aws_configs"), snapshot.resolve("aws_configs/us-east-2"));

        Ingested ingested = read();

        assertThat(ingested.network().vpcs()).extracting(Vpc::id, Vpc::region).containsExactly(
                tuple("vpc-05d56c7295fca139b", "us-east-1"), tuple("vpc-062867d29dbf9386f", "us-east-2"));
        assertThat(ingested.network().subnets()).hasSize(3);
        assertThat(ingested.notes()).filteredOn(n -> n.ruleId().equals(IngestLog.REGION)).extracting(Diagnostic::message)
                .containsExactly("region us-east-1 for the files in aws_configs/us-east-1/, from the folder's name",
                        "region us-east-2 for the files in aws_configs/us-east-2/, from the folder's name");
    }

    @Test
    void read_whenRegionFoldersAreUnderAnAccountFolder_readsThemAsBatfishDoes() throws Exception {
        copyJson(corpus("test-subnet").resolve("aws_configs"), snapshot.resolve("aws_configs/554773406868/us-east-2"));

        Ingested ingested = read();

        assertThat(ingested.network().vpcs()).singleElement().satisfies(vpc -> {
            assertThat(vpc.region()).isEqualTo("us-east-2");
            assertThat(vpc.accountId()).isEqualTo("554773406868");
            assertThat(vpc.origin().file()).isEqualTo("aws_configs/554773406868/us-east-2/Vpcs.json");
        });
    }

    @Test
    void read_whenFlatFolderNamesNoRegion_assumesUsEast1AndWarns() throws Exception {
        write("aws_configs/Vpcs.json", "{\"Vpcs\": [{\"VpcId\": \"vpc-0a1\", \"CidrBlock\": \"10.0.0.0/16\"}]}");

        Ingested ingested = read();

        assertThat(ingested.network().vpcs()).extracting(Vpc::region).containsExactly(RegionResolver.DEFAULT_REGION);
        assertThat(ingested.notes()).filteredOn(n -> n.ruleId().equals(IngestLog.REGION)).singleElement().satisfies(n -> {
            assertThat(n.severity()).isEqualTo(Severity.WARNING);
            assertThat(n.message()).contains("assumed us-east-1").contains("aws_configs/");
        });
    }

    @Test
    void read_whenFolderNameContradictsTheData_keepsTheFolderNameAndWarns() throws Exception {
        copyJson(corpus("test-subnet").resolve("aws_configs"), snapshot.resolve("aws_configs/eu-west-1"));

        Ingested ingested = read();

        assertThat(ingested.network().vpcs()).extracting(Vpc::region).containsExactly("eu-west-1");
        assertThat(ingested.notes()).filteredOn(n -> n.severity() == Severity.WARNING).singleElement().satisfies(n -> {
            assertThat(n.location()).isEqualTo(Origin.of("aws_configs/eu-west-1/AvailabilityZones.json",
                    "/AvailabilityZones/0/RegionName"));
            assertThat(n.message()).contains("named for region eu-west-1").contains("says us-east-2");
        });
    }

    @Test
    void read_whenFolderIsNotNamedForARegion_takesTheRegionFromTheData() throws Exception {
        copyJson(corpus("test-nat-gateway").resolve("aws_configs"), snapshot.resolve("aws_configs/prod"));

        Ingested ingested = read();

        assertThat(ingested.network().vpcs()).extracting(Vpc::region).containsExactly("us-east-2");
        assertThat(ingested.notes()).filteredOn(n -> n.ruleId().equals(IngestLog.REGION)).singleElement()
                .extracting(n -> n.location().render()).isEqualTo("aws_configs/prod/Subnets.json#/Subnets/0/SubnetArn");
    }

    @Test
    void read_whenSnapshotHoldsOtherFiles_notesThemAsSkipped() throws Exception {
        copyJson(corpus("test-subnet").resolve("aws_configs"), snapshot.resolve("aws_configs/us-east-2"));
        write("aws_configs/us-east-2/setup.tf", "resource \"aws_vpc\" \"a\" {}");
        write("aws_configs/README.md", "captured by hand");
        Files.createDirectories(snapshot.resolve("aws_configs/scratch"));

        Ingested ingested = read();

        assertThat(ingested.notes()).filteredOn(n -> n.ruleId().equals(IngestLog.SKIPPED))
                .extracting(n -> n.location().file(), Diagnostic::message)
                .containsExactlyInAnyOrder(
                        tuple("aws_configs/README.md", "skipped file: only .json files are read"),
                        tuple("aws_configs/scratch", "skipped folder: it holds no JSON files"),
                        tuple("aws_configs/us-east-2/setup.tf", "skipped file: only .json files are read"));
    }

    @Test
    void read_whenTheSameVpcIsInTwoFiles_keepsTheFirstAndWarns() throws Exception {
        String vpc = "{\"Vpcs\": [{\"VpcId\": \"vpc-0a1\", \"CidrBlock\": \"10.0.0.0/16\"}]}";
        write("aws_configs/us-east-1/Vpcs.json", vpc);
        write("aws_configs/us-east-1/Vpcs-copy.json", vpc);

        Ingested ingested = read();

        assertThat(ingested.network().vpcs()).singleElement().extracting(v -> v.origin().file())
                .isEqualTo("aws_configs/us-east-1/Vpcs-copy.json");
        assertThat(ingested.notes()).filteredOn(n -> n.severity() == Severity.WARNING).singleElement()
                .extracting(Diagnostic::message).asString().contains("VPC vpc-0a1 is described twice");
    }

    @Test
    void read_whenLatticeAndEc2KeysAreInEachOthersFolders_notesThemAsNotRead() throws Exception {
        write("aws_configs/us-east-1/ServiceNetworks.json",
                "{\"ServiceNetworks\": [{\"id\": \"sn-0a1\", \"name\": \"n\", \"authType\": \"NONE\"}]}");
        write("aws_configs/us-east-1/vpc-lattice/Vpcs.json", "{\"Vpcs\": []}");

        Ingested ingested = read();

        assertThat(ingested.network().serviceNetworks()).isEmpty();
        assertThat(ingested.notes()).filteredOn(n -> n.message().startsWith("skipped key"))
                .extracting(n -> n.location().render(), Diagnostic::message)
                .containsExactlyInAnyOrder(
                        tuple("aws_configs/us-east-1/ServiceNetworks.json#/ServiceNetworks",
                                "skipped key ServiceNetworks (1 entry): Plumbline does not read this key"),
                        tuple("aws_configs/us-east-1/vpc-lattice/Vpcs.json#/Vpcs",
                                "skipped key Vpcs (empty): Plumbline does not read this key in a vpc-lattice/ folder"));
    }

    @Test
    void read_whenFlatLayoutHasALatticeFolder_readsItWithTheFlatFiles() throws Exception {
        write("aws_configs/AvailabilityZones.json",
                "{\"AvailabilityZones\": [{\"ZoneName\": \"eu-central-1a\", \"ZoneId\": \"euc1-az2\", \"RegionName\": \"eu-central-1\"}]}");
        write("aws_configs/vpc-lattice/ServiceNetworks.json",
                "{\"ServiceNetworks\": [{\"id\": \"sn-0a1\", \"name\": \"apps\", \"authType\": \"AWS_IAM\"}]}");

        Ingested ingested = read();

        assertThat(ingested.network().serviceNetworks()).singleElement().satisfies(network -> {
            assertThat(network.name()).isEqualTo("apps");
            assertThat(network.origin()).isEqualTo(Origin.of("aws_configs/vpc-lattice/ServiceNetworks.json", "/ServiceNetworks/0"));
        });
        assertThat(ingested.notes()).noneMatch(n -> n.severity() == Severity.WARNING);
    }
}
