package dev.plumbline.validator.sim;

import dev.plumbline.validator.model.Canonical;
import dev.plumbline.validator.model.lattice.LatticeService;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP request from a client to a VPC Lattice service: method, path, headers, the listener port
 * (0: the service's first listener), and the caller's IAM principal ARN (empty: an unsigned request).
 */
public record LatticeRequest(Place from, LatticeService service, String method, String path, Map<String, String> headers,
        int port, String principal) {

    public LatticeRequest {
        if (from == null || service == null) {
            throw new IllegalArgumentException("a request needs a client and a service");
        }
        method = method == null || method.isEmpty() ? "GET" : method;
        path = path == null || path.isEmpty() ? "/" : path;
        TreeMap<String, String> lower = new TreeMap<>();
        if (headers != null) {
            headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        }
        headers = java.util.Collections.unmodifiableMap(lower);
        principal = Canonical.text(principal);
    }

    public static LatticeRequest get(Place from, LatticeService service, String path) {
        return new LatticeRequest(from, service, "GET", path, Map.of(), 0, "");
    }

    /** The value of a header, matched case-insensitively by name. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public String render() {
        return method + " " + path + (headers.isEmpty() ? "" : " " + headers);
    }
}
