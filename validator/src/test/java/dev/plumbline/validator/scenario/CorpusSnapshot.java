package dev.plumbline.validator.scenario;

import dev.plumbline.validator.diag.BadInputException;
import dev.plumbline.validator.ingest.aws.AwsSnapshotReader;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.sim.Place;
import dev.plumbline.validator.sim.PlaceResolver;
import dev.plumbline.validator.sim.Simulator;
import dev.plumbline.validator.sim.Step;
import dev.plumbline.validator.sim.StepCode;
import dev.plumbline.validator.sim.Trace;
import dev.plumbline.validator.sim.TraceRequest;
import dev.plumbline.validator.sim.Translation;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Batfish AWS snapshot of the test resources ({@code corpus/aws-snapshots/<name>}, Apache-2.0,
 * see {@code corpus/NOTICE.md}) read once and ready to trace. Places are given the way a user types
 * them on the command line ({@code --from}/{@code --to}: an address, an id, a name or
 * {@code internet}) and resolved by {@link PlaceResolver}, so the scenarios exercise the same path
 * as {@code plumbline trace}. Every trace runs in a fresh session.
 */
final class CorpusSnapshot {

    /** The address the scenarios use for "a host on the internet" (RFC 5737; no snapshot owns it). */
    static final String INTERNET_HOST = "203.0.113.10";

    private static final Map<String, CorpusSnapshot> CACHE = new ConcurrentHashMap<>();

    private final Network network;
    private final Simulator simulator;
    private final PlaceResolver places;

    private CorpusSnapshot(Network network) {
        this.network = network;
        this.simulator = new Simulator(network);
        this.places = new PlaceResolver(simulator.topology());
    }

    static CorpusSnapshot load(String name) {
        return CACHE.computeIfAbsent(name, CorpusSnapshot::read);
    }

    private static CorpusSnapshot read(String name) {
        String resource = "/corpus/aws-snapshots/" + name;
        URL url = CorpusSnapshot.class.getResource(resource);
        if (url == null) {
            throw new AssertionError("test resource " + resource + " is missing");
        }
        try {
            return new CorpusSnapshot(new AwsSnapshotReader().read(Path.of(url.toURI())).network());
        } catch (BadInputException e) {
            throw new AssertionError("expected " + name + " to read cleanly:\n" + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    Network network() {
        return network;
    }

    Place source(String text) {
        return resolve(text, false);
    }

    Place destination(String text) {
        return resolve(text, true);
    }

    private Place resolve(String text, boolean destination) {
        try {
            return places.resolve(text, destination, List.of());
        } catch (PlaceResolver.UnresolvedPlaceException e) {
            throw new AssertionError("the scenario names a place the snapshot does not have: " + e.getMessage(), e);
        }
    }

    Trace tcp(String from, String to, int port) {
        return simulator.trace(TraceRequest.tcp(source(from), destination(to), port));
    }

    Trace udp(String from, String to, int port) {
        return simulator.trace(TraceRequest.udp(source(from), destination(to), port));
    }

    Trace icmp(String from, String to) {
        return simulator.trace(TraceRequest.icmp(source(from), destination(to)));
    }

    /** Translations of a trace as "kind node before -> after", compact enough to assert in one line. */
    static List<String> translations(Trace trace) {
        return trace.translations().stream().map(CorpusSnapshot::render).toList();
    }

    /** The sentences of every step with {@code code}, in order. */
    static List<String> details(Trace trace, StepCode code) {
        return trace.hops().stream().flatMap(h -> h.steps().stream()).filter(s -> s.code() == code)
                .map(Step::detail).toList();
    }

    static String render(Translation t) {
        return t.kind() + " " + t.nodeId() + " " + t.before() + " -> " + t.after();
    }

    static Ipv4 ip(String text) {
        return Ipv4.parse(text);
    }
}
