package dev.plumbline.validator.ingest.aws;

import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.net.PortRange;
import dev.plumbline.validator.net.Prefix;
import dev.plumbline.validator.net.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What reading a snapshot found besides the network: errors (the input cannot be used; reading
 * goes on so that every problem is reported at once) and notes (what was skipped or assumed).
 * Also the strict parse of raw values into the {@code net} types, each failure an error with the
 * file and JSON pointer of the value.
 */
final class IngestLog {

    static final String BAD_JSON = "input.json";
    static final String BAD_VALUE = "input.value";
    static final String BAD_LAYOUT = "input.layout";
    static final String SKIPPED = "aws.skipped";
    static final String REGION = "aws.region";
    static final String ASSUMED = "aws.assumed";

    private final List<Diagnostic> errors = new ArrayList<>();
    private final List<Diagnostic> notes = new ArrayList<>();

    void error(String ruleId, Origin at, String message, String hint) {
        errors.add(Diagnostic.error(ruleId, at, message, hint));
    }

    void errors(List<Diagnostic> problems) {
        errors.addAll(problems);
    }

    void notes(List<Diagnostic> more) {
        notes.addAll(more);
    }

    void info(String ruleId, Origin at, String message, String hint) {
        notes.add(Diagnostic.info(ruleId, at, message, hint));
    }

    void warn(String ruleId, Origin at, String message, String hint) {
        notes.add(Diagnostic.warning(ruleId, at, message, hint));
    }

    /** Notes that IPv6 content was not read: Plumbline models IPv4 only. */
    void skippedIpv6(Located at, String what) {
        info(SKIPPED, at.origin(), "skipped " + what + ": Plumbline models IPv4 only", "");
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    int errorCount() {
        return errors.size();
    }

    List<Diagnostic> errors() {
        return List.copyOf(errors);
    }

    List<Diagnostic> notes() {
        return List.copyOf(notes);
    }

    Optional<Prefix> prefix(Located at, String field) {
        return prefix(at.child(field));
    }

    /** The node itself as a CIDR. */
    Optional<Prefix> prefix(Located value) {
        try {
            return Optional.of(Prefix.parse(value.node().asText()));
        } catch (IllegalArgumentException e) {
            error(BAD_VALUE, value.origin(), e.getMessage(), "AWS reports IPv4 CIDRs as a.b.c.d/n with no host bits");
            return Optional.empty();
        }
    }

    Optional<Ipv4> ipv4(Located at, String field) {
        return ipv4(at.child(field));
    }

    /** The node itself as an address. */
    Optional<Ipv4> ipv4(Located value) {
        try {
            return Optional.of(Ipv4.parse(value.node().asText()));
        } catch (IllegalArgumentException e) {
            error(BAD_VALUE, value.origin(), e.getMessage(), "expected a dotted-quad IPv4 address such as 10.0.1.5");
            return Optional.empty();
        }
    }

    /** An optional address: absent when the field is missing or null, an error when present but bad. */
    Optional<Ipv4> optionalIpv4(Located at, String field) {
        return at.has(field) ? ipv4(at, field) : Optional.empty();
    }

    Optional<Protocol> protocol(Located at, String field) {
        Located value = at.child(field);
        try {
            return Optional.of(Protocol.parse(value.node().asText()));
        } catch (IllegalArgumentException e) {
            error(BAD_VALUE, value.origin(), e.getMessage(), "AWS uses -1 (all), tcp, udp, icmp or an IP protocol number");
            return Optional.empty();
        }
    }

    /** {@code from}-{@code to}; -1 or a missing bound means every port. */
    Optional<PortRange> ports(Located at, String fromField, String toField) {
        int from = at.integer(fromField, -1);
        int to = at.integer(toField, -1);
        if (from == -1 && to == -1) {
            return Optional.of(PortRange.ALL);
        }
        try {
            return Optional.of(new PortRange(from, to));
        } catch (IllegalArgumentException e) {
            error(BAD_VALUE, at.origin(), e.getMessage() + " (" + fromField + " " + from + ", " + toField + " " + to + ")",
                    "ports are 0-65535 with " + fromField + " <= " + toField);
            return Optional.empty();
        }
    }

    /** An attribute value that must be {@code true} or {@code false}. */
    Optional<Boolean> booleanText(Located at, String field) {
        String value = at.text(field);
        if ("true".equals(value)) {
            return Optional.of(Boolean.TRUE);
        }
        if ("false".equals(value)) {
            return Optional.of(Boolean.FALSE);
        }
        error(BAD_VALUE, at.child(field).origin(), "'" + value + "' is not a boolean attribute value",
                "expected \"true\" or \"false\"");
        return Optional.empty();
    }
}
