package dev.plumbline.validator.report.html;

import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.diag.Severity;
import dev.plumbline.validator.intent.IntentResult;
import dev.plumbline.validator.intent.Outcome;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.report.CheckReport;
import dev.plumbline.validator.report.TraceText;
import dev.plumbline.validator.sim.Hop;
import dev.plumbline.validator.sim.Inspection;
import dev.plumbline.validator.sim.StepCode;
import dev.plumbline.validator.sim.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code plumbline check --format html}: one self-contained page (inline CSS, JavaScript and SVG;
 * nothing is fetched) that draws the network (see {@link NetworkLayout}) and, for the intent
 * selected in the list, its path: the request as a blue line, the reply as a green dashed one, the
 * hops numbered, the hop that stopped the flow ringed in red. The selection starts on the first
 * intent that did not pass and can be linked with {@code #intent-N}. Every intent's details (flow,
 * reason, full trace) and every finding are in the page.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    public static String render(CheckReport report, Network network) {
        NetworkLayout layout = NetworkLayout.of(network);
        StringBuilder out = new StringBuilder(64 * 1024);
        String verdict = report.passed() ? "PASS" : "FAIL";
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Plumbline ").append(verdict).append(": ").append(esc(report.input())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n");
        out.append("<body data-initial=\"").append(initial(report)).append("\">\n");
        header(out, report, verdict);
        out.append("<main>\n<aside id=\"sidebar\">\n");
        intentList(out, report);
        findings(out, report);
        out.append("</aside>\n<section id=\"canvas\">\n");
        svg(out, report, layout);
        details(out, report);
        out.append("</section>\n</main>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return out.toString();
    }

    private static int initial(CheckReport report) {
        List<IntentResult> intents = report.intents();
        for (Outcome wanted : List.of(Outcome.FAIL, Outcome.UNDETERMINED)) {
            for (int i = 0; i < intents.size(); i++) {
                if (intents.get(i).outcome() == wanted) {
                    return i;
                }
            }
        }
        return 0;
    }

    private static void header(StringBuilder out, CheckReport report, String verdict) {
        out.append("<header class=\"").append(verdict.toLowerCase(Locale.ROOT)).append("\">\n<h1>Plumbline check: <span id=\"verdict\">")
                .append(verdict).append("</span></h1>\n<p>").append(esc(report.input())).append(" (").append(esc(report.format()))
                .append(", ").append(report.elements()).append(" network elements) · ").append(report.count(Severity.ERROR))
                .append(" error(s), ").append(report.count(Severity.WARNING)).append(" warning(s), ")
                .append(report.count(Severity.INFO)).append(" note(s)");
        if (report.hasIntents()) {
            out.append(" · intents: ").append(report.count(Outcome.PASS)).append(" passed, ").append(report.count(Outcome.FAIL))
                    .append(" failed, ").append(report.count(Outcome.UNDETERMINED)).append(" undetermined (counted as ")
                    .append(report.unknownPolicy().severity() == Severity.ERROR ? "failures" : "warnings").append(")");
        }
        out.append("</p>\n</header>\n");
    }

    private static void intentList(StringBuilder out, CheckReport report) {
        out.append("<h2>Intents</h2>\n");
        if (!report.hasIntents()) {
            out.append("<p class=\"empty\">No intents file was evaluated (use --intents FILE).</p>\n");
            return;
        }
        out.append("<p class=\"file\">").append(esc(report.intentsFile())).append("</p>\n<ol id=\"intents\">\n");
        for (int i = 0; i < report.intents().size(); i++) {
            IntentResult result = report.intents().get(i);
            out.append("<li><button type=\"button\" class=\"intent ").append(result.outcome().label()).append("\" data-intent=\"")
                    .append(i).append("\" aria-pressed=\"false\"><span class=\"badge\">").append(badge(result.outcome()))
                    .append("</span> <span class=\"name\">").append(esc(result.intent().name())).append("</span><span class=\"flow\">")
                    .append(esc(result.intent().describeFlow())).append(" · ").append(esc(result.intent().expectation().describe()))
                    .append("</span></button></li>\n");
        }
        out.append("</ol>\n");
    }

    private static void findings(StringBuilder out, CheckReport report) {
        List<Diagnostic> findings = report.findings();
        out.append("<h2>Findings</h2>\n");
        if (findings.isEmpty()) {
            out.append("<p class=\"empty\">No findings.</p>\n");
            return;
        }
        out.append("<ul id=\"findings\">\n");
        for (Diagnostic finding : findings) {
            out.append("<li class=\"").append(finding.severity().label()).append("\"><span class=\"rule\">")
                    .append(esc(finding.ruleId())).append("</span> ").append(esc(finding.message()));
            if (!finding.hint().isEmpty()) {
                out.append("<br><span class=\"fix\">fix: ").append(esc(finding.hint())).append("</span>");
            }
            out.append("<br><code>").append(esc(finding.location().render())).append("</code></li>\n");
        }
        out.append("</ul>\n");
    }

    private static void svg(StringBuilder out, CheckReport report, NetworkLayout layout) {
        out.append(String.format(Locale.ROOT, "<svg id=\"network\" viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" height=\"%.0f\" role=\"img\""
                + " aria-label=\"the planned network\">\n", layout.width(), layout.height(), layout.width(), layout.height()));
        out.append("<defs>\n<marker id=\"arrow-request\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\""
                + " orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" class=\"arrow-request\"/></marker>\n"
                + "<marker id=\"arrow-reply\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\""
                + " orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" class=\"arrow-reply\"/></marker>\n</defs>\n");
        out.append("<g class=\"frames\">\n");
        for (NetworkLayout.Box box : layout.boxes()) {
            NetworkLayout.Rect r = box.rect();
            out.append(String.format(Locale.ROOT, "<g class=\"box %s\" data-id=\"%s\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\""
                    + " height=\"%.1f\" rx=\"6\"/>", box.kind(), esc(box.id()), r.x(), r.y(), r.w(), r.h()));
            double ty = box.kind().equals("zone") || box.kind().equals("row") ? r.y() + 12 : r.y() + 16;
            out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" class=\"title\">%s</text>", r.x() + 8, ty,
                    esc(fit(box.title(), r.w() - 16, 6.6))));
            if (!box.subtitle().isEmpty()) {
                out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" class=\"subtitle\">%s</text>", r.x() + 8,
                        ty + 14, esc(fit(box.subtitle(), r.w() - 16, 6))));
            }
            out.append("</g>\n");
        }
        out.append("</g>\n<g class=\"links\">\n");
        for (NetworkLayout.Link link : layout.links()) {
            Optional<NetworkLayout.Rect> a = layout.anchor(link.from());
            Optional<NetworkLayout.Rect> b = layout.anchor(link.to());
            if (a.isPresent() && b.isPresent() && !a.get().equals(b.get())) {
                out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n", a.get().cx(),
                        a.get().cy(), b.get().cx(), b.get().cy()));
            }
        }
        out.append("</g>\n<g class=\"chips\">\n");
        for (NetworkLayout.Chip chip : layout.chips()) {
            NetworkLayout.Rect r = chip.rect();
            out.append(String.format(Locale.ROOT, "<g class=\"chip %s\" data-id=\"%s\"><title>%s</title><rect x=\"%.1f\" y=\"%.1f\""
                    + " width=\"%.1f\" height=\"%.1f\" rx=\"4\"/><text x=\"%.1f\" y=\"%.1f\">%s</text></g>\n", chip.kind(),
                    esc(chip.id()), esc(chip.tooltip()), r.x(), r.y(), r.w(), r.h(), r.x() + 7, r.y() + 16,
                    esc(fit(chip.label(), r.w() - 12, 6.4))));
        }
        out.append("</g>\n<g class=\"paths\">\n");
        for (int i = 0; i < report.intents().size(); i++) {
            path(out, i, report.intents().get(i), layout);
        }
        out.append("</g>\n</svg>\n");
        out.append("<p class=\"legend\"><span class=\"key request\"></span> request <span class=\"key reply\"></span> reply"
                + " <span class=\"key stop\"></span> where the flow was stopped <span class=\"key inspect\"></span> GWLB appliance</p>\n");
    }

    /** One intent's request and reply as polylines through the anchors of their hops, with numbered hops. */
    private static void path(StringBuilder out, int index, IntentResult result, NetworkLayout layout) {
        out.append("<g class=\"path\" data-intent=\"").append(index).append("\">\n");
        direction(out, result.trace(), false, 0, result, layout);
        result.trace().returnPath().ifPresent(reply -> direction(out, reply, true, 5, result, layout));
        out.append("</g>\n");
    }

    private static void direction(StringBuilder out, Trace trace, boolean reply, double offset, IntentResult result,
            NetworkLayout layout) {
        String kind = reply ? "reply" : "request";
        List<double[]> points = new ArrayList<>();
        List<String> marks = new ArrayList<>();
        int number = 1;
        for (int h = 0; h < trace.hops().size(); h++) {
            Hop hop = trace.hops().get(h);
            Optional<NetworkLayout.Rect> anchor = layout.anchor(hop.nodeId());
            boolean stopped = result.culprit().map(c -> c.reply() == reply).orElse(false)
                    && result.culprit().get().index() == h;
            if (anchor.isEmpty()) {
                continue;
            }
            NetworkLayout.Rect r = anchor.get();
            double x = r.cx() + offset;
            double y = r.cy() + offset;
            double[] last = points.isEmpty() ? null : points.get(points.size() - 1);
            if (last == null || last[0] != x || last[1] != y) {
                points.add(new double[] {x, y});
            }
            boolean inspected = hop.steps().stream().anyMatch(s -> s.code() == StepCode.GWLB_APPLIANCE);
            marks.add(String.format(Locale.ROOT, "<rect class=\"hop %s%s%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\""
                    + " rx=\"5\"><title>%s %d: %s</title></rect>", kind, stopped ? " stop" : "", inspected ? " inspect" : "",
                    r.x() - 2, r.y() - 2, r.w() + 4, r.h() + 4, kind, number, esc(hop.label())));
            marks.add(String.format(Locale.ROOT, "<circle class=\"num %s\" cx=\"%.1f\" cy=\"%.1f\" r=\"8\"/><text class=\"num\""
                    + " x=\"%.1f\" y=\"%.1f\">%d</text>", kind, r.x() + r.w() - 4 + offset, r.y() + 2 + offset,
                    r.x() + r.w() - 4 + offset, r.y() + 5.5 + offset, number));
            number++;
        }
        for (Inspection inspection : trace.inspections()) {
            Optional<NetworkLayout.Rect> appliance = layout.anchor(inspection.applianceId());
            Optional<NetworkLayout.Rect> balancer = layout.anchor(inspection.loadBalancerId());
            if (appliance.isPresent()) {
                NetworkLayout.Rect r = appliance.get();
                marks.add(String.format(Locale.ROOT, "<rect class=\"hop inspect\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\""
                        + " height=\"%.1f\" rx=\"5\"><title>%s inspected by appliance %s</title></rect>", r.x() - 2, r.y() - 2,
                        r.w() + 4, r.h() + 4, kind, esc(inspection.applianceId())));
                balancer.ifPresent(b -> marks.add(String.format(Locale.ROOT, "<line class=\"inspect\" x1=\"%.1f\" y1=\"%.1f\""
                        + " x2=\"%.1f\" y2=\"%.1f\"/>", b.cx(), b.cy(), r.cx(), r.cy())));
            }
        }
        if (points.size() > 1) {
            StringBuilder line = new StringBuilder();
            for (double[] p : points) {
                line.append(String.format(Locale.ROOT, "%.1f,%.1f ", p[0], p[1]));
            }
            out.append("<polyline class=\"line ").append(kind).append("\" points=\"").append(line.toString().trim())
                    .append("\" marker-end=\"url(#arrow-").append(kind).append(")\"/>\n");
        }
        marks.forEach(m -> out.append(m).append('\n'));
    }

    private static void details(StringBuilder out, CheckReport report) {
        out.append("<div id=\"details\">\n");
        for (int i = 0; i < report.intents().size(); i++) {
            IntentResult result = report.intents().get(i);
            String trace = result.request().map(TraceText::render).orElseGet(() -> TraceText.render(result.trace()));
            out.append("<article class=\"detail ").append(result.outcome().label()).append("\" data-intent=\"").append(i)
                    .append("\" id=\"detail-").append(i).append("\">\n<h2>").append(badge(result.outcome())).append(' ')
                    .append(esc(result.intent().name())).append("</h2>\n<dl>\n<dt>Flow</dt><dd>")
                    .append(esc(result.intent().describeFlow())).append("</dd>\n<dt>From</dt><dd>")
                    .append(esc(result.from().describe())).append("</dd>\n<dt>To</dt><dd>").append(esc(result.to().describe()))
                    .append("</dd>\n<dt>Expected</dt><dd>").append(esc(result.intent().expectation().describe()))
                    .append("</dd>\n<dt>Outcome</dt><dd class=\"outcome\">").append(result.outcome().name())
                    .append(report.severityOf(result).map(s -> " (" + s.label() + ")").orElse("")).append("</dd>\n<dt>Why</dt><dd>")
                    .append(esc(result.reason())).append("</dd>\n<dt>Declared at</dt><dd><code>")
                    .append(esc(result.intent().origin().render())).append("</code></dd>\n</dl>\n<details")
                    .append(result.outcome() == Outcome.PASS ? "" : " open").append("><summary>Trace</summary>\n<pre>")
                    .append(esc(trace)).append("</pre>\n</details>\n</article>\n");
        }
        out.append("</div>\n");
    }

    private static String badge(Outcome outcome) {
        return switch (outcome) {
            case PASS -> "PASS";
            case FAIL -> "FAIL";
            case UNDETERMINED -> "UNDETERMINED";
        };
    }

    /** Shortens {@code text} to about {@code width} pixels at {@code perChar} pixels a character. */
    static String fit(String text, double width, double perChar) {
        int max = (int) Math.max(3, Math.floor(width / perChar));
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Escapes text for HTML and SVG content and attribute values. */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\n' && c != '\t' ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    private static final String CSS = """
            :root { --request: #2563eb; --reply: #059669; --stop: #dc2626; --inspect: #7c3aed; --ink: #1e293b; --muted: #64748b; }
            * { box-sizing: border-box; }
            body { margin: 0; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #f1f5f9; }
            header { padding: 12px 20px; color: #fff; background: #15803d; }
            header.fail { background: #b91c1c; }
            header h1 { margin: 0; font-size: 20px; }
            header p { margin: 4px 0 0; }
            main { display: flex; align-items: flex-start; gap: 16px; padding: 16px; }
            #sidebar { flex: 0 0 340px; max-height: calc(100vh - 110px); overflow: auto; background: #fff; border-radius: 8px; padding: 8px 12px; }
            #sidebar h2 { font-size: 15px; margin: 10px 0 6px; }
            .file, .empty { color: var(--muted); margin: 0 0 6px; word-break: break-all; }
            #intents { list-style: none; margin: 0; padding: 0; }
            button.intent { display: block; width: 100%; text-align: left; margin: 0 0 6px; padding: 6px 8px; border: 1px solid #cbd5e1;
              border-left: 6px solid #16a34a; border-radius: 6px; background: #fff; font: inherit; color: inherit; cursor: pointer; }
            button.intent.fail { border-left-color: var(--stop); }
            button.intent.undetermined { border-left-color: #d97706; }
            button.intent[aria-pressed="true"] { background: #e0e7ff; border-color: #6366f1; }
            .badge { font-size: 11px; font-weight: 700; letter-spacing: .03em; }
            .pass .badge { color: #15803d; } .fail .badge { color: var(--stop); } .undetermined .badge { color: #b45309; }
            .flow { display: block; font-size: 12px; color: var(--muted); }
            #findings { margin: 0; padding-left: 18px; font-size: 13px; }
            #findings li { margin-bottom: 8px; }
            #findings li.error .rule { color: var(--stop); } #findings li.warning .rule { color: #b45309; }
            .rule { font-weight: 600; } .fix { color: var(--muted); }
            #canvas { flex: 1 1 auto; min-width: 0; background: #fff; border-radius: 8px; padding: 12px; }
            #network { max-width: 100%; height: auto; display: block; }
            .box rect { fill: #fff; stroke: #cbd5e1; }
            .box.vpc > rect { fill: #f8fafc; stroke: #64748b; stroke-width: 1.5; }
            .box.zone > rect, .box.row > rect { fill: none; stroke: none; }
            .box.lattice > rect { fill: #fff7ed; stroke: #fb923c; }
            .box .title { font-size: 12px; font-weight: 600; fill: var(--ink); }
            .box.zone .title, .box.row .title { font-size: 10.5px; font-weight: 500; fill: var(--muted); }
            .box .subtitle { font-size: 10.5px; fill: var(--muted); }
            .links line { stroke: #94a3b8; stroke-width: 1; stroke-dasharray: 3 3; }
            .chip rect { stroke: #94a3b8; fill: #f1f5f9; }
            .chip text { font-size: 11px; fill: var(--ink); }
            .chip.instance rect { fill: #e0f2fe; stroke: #38bdf8; }
            .chip.interface rect { fill: #f0f9ff; stroke: #7dd3fc; }
            .chip.nat rect { fill: #fef3c7; stroke: #f59e0b; }
            .chip.gateway rect, .chip.internet rect { fill: #dcfce7; stroke: #22c55e; }
            .chip.endpoint rect { fill: #ede9fe; stroke: #a78bfa; }
            .chip.balancer rect { fill: #fce7f3; stroke: #f472b6; }
            .chip.table rect { fill: #f8fafc; stroke: #cbd5e1; }
            .chip.lattice rect { fill: #ffedd5; stroke: #fb923c; }
            .path { display: none; }
            .path.selected { display: inline; }
            .line { fill: none; stroke-width: 3; stroke-linejoin: round; opacity: .85; }
            .line.request { stroke: var(--request); }
            .line.reply { stroke: var(--reply); stroke-dasharray: 7 4; }
            .arrow-request { fill: var(--request); } .arrow-reply { fill: var(--reply); }
            rect.hop { fill: none; stroke-width: 2; }
            rect.hop.request { stroke: var(--request); } rect.hop.reply { stroke: var(--reply); }
            rect.hop.inspect { stroke: var(--inspect); stroke-width: 3; }
            line.inspect { stroke: var(--inspect); stroke-width: 2; stroke-dasharray: 2 3; }
            rect.hop.stop { stroke: var(--stop); stroke-width: 4; fill: rgba(220, 38, 38, .12); }
            circle.num.request { fill: var(--request); } circle.num.reply { fill: var(--reply); }
            text.num { font-size: 9.5px; font-weight: 700; fill: #fff; text-anchor: middle; }
            .legend { font-size: 12px; color: var(--muted); }
            .key { display: inline-block; width: 22px; height: 4px; vertical-align: middle; margin-left: 10px; }
            .key.request { background: var(--request); } .key.reply { background: var(--reply); }
            .key.stop { background: var(--stop); } .key.inspect { background: var(--inspect); }
            .detail { display: none; border-top: 1px solid #e2e8f0; padding-top: 8px; }
            .detail.selected { display: block; }
            .detail h2 { font-size: 16px; margin: 4px 0; }
            .detail.fail h2 { color: var(--stop); } .detail.undetermined h2 { color: #b45309; }
            dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 6px 0; }
            dt { color: var(--muted); } dd { margin: 0; }
            pre { background: #0f172a; color: #e2e8f0; padding: 10px; border-radius: 6px; overflow: auto; font-size: 12px; max-height: 420px; }
            """;

    private static final String SCRIPT = """
            (function () {
              var buttons = Array.prototype.slice.call(document.querySelectorAll('button.intent'));
              function select(index) {
                document.querySelectorAll('.path, .detail').forEach(function (el) {
                  el.classList.toggle('selected', el.getAttribute('data-intent') === index);
                });
                buttons.forEach(function (b) {
                  b.setAttribute('aria-pressed', String(b.getAttribute('data-intent') === index));
                });
                document.body.setAttribute('data-selected', index);
              }
              buttons.forEach(function (b) {
                b.addEventListener('click', function () {
                  var index = b.getAttribute('data-intent');
                  select(index);
                  try { history.replaceState(null, '', '#intent-' + index); } catch (e) { /* file: URLs may refuse */ }
                });
              });
              var linked = /^#intent-(\\d+)$/.exec(location.hash);
              select(linked ? linked[1] : document.body.getAttribute('data-initial'));
            })();
            """;
}
