package dev.plumbline.validator.report;

import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.diag.Severity;
import dev.plumbline.validator.intent.IntentResult;
import dev.plumbline.validator.intent.Outcome;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code plumbline check --format junit}: JUnit XML, so CI systems (GitHub, GitLab, Jenkins, Azure)
 * show the gate as tests. Suite {@code plumbline.rules} has one test case per rule family, failed
 * by its error-level findings (warnings and notes go to the case's output); suite
 * {@code plumbline.intents} has one test case per intent: a failure with the reason and path, or,
 * when undetermined, skipped (under {@code --unknown=warn}) or failed (under {@code fail}) - never
 * passed. Text is escaped by the JDK's XML writer; characters XML 1.0 cannot hold are replaced.
 */
public final class JUnitReport {

    static final String RULES_SUITE = "plumbline.rules";
    static final String INTENTS_SUITE = "plumbline.intents";

    private JUnitReport() {
    }

    private record Case(String name, String failureType, String failureMessage, String failureText, String skipped,
            String output) {
    }

    public static String render(CheckReport report) {
        List<Case> rules = ruleCases(report);
        List<Case> intents = report.hasIntents() ? intentCases(report) : List.of();
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "plumbline");
            counts(xml, rules.size() + intents.size(), failures(rules) + failures(intents), skipped(rules) + skipped(intents));
            xml.writeCharacters("\n");
            suite(xml, RULES_SUITE, rules, report);
            if (report.hasIntents()) {
                suite(xml, INTENTS_SUITE, intents, report);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the JDK's XML writer failed on a string writer", e);
        }
        return text.toString();
    }

    private static List<Case> ruleCases(CheckReport report) {
        Map<String, List<RuleRun>> families = new LinkedHashMap<>();
        for (RuleRun rule : report.rules()) {
            families.computeIfAbsent(rule.family(), f -> new ArrayList<>()).add(rule);
        }
        List<Case> cases = new ArrayList<>();
        families.forEach((family, rules) -> {
            List<Diagnostic> errors = new ArrayList<>();
            StringBuilder output = new StringBuilder();
            for (RuleRun rule : rules) {
                for (Diagnostic finding : rule.findings()) {
                    if (finding.severity() == Severity.ERROR) {
                        errors.add(finding);
                    } else {
                        append(output, finding);
                    }
                }
            }
            if (errors.isEmpty()) {
                cases.add(new Case(family, null, null, null, null, output.toString()));
                return;
            }
            StringBuilder details = new StringBuilder();
            errors.forEach(e -> append(details, e));
            String message = errors.size() == 1 ? "[" + errors.get(0).ruleId() + "] " + errors.get(0).message()
                    : errors.size() + " errors: " + String.join(", ", errors.stream().map(Diagnostic::ruleId).distinct().toList());
            cases.add(new Case(family, errors.get(0).ruleId(), message, details.toString(), null, output.toString()));
        });
        return cases;
    }

    private static void append(StringBuilder out, Diagnostic finding) {
        out.append(finding.severity().label()).append(" [").append(finding.ruleId()).append("] ").append(finding.message())
                .append("\n    at ").append(finding.location().render()).append('\n');
        if (!finding.hint().isEmpty()) {
            out.append("    fix: ").append(finding.hint()).append('\n');
        }
    }

    private static List<Case> intentCases(CheckReport report) {
        List<Case> cases = new ArrayList<>();
        for (IntentResult result : report.intents()) {
            String details = IntentText.flow(result.intent()) + "\n" + result.reason() + "\npath: " + IntentText.path(result.trace())
                    + result.trace().returnPath().map(r -> "\nreply: " + IntentText.path(r)).orElse("")
                    + "\nat " + result.intent().origin().render()
                    + "\ntrace it: " + IntentText.traceCommand(report.planArguments(), result) + "\n";
            String type = "intent." + result.intent().expectation().keyword();
            boolean fails = report.severityOf(result).orElse(Severity.INFO) == Severity.ERROR;
            if (result.outcome() == Outcome.PASS) {
                cases.add(new Case(result.intent().name(), null, null, null, null, details));
            } else if (fails) {
                String prefix = result.outcome() == Outcome.UNDETERMINED ? "undetermined: " : "";
                cases.add(new Case(result.intent().name(), type, prefix + result.reason(), details, null, ""));
            } else {
                cases.add(new Case(result.intent().name(), null, null, null, "undetermined: " + result.reason(), details));
            }
        }
        return cases;
    }

    private static void suite(XMLStreamWriter xml, String name, List<Case> cases, CheckReport report) throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", name);
        counts(xml, cases.size(), failures(cases), skipped(cases));
        xml.writeCharacters("\n    ");
        xml.writeStartElement("properties");
        property(xml, "input", report.input());
        property(xml, "inputFormat", report.format());
        if (name.equals(INTENTS_SUITE)) {
            property(xml, "intents", report.intentsFile());
            property(xml, "unknown", report.unknownPolicy().label());
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
        for (Case c : cases) {
            xml.writeCharacters("    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", name);
            xml.writeAttribute("name", clean(c.name()));
            if (c.failureType() != null) {
                xml.writeCharacters("\n      ");
                xml.writeStartElement("failure");
                xml.writeAttribute("type", clean(c.failureType()));
                xml.writeAttribute("message", clean(c.failureMessage()));
                xml.writeCharacters(clean(c.failureText()));
                xml.writeEndElement();
            }
            if (c.skipped() != null) {
                xml.writeCharacters("\n      ");
                xml.writeStartElement("skipped");
                xml.writeAttribute("message", clean(c.skipped()));
                xml.writeEndElement();
            }
            if (!c.output().isEmpty()) {
                xml.writeCharacters("\n      ");
                xml.writeStartElement("system-out");
                xml.writeCharacters(clean(c.output()));
                xml.writeEndElement();
            }
            if (c.failureType() != null || c.skipped() != null || !c.output().isEmpty()) {
                xml.writeCharacters("\n    ");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        xml.writeCharacters("  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", clean(value));
    }

    private static void counts(XMLStreamWriter xml, int tests, int failures, int skipped) throws XMLStreamException {
        xml.writeAttribute("tests", String.valueOf(tests));
        xml.writeAttribute("failures", String.valueOf(failures));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", String.valueOf(skipped));
    }

    private static int failures(List<Case> cases) {
        return (int) cases.stream().filter(c -> c.failureType() != null).count();
    }

    private static int skipped(List<Case> cases) {
        return (int) cases.stream().filter(c -> c.skipped() != null).count();
    }

    /** Replaces what XML 1.0 cannot hold (control characters, unpaired surrogates, U+FFFE/U+FFFF) with U+FFFD. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)) {
                out.append(c);
            } else {
                out.append('\uFFFD');
            }
        }
        return out.toString();
    }
}
