package dev.plumbline.validator.ingest.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.validator.diag.BadInputException;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.ingest.Ingested;
import dev.plumbline.validator.model.Element;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.model.NetworkInterface;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.net.Prefix;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Test resources and lookups shared by the AWS snapshot reader tests. */
final class SnapshotFixtures {

    private static final Map<Path, Ingested> CACHE = new ConcurrentHashMap<>();

    private SnapshotFixtures() {
    }

    /** A folder of the test resources, e.g. {@code corpus/aws-snapshots/test-subnet}. */
    static Path resource(String path) {
        URL url = SnapshotFixtures.class.getResource("/" + path);
        assertThat(url).as("test resource %s", path).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path corpus(String snapshot) {
        return resource("corpus/aws-snapshots/" + snapshot);
    }

    /** Reads a snapshot once per test run (the readers are pure; the results are immutable). */
    static Ingested read(Path snapshot) {
        return CACHE.computeIfAbsent(snapshot, path -> {
            try {
                return new AwsSnapshotReader().read(path);
            } catch (BadInputException e) {
                throw new AssertionError("expected " + path + " to read cleanly:\n" + e.getMessage(), e);
            }
        });
    }

    static <T extends Element> T byId(List<T> elements, String id) {
        return elements.stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no element " + id + " among " + elements.stream().map(Element::id).toList()));
    }

    static NetworkInterface eniWithIp(Network network, String ip) {
        return network.networkInterfaces().stream().filter(eni -> eni.hasAddress(Ipv4.parse(ip))).findFirst()
                .orElseThrow(() -> new AssertionError("no network interface with " + ip));
    }

    static Prefix cidr(String text) {
        return Prefix.parse(text);
    }

    static Planned<Ipv4> known(String ip) {
        return Planned.known(Ipv4.parse(ip));
    }

    /** Notes of one rule whose message contains {@code text}. */
    static List<Diagnostic> notes(Ingested ingested, String ruleId, String text) {
        return ingested.notes().stream().filter(n -> n.ruleId().equals(ruleId) && n.message().contains(text)).toList();
    }
}
