package dev.plumbline.internal.validation;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rules on single values that several components share: CIDR blocks, AWS identifiers and ARNs,
 * ports, names and tags. Each returns a {@link ValueRule} bound to the argument's path, so the
 * message names the argument whether it is checked at construction or when it resolves.
 */
public final class FormatRules {

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\\d{1,2}");
    private static final Pattern DNS_NAME = Pattern.compile(
            "(?=.{1,253}$)(\\*\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    private static final Pattern KEY = Pattern.compile("[a-z]([a-z0-9]|-(?!-))*(?<!-)");
    private static final Pattern ARN = Pattern.compile("arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:(\\d{12})?:.+");

    private static final List<Ipv4Cidr> PRIVATE = List.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16").stream()
            .map(c -> Ipv4Cidr.parse(c).cidr().orElseThrow())
            .toList();

    private FormatRules() {
    }

    /** A strict IPv4 CIDR block (no host bits). */
    public static ValueRule<String> cidr(String argument) {
        return (value, problems) -> {
            Ipv4Cidr.Parsed parsed = Ipv4Cidr.parse(value.get());
            problems.require(parsed.ok(), argument, value.shown() + " " + parsed.error(),
                    "write the block as AWS does, by its network address and prefix length");
        };
    }

    /** Every element a strict IPv4 CIDR block. */
    public static ValueRule<List<String>> cidrs(String argument) {
        return (value, problems) -> {
            for (int i = 0; i < value.get().size(); i++) {
                cidr(argument + "[" + i + "]").check(new ArgValue<>(value.get().get(i), value.secret()), problems);
            }
        };
    }

    /**
     * An EC2 identifier with the given prefix ({@code vpc}, {@code subnet}, {@code sg}, {@code igw},
     * {@code vpce-svc}): the prefix, a hyphen and 8 or 17 hex digits.
     */
    public static ValueRule<String> ec2Id(String argument, String prefix, String what) {
        Pattern shape = Pattern.compile(Pattern.quote(prefix) + "-([0-9a-f]{8}|[0-9a-f]{17})");
        return (value, problems) -> problems.require(shape.matcher(value.get()).matches(), argument,
                value.shown() + " is not " + what + " id", "pass the id (" + prefix + "-0123456789abcdef0), not a name or ARN");
    }

    /** Every element an EC2 identifier with the given prefix. */
    public static ValueRule<List<String>> ec2Ids(String argument, String prefix, String what) {
        return (value, problems) -> {
            for (int i = 0; i < value.get().size(); i++) {
                ec2Id(argument + "[" + i + "]", prefix, what)
                        .check(new ArgValue<>(value.get().get(i), value.secret()), problems);
            }
        };
    }

    /** An ARN of the given service ({@code elasticloadbalancing}, {@code iam}, ...). */
    public static ValueRule<String> arn(String argument, Set<String> services, String what) {
        return (value, problems) -> {
            String text = value.get();
            boolean ok = ARN.matcher(text).matches() && services.contains(text.split(":", 4)[2]);
            problems.require(ok, argument, value.shown() + " is not " + what,
                    "pass the ARN (arn:aws:" + String.join("|", services) + ":...)");
        };
    }

    /** An IAM principal ARN or {@code *}, for an endpoint service's allowed principals. */
    public static ValueRule<List<String>> principals(String argument) {
        return (value, problems) -> {
            for (int i = 0; i < value.get().size(); i++) {
                String p = value.get().get(i);
                boolean ok = "*".equals(p) || (ARN.matcher(p).matches() && p.split(":", 4)[2].equals("iam"));
                problems.require(ok, argument + "[" + i + "]",
                        (value.secret() ? "[secret]" : "'" + p + "'") + " is not an IAM principal ARN",
                        "use arn:aws:iam::<account-id>:root for a whole account, a role or user ARN, or '*'");
            }
        };
    }

    /** A private IPv4 address (RFC 1918), as GWLB and NLB ip targets must be. */
    public static ValueRule<String> privateIpv4(String argument) {
        return (value, problems) -> {
            Ipv4Cidr.Parsed parsed = Ipv4Cidr.parse(value.get() + "/32");
            boolean ok = parsed.ok() && PRIVATE.stream().anyMatch(p -> p.overlaps(parsed.cidr().orElseThrow()));
            problems.require(ok, argument, value.shown() + " is not a private IPv4 address",
                    "use an address in 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16, or targetType instance with an instance id");
        };
    }

    /** A region code such as {@code eu-west-1}. */
    public static ValueRule<List<String>> regions(String argument) {
        return (value, problems) -> {
            for (int i = 0; i < value.get().size(); i++) {
                String r = value.get().get(i);
                problems.require(REGION.matcher(r).matches(), argument + "[" + i + "]", "'" + r + "' is not a region code",
                        "use a region code such as eu-west-1");
            }
        };
    }

    /** A single region code. */
    public static ValueRule<String> region(String argument) {
        return (value, problems) -> problems.require(REGION.matcher(value.get()).matches(), argument,
                value.shown() + " is not a region code", "use a region code such as eu-west-1");
    }

    /** A DNS name (lower case; a leading {@code *.} allowed). */
    public static ValueRule<String> dnsName(String argument) {
        return (value, problems) -> problems.require(DNS_NAME.matcher(value.get()).matches(), argument,
                value.shown() + " is not a DNS name", "use a lower-case fully qualified name such as api.example.com");
    }

    /** A TCP/UDP port. */
    public static void port(Integer port, String argument, Problems problems) {
        if (port != null) {
            problems.require(port >= 1 && port <= 65535, argument, port + " is not a port",
                    "use a port from 1 to 65535");
        }
    }

    /** An integer setting with an AWS range. */
    public static void range(Integer value, int min, int max, String argument, Problems problems) {
        if (value != null) {
            problems.require(value >= min && value <= max, argument, value + " is outside " + min + "-" + max,
                    "use a value from " + min + " to " + max);
        }
    }

    /** One of a fixed set of strings (the components take strings, not enums, in their arguments). */
    public static void oneOf(String value, List<String> allowed, String argument, Problems problems) {
        if (value != null) {
            problems.require(allowed.contains(value), argument, "'" + value + "' is not one of " + allowed,
                    "use one of " + String.join(", ", allowed) + " (exact spelling)");
        }
    }

    /**
     * A key the user picks for child names (stage, subnet, target keys): starts with a lower-case
     * letter, then lower-case letters, digits or single hyphens, at most {@code max} characters.
     */
    public static void key(String value, int max, String argument, Problems problems) {
        if (value != null) {
            problems.require(value.length() <= max && KEY.matcher(value).matches(), argument,
                    "'" + value + "' is not a usable key",
                    "start with a lower-case letter, then use lower-case letters, digits and single hyphens, at most " + max
                            + " characters (e.g. fw-a)");
        }
    }

    /** A list given at all must not be empty (an empty list is almost always a mistake). */
    public static <T> ValueRule<List<T>> nonEmpty(String argument, String fix) {
        return (value, problems) -> problems.require(!value.get().isEmpty(), argument, "is empty", fix);
    }

    /** A list without repeated elements. */
    public static <T> ValueRule<List<T>> distinct(String argument, String what) {
        return (value, problems) -> {
            Set<T> seen = new java.util.HashSet<>();
            for (int i = 0; i < value.get().size(); i++) {
                T element = value.get().get(i);
                problems.require(seen.add(element), argument + "[" + i + "]",
                        (value.secret() ? "[secret]" : "'" + element + "'") + " is listed twice", "list each " + what + " once");
            }
        };
    }

    /** A required argument is present. */
    public static boolean present(Object value, String argument, String fix, Problems problems) {
        problems.require(value != null, argument, "is missing", fix);
        return value != null;
    }
}
