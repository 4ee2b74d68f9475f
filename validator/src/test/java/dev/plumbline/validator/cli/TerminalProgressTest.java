package dev.plumbline.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

    @Test
    void disabled_writesNothing() {
        StringWriter err = new StringWriter();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(err), false);

        progress.phase("reading");
        progress.advanced(1, 2, "a");
        progress.done();

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void enabled_rewritesOneLineAndClearsIt() {
        StringWriter err = new StringWriter();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(err), true);

        progress.phase("reading plan");
        progress.advanced(1, 2, "first");
        progress.advanced(2, 2, "second");
        progress.done();

        assertThat(err.toString()).isEqualTo("\rreading plan\rintents 1/2: first\rintents 2/2: second"
                + "\r" + " ".repeat("intents 2/2: second".length()) + "\r");
        assertThat(err.toString()).doesNotContain("\n");
    }

    @Test
    void enabled_manyIntents_reportsAtMostOncePerPercent() {
        StringWriter err = new StringWriter();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(err), true);

        for (int i = 1; i <= 10_000; i++) {
            progress.advanced(i, 10_000, "x");
        }

        assertThat(err.toString().split("\r", -1).length - 1).isEqualTo(101);
    }

    @Test
    void longNames_areCutToTheLine() {
        StringWriter err = new StringWriter();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(err), true);

        progress.advanced(1, 1, "n".repeat(200));

        assertThat(err.toString().length()).isLessThanOrEqualTo(1 + 78);
    }

    @Test
    void isTerminal_withoutConsole_isFalse() {
        assertThat(TerminalProgress.isTerminal(null)).isFalse();
    }
}
