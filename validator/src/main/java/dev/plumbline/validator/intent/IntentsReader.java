package dev.plumbline.validator.intent;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.plumbline.validator.diag.BadInputException;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.ingest.JsonSchemas;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.net.Protocol;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an {@code intents.yaml}: YAML (JSON is YAML too), validated against
 * {@code schemas/intents.schema.json} before anything else, then checked for what the schema
 * cannot say (unique names, one expectation, no port with icmp). Every problem names the file and
 * the JSON pointer; the CLI adds the line.
 */
public final class IntentsReader {

    /** Rule id of problems in an intents file that are not schema violations. */
    public static final String RULE_ID = "intents.invalid";
    static final String SCHEMA = "intents.schema.json";

    private static final Pattern EXPECT = Pattern.compile("^/intents/\\d+/expect$");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    public IntentFile read(Path path) throws BadInputException {
        String file = path.toString();
        Origin where = Origin.of(file, "");
        if (!Files.isRegularFile(path)) {
            throw new BadInputException(Diagnostic.error("input.missing", where, "no such intents file",
                    "give the path of an intents.yaml (see schemas/" + SCHEMA + ")"));
        }
        JsonNode tree;
        try {
            tree = YAML.readTree(path.toFile());
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new BadInputException(Diagnostic.error("input.yaml", where, "not valid YAML"
                    + (at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
                    + ": " + e.getOriginalMessage().lines().findFirst().orElse(""), "fix the YAML syntax"));
        } catch (IOException e) {
            throw new BadInputException(Diagnostic.error("input.unreadable", where, "cannot read: " + e.getMessage(),
                    "check the path and its permissions"));
        }
        return parse(tree, file);
    }

    /** Validates and maps a parsed tree; {@code file} is named in every problem. */
    public IntentFile parse(JsonNode tree, String file) throws BadInputException {
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new BadInputException(Diagnostic.error("input.yaml", Origin.of(file, ""), "the intents file is empty",
                    "start it with 'version: 1' and a list under 'intents:'"));
        }
        List<Diagnostic> problems = new ArrayList<>(JsonSchemas.validate(SCHEMA, tree, file).stream()
                .map(d -> clearer(d, tree)).toList());
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        List<Intent> intents = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        JsonNode list = tree.get("intents");
        for (int i = 0; i < list.size(); i++) {
            Origin origin = Origin.of(file, "/intents/" + i);
            JsonNode node = list.get(i);
            Integer earlier = names.putIfAbsent(node.get("name").asText(), i);
            if (earlier != null) {
                problems.add(Diagnostic.error(RULE_ID, origin.child("/name"), "intent name '" + node.get("name").asText()
                        + "' is already used by intents[" + earlier + "]", "give every intent its own name"));
            }
            intent(node, origin, problems).ifPresent(intents::add);
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        return new IntentFile(file, intents);
    }

    /** A misspelt expectation gets a message naming the expectations and the closest one. */
    private static Diagnostic clearer(Diagnostic problem, JsonNode tree) {
        JsonNode value = tree.at(problem.location().pointer());
        if (!EXPECT.matcher(problem.location().pointer()).matches() || !value.isTextual()) {
            return problem;
        }
        String text = value.asText();
        String closest = PlanNames.distance(text, "reachable") <= PlanNames.distance(text, "unreachable") ? "reachable" : "unreachable";
        return Diagnostic.error(problem.ruleId(), problem.location(), "unknown expectation '" + text
                + "': use reachable, unreachable, or one of inspected-by, via, target-group as a key",
                PlanNames.distance(text, closest) <= 3 ? "did you mean " + closest + "?"
                        : "e.g. expect: reachable, or expect: {via: [nat-a]}");
    }

    private static Optional<Intent> intent(JsonNode node, Origin origin, List<Diagnostic> problems) {
        Protocol protocol = Protocol.parse(node.path("protocol").asText("tcp"));
        Optional<Integer> port = node.has("port") ? Optional.of(node.get("port").asInt()) : Optional.empty();
        if (protocol.isIcmp() && port.isPresent()) {
            problems.add(Diagnostic.error(RULE_ID, origin.child("/port"), "icmp has no ports",
                    "remove 'port' or use protocol tcp or udp"));
        }
        Optional<Expectation> expectation = expectation(node.get("expect"), origin.child("/expect"), problems);
        Optional<Intent.Http> request = Optional.empty();
        if (node.has("request")) {
            JsonNode r = node.get("request");
            Map<String, String> headers = new LinkedHashMap<>();
            r.path("headers").fields().forEachRemaining(e -> headers.put(e.getKey(), e.getValue().asText()));
            request = Optional.of(new Intent.Http(r.path("method").asText("GET"), r.path("path").asText("/"), headers,
                    r.path("principal").asText("")));
        }
        if (expectation.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Intent(node.get("name").asText(), origin, node.get("from").asText(), node.get("to").asText(),
                texts(node.get("from-security-groups")), texts(node.get("to-security-groups")), protocol, port,
                node.has("source-port") ? node.get("source-port").asInt() : dev.plumbline.validator.sim.TraceRequest.DEFAULT_SOURCE_PORT,
                request, expectation.get()));
    }

    private static Optional<Expectation> expectation(JsonNode node, Origin origin, List<Diagnostic> problems) {
        if (node.isTextual()) {
            return Optional.of(node.asText().equals("reachable") ? new Expectation.Reachable() : new Expectation.Unreachable());
        }
        List<String> kinds = new ArrayList<>();
        for (String kind : List.of("inspected-by", "via", "target-group")) {
            if (node.has(kind)) {
                kinds.add(kind);
            }
        }
        if (kinds.size() != 1) {
            problems.add(Diagnostic.error(RULE_ID, origin, kinds.isEmpty()
                            ? "no expectation: give one of reachable, unreachable, inspected-by, via, target-group"
                            : "several expectations (" + String.join(", ", kinds) + "); an intent has exactly one",
                    "split it into one intent per expectation"));
            return Optional.empty();
        }
        return Optional.of(switch (kinds.get(0)) {
            case "inspected-by" -> new Expectation.InspectedBy(texts(node.get("inspected-by")));
            case "via" -> new Expectation.Via(texts(node.get("via")));
            default -> new Expectation.TargetGroup(node.get("target-group").asText(), node.get("share").asDouble(),
                    node.has("tolerance") ? node.get("tolerance").asDouble() : Expectation.TargetGroup.DEFAULT_TOLERANCE,
                    node.has("requests") ? node.get("requests").asInt() : Expectation.TargetGroup.DEFAULT_REQUESTS);
        });
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }
}
