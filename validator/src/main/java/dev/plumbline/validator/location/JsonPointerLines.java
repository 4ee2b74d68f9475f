package dev.plumbline.validator.location;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.plumbline.validator.model.Origin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lines of JSON pointers in JSON and YAML files, found by streaming each file once with
 * Jackson and noting where the parser was when it reached each wanted pointer (for a key, the line
 * of the key). Only the pointers asked for, and their ancestors, are kept, so a large plan costs one
 * streaming pass and little memory. A pointer the file does not contain (a missing required key)
 * is placed at its nearest ancestor that exists. Files that cannot be read or parsed get no lines;
 * reports then fall back to the pointer.
 */
public final class JsonPointerLines implements SourceLocator {

    private final Map<String, Map<String, SourceRegion>> byFile;

    private JsonPointerLines(Map<String, Map<String, SourceRegion>> byFile) {
        this.byFile = byFile;
    }

    /** Reads every file named by {@code origins} once and keeps the lines of their pointers. */
    public static JsonPointerLines of(Collection<Origin> origins) {
        Map<String, Set<String>> wanted = new LinkedHashMap<>();
        for (Origin origin : origins) {
            if (origin.file().isEmpty()) {
                continue;
            }
            Set<String> pointers = wanted.computeIfAbsent(origin.file(), f -> new HashSet<>());
            String pointer = origin.pointer();
            while (true) {
                pointers.add(pointer);
                int slash = pointer.lastIndexOf('/');
                if (slash < 0) {
                    break;
                }
                pointer = pointer.substring(0, slash);
            }
        }
        Map<String, Map<String, SourceRegion>> found = new HashMap<>();
        wanted.forEach((file, pointers) -> found.put(file, scan(file, pointers)));
        return new JsonPointerLines(found);
    }

    @Override
    public Optional<SourceRegion> locate(Origin origin) {
        Map<String, SourceRegion> lines = byFile.get(origin.file());
        if (lines == null || lines.isEmpty()) {
            return Optional.empty();
        }
        String pointer = origin.pointer();
        while (true) {
            SourceRegion region = lines.get(pointer);
            if (region != null) {
                return Optional.of(region);
            }
            int slash = pointer.lastIndexOf('/');
            if (slash < 0) {
                return Optional.empty();
            }
            pointer = pointer.substring(0, slash);
        }
    }

    private static Map<String, SourceRegion> scan(String file, Set<String> pointers) {
        Path path = Path.of(file);
        Map<String, SourceRegion> lines = new HashMap<>();
        if (!Files.isRegularFile(path)) {
            return lines;
        }
        try (JsonParser parser = factoryFor(path).createParser(path.toFile())) {
            JsonToken token;
            while ((token = parser.nextToken()) != null && lines.size() < pointers.size()) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                if (pointers.contains(pointer) && !lines.containsKey(pointer)) {
                    JsonLocation at = parser.currentTokenLocation();
                    if (at.getLineNr() > 0) {
                        lines.put(pointer, new SourceRegion(file, at.getLineNr(), at.getColumnNr()));
                    }
                }
            }
        } catch (IOException unreadable) {
            // a file that does not parse keeps the lines found before the error; the reader reported the problem
        }
        return lines;
    }

    private static JsonFactory factoryFor(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") ? new YAMLFactory() : new JsonFactory();
    }
}
