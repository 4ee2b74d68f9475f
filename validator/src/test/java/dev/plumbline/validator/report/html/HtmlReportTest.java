package dev.plumbline.validator.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.validator.diag.UnknownPolicy;
import dev.plumbline.validator.ingest.graph.GraphReader;
import dev.plumbline.validator.intent.IntentEvaluator;
import dev.plumbline.validator.intent.IntentResult;
import dev.plumbline.validator.intent.IntentsReader;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.report.CheckReport;
import dev.plumbline.validator.sim.Simulator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The HTML report is one self-contained page whose drawing holds the network and each intent's path. */
class HtmlReportTest {

    static final Path EXAMPLES = Path.of(System.getProperty("user.dir")).resolve("../examples").normalize();

    private static CheckReport twoTier;
    private static Network twoTierNetwork;

    @BeforeAll
    static void checkTwoTier() throws Exception {
        twoTierNetwork = new GraphReader().read(EXAMPLES.resolve("two-tier-vpc.json")).network();
        twoTier = report("examples/two-tier-vpc.json", twoTierNetwork, EXAMPLES.resolve("two-tier-vpc.intents.yaml"));
    }

    static CheckReport report(String input, Network network, Path intents) throws Exception {
        List<IntentResult> results = new IntentEvaluator(new Simulator(network)).evaluate(new IntentsReader().read(intents));
        return new CheckReport(input, "graph", List.of(), network.size(), List.of(), List.of(), intents.toString(), results,
                UnknownPolicy.WARN);
    }

    private static Document svg(String html) throws Exception {
        Matcher svg = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL).matcher(html);
        assertThat(svg.find()).as("the page holds an SVG").isTrue();
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.group().getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document document, String tag, String cssClass) {
        List<Element> found = new ArrayList<>();
        NodeList list = document.getElementsByTagName(tag);
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            if ((" " + e.getAttribute("class") + " ").contains(" " + cssClass + " ")) {
                found.add(e);
            }
        }
        return found;
    }

    @Test
    void render_isSelfContained_nothingIsFetched() {
        String html = HtmlReport.render(twoTier, twoTierNetwork);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").contains("<script>");
        assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain(" src=")
                .doesNotContain("<link").doesNotContain("@import");
        assertThat(Pattern.compile("url\\((?!#arrow-)").matcher(html).find()).as("only internal url(#...) references").isFalse();
    }

    @Test
    void render_drawsVpcSubnetsGatewaysNatsInstancesTablesAndEndpoints() throws Exception {
        Document svg = svg(HtmlReport.render(twoTier, twoTierNetwork));

        assertThat(elements(svg, "g", "vpc")).extracting(e -> e.getAttribute("data-id")).containsExactly("vpc-0e1d2c3b4a5968701");
        assertThat(elements(svg, "g", "subnet")).hasSize(4);
        assertThat(elements(svg, "g", "chip")).extracting(e -> e.getAttribute("data-id")).contains("internet",
                "igw-0c1d2e3f4a5b6c7d8", "nat-0a1b2c3d4e5f6a7b8", "nat-0b1c2d3e4f5a6b7c8", "i-0b5e6f7a8b9c0d1e2",
                "i-0c6f7a8b9c0d1e2f3", "rtb-0f1e2d3c4b5a69783", "vpce-0e5d4c3b2a1908071");
    }

    @Test
    void render_drawsEachIntentsPathAndRingsTheStoppingHop() throws Exception {
        Document svg = svg(HtmlReport.render(twoTier, twoTierNetwork));

        List<Element> paths = elements(svg, "g", "path");
        assertThat(paths).hasSize(7);
        Element nacl = paths.get(6);
        assertThat(nacl.getAttribute("data-intent")).isEqualTo("6");
        assertThat(elements(svg, "polyline", "reply").stream().filter(p -> p.getParentNode() == nacl)).hasSize(1);
        List<Element> stops = elements(svg, "rect", "stop").stream().filter(r -> r.getParentNode() == nacl).toList();
        assertThat(stops).singleElement().satisfies(stop -> {
            assertThat(stop.getAttribute("class")).contains("reply");
            assertThat(stop.getTextContent()).contains("subnet private-a");
        });
    }

    @Test
    void render_startsOnTheFirstIntentThatDidNotPass() {
        assertThat(HtmlReport.render(twoTier, twoTierNetwork)).contains("<body data-initial=\"6\">");
    }

    @Test
    void render_escapesNamesFromTheIntentsFile() throws Exception {
        Path dir = Files.createTempDirectory("html");
        Path intents = Files.writeString(dir.resolve("intents.yaml"), """
                version: 1
                intents:
                  - {name: "<script>alert('x')</script> & co", from: bastion, to: app, port: 22, expect: reachable}
                """);

        String html = HtmlReport.render(report("p.json", twoTierNetwork, intents), twoTierNetwork);

        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co").doesNotContain("<script>alert");
        Files.delete(intents);
        Files.delete(dir);
    }

    @Test
    void render_isDeterministic() {
        assertThat(HtmlReport.render(twoTier, twoTierNetwork)).isEqualTo(HtmlReport.render(twoTier, twoTierNetwork));
    }

    @Test
    void render_withoutIntents_drawsTheNetworkAndSaysSo() throws Exception {
        CheckReport none = new CheckReport("p.json", "graph", List.of(), 0, List.of(), List.of(), "", List.of(), UnknownPolicy.WARN);

        String html = HtmlReport.render(none, twoTierNetwork);

        assertThat(html).contains("No intents file was evaluated");
        assertThat(elements(svg(html), "g", "subnet")).hasSize(4);
    }

    @Test
    void layout_latticeAndGwlbExample_anchorsEveryHopOfEveryIntent() throws Exception {
        Network network = new GraphReader().read(EXAMPLES.resolve("privatelink-gwlb-lattice.json")).network();
        CheckReport report = report("x.json", network, EXAMPLES.resolve("privatelink-gwlb-lattice.intents.yaml"));
        NetworkLayout layout = NetworkLayout.of(network);

        for (IntentResult result : report.intents()) {
            result.trace().hops().forEach(hop -> assertThat(layout.anchor(hop.nodeId()))
                    .as(result.intent().name() + ": hop " + hop.label()).isPresent());
            result.trace().returnPath().ifPresent(reply -> reply.hops().forEach(hop -> assertThat(layout.anchor(hop.nodeId()))
                    .as(result.intent().name() + ": reply hop " + hop.label()).isPresent()));
        }
    }
}
