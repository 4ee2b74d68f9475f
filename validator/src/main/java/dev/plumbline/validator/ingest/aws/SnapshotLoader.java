package dev.plumbline.validator.ingest.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.ingest.JsonSchemas;
import dev.plumbline.validator.model.Origin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads every JSON file of each region folder, checks that it is JSON, sorts its top-level keys
 * into read, skipped and unknown, and validates it against the schema of each key it holds. A file
 * that fails its schema is not mapped; its problems are collected with everyone else's.
 */
final class SnapshotLoader {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final Pattern START_MARKER =
            Pattern.compile("\\(start marker at \\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]\\)");
    private static final Pattern SOURCE = Pattern.compile("\\s*at \\[Source: [^\\]]*\\]|\\[Source: [^\\]]*\\]");

    private final SnapshotLayout layout;
    private final IngestLog log;
    private final List<String> sources = new ArrayList<>();

    SnapshotLoader(SnapshotLayout layout, IngestLog log) {
        this.layout = layout;
        this.log = log;
    }

    List<String> sources() {
        return List.copyOf(sources);
    }

    List<RegionSnapshot> load() {
        List<RegionSnapshot> regions = new ArrayList<>();
        for (SnapshotLayout.RegionFolder folder : layout.folders()) {
            RegionSnapshot region = new RegionSnapshot(folder, layout.relative(folder.dir()));
            for (Path child : SnapshotLayout.children(folder.dir())) {
                if (SnapshotLayout.isJsonFile(child)) {
                    loadFile(region, child, false);
                } else if (Files.isDirectory(child) && SnapshotLayout.LATTICE_DIR.equals(SnapshotLayout.name(child))) {
                    for (Path latticeFile : SnapshotLayout.children(child)) {
                        if (SnapshotLayout.isJsonFile(latticeFile)) {
                            loadFile(region, latticeFile, true);
                        } else {
                            skipFile(latticeFile);
                        }
                    }
                } else if (!(Files.isDirectory(child) && folder.isAwsConfigs())) {
                    skipFile(child);
                }
            }
            regions.add(region);
        }
        return regions;
    }

    private void skipFile(Path path) {
        String what = Files.isDirectory(path) ? "folder" : "file";
        log.info(IngestLog.SKIPPED, Origin.of(layout.relative(path), ""),
                "skipped " + what + ": only .json files" + (Files.isDirectory(path) ? " and vpc-lattice/" : "") + " are read",
                "");
    }

    private void loadFile(RegionSnapshot region, Path path, boolean lattice) {
        String file = layout.relative(path);
        sources.add(file);
        JsonNode document = parse(path, file);
        if (document == null) {
            return;
        }
        if (!document.isObject()) {
            log.error(IngestLog.BAD_JSON, Origin.of(file, ""),
                    "expected a JSON object with a top-level key such as \"Vpcs\", found " + document.getNodeType().name().toLowerCase(),
                    "save the whole output of the describe call (aws ... --output json)");
            return;
        }
        if (document.isEmpty()) {
            log.info(IngestLog.SKIPPED, Origin.of(file, ""), "skipped file: the JSON object has no keys", "");
            return;
        }
        Located root = new Located(file, "", document);
        Set<String> readKeys = new LinkedHashSet<>();
        Set<String> schemas = new LinkedHashSet<>();
        for (Iterator<String> names = document.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            var schema = SnapshotKeys.schemaOf(lattice, key);
            if (schema.isPresent()) {
                readKeys.add(key);
                schemas.add(schema.get());
            } else if (SnapshotKeys.NEXT_TOKEN.equals(key)) {
                if (!document.get(key).isNull()) {
                    log.warn(IngestLog.ASSUMED, root.child(key).origin(),
                            "the output was paginated (NextToken is set): this file may hold only the first page",
                            "capture without --max-items, or let the AWS CLI paginate (the default)");
                }
            } else if (SnapshotKeys.COMPANIONS.containsKey(key) && !lattice
                    && document.has(SnapshotKeys.COMPANIONS.get(key))) {
                continue;
            } else if (!lattice && SnapshotKeys.SKIPPED.containsKey(key)) {
                log.info(IngestLog.SKIPPED, root.child(key).origin(),
                        "skipped key " + key + describeSize(document.get(key)) + ": " + SnapshotKeys.SKIPPED.get(key), "");
            } else {
                log.info(IngestLog.SKIPPED, root.child(key).origin(),
                        "skipped key " + key + describeSize(document.get(key)) + ": Plumbline does not read this key"
                                + (lattice ? " in a vpc-lattice/ folder" : ""),
                        "see docs/formats/aws-snapshot.md for the keys that are read");
            }
        }
        if (readKeys.isEmpty()) {
            return;
        }
        List<Diagnostic> problems = new ArrayList<>();
        for (String schema : schemas) {
            problems.addAll(JsonSchemas.validate(schema, document, file));
        }
        if (!problems.isEmpty()) {
            log.errors(problems);
            return;
        }
        for (String key : readKeys) {
            region.add(lattice, key, root);
        }
    }

    /** Jackson's message without its source description: "(start marker at [Source: ...; line: 1, column: 10])". */
    static String readable(String message) {
        String text = START_MARKER.matcher(message).replaceAll("(opened at line $1, column $2)");
        return SOURCE.matcher(text).replaceAll("").trim();
    }

    private static String describeSize(JsonNode value) {
        if (value != null && value.isArray()) {
            return value.isEmpty() ? " (empty)" : " (" + value.size() + (value.size() == 1 ? " entry)" : " entries)");
        }
        return "";
    }

    private JsonNode parse(Path path, String file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            log.error(IngestLog.BAD_JSON, Origin.of(file, ""), "cannot read the file: " + e.getMessage(), "");
            return null;
        }
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            log.error(IngestLog.BAD_JSON, Origin.of(file, ""), "the file is empty",
                    "expected the JSON output of an AWS describe call; capture it again or remove the file");
            return null;
        }
        try {
            return JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            String at = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            log.error(IngestLog.BAD_JSON, Origin.of(file, ""), "not valid JSON" + at + ": " + readable(e.getOriginalMessage()),
                    "the file may be truncated or not JSON; capture it again with --output json");
            return null;
        } catch (IOException e) {
            log.error(IngestLog.BAD_JSON, Origin.of(file, ""), "cannot read the file: " + e.getMessage(), "");
            return null;
        }
    }
}
