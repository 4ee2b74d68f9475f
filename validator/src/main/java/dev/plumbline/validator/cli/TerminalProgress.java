package dev.plumbline.validator.cli;

import dev.plumbline.validator.intent.Progress;
import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;

/**
 * Progress of a long {@code check} on one line of stderr, rewritten in place: the phase (reading,
 * rules, intents n/N), cleared when done. Silent unless the process runs on a terminal
 * ({@link System#console()}), so CI logs and redirected output stay clean.
 */
final class TerminalProgress implements Progress {

    private static final int WIDTH = 78;

    private final PrintWriter err;
    private final boolean enabled;
    private int shown;
    private int lastPercent = -1;

    TerminalProgress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** Enabled when the JVM has a console that is a terminal. */
    static TerminalProgress onConsole(PrintWriter err) {
        return new TerminalProgress(err, isTerminal(System.console()));
    }

    /** JDK 22+ returns a console even when redirected; {@code isTerminal()} then tells. */
    static boolean isTerminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException olderJdk) {
            return true;
        }
    }

    void phase(String text) {
        show(text);
    }

    @Override
    public void advanced(int done, int total, String name) {
        int percent = total == 0 ? 100 : (int) (100L * done / total);
        if (percent == lastPercent && done != total) {
            return;
        }
        lastPercent = percent;
        show("intents " + done + "/" + total + ": " + name);
    }

    /** Clears the line. */
    void done() {
        if (enabled && shown > 0) {
            err.print("\r" + " ".repeat(shown) + "\r");
            err.flush();
            shown = 0;
        }
    }

    private void show(String text) {
        if (!enabled) {
            return;
        }
        String line = text.length() > WIDTH ? text.substring(0, WIDTH - 3) + "..." : text;
        err.print("\r" + line + " ".repeat(Math.max(0, shown - line.length())));
        err.flush();
        shown = line.length();
    }
}
