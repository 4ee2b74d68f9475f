package dev.plumbline.validator.cli;

import dev.plumbline.validator.location.JsonPointerLines;
import dev.plumbline.validator.location.ProgramSourceLines;
import dev.plumbline.validator.location.SourceLocator;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.report.CheckReport;
import dev.plumbline.validator.report.ReportFormat;

/** Renders one check report in the formats asked for; finds source lines (one pass over the input files) only for a format that shows them. */
final class ReportWriter {

    private final CheckReport report;
    private final Network network;
    private SourceLocator locator;

    ReportWriter(CheckReport report, Network network) {
        this.report = report;
        this.network = network;
    }

    String render(ReportFormat format) {
        return format.render(report, network, format.showsSourceLines() ? locator() : SourceLocator.NONE);
    }

    private SourceLocator locator() {
        if (locator == null) {
            locator = ProgramSourceLines.of(report.origins()).orElse(JsonPointerLines.of(report.origins()));
        }
        return locator;
    }
}
