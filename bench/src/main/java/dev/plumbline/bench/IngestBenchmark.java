package dev.plumbline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.validator.ingest.Ingested;
import dev.plumbline.validator.ingest.pulumi.PreviewReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Reading a {@code pulumi preview --json} of about 100,000 resources ({@link PreviewFiles}): the
 * whole reader (parse, schema validation, mapping into the model) against Jackson merely parsing
 * the same file into a tree. Issue 5 asks for at most 3 times the parse.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IngestBenchmark {

    @Param({"100000"})
    public int resources;

    private Path file;
    private final ObjectMapper mapper = new ObjectMapper();

    @Setup(Level.Trial)
    public void write() throws Exception {
        file = Files.createTempFile("plumbline-preview", ".json");
        PreviewFiles.write(file, resources);
    }

    @TearDown(Level.Trial)
    public void remove() throws Exception {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public JsonNode jacksonTree() throws Exception {
        return mapper.readTree(file.toFile());
    }

    @Benchmark
    public Ingested previewReader() throws Exception {
        return new PreviewReader().read(file);
    }
}
