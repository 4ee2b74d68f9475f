package dev.plumbline.validator.ingest.graph;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.validator.diag.BadInputException;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.ingest.Ingested;
import dev.plumbline.validator.ingest.JsonSchemas;
import dev.plumbline.validator.ingest.NetworkReader;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.model.Origin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Plumbline graph file ({@code schemas/graph.schema.json}, version 1) into the model.
 *
 * <p>In order: the file must be JSON (else the line and column where it stops being JSON), a
 * top-level object with {@code "version": 1}, and valid against the schema; then every element is
 * mapped with its origin (file and JSON pointer), values parsed strictly, and the references that
 * place elements checked (see {@link ReferenceCheck}). All problems of a stage are reported
 * together as one {@link BadInputException}; nothing half-read is returned.
 */
public final class GraphReader implements NetworkReader {

    public static final String RULE_UNREADABLE = "input.unreadable";
    public static final String RULE_JSON = "input.json";
    public static final String RULE_VERSION = "input.version";
    public static final String RULE_VALUE = GraphNode.RULE_VALUE;
    public static final String RULE_DUPLICATE_ID = ReferenceCheck.RULE_DUPLICATE;
    public static final String RULE_REFERENCE = ReferenceCheck.RULE_REFERENCE;
    public static final String RULE_CONFLICT = ReferenceCheck.RULE_CONFLICT;

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Pattern BOTH_REQUIRED = Pattern.compile(
            "must not be valid to the schema \\{\"required\":\\[\"([^\"]+)\",\"([^\"]+)\"]}");
    private static final Pattern SOURCE_IN_MESSAGE = Pattern.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)]");
    private static final String SHAPE_HINT = "a graph file is a JSON object starting {\"version\": "
            + GraphFormat.VERSION + ", ...}; see docs/formats/graph.md";

    @Override
    public Ingested read(Path input) throws BadInputException {
        String file = input.toString();
        byte[] content;
        try {
            if (Files.isDirectory(input)) {
                throw unreadable(file, "is a directory, not a graph file", "name the .json file itself");
            }
            content = Files.readAllBytes(input);
        } catch (NoSuchFileException e) {
            throw unreadable(file, "does not exist", "check the path");
        } catch (AccessDeniedException e) {
            throw unreadable(file, "cannot be read: permission denied", "check the file's permissions");
        } catch (IOException e) {
            throw unreadable(file, "cannot be read: " + e.getMessage(), "check the path and the file's permissions");
        }
        return read(file, content);
    }

    /** Reads graph JSON held in memory; {@code file} is the name problems and origins point at. */
    public Ingested read(String file, String content) throws BadInputException {
        return read(file, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads graph JSON held in memory; {@code file} is the name problems and origins point at. */
    public Ingested read(String file, byte[] content) throws BadInputException {
        JsonNode root = parse(file, content);
        checkVersion(file, root);
        List<Diagnostic> schemaProblems = JsonSchemas.validate(GraphFormat.SCHEMA, root, file);
        if (!schemaProblems.isEmpty()) {
            throw new BadInputException(schemaProblems.stream().map(GraphReader::clarify).toList());
        }
        Problems problems = new Problems(file);
        ReferenceCheck.run(root, problems);
        Network network = new GraphMapper(root, problems).map();
        problems.throwIfAny();
        return new Ingested(network, GraphFormat.FORMAT, List.of(file), List.of());
    }

    private static JsonNode parse(String file, byte[] content) throws BadInputException {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            String message = e.getOriginalMessage().startsWith("Unexpected end-of-input")
                    ? "the JSON ends" + where + " before it is complete (is the file truncated?)"
                    : "not valid JSON" + where + ": " + firstLine(e.getOriginalMessage());
            throw new BadInputException(Diagnostic.error(RULE_JSON, Origin.of(file, ""), message, SHAPE_HINT));
        } catch (IOException e) {
            throw unreadable(file, "cannot be read: " + e.getMessage(), "check the file");
        }
        if (root == null || root.isMissingNode()) {
            throw new BadInputException(Diagnostic.error(RULE_JSON, Origin.of(file, ""), "the file is empty", SHAPE_HINT));
        }
        if (!root.isObject()) {
            throw new BadInputException(Diagnostic.error(RULE_JSON, Origin.of(file, ""),
                    "expected a JSON object at the top level, found " + describe(root), SHAPE_HINT));
        }
        return root;
    }

    private static void checkVersion(String file, JsonNode root) throws BadInputException {
        JsonNode version = root.get("version");
        if (version == null) {
            throw new BadInputException(Diagnostic.error(RULE_VERSION, Origin.of(file, ""),
                    "not a Plumbline graph file: there is no \"version\" key",
                    "add \"version\": " + GraphFormat.VERSION + " at the top level; " + SHAPE_HINT));
        }
        if (!version.isNumber()) {
            throw new BadInputException(Diagnostic.error(RULE_VERSION, Origin.of(file, "/version"),
                    "\"version\" must be the number " + GraphFormat.VERSION + ", found " + describe(version) + " " + version,
                    "write \"version\": " + GraphFormat.VERSION + " without quotes"));
        }
        if (!version.isIntegralNumber() || version.asInt() != GraphFormat.VERSION) {
            throw new BadInputException(Diagnostic.error(RULE_VERSION, Origin.of(file, "/version"),
                    "graph format version " + version + " is not supported; this Plumbline reads version " + GraphFormat.VERSION,
                    "write \"version\": " + GraphFormat.VERSION + " and the shape of schemas/" + GraphFormat.SCHEMA));
        }
    }

    /** Rewords the schema's "not both" constraint, whose stock message only quotes the schema. */
    private static Diagnostic clarify(Diagnostic problem) {
        Matcher both = BOTH_REQUIRED.matcher(problem.message());
        if (!both.matches()) {
            return problem;
        }
        return new Diagnostic(problem.ruleId(), problem.severity(), problem.location(),
                "'" + both.group(1) + "' and '" + both.group(2) + "' cannot both be given", "keep exactly one of them");
    }

    private static String firstLine(String message) {
        String line = message.lines().findFirst().orElse(message);
        return SOURCE_IN_MESSAGE.matcher(line).replaceAll("line $1, column $2").trim();
    }

    private static String describe(JsonNode node) {
        if (node.isArray()) {
            return "an array";
        }
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        return "null";
    }

    private static BadInputException unreadable(String file, String what, String hint) {
        return new BadInputException(Diagnostic.error(RULE_UNREADABLE, Origin.of(file, ""), file + " " + what, hint));
    }
}
