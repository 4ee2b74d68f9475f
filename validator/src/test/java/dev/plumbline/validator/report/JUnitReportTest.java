package dev.plumbline.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.validator.check.Checker;
import dev.plumbline.validator.check.Rule;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.diag.UnknownPolicy;
import dev.plumbline.validator.model.Origin;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** JUnit XML parses with the JDK's parser and counts what CI systems count. */
class JUnitReportTest {

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element suite(Document document, String name) {
        NodeList suites = document.getElementsByTagName("testsuite");
        for (int i = 0; i < suites.getLength(); i++) {
            Element suite = (Element) suites.item(i);
            if (suite.getAttribute("name").equals(name)) {
                return suite;
            }
        }
        throw new AssertionError("no suite " + name);
    }

    private static List<Element> cases(Element suite) {
        List<Element> cases = new ArrayList<>();
        NodeList list = suite.getElementsByTagName("testcase");
        for (int i = 0; i < list.getLength(); i++) {
            cases.add((Element) list.item(i));
        }
        return cases;
    }

    private static Element child(Element parent, String tag) {
        NodeList list = parent.getElementsByTagName(tag);
        return list.getLength() == 0 ? null : (Element) list.item(0);
    }

    @Test
    void render_twoTier_hasACasePerRuleFamilyAndPerIntentWithTheExpectedCounts() throws Exception {
        CheckReport report = ReportFixtures.twoTier().report();

        Document xml = parse(JUnitReport.render(report));

        List<String> families = Checker.builtIn().rules().stream().map(Rule::family).distinct().toList();
        Element rules = suite(xml, JUnitReport.RULES_SUITE);
        assertThat(cases(rules)).extracting(c -> c.getAttribute("name")).containsExactlyElementsOf(families)
                .contains("routing", "nat", "filtering", "lattice", "quota");
        assertThat(rules.getAttribute("tests")).isEqualTo(String.valueOf(families.size()));
        assertThat(rules.getAttribute("failures")).isEqualTo("1");
        Element intents = suite(xml, JUnitReport.INTENTS_SUITE);
        assertThat(intents.getAttribute("tests")).isEqualTo("7");
        assertThat(intents.getAttribute("failures")).isEqualTo("1");
        assertThat(intents.getAttribute("skipped")).isEqualTo("0");
        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo(String.valueOf(families.size() + 7));
        assertThat(root.getAttribute("failures")).isEqualTo("2");
    }

    @Test
    void render_failingFamilyCarriesTheFindingAndTheFailingIntentItsReasonAndPath() throws Exception {
        Document xml = parse(JUnitReport.render(ReportFixtures.twoTier().report()));

        Element filtering = cases(suite(xml, JUnitReport.RULES_SUITE)).stream()
                .filter(c -> c.getAttribute("name").equals("filtering")).findFirst().orElseThrow();
        assertThat(child(filtering, "failure").getAttribute("type")).isEqualTo("nacl.blocks-return");
        assertThat(child(filtering, "failure").getAttribute("message")).startsWith("[nacl.blocks-return] private-a-strict");
        assertThat(child(filtering, "failure").getTextContent()).contains("at examples/two-tier-vpc.json#/networkAcls/1/entries/2");
        Element nacl = cases(suite(xml, JUnitReport.INTENTS_SUITE)).get(6);
        assertThat(nacl.getAttribute("name")).isEqualTo("the app reaches the internet over HTTPS");
        assertThat(child(nacl, "failure").getAttribute("type")).isEqualTo("intent.reachable");
        assertThat(child(nacl, "failure").getTextContent()).contains("reply: internet > internet gateway two-tier")
                .contains("trace it: plumbline trace examples/two-tier-vpc.json --from app --to internet --port 443");
        assertThat(child(cases(suite(xml, JUnitReport.INTENTS_SUITE)).get(0), "failure")).isNull();
    }

    @Test
    void render_undeterminedIntent_isSkippedUnderWarnAndFailedUnderFail() throws Exception {
        Document warn = parse(JUnitReport.render(ReportFixtures.check(ReportFixtures.UNDETERMINED,
                ReportFixtures.UNDETERMINED_INTENTS, UnknownPolicy.WARN).report()));
        Document fail = parse(JUnitReport.render(ReportFixtures.check(ReportFixtures.UNDETERMINED,
                ReportFixtures.UNDETERMINED_INTENTS, UnknownPolicy.FAIL).report()));

        Element skipped = cases(suite(warn, JUnitReport.INTENTS_SUITE)).get(0);
        assertThat(child(skipped, "skipped").getAttribute("message")).startsWith("undetermined: ");
        assertThat(child(skipped, "failure")).isNull();
        assertThat(suite(warn, JUnitReport.INTENTS_SUITE).getAttribute("skipped")).isEqualTo("1");
        Element failed = cases(suite(fail, JUnitReport.INTENTS_SUITE)).get(0);
        assertThat(child(failed, "failure").getAttribute("message")).startsWith("undetermined: ");
        assertThat(suite(fail, JUnitReport.INTENTS_SUITE).getAttribute("failures")).isEqualTo("1");
    }

    @Test
    void render_withoutIntents_hasNoIntentSuite() throws Exception {
        Document xml = parse(JUnitReport.render(ReportFixtures.check(ReportFixtures.TWO_TIER, null, UnknownPolicy.WARN).report()));

        assertThat(xml.getElementsByTagName("testsuite").getLength()).isEqualTo(1);
    }

    @Test
    void render_escapesMarkupAndReplacesCharactersXmlCannotHold() throws Exception {
        String nasty = "a <b> & \"c\" 'd' ]]> \u0001 \uD83D\uDE80 \uD800 end";
        CheckReport report = new CheckReport("plan <1>.json", "graph", List.of(), 0, List.of(),
                List.of(new RuleRun("x.rule", "fam&ily", "d", List.of(Diagnostic.error("x.rule", Origin.of("f.json", "/a"), nasty, nasty)))),
                "", List.of(), UnknownPolicy.WARN);

        Document xml = parse(JUnitReport.render(report));

        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("[x.rule] a <b> & \"c\" 'd' ]]> \uFFFD \uD83D\uDE80 \uFFFD end");
        assertThat(failure.getTextContent()).contains("fix: a <b> & \"c\"");
        assertThat(((Element) xml.getElementsByTagName("testcase").item(0)).getAttribute("name")).isEqualTo("fam&ily");
    }
}
