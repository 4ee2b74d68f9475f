package dev.plumbline.validator.intent;

import dev.plumbline.validator.model.Canonical;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.net.Protocol;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One statement of {@code intents.yaml}: a flow and what must hold for it. {@code from} and
 * {@code to} are as the user wrote them; the evaluator resolves them against the plan. {@code port}
 * is empty when not given (a Lattice service then uses its first listener). {@code origin} is the
 * intents file and the JSON pointer of the intent.
 */
public record Intent(String name, Origin origin, String from, String to, List<String> fromSecurityGroups,
        List<String> toSecurityGroups, Protocol protocol, Optional<Integer> port, int sourcePort,
        Optional<Http> request, Expectation expectation) {

    public Intent {
        name = Canonical.text(name);
        origin = Canonical.origin(origin);
        from = Canonical.text(from);
        to = Canonical.text(to);
        fromSecurityGroups = Canonical.list(fromSecurityGroups);
        toSecurityGroups = Canonical.list(toSecurityGroups);
        protocol = protocol == null ? Protocol.TCP : protocol;
        port = port == null ? Optional.empty() : port;
        request = request == null ? Optional.empty() : request;
        if (expectation == null) {
            throw new IllegalArgumentException("an intent needs an expectation");
        }
    }

    /** The flow in a few words: {@code tcp/443 from A to B}, or {@code GET /path from A to B}. */
    public String describeFlow() {
        if (request.isPresent()) {
            return request.get().method() + " " + request.get().path() + " from " + from + " to " + to;
        }
        String proto = protocol.equals(Protocol.TCP) ? "tcp" : protocol.equals(Protocol.UDP) ? "udp" : "icmp";
        return proto + port.map(p -> "/" + p).orElse("") + " from " + from + " to " + to;
    }

    /** The HTTP side of a request to a VPC Lattice service. */
    public record Http(String method, String path, Map<String, String> headers, String principal) {
        public Http {
            method = method == null || method.isEmpty() ? "GET" : method;
            path = path == null || path.isEmpty() ? "/" : path;
            headers = java.util.Collections.unmodifiableMap(new TreeMap<>(headers == null ? Map.of() : headers));
            principal = Canonical.text(principal);
        }

        public static final Http DEFAULT = new Http("GET", "/", Map.of(), "");
    }
}
