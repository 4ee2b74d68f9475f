package dev.plumbline.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.validator.intent.IntentResult;
import dev.plumbline.validator.intent.Outcome;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    @Test
    void mermaid_marksTheHopThatStoppedTheReply() throws Exception {
        IntentResult nacl = ReportFixtures.twoTier().report().intents().get(6);

        String mermaid = MarkdownReport.mermaid(nacl);

        assertThat(mermaid).startsWith("flowchart LR\n").contains("subgraph req[\"request\"]").contains("subgraph rep[\"reply\"]")
                .contains("    rep6[\"subnet private-a (stopped)\"]:::stop\n").contains("    req6 --> req7\n");
        assertThat(mermaid.lines().filter(l -> l.contains(":::stop"))).hasSize(1);
    }

    @Test
    void mermaid_shadesTheGwlbAppliances() throws Exception {
        IntentResult inspected = ReportFixtures.plGwlbLattice().report().intents().get(1);

        assertThat(MarkdownReport.mermaid(inspected)).contains("[\"gateway load balancer inspection-gwlb\"]:::inspect");
    }

    @Test
    void label_turnsCharactersMermaidParsesIntoEntityCodes() {
        assertThat(MarkdownReport.label("a \"b\" #1 <c> `d`\ne")).isEqualTo("a #quot;b#quot; #35;1 #lt;c#gt; 'd' e");
    }

    @Test
    void cell_escapesPipesMarkupAndNewlines() {
        assertThat(MarkdownReport.cell("a | b * c_d <e>\nf")).isEqualTo("a \\| b \\* c\\_d \\<e\\><br>f");
    }

    @Test
    void render_manyFailingIntents_staysWithinTheCommentBudgetAndSaysWhatIsLeftOut() throws Exception {
        CheckReport one = ReportFixtures.twoTier().report();
        IntentResult failing = one.intents().get(6);
        List<IntentResult> many = Collections.nCopies(300, failing);
        CheckReport report = new CheckReport(one.input(), one.format(), one.sources(), one.elements(), one.notes(), one.rules(),
                one.intentsFile(), many, one.unknownPolicy());

        String markdown = MarkdownReport.render(report);

        assertThat(markdown.length()).isLessThan(65_536);
        assertThat(markdown).containsPattern("_\\d+ more intent\\(s\\) that did not pass are not shown in detail");
        assertThat(markdown).containsPattern("\\| … \\| \\d+ more intent\\(s\\) not listed");
        assertThat(report.count(Outcome.FAIL)).isEqualTo(300);
    }
}
