package dev.plumbline.stacks.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code plumbline} run: its exit code, stdout and stderr. With {@code --format json} on
 * stdout, the report ({@code schemas/report.schema.json}) is read through the helpers.
 */
public record CheckRun(int exitCode, String out, String err) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The JSON report printed on stdout. */
    public JsonNode report() {
        try {
            return JSON.readTree(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stdout is not a JSON report (exit " + exitCode + "): " + out + err, e);
        }
    }

    /** Each intent's outcome ({@code pass}, {@code fail}, {@code undetermined}) by name, in file order. */
    public Map<String, String> outcomes() {
        Map<String, String> outcomes = new LinkedHashMap<>();
        report().path("intents").path("results").forEach(r -> outcomes.put(r.path("name").asText(), r.path("outcome").asText()));
        return outcomes;
    }

    /** The result of the intent with this name. */
    public JsonNode intent(String name) {
        for (JsonNode result : report().path("intents").path("results")) {
            if (result.path("name").asText().equals(name)) {
                return result;
            }
        }
        throw new IllegalArgumentException("no intent '" + name + "' in the report: " + outcomes().keySet());
    }

    /** The findings of one rule. */
    public List<JsonNode> findings(String ruleId) {
        List<JsonNode> out = new ArrayList<>();
        report().path("findings").forEach(f -> {
            if (f.path("ruleId").asText().equals(ruleId)) {
                out.add(f);
            }
        });
        return out;
    }

    /** Every finding of this severity ({@code error}, {@code warning}, {@code info}). */
    public List<JsonNode> findingsOfSeverity(String severity) {
        List<JsonNode> out = new ArrayList<>();
        report().path("findings").forEach(f -> {
            if (f.path("severity").asText().equals(severity)) {
                out.add(f);
            }
        });
        return out;
    }
}
