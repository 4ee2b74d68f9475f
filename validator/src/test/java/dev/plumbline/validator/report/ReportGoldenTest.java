package dev.plumbline.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.validator.diag.UnknownPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The text and Markdown reports of the examples, word for word. Regenerate after an intended change:
 * {@code ./mvnw -pl validator test -Dtest=ReportGoldenTest -Dplumbline.updateGolden=true}, then
 * review {@code git diff validator/src/test/resources/golden}.
 */
class ReportGoldenTest {

    @Test
    void text_twoTierWithIntents() throws Exception {
        GoldenFiles.assertMatches(CheckText.render(ReportFixtures.twoTier().report()), "two-tier-vpc.check.txt");
    }

    @Test
    void text_privateLinkGwlbLatticeWithIntents() throws Exception {
        GoldenFiles.assertMatches(CheckText.render(ReportFixtures.plGwlbLattice().report()), "privatelink-gwlb-lattice.check.txt");
    }

    @Test
    void text_undeterminedIntent() throws Exception {
        GoldenFiles.assertMatches(CheckText.render(ReportFixtures.check(ReportFixtures.UNDETERMINED,
                ReportFixtures.UNDETERMINED_INTENTS, UnknownPolicy.WARN).report()), "undetermined.check.txt");
    }

    @Test
    void text_withoutIntents_isTheRulesReportAlone() throws Exception {
        GoldenFiles.assertMatches(CheckText.render(ReportFixtures.check(ReportFixtures.TWO_TIER, null, UnknownPolicy.WARN).report()),
                "two-tier-vpc.rules-only.check.txt");
    }

    @Test
    void markdown_twoTierWithIntents() throws Exception {
        GoldenFiles.assertMatches(MarkdownReport.render(ReportFixtures.twoTier().report()), "two-tier-vpc.check.md");
    }

    @Test
    void markdown_privateLinkGwlbLatticeWithIntents() throws Exception {
        GoldenFiles.assertMatches(MarkdownReport.render(ReportFixtures.plGwlbLattice().report()), "privatelink-gwlb-lattice.check.md");
    }

    @Test
    void markdown_undeterminedIntent() throws Exception {
        GoldenFiles.assertMatches(MarkdownReport.render(ReportFixtures.check(ReportFixtures.UNDETERMINED,
                ReportFixtures.UNDETERMINED_INTENTS, UnknownPolicy.WARN).report()), "undetermined.check.md");
    }

    @Test
    void diff_showsRemovedAndAddedLinesWithNumbers() {
        String diff = GoldenFiles.diff(List.of("a", "b", "c"), List.of("a", "x", "c", "d"));

        assertThat(diff).isEqualTo("-   2 | b\n+   2 | x\n+   4 | d");
    }
}
