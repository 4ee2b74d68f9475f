package dev.plumbline.validator.report;

import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.diag.Severity;
import dev.plumbline.validator.intent.IntentResult;
import dev.plumbline.validator.intent.Outcome;
import dev.plumbline.validator.sim.Hop;
import dev.plumbline.validator.sim.StepCode;
import dev.plumbline.validator.sim.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code plumbline check --format markdown}: a pull-request comment. A verdict line, a table of the
 * intents and one of the findings, then for each intent that did not pass its reason, its path as
 * a Mermaid {@code flowchart LR} (the hop that stopped the flow marked, GWLB appliances shaded)
 * and the trace in a collapsed block. GitHub renders Mermaid in comments; the syntax is kept
 * conservative (quoted labels, entity codes for quotes and brackets). Details stop before the
 * comment would pass {@value #DETAIL_BUDGET} characters (GitHub allows 65,536), with a note; a
 * table longer than its budget lists what did not pass first and says how many rows it left out.
 */
public final class MarkdownReport {

    static final int DETAIL_BUDGET = 55_000;
    static final int TABLE_BUDGET = 24_000;

    private MarkdownReport() {
    }

    public static String render(CheckReport report) {
        StringBuilder out = new StringBuilder();
        long undetermined = report.count(Outcome.UNDETERMINED);
        out.append("## ").append(!report.passed() ? "❌ Plumbline: FAIL" : undetermined > 0
                ? "⚠️ Plumbline: PASS with " + undetermined + " undetermined intent(s)" : "✅ Plumbline: PASS").append("\n\n");
        out.append('`').append(code(report.input())).append("` (").append(report.format()).append(", ").append(report.elements())
                .append(" network elements) · ").append(report.count(Severity.ERROR)).append(" error(s), ")
                .append(report.count(Severity.WARNING)).append(" warning(s), ").append(report.count(Severity.INFO)).append(" note(s)");
        if (report.hasIntents()) {
            out.append(" · intents: ").append(report.count(Outcome.PASS)).append(" passed, ").append(report.count(Outcome.FAIL))
                    .append(" failed, ").append(report.count(Outcome.UNDETERMINED)).append(" undetermined");
        }
        out.append("\n");
        if (report.hasIntents()) {
            out.append("\n### Intents (`").append(code(report.intentsFile())).append("`)\n\n");
            out.append("| | Intent | Flow | Expectation | Why |\n|---|---|---|---|---|\n");
            List<IntentResult> rows = new ArrayList<>(report.intents());
            rows.sort(java.util.Comparator.comparing(r -> r.outcome() == Outcome.PASS));
            List<String> cells = new ArrayList<>();
            for (IntentResult result : report.intents()) {
                cells.add("| " + icon(report, result) + " | " + cell(result.intent().name()) + " | "
                        + cell(result.intent().describeFlow()) + " | " + cell(result.intent().expectation().describe()) + " | "
                        + cell(result.reason()) + " |\n");
            }
            if (cells.stream().mapToInt(String::length).sum() > TABLE_BUDGET) {
                cells.clear();
                for (IntentResult result : rows) {
                    cells.add("| " + icon(report, result) + " | " + cell(result.intent().name()) + " | "
                            + cell(result.intent().describeFlow()) + " | " + cell(result.intent().expectation().describe())
                            + " | " + cell(result.reason()) + " |\n");
                }
            }
            appendRows(out, cells, TABLE_BUDGET, "| … | %d more intent(s) not listed; those that did not pass come first | | | |\n");
            if (report.count(Outcome.UNDETERMINED) > 0) {
                out.append("\n⚠️ Undetermined intents depend on values known only after apply; they count as ")
                        .append(report.unknownPolicy().severity() == Severity.ERROR ? "failures" : "warnings, not passes")
                        .append(".\n");
            }
        }
        List<Diagnostic> findings = report.findings();
        out.append("\n### Findings\n\n");
        if (findings.isEmpty()) {
            out.append("No findings.\n");
        } else {
            out.append("| | Rule | Finding | Where |\n|---|---|---|---|\n");
            List<Diagnostic> ordered = new ArrayList<>(findings);
            ordered.sort(java.util.Comparator.comparing(Diagnostic::severity));
            List<String> cells = new ArrayList<>();
            for (Diagnostic finding : ordered) {
                cells.add("| " + icon(finding.severity()) + " | `" + code(finding.ruleId()) + "` | " + cell(finding.message())
                        + (finding.hint().isEmpty() ? "" : "<br>**Fix:** " + cell(finding.hint()))
                        + " | `" + code(finding.location().render()) + "` |\n");
            }
            appendRows(out, cells, TABLE_BUDGET / 2, "| … | | %d more finding(s) not listed; errors come first | |\n");
        }
        int omitted = 0;
        for (IntentResult result : report.intents()) {
            if (result.outcome() == Outcome.PASS) {
                continue;
            }
            String detail = detail(report, result);
            if (out.length() + detail.length() > DETAIL_BUDGET) {
                omitted++;
            } else {
                out.append(detail);
            }
        }
        if (omitted > 0) {
            out.append("\n_").append(omitted).append(" more intent(s) that did not pass are not shown in detail to keep this ")
                    .append("comment within GitHub's size limit; the HTML and JSON reports have them all._\n");
        }
        return out.toString();
    }

    /** Rows while they fit in {@code budget} characters, then {@code leftOut} with the count of the rest. */
    private static void appendRows(StringBuilder out, List<String> rows, int budget, String leftOut) {
        int used = 0;
        int shown = 0;
        for (String row : rows) {
            if (used + row.length() > budget) {
                break;
            }
            out.append(row);
            used += row.length();
            shown++;
        }
        if (shown < rows.size()) {
            out.append(String.format(leftOut, rows.size() - shown));
        }
    }

    private static String detail(CheckReport report, IntentResult result) {
        StringBuilder out = new StringBuilder();
        out.append("\n### ").append(icon(report, result)).append(' ').append(text(result.intent().name())).append("\n\n");
        out.append("**Expected:** ").append(text(result.intent().expectation().describe())).append(" (")
                .append(text(result.intent().describeFlow())).append(")  \n**Found:** ").append(text(result.reason()))
                .append(".\n\n");
        out.append("```mermaid\n").append(mermaid(result)).append("```\n\n");
        out.append("<details><summary>Trace</summary>\n\n```text\n");
        out.append(result.request().map(TraceText::render).orElseGet(() -> TraceText.render(result.trace()))
                .replace("```", "'''"));
        out.append("```\n\n</details>\n\n");
        out.append("Reproduce: `").append(code(IntentText.traceCommand(report.planArguments(), result))).append("`\n");
        return out.toString();
    }

    /** The path as a flowchart: the request, then the reply when there is one, each a subgraph. */
    static String mermaid(IntentResult result) {
        StringBuilder out = new StringBuilder("flowchart LR\n");
        Optional<IntentResult.HopRef> culprit = result.culprit();
        result.trace().returnPath().ifPresent(reply -> {
            out.append("  %% the reply is declared first: Mermaid then draws the request above it\n");
            chain(out, "rep", "reply", reply, culprit.filter(IntentResult.HopRef::reply).map(IntentResult.HopRef::index));
        });
        chain(out, "req", "request", result.trace(), culprit.filter(c -> !c.reply()).map(IntentResult.HopRef::index));
        out.append("  classDef stop fill:#ffd6d6,stroke:#c00000,stroke-width:3px\n");
        out.append("  classDef inspect fill:#dbeafe,stroke:#1d4ed8\n");
        return out.toString();
    }

    private static void chain(StringBuilder out, String prefix, String title, Trace trace, Optional<Integer> stopAt) {
        List<Hop> hops = trace.hops();
        out.append("  subgraph ").append(prefix).append("[\"").append(title).append("\"]\n    direction LR\n");
        for (int i = 0; i < hops.size(); i++) {
            Hop hop = hops.get(i);
            boolean stop = stopAt.isPresent() && stopAt.get() == i;
            out.append("    ").append(prefix).append(i).append("[\"").append(label(IntentText.hop(hop) + (stop ? " (stopped)" : "")))
                    .append("\"]");
            if (stop) {
                out.append(":::stop");
            } else if (hop.steps().stream().anyMatch(s -> s.code() == StepCode.GWLB_APPLIANCE)) {
                out.append(":::inspect");
            }
            out.append('\n');
        }
        for (int i = 1; i < hops.size(); i++) {
            out.append("    ").append(prefix).append(i - 1).append(" --> ").append(prefix).append(i).append('\n');
        }
        out.append("  end\n");
    }

    /** A Mermaid label: one line, and the characters Mermaid parses inside quotes as entity codes. */
    static String label(String text) {
        return text.replace("#", "#35;").replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;")
                .replace("`", "'").replace('\n', ' ').replace('\r', ' ');
    }

    private static String icon(CheckReport report, IntentResult result) {
        return switch (result.outcome()) {
            case PASS -> "✅";
            case FAIL -> "❌";
            case UNDETERMINED -> report.unknownPolicy().severity() == Severity.ERROR ? "❌ ⚠️" : "⚠️";
        };
    }

    private static String icon(Severity severity) {
        return switch (severity) {
            case ERROR -> "❌ error";
            case WARNING -> "⚠️ warning";
            case INFO -> "ℹ️ note";
        };
    }

    /** Text for a table cell: one line, pipes and Markdown punctuation escaped. */
    static String cell(String text) {
        return text(text).replace("|", "\\|").replace("\r", "").replace("\n", "<br>");
    }

    /** Text outside code: Markdown punctuation that could start emphasis, links or HTML escaped. */
    static String text(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>#~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Text inside a code span: backticks cannot be escaped there, so they become quotes. */
    private static String code(String text) {
        return text.replace('`', '\'').replace("\n", " ");
    }
}
