package dev.plumbline.validator.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.diag.Severity;
import dev.plumbline.validator.intent.IntentResult;
import dev.plumbline.validator.intent.Outcome;
import dev.plumbline.validator.location.SourceLocator;
import dev.plumbline.validator.location.SourceRegion;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.sim.Hop;
import dev.plumbline.validator.sim.Trace;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code plumbline check --format sarif}: a SARIF 2.1.0 log with one run. The driver lists every
 * rule (id, family, the rule's description) and the more specific ids its findings carry, plus one
 * rule per intent expectation. Each finding is a result; each intent that did not pass is a result
 * (a failure at level error, an undetermined one at the level its policy gives) located at the
 * intent in the intents file, with the hop that stopped the flow as a related location. Passing
 * intents are not results (GitHub would show them as alerts); the run's {@code properties} list
 * every intent with its outcome.
 *
 * <p>A location is physical when a file is known: the file the {@link SourceLocator} names (for a
 * Pulumi program, the line that declared the resource), else the input file, with the line of the
 * JSON pointer when known; it also carries the JSON pointer or URN as a logical location.
 *
 * @see <a href="https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/sarif-v2.1.0-errata01-os-complete.html">SARIF 2.1.0</a>
 * @see <a href="https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning">SARIF support for code scanning</a>
 */
public final class SarifReport {

    public static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private static final String TOOL = "Plumbline";
    private static final Map<String, String> INTENT_RULES = new LinkedHashMap<>();

    static {
        INTENT_RULES.put("intent.reachable", "An intent that a flow and its reply get through.");
        INTENT_RULES.put("intent.unreachable", "An intent that a flow's request is not delivered.");
        INTENT_RULES.put("intent.inspected-by", "An intent that a flow is inspected by GWLB stages in order, and its reply in reverse order.");
        INTENT_RULES.put("intent.via", "An intent that a flow passes given hops in order.");
        INTENT_RULES.put("intent.target-group", "An intent that VPC Lattice forwards a share of requests to a target group.");
    }

    private SarifReport() {
    }

    public static String render(CheckReport report, SourceLocator locator) {
        return JsonOut.write(document(report, locator)) + "\n";
    }

    public static ObjectNode document(CheckReport report, SourceLocator locator) {
        ObjectNode root = JsonOut.MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", TOOL);
        String version = SarifReport.class.getPackage().getImplementationVersion();
        if (version != null) {
            driver.put("version", version);
        }
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        ArrayNode rules = driver.putArray("rules");
        for (RuleRun rule : report.rules()) {
            addRule(rules, ruleIndex, rule.id(), rule.description(), rule.family(), "");
            for (Diagnostic finding : rule.findings()) {
                addRule(rules, ruleIndex, finding.ruleId(), rule.description(), rule.family(), rule.id());
            }
        }
        if (report.hasIntents()) {
            INTENT_RULES.forEach((id, text) -> addRule(rules, ruleIndex, id, text, "intent", ""));
        }
        ArrayNode results = run.putArray("results");
        Origin fallback = Origin.of(report.input(), "");
        for (RuleRun rule : report.rules()) {
            for (Diagnostic finding : rule.findings()) {
                results.add(finding(finding, rule, ruleIndex, locator, fallback));
            }
        }
        for (IntentResult result : report.intents()) {
            if (result.outcome() != Outcome.PASS) {
                results.add(intent(report, result, ruleIndex, locator));
            }
        }
        run.set("properties", properties(report));
        return root;
    }

    private static void addRule(ArrayNode rules, Map<String, Integer> index, String id, String description, String family,
            String reportedBy) {
        if (index.containsKey(id)) {
            return;
        }
        index.put(id, rules.size());
        ObjectNode rule = rules.addObject();
        rule.put("id", id);
        rule.putObject("shortDescription").put("text", description.isEmpty() ? id : description);
        ObjectNode properties = rule.putObject("properties");
        properties.put("family", family);
        properties.putArray("tags").add("plumbline").add(family);
        if (!reportedBy.isEmpty() && !reportedBy.equals(id)) {
            properties.put("reportedBy", reportedBy);
        }
    }

    private static ObjectNode finding(Diagnostic finding, RuleRun rule, Map<String, Integer> ruleIndex, SourceLocator locator,
            Origin fallback) {
        ObjectNode result = JsonOut.MAPPER.createObjectNode();
        result.put("ruleId", finding.ruleId());
        result.put("ruleIndex", ruleIndex.get(finding.ruleId()));
        result.put("level", level(finding.severity()));
        result.putObject("message").put("text", finding.message() + (finding.hint().isEmpty() ? "" : " Fix: " + finding.hint()));
        Origin where = finding.location().isKnown() ? finding.location() : fallback;
        result.putArray("locations").add(location(where, locator, fallback.file()));
        result.putObject("partialFingerprints").put("plumbline/v1", fingerprint(finding.ruleId(), where.pointer(), where.urn(),
                finding.message()));
        ObjectNode properties = result.putObject("properties");
        properties.put("family", rule.family());
        if (!finding.hint().isEmpty()) {
            properties.put("hint", finding.hint());
        }
        return result;
    }

    private static ObjectNode intent(CheckReport report, IntentResult intent, Map<String, Integer> ruleIndex,
            SourceLocator locator) {
        String ruleId = "intent." + intent.intent().expectation().keyword();
        ObjectNode result = JsonOut.MAPPER.createObjectNode();
        result.put("ruleId", ruleId);
        result.put("ruleIndex", ruleIndex.get(ruleId));
        result.put("level", level(report.severityOf(intent).orElse(Severity.ERROR)));
        String verdict = intent.outcome() == Outcome.FAIL ? "fails" : "is undetermined";
        result.putObject("message").put("text", "Intent '" + intent.intent().name() + "' " + verdict + " ("
                + IntentText.flow(intent.intent()) + "): " + intent.reason() + ".");
        result.putArray("locations").add(location(intent.intent().origin(), locator, report.input()));
        intent.culprit().ifPresent(culprit -> {
            Trace trace = culprit.reply() ? intent.trace().returnPath().orElse(intent.trace()) : intent.trace();
            if (culprit.index() < trace.hops().size()) {
                Hop hop = trace.hops().get(culprit.index());
                Origin origin = hop.steps().isEmpty() || !hop.steps().get(hop.steps().size() - 1).origin().isKnown()
                        ? hop.origin() : hop.steps().get(hop.steps().size() - 1).origin();
                if (origin.isKnown()) {
                    ObjectNode related = location(origin, locator, report.input());
                    related.put("id", 1);
                    related.putObject("message").put("text", (culprit.reply() ? "the reply" : "the request") + " is stopped at "
                            + IntentText.hop(hop));
                    result.putArray("relatedLocations").add(related);
                }
            }
        });
        result.putObject("partialFingerprints").put("plumbline/v1", fingerprint(ruleId, intent.intent().name(), "", ""));
        ObjectNode properties = result.putObject("properties");
        properties.put("outcome", intent.outcome().label());
        properties.put("trace", IntentText.traceCommand(report.planArguments(), intent));
        return result;
    }

    /**
     * A location: physical at the file the locator names, else the origin's file, else
     * {@code fallbackFile} (the plan, for an element known only by its URN: code scanning needs a
     * file), with the line when known; logical with the JSON pointer and the URN.
     */
    private static ObjectNode location(Origin origin, SourceLocator locator, String fallbackFile) {
        ObjectNode location = JsonOut.MAPPER.createObjectNode();
        Optional<SourceRegion> region = locator.locate(origin);
        String file = region.map(SourceRegion::file).orElse(origin.file().isEmpty() ? fallbackFile : origin.file());
        if (!file.isEmpty()) {
            ObjectNode physical = location.putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", uri(file));
            region.ifPresent(r -> physical.putObject("region").put("startLine", r.line()));
        }
        ArrayNode logical = location.putArray("logicalLocations");
        if (!origin.pointer().isEmpty()) {
            ObjectNode pointer = logical.addObject();
            pointer.put("name", origin.pointer().substring(origin.pointer().lastIndexOf('/') + 1));
            pointer.put("fullyQualifiedName", origin.file() + "#" + origin.pointer());
            pointer.put("kind", "object");
        }
        if (!origin.urn().isEmpty()) {
            ObjectNode urn = logical.addObject();
            urn.put("name", origin.urn().substring(origin.urn().lastIndexOf("::") + 2));
            urn.put("fullyQualifiedName", origin.urn());
            urn.put("kind", "resource");
        }
        if (logical.isEmpty()) {
            location.remove("logicalLocations");
        }
        return location;
    }

    /** A relative path as a relative URI reference (forward slashes, escaped); an absolute one as a file URI. */
    static String uri(String file) {
        Path path = Path.of(file);
        if (path.isAbsolute()) {
            Path cwd = Path.of("").toAbsolutePath();
            if (path.startsWith(cwd)) {
                path = cwd.relativize(path);
            } else {
                return path.toUri().toString();
            }
        }
        String slashed = path.toString().replace('\\', '/');
        try {
            return new URI(null, null, slashed, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("a relative path did not make a URI: " + slashed, e);
        }
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static String fingerprint(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static ObjectNode properties(CheckReport report) {
        ObjectNode properties = JsonOut.MAPPER.createObjectNode();
        ObjectNode plumbline = properties.putObject("plumbline");
        plumbline.put("input", report.input());
        plumbline.put("inputFormat", report.format());
        plumbline.put("passed", report.passed());
        if (report.hasIntents()) {
            ObjectNode intents = plumbline.putObject("intents");
            intents.put("file", report.intentsFile());
            intents.put("passed", report.count(Outcome.PASS));
            intents.put("failed", report.count(Outcome.FAIL));
            intents.put("undetermined", report.count(Outcome.UNDETERMINED));
            intents.put("unknown", report.unknownPolicy().label());
            ArrayNode results = intents.putArray("results");
            for (IntentResult result : report.intents()) {
                results.addObject().put("name", result.intent().name()).put("outcome", result.outcome().label())
                        .put("reason", result.reason());
            }
        }
        return properties;
    }
}
