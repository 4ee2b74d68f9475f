package dev.plumbline.validator.report;

import dev.plumbline.validator.location.SourceLocator;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.report.html.HtmlReport;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats {@code plumbline check} writes, each rendered from the same {@link CheckReport}. */
public enum ReportFormat {
    /** For a terminal. */
    TEXT("text"),
    /** The shape of {@code schemas/report.schema.json}. */
    JSON("json"),
    /** SARIF 2.1.0 for code scanning (GitHub, GitLab, IDEs). */
    SARIF("sarif"),
    /** JUnit XML for CI test views: a test case per rule family and per intent. */
    JUNIT("junit"),
    /** A pull-request comment with Mermaid paths of the intents that did not pass. */
    MARKDOWN("markdown"),
    /** One self-contained page drawing the network and each intent's path. */
    HTML("html");

    private final String cliName;

    ReportFormat(String cliName) {
        this.cliName = cliName;
    }

    /** Whether the format shows source lines, which costs a pass over the input files. */
    public boolean showsSourceLines() {
        return this == SARIF;
    }

    public String cliName() {
        return cliName;
    }

    public static Optional<ReportFormat> parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.cliName.equals(n)).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(ReportFormat::cliName).toList());
    }

    /**
     * The report in this format. {@code network} is drawn by the HTML report; {@code locator} gives
     * SARIF results their lines.
     */
    public String render(CheckReport report, Network network, SourceLocator locator) {
        return switch (this) {
            case TEXT -> CheckText.render(report);
            case JSON -> JsonOut.write(CheckJson.document(report)) + "\n";
            case SARIF -> SarifReport.render(report, locator);
            case JUNIT -> JUnitReport.render(report);
            case MARKDOWN -> MarkdownReport.render(report);
            case HTML -> HtmlReport.render(report, network);
        };
    }
}
