package dev.plumbline.validator.report;

import dev.plumbline.validator.intent.Intent;
import dev.plumbline.validator.intent.IntentResult;
import dev.plumbline.validator.net.Protocol;
import dev.plumbline.validator.sim.Hop;
import dev.plumbline.validator.sim.Place;
import dev.plumbline.validator.sim.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** How every report words an intent result: its outcome, its flow, a short label per hop, and the trace command that repeats it. */
final class IntentText {

    private static final Pattern CIDR = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,3}$");
    private static final Pattern SAFE_ARG = Pattern.compile("^[A-Za-z0-9_./:@%+=,-]+$");

    private IntentText() {
    }

    /** PASS, FAIL, or UNDETERMINED with how it counts. */
    static String outcome(CheckReport report, IntentResult result) {
        return switch (result.outcome()) {
            case PASS -> "PASS";
            case FAIL -> "FAIL";
            case UNDETERMINED -> "UNDETERMINED (" + report.unknownPolicy().severity().label() + ")";
        };
    }

    /** {@code tcp/443 from app to internet: reachable}. */
    static String flow(Intent intent) {
        return intent.describeFlow() + ": " + intent.expectation().describe();
    }

    /** A short label for a hop: its kind and its name, or its id when it has no name (ARNs shortened). */
    static String hop(Hop hop) {
        String shown = !hop.nodeName().isEmpty() ? hop.nodeName() : shortId(hop.nodeId());
        return hop.nodeKind().equals(shown) ? shown : hop.nodeKind() + " " + shown;
    }

    /** The last part of an ARN's resource ({@code loadbalancer/gwy/name/123} to {@code name/123}); other ids unchanged. */
    static String shortId(String id) {
        if (!id.startsWith("arn:")) {
            return id;
        }
        String resource = id.substring(id.lastIndexOf(':') + 1);
        String[] parts = resource.split("/");
        return parts.length >= 2 ? parts[parts.length - 2] + "/" + parts[parts.length - 1] : resource;
    }

    /** The hops of the request and, when there is one, the reply, each shortened and repeated hops folded. */
    static String path(Trace trace) {
        List<String> labels = new ArrayList<>();
        for (Hop hop : trace.hops()) {
            String label = hop(hop);
            if (labels.isEmpty() || !labels.get(labels.size() - 1).equals(label)) {
                labels.add(label);
            }
        }
        return String.join(" > ", labels);
    }

    /** The {@code plumbline trace} command that shows this intent's trace hop by hop. */
    static String traceCommand(List<String> planArguments, IntentResult result) {
        Intent intent = result.intent();
        List<String> args = new ArrayList<>(List.of("plumbline", "trace"));
        args.addAll(planArguments);
        args.addAll(List.of("--from", argument(intent.from(), result.from()), "--to", argument(intent.to(), result.to())));
        if (intent.request().isEmpty() && !intent.protocol().equals(Protocol.TCP)) {
            args.add("--protocol");
            args.add(intent.protocol().equals(Protocol.UDP) ? "udp" : "icmp");
        }
        intent.port().ifPresent(port -> {
            args.add("--port");
            args.add(String.valueOf(port));
        });
        intent.fromSecurityGroups().forEach(g -> {
            args.add("--from-security-group");
            args.add(g);
        });
        intent.toSecurityGroups().forEach(g -> {
            args.add("--to-security-group");
            args.add(g);
        });
        intent.request().ifPresent(http -> {
            if (!http.method().equals("GET")) {
                args.add("--method");
                args.add(http.method());
            }
            if (!http.path().equals("/")) {
                args.add("--path");
                args.add(http.path());
            }
            for (Map.Entry<String, String> header : http.headers().entrySet()) {
                args.add("--header");
                args.add(header.getKey() + ": " + header.getValue());
            }
            if (!http.principal().isEmpty()) {
                args.add("--principal");
                args.add(http.principal());
            }
        });
        if (intent.expectation() instanceof dev.plumbline.validator.intent.Expectation.TargetGroup group) {
            args.add("--requests");
            args.add(String.valueOf(group.requests()));
        }
        return String.join(" ", args.stream().map(IntentText::quote).toList());
    }

    /** A CIDR is not something {@code trace} takes: the host address the intent stood for is. */
    private static String argument(String written, Place resolved) {
        if (!CIDR.matcher(written).matches()) {
            return written;
        }
        if (resolved instanceof Place.SubnetHost host) {
            return host.address().toString();
        }
        if (resolved instanceof Place.Internet internet) {
            return internet.address().toString();
        }
        if (resolved instanceof Place.AtInterface at) {
            return at.networkInterface().id();
        }
        return written;
    }

    private static String quote(String arg) {
        return SAFE_ARG.matcher(arg).matches() ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }
}
