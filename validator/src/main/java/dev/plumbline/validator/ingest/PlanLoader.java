package dev.plumbline.validator.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.plumbline.validator.diag.BadInputException;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.ingest.aws.AwsSnapshotReader;
import dev.plumbline.validator.ingest.graph.GraphReader;
import dev.plumbline.validator.ingest.pulumi.PreviewReader;
import dev.plumbline.validator.ingest.pulumi.ProgramReader;
import dev.plumbline.validator.ingest.pulumi.StackExportReader;
import dev.plumbline.validator.model.Origin;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Reads whatever PLAN names: detects its format from what it is (a folder with {@code Pulumi.yaml}
 * or {@code aws_configs/}, a JSON file's top-level keys) unless one is forced, and hands it to that
 * format's reader.
 */
public final class PlanLoader {

    private static final Set<String> AWS_KEYS = Set.of("Vpcs", "Subnets", "RouteTables", "InternetGateways",
            "NatGateways", "NetworkInterfaces", "Reservations", "SecurityGroups", "NetworkAcls", "VpcEndpoints");

    private final Map<InputFormat, Supplier<NetworkReader>> readers;
    private final Function<ProgramReader.Options, NetworkReader> programReader;

    public PlanLoader(Map<InputFormat, Supplier<NetworkReader>> readers,
            Function<ProgramReader.Options, NetworkReader> programReader) {
        this.readers = Map.copyOf(readers);
        this.programReader = programReader;
    }

    /** The readers of this build, by format; Pulumi programs run offline through the embedded runner. */
    public static PlanLoader standard() {
        return new PlanLoader(Map.of(
                InputFormat.GRAPH, GraphReader::new,
                InputFormat.AWS, AwsSnapshotReader::new,
                InputFormat.PULUMI_PREVIEW, PreviewReader::new,
                InputFormat.PULUMI_EXPORT, StackExportReader::new), ProgramReader::new);
    }

    public Ingested load(Path path, Optional<InputFormat> forced) throws BadInputException {
        return load(path, forced, ProgramReader.Options.defaults());
    }

    /** Reads PLAN; {@code program} says which stack, or which program and class path, when PLAN is a Pulumi program. */
    public Ingested load(Path path, Optional<InputFormat> forced, ProgramReader.Options program) throws BadInputException {
        boolean explicitProgram = program.program() != null && !program.program().isEmpty();
        InputFormat format = forced.isPresent() ? forced.get() : explicitProgram ? InputFormat.PULUMI_PROGRAM : detect(path);
        if (format == InputFormat.PULUMI_PROGRAM) {
            return programReader.apply(program).read(path);
        }
        Supplier<NetworkReader> reader = readers.get(format);
        if (reader == null) {
            throw new BadInputException(Diagnostic.error("input.format", Origin.of(path.toString(), ""),
                    "reading " + format.description() + " is not available in this build",
                    "use one of: " + String.join(", ", readers.keySet().stream().map(InputFormat::cliName).sorted().toList())));
        }
        return reader.get().read(path);
    }

    /** The format of {@code path}, from what it contains. */
    public static InputFormat detect(Path path) throws BadInputException {
        Origin where = Origin.of(path.toString(), "");
        if (!Files.exists(path)) {
            throw new BadInputException(Diagnostic.error("input.missing", where, "no such file or folder",
                    "give a graph file, an AWS snapshot folder, a Pulumi preview or export, or a stack folder"));
        }
        if (Files.isDirectory(path)) {
            if (Files.exists(path.resolve("Pulumi.yaml")) || Files.exists(path.resolve("Pulumi.yml"))) {
                return InputFormat.PULUMI_PROGRAM;
            }
            if (looksLikeAwsSnapshot(path)) {
                return InputFormat.AWS;
            }
            throw new BadInputException(Diagnostic.error("input.format", where,
                    "this folder is neither a Pulumi stack (no Pulumi.yaml) nor an AWS snapshot (no aws_configs/ and no "
                            + "describe-JSON files)", "point at a stack folder, a snapshot folder, or a JSON file"));
        }
        Set<String> keys = topLevelKeys(path);
        if (keys.contains("steps") || keys.contains("changeSummary")) {
            return InputFormat.PULUMI_PREVIEW;
        }
        if (keys.contains("deployment")) {
            return InputFormat.PULUMI_EXPORT;
        }
        if (keys.contains("resourcePlans")) {
            throw new BadInputException(Diagnostic.error("input.format", where,
                    "this is a Pulumi update plan (`pulumi preview --save-plan`), which holds goals and diffs, not the "
                            + "planned resources' state", "give the output of `pulumi preview --json` instead"));
        }
        if (keys.contains("version")) {
            return InputFormat.GRAPH;
        }
        if (keys.stream().anyMatch(AWS_KEYS::contains)) {
            throw new BadInputException(Diagnostic.error("input.format", where,
                    "this is a single AWS describe-JSON file; Plumbline reads a snapshot folder of them",
                    "put the describe files in one folder (aws_configs/<region>/) and pass the folder"));
        }
        throw new BadInputException(Diagnostic.error("input.format", where,
                "cannot tell the format: top-level keys " + keys + " match none Plumbline reads",
                "use --input-format with one of: " + InputFormat.names()));
    }

    private static boolean looksLikeAwsSnapshot(Path folder) throws BadInputException {
        if (Files.isDirectory(folder.resolve("aws_configs"))) {
            return true;
        }
        if (folder.getFileName() != null && folder.getFileName().toString().equals("aws_configs")) {
            return true;
        }
        try (Stream<Path> files = Files.walk(folder, 2)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".json"))::iterator) {
                try {
                    if (topLevelKeys(file).stream().anyMatch(AWS_KEYS::contains)) {
                        return true;
                    }
                } catch (BadInputException notJson) {
                    // a broken file is reported by the reader itself
                }
            }
        } catch (IOException e) {
            throw new BadInputException(Diagnostic.error("input.unreadable", Origin.of(folder.toString(), ""),
                    "cannot list the folder: " + e.getMessage(), "check the path and its permissions"));
        }
        return false;
    }

    /** The field names of a JSON file's top-level object, read without building a tree. */
    static Set<String> topLevelKeys(Path file) throws BadInputException {
        Origin where = Origin.of(file.toString(), "");
        Set<String> keys = new HashSet<>();
        try (InputStream in = Files.newInputStream(file); JsonParser parser = new JsonFactory().createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new BadInputException(Diagnostic.error("input.json", where, "the file is empty",
                        "give a JSON document"));
            }
            if (first != JsonToken.START_OBJECT) {
                throw new BadInputException(Diagnostic.error("input.json", where,
                        "expected a JSON object at the top level, found " + first, "give a JSON object"));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                keys.add(parser.currentName());
                parser.nextToken();
                parser.skipChildren();
            }
            return keys;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var location = e.getLocation();
            throw new BadInputException(Diagnostic.error("input.json", where, "not valid JSON"
                    + (location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr())
                    + ": " + e.getOriginalMessage(), "fix the JSON syntax (is the file truncated?)"));
        } catch (IOException e) {
            throw new BadInputException(Diagnostic.error("input.unreadable", where, "cannot read: " + e.getMessage(),
                    "check the path and its permissions"));
        }
    }
}
