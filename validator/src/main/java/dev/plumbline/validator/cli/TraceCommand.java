package dev.plumbline.validator.cli;

import dev.plumbline.validator.diag.BadInputException;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.ingest.Ingested;
import dev.plumbline.validator.ingest.PlanLoader;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.net.Protocol;
import dev.plumbline.validator.report.JsonOut;
import dev.plumbline.validator.report.TraceJson;
import dev.plumbline.validator.report.TraceText;
import dev.plumbline.validator.sim.LatticeRequest;
import dev.plumbline.validator.sim.LatticeTracer;
import dev.plumbline.validator.sim.Place;
import dev.plumbline.validator.sim.PlaceResolver;
import dev.plumbline.validator.sim.RequestTrace;
import dev.plumbline.validator.sim.Session;
import dev.plumbline.validator.sim.Simulator;
import dev.plumbline.validator.sim.Trace;
import dev.plumbline.validator.sim.TraceRequest;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plumbline trace}: can SRC reach DST, by which hops, and why not. */
@Command(name = "trace", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Trace one flow through the planned network: every hop, every decision, the translations and the reply.",
        footer = {"", "Exit codes: 0 the flow and its reply get through, 1 they do not (or it is undetermined), 2 bad input or usage."})
final class TraceCommand implements Callable<Integer> {

    @Mixin
    PlanInput input;

    @Option(names = "--from", required = true, paramLabel = "SRC",
            description = "Source: an IPv4 address, an id (i-, eni-, subnet-), a resource name or URN, or 'internet'.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "DST",
            description = "Destination: an IPv4 address, an id (i-, eni-, subnet-, vpce-), a name, URN or DNS name, or 'internet'.")
    String to;

    @Option(names = "--protocol", defaultValue = "tcp", description = "tcp, udp or icmp (default: ${DEFAULT-VALUE}).")
    String protocol;

    @Option(names = "--port", description = "Destination port for tcp/udp (default: 443); for a Lattice service, the listener port "
            + "(default: its first listener).")
    Integer port;

    @Option(names = "--src-port", defaultValue = "" + TraceRequest.DEFAULT_SOURCE_PORT,
            description = "Source port (default: ${DEFAULT-VALUE}, an ephemeral port of Linux and Windows clients).")
    int srcPort;

    @Option(names = "--from-security-group", paramLabel = "SG",
            description = "When SRC is a subnet or an address without an interface: security groups the assumed host is in.")
    List<String> fromGroups = new ArrayList<>();

    @Option(names = "--to-security-group", paramLabel = "SG",
            description = "When DST is a subnet or an address without an interface: security groups the assumed host is in.")
    List<String> toGroups = new ArrayList<>();

    @Option(names = "--seed", description = "Seed of the hashes that stand in for AWS's choices (default: a fixed seed).")
    Long seed;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--inspected-by", description = "Print only the GWLB appliances that saw the flow, in order, both directions.")
    boolean inspectedBy;

    @Option(names = "--method", defaultValue = "GET", description = "Lattice request: HTTP method (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--path", defaultValue = "/", description = "Lattice request: path (default: ${DEFAULT-VALUE}).")
    String path;

    @Option(names = "--header", paramLabel = "'NAME: VALUE'", description = "Lattice request: a header; repeat for more.")
    List<String> headers = new ArrayList<>();

    @Option(names = "--requests", defaultValue = "1",
            description = "Lattice request: report how this many requests spread over the target groups (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--principal", paramLabel = "ARN",
            description = "Lattice request: the caller's IAM principal; without it the request is unsigned.")
    String principal;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final PlanLoader loader;

    TraceCommand(PlanLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() throws BadInputException, PlaceResolver.UnresolvedPlaceException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Protocol proto = parseProtocol();
        int dstPort = port == null ? 443 : port;
        if (proto.hasPorts() && (dstPort < 0 || dstPort > 65535 || srcPort < 0 || srcPort > 65535)) {
            throw usage("ports must be 0-65535", "give --port and --src-port between 0 and 65535");
        }
        if (!format.equals("text") && !format.equals("json")) {
            throw usage("unknown format '" + format + "'", "use --format text or --format json");
        }
        Ingested ingested = input.load(loader, spec.commandLine().getErr());
        Notes.print(err, ingested);
        Simulator simulator = new Simulator(ingested.network());
        PlaceResolver resolver = new PlaceResolver(simulator.topology());
        Place source = resolver.resolve(from, false, fromGroups);
        Place destination = resolver.resolve(to, true, toGroups);
        if (destination instanceof Place.AtLatticeService service) {
            return latticeRequest(simulator, source, service, out);
        }
        TraceRequest request = new TraceRequest(source, destination, proto, proto.hasPorts() ? dstPort : 0,
                proto.hasPorts() ? srcPort : 0);
        Trace trace;
        try {
            trace = simulator.trace(request, seed == null ? new Session() : new Session(seed));
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage(), "choose a source and destination a packet can travel between");
        }
        if (inspectedBy) {
            out.print(InspectionText.render(trace));
        } else if (format.equals("json")) {
            out.println(JsonOut.write(TraceJson.document(source.describe(), destination.describe(), trace)));
        } else {
            out.print(TraceText.render(trace));
        }
        out.flush();
        return trace.isRoundTrip() ? ExitCode.PASS : ExitCode.FINDINGS;
    }

    private int latticeRequest(Simulator simulator, Place source, Place.AtLatticeService service, PrintWriter out)
            throws BadInputException {
        if (requests < 1) {
            throw usage("--requests must be at least 1", "e.g. --requests 1000");
        }
        Map<String, String> headerValues = new LinkedHashMap<>();
        for (String header : headers) {
            int colon = header.indexOf(':');
            if (colon < 1) {
                throw usage("--header '" + header + "' is not 'NAME: VALUE'", "e.g. --header 'x-tenant: blue'");
            }
            headerValues.put(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
        }
        LatticeRequest request;
        try {
            request = new LatticeRequest(source, service.service(), method, path, headerValues, port == null ? 0 : port,
                    principal);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage(), "check --method, --path and --header");
        }
        RequestTrace result = new LatticeTracer(simulator.topology())
                .trace(request, seed == null ? new Session() : new Session(seed), requests);
        if (format.equals("json")) {
            out.println(JsonOut.write(TraceJson.document(source.describe(), service.describe(), result)));
        } else {
            out.print(TraceText.render(result));
        }
        out.flush();
        return result.trace().isRoundTrip() ? ExitCode.PASS : ExitCode.FINDINGS;
    }

    private Protocol parseProtocol() throws BadInputException {
        return switch (protocol.toLowerCase(java.util.Locale.ROOT)) {
            case "tcp" -> Protocol.TCP;
            case "udp" -> Protocol.UDP;
            case "icmp" -> Protocol.ICMP;
            default -> throw usage("unknown protocol '" + protocol + "'", "use --protocol tcp, udp or icmp");
        };
    }

    static BadInputException usage(String message, String hint) {
        return new BadInputException(Diagnostic.error("usage", Origin.NONE, message, hint));
    }
}
