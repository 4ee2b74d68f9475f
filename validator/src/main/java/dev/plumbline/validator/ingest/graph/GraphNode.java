package dev.plumbline.validator.ingest.graph;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.model.Planned;
import dev.plumbline.validator.model.TrafficMatch;
import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.net.PortRange;
import dev.plumbline.validator.net.Prefix;
import dev.plumbline.validator.net.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One object of a schema-valid graph file and its JSON pointer. Reads its keys into canonical
 * values, parsing addresses, CIDRs and ports strictly; a value that does not parse is recorded as
 * a problem at its pointer and comes back as {@code null}, so reading goes on and every problem of
 * the file is reported at once.
 */
final class GraphNode {

    static final String RULE_VALUE = "input.value";

    private final JsonNode node;
    private final String pointer;
    private final Problems problems;

    GraphNode(JsonNode node, String pointer, Problems problems) {
        this.node = node;
        this.pointer = pointer;
        this.problems = problems;
    }

    String pointer() {
        return pointer;
    }

    String pointer(String key) {
        return pointer + "/" + key;
    }

    Origin origin() {
        return problems.origin(pointer);
    }

    JsonNode json() {
        return node;
    }

    boolean has(String key) {
        return node.has(key);
    }

    GraphNode child(String key) {
        JsonNode child = node.get(key);
        return child == null || child.isNull() ? null : new GraphNode(child, pointer(key), problems);
    }

    List<GraphNode> items(String key) {
        List<GraphNode> items = new ArrayList<>();
        JsonNode array = node.get(key);
        if (array != null) {
            for (int i = 0; i < array.size(); i++) {
                items.add(new GraphNode(array.get(i), pointer(key) + "/" + i, problems));
            }
        }
        return items;
    }

    String text(String key) {
        return text(key, "");
    }

    String text(String key, String fallback) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? fallback : value.asText();
    }

    List<String> texts(String key) {
        List<String> values = new ArrayList<>();
        JsonNode array = node.get(key);
        if (array != null) {
            array.forEach(item -> values.add(item.asText()));
        }
        return values;
    }

    boolean bool(String key, boolean fallback) {
        JsonNode value = node.get(key);
        return value == null ? fallback : value.asBoolean();
    }

    Boolean optionalBool(String key) {
        JsonNode value = node.get(key);
        return value == null ? null : value.asBoolean();
    }

    int integer(String key, int fallback) {
        JsonNode value = node.get(key);
        return value == null ? fallback : value.asInt();
    }

    <E> E choice(String key, Map<String, E> spellings, E fallback) {
        JsonNode value = node.get(key);
        return value == null ? fallback : spellings.get(value.asText());
    }

    Prefix prefix(String key) {
        JsonNode value = node.get(key);
        return value == null ? null : prefix(value.asText(), pointer(key));
    }

    List<Prefix> prefixes(String key) {
        List<Prefix> values = new ArrayList<>();
        JsonNode array = node.get(key);
        if (array != null) {
            for (int i = 0; i < array.size(); i++) {
                addParsed(values, prefix(array.get(i).asText(), pointer(key) + "/" + i));
            }
        }
        return values;
    }

    List<Ipv4> ipv4s(String key) {
        List<Ipv4> values = new ArrayList<>();
        JsonNode array = node.get(key);
        if (array != null) {
            for (int i = 0; i < array.size(); i++) {
                addParsed(values, ipv4(array.get(i).asText(), pointer(key) + "/" + i));
            }
        }
        return values;
    }

    /** A value that did not parse is left out; its problem is already recorded and the element will be dropped. */
    private static <T> void addParsed(List<T> values, T value) {
        if (value != null) {
            values.add(value);
        }
    }

    /** A value the plan may not know: absent, an address, or {@code {"unknown": ..., "property": ...}}. */
    Planned<Ipv4> plannedIpv4(String key) {
        return plannedIpv4(node.get(key), pointer(key));
    }

    List<Planned<Ipv4>> plannedIpv4s(String key) {
        List<Planned<Ipv4>> values = new ArrayList<>();
        JsonNode array = node.get(key);
        if (array != null) {
            for (int i = 0; i < array.size(); i++) {
                addParsed(values, plannedIpv4(array.get(i), pointer(key) + "/" + i));
            }
        }
        return values;
    }

    Planned<String> plannedString(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Planned.absent();
        }
        return value.isObject() ? unknown(value) : Planned.known(value.asText());
    }

    static boolean isUnknown(JsonNode value) {
        return value != null && value.isObject() && value.has("unknown");
    }

    static <T> Planned.Unknown<T> unknown(JsonNode value) {
        return new Planned.Unknown<>(value.get("unknown").asText(), value.get("property").asText());
    }

    /**
     * The protocol part of a security group or ACL rule. Ports are only accepted for TCP and UDP
     * and ICMP type/code only for ICMP: anywhere else AWS ignores them, which hides mistakes.
     */
    TrafficMatch trafficMatch() {
        Protocol protocol = protocol();
        PortRange ports = null;
        if (has("ports")) {
            if (protocol.hasPorts()) {
                ports = ports(node.get("ports"), pointer("ports"));
            } else {
                problems.add(RULE_VALUE, pointer("ports"), "ports only apply to tcp and udp, but protocol is " + protocol,
                        "remove \"ports\" or set \"protocol\" to tcp or udp");
            }
        }
        for (String key : List.of("icmpType", "icmpCode")) {
            if (has(key) && !protocol.isIcmp()) {
                problems.add(RULE_VALUE, pointer(key), key + " only applies to icmp, but protocol is " + protocol,
                        "remove \"" + key + "\" or set \"protocol\" to icmp");
            }
        }
        return new TrafficMatch(protocol, ports, integer("icmpType", -1), integer("icmpCode", -1));
    }

    private Protocol protocol() {
        JsonNode value = node.get("protocol");
        if (value == null) {
            return Protocol.ALL;
        }
        return value.isInt() ? new Protocol(value.asInt()) : Protocol.parse(value.asText());
    }

    private PortRange ports(JsonNode value, String at) {
        if (value.isInt()) {
            return PortRange.single(value.asInt());
        }
        String text = value.asText();
        String hint = "write a port such as 443 or an inclusive range such as 1024-65535 (from <= to, ports 0-65535)";
        int dash = text.indexOf('-');
        try {
            int from = Integer.parseInt(dash < 0 ? text : text.substring(0, dash));
            int to = dash < 0 ? from : Integer.parseInt(text.substring(dash + 1));
            if (from > 65535 || to > 65535) {
                problems.add(RULE_VALUE, at, "'" + text + "' is not a port range: ports are 0-65535", hint);
                return null;
            }
            if (from > to) {
                problems.add(RULE_VALUE, at, "'" + text + "' is not a port range: " + from + " is above " + to
                        + " (did you mean " + to + "-" + from + "?)", hint);
                return null;
            }
            return new PortRange(from, to);
        } catch (NumberFormatException e) {
            problems.add(RULE_VALUE, at, "'" + text + "' is not a port range", hint);
            return null;
        }
    }

    private Planned<Ipv4> plannedIpv4(JsonNode value, String at) {
        if (value == null || value.isNull()) {
            return Planned.absent();
        }
        if (value.isObject()) {
            return unknown(value);
        }
        Ipv4 address = ipv4(value.asText(), at);
        return address == null ? null : Planned.known(address);
    }

    private Prefix prefix(String text, String at) {
        try {
            return Prefix.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(RULE_VALUE, at, e.getMessage(),
                    "write an IPv4 network as a.b.c.d/n with the host bits zero, e.g. 10.0.0.0/16");
            return null;
        }
    }

    private Ipv4 ipv4(String text, String at) {
        try {
            return Ipv4.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(RULE_VALUE, at, e.getMessage(),
                    "write an IPv4 address as four decimal octets without leading zeros, e.g. 10.0.1.25");
            return null;
        }
    }
}
