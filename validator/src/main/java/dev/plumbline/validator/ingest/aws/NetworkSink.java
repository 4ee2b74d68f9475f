package dev.plumbline.validator.ingest.aws;

import dev.plumbline.validator.model.Element;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.model.PeeringConnection;
import java.util.HashMap;
import java.util.Map;

/**
 * Collects mapped elements into a {@link Network}, keeping the first of two elements of one kind
 * with the same id (the same resource in two files, or a peering seen from both of its regions)
 * and noting the second.
 */
final class NetworkSink {

    private final Network.Builder builder = Network.builder();
    private final Map<String, Element> seen = new HashMap<>();
    private final IngestLog log;

    NetworkSink(IngestLog log) {
        this.log = log;
    }

    void add(Element element) {
        String key = element.getClass().getName() + "\u0000" + element.id();
        Element first = seen.putIfAbsent(key, element);
        if (first == null) {
            builder.add(element);
            return;
        }
        if (element instanceof PeeringConnection) {
            log.info(IngestLog.SKIPPED, element.origin(), "VPC peering connection " + element.id()
                    + " is also described at " + first.origin().render() + " (both of its regions list it); read once", "");
        } else {
            log.warn(IngestLog.SKIPPED, element.origin(), element.kind() + " " + element.id()
                    + " is described twice; kept the first, at " + first.origin().render(),
                    "remove the duplicate file or entry");
        }
    }

    /** The elements so far, by kind, for lookups between mapping steps. */
    Network.Builder view() {
        return builder;
    }

    Network build() {
        return builder.build();
    }
}
