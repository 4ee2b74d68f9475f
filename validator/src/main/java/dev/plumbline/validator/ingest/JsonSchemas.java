package dev.plumbline.validator.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.Origin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas of {@code schemas/} (draft 2020-12), loaded once from the classpath, and
 * validation of an input tree against one of them. Errors come back as diagnostics pointing at the
 * file and the JSON pointer of the offending value.
 */
public final class JsonSchemas {

    /** Rule id of every schema violation. */
    public static final String RULE_ID = "input.schema";

    private static final int MAX_ERRORS = 50;
    /** Where our schemas' {@code $id}s live; references under it are served from the classpath, never fetched. */
    static final String ID_PREFIX = "https://plumbline.dev/schemas/";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemas(JsonSchemas::fromClasspath));
    private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

    private JsonSchemas() {
    }

    /** The text of a schema referenced by its {@code $id}, from the classpath; null for any other IRI. */
    private static String fromClasspath(String iri) {
        if (!iri.startsWith(ID_PREFIX)) {
            return null;
        }
        try (InputStream in = JsonSchemas.class.getResourceAsStream("/schemas/" + iri.substring(ID_PREFIX.length()))) {
            return in == null ? null : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema {@code schemas/<name>} from the classpath, e.g. {@code graph.schema.json}. */
    public static Schema load(String name) {
        return CACHE.computeIfAbsent(name, n -> {
            try (InputStream in = JsonSchemas.class.getResourceAsStream("/schemas/" + n)) {
                if (in == null) {
                    throw new IllegalStateException("schema not on the classpath: schemas/" + n);
                }
                return REGISTRY.getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Validates {@code document} against {@code schemas/<schemaName>}; returns one diagnostic per
     * violation (at most {@value #MAX_ERRORS}), empty when valid.
     */
    public static List<Diagnostic> validate(String schemaName, JsonNode document, String file) {
        List<Error> errors = load(schemaName).validate(document);
        List<Diagnostic> problems = new ArrayList<>();
        for (Error error : errors) {
            if (problems.size() == MAX_ERRORS) {
                problems.add(Diagnostic.error(RULE_ID, Origin.of(file, ""),
                        (errors.size() - MAX_ERRORS) + " more schema errors not shown", "fix the ones above first"));
                break;
            }
            String pointer = pointerOf(error);
            problems.add(Diagnostic.error(RULE_ID, Origin.of(file, pointer), describe(error),
                    "see schemas/" + schemaName + " for the expected shape"));
        }
        return problems;
    }

    /** The JSON pointer of the instance an error is about ({@code ""} for the document itself). */
    static String pointerOf(Error error) {
        StringBuilder pointer = new StringBuilder();
        var location = error.getInstanceLocation();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            pointer.append('/').append(String.valueOf(element).replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    private static String describe(Error error) {
        String message = error.getMessage();
        // networknt prefixes messages with the JSONPath of the instance ("$.vpcs[0].cidr: ..."); the pointer says it better.
        int colon = message.indexOf(": ");
        if (message.startsWith("$") && colon > 0) {
            message = message.substring(colon + 2);
        }
        return message;
    }
}
