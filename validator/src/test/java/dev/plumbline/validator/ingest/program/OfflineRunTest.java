package dev.plumbline.validator.ingest.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.validator.diag.BadInputException;
import dev.plumbline.validator.ingest.Ingested;
import dev.plumbline.validator.ingest.pulumi.ProgramReader;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.sim.Disposition;
import dev.plumbline.validator.sim.PlaceResolver;
import dev.plumbline.validator.sim.Simulator;
import dev.plumbline.validator.sim.Trace;
import dev.plumbline.validator.sim.TraceRequest;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Pulumi Java program run offline through the embedded runner, in its own class loader, and simulated. */
class OfflineRunTest {

    private static final String PROGRAM = "dev.plumbline.validator.testprograms.EdgeProgram::stack";

    static List<Path> testClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
    }

    private static Ingested run(Path folder) throws BadInputException {
        return new ProgramReader(new ProgramReader.Options(null, PROGRAM, testClasspath(), null)).read(folder);
    }

    private static Path stackFolder(Path dir, boolean broken) throws Exception {
        Files.writeString(dir.resolve("Pulumi.yaml"), "name: edge\nruntime: java\n");
        Files.writeString(dir.resolve("Pulumi.dev.yaml"), "config:\n  aws:region: us-east-1\n  edge:broken: " + broken + "\n");
        return dir;
    }

    @Test
    void offlineRun_mapsTheProgramsResourcesWithTheIdsAndAddressesTheMocksGive(@TempDir Path dir) throws Exception {
        Ingested ingested = run(stackFolder(dir, false));
        Network net = ingested.network();
        assertThat(ingested.format()).isEqualTo("pulumi-program");
        assertThat(net.vpcs()).singleElement().satisfies(v -> {
            assertThat(v.id()).startsWith("vpc-");
            assertThat(v.origin().urn()).isEqualTo("urn:pulumi:dev::edge::aws:ec2/vpc:Vpc::main");
        });
        assertThat(net.subnets()).allSatisfy(s -> assertThat(s.azId()).isInstanceOf(Planned.Known.class));
        assertThat(net.networkInterfaces()).filteredOn(e -> e.name().equals("web")).singleElement().satisfies(e -> {
            assertThat(e.privateIp().isKnown()).isTrue();
            assertThat(e.publicIp().isPresent()).isTrue();
        });
    }

    @Test
    void offlineRun_isSimulated_webReachesTheInternetAndTheDataSubnetHasNoRouteOut(@TempDir Path dir) throws Exception {
        Simulator sim = new Simulator(run(stackFolder(dir, false)).network());
        PlaceResolver resolver = new PlaceResolver(sim.topology());
        Trace out = sim.trace(TraceRequest.tcp(resolver.resolve("instance/web", false, List.of()),
                resolver.resolve("internet", true, List.of()), 443));
        assertThat(out.disposition()).isEqualTo(Disposition.EXITS_NETWORK);
        Trace db = sim.trace(TraceRequest.tcp(resolver.resolve("instance/db", false, List.of()),
                resolver.resolve("internet", true, List.of()), 443));
        assertThat(db.disposition()).isEqualTo(Disposition.NO_ROUTE);
    }

    @Test
    void stackConfig_reachesTheProgram_theBrokenVariantHasNoEgress(@TempDir Path dir) throws Exception {
        Simulator sim = new Simulator(run(stackFolder(dir, true)).network());
        PlaceResolver resolver = new PlaceResolver(sim.topology());
        Trace out = sim.trace(TraceRequest.tcp(resolver.resolve("instance/web", false, List.of()),
                resolver.resolve("internet", true, List.of()), 443));
        assertThat(out.disposition()).isEqualTo(Disposition.DENIED_OUT);
    }

    @Test
    void twoRunsInOneJvm_giveTheSameNetwork(@TempDir Path dir) throws Exception {
        Path folder = stackFolder(dir, false);
        assertThat(run(folder).network()).isEqualTo(run(folder).network());
    }

    @Test
    void aProgramThatDoesNotExist_isBadInputNamingWhatWasExpected(@TempDir Path dir) throws Exception {
        ProgramReader reader = new ProgramReader(new ProgramReader.Options(null, "no.such.App::stack", testClasspath(), null));
        assertThatThrownBy(() -> reader.read(stackFolder(dir, false))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("no.such.App");
    }

    @Test
    void aStackFolderWithAnotherRuntime_isBadInput(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Pulumi.yaml"), "name: web\nruntime: nodejs\n");
        ProgramReader reader = new ProgramReader(ProgramReader.Options.defaults());
        assertThatThrownBy(() -> reader.read(dir)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("runtime 'nodejs'").hasMessageContaining("pulumi preview --json");
    }
}
