package dev.plumbline.internal.validation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IPv4 network in CIDR notation, parsed strictly: four decimal octets without leading zeros, a
 * prefix length 0-32, and no host bits ({@code 10.0.1.5/16} is rejected with the network it most
 * likely means, {@code 10.0.0.0/16}). AWS rejects host bits in route destinations and
 * security-group rules, so the components refuse them before AWS does.
 */
public record Ipv4Cidr(long address, int length) {

    private static final Pattern SHAPE = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})");

    public Ipv4Cidr {
        if (length < 0 || length > 32) {
            throw new IllegalArgumentException("prefix length out of range: " + length);
        }
        if ((address & ~mask(length) & 0xFFFF_FFFFL) != 0) {
            throw new IllegalArgumentException("host bits set");
        }
    }

    /** The parsed network, or why {@code text} is not one (with the closest valid network if any). */
    public static Parsed parse(String text) {
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) {
            return Parsed.error("is not an IPv4 CIDR block like 10.0.0.0/16");
        }
        long address = 0;
        for (int i = 1; i <= 4; i++) {
            String octet = m.group(i);
            if (octet.length() > 1 && octet.startsWith("0")) {
                return Parsed.error("has an octet with a leading zero ('" + octet + "'), which is ambiguous");
            }
            int value = Integer.parseInt(octet);
            if (value > 255) {
                return Parsed.error("has an octet above 255 ('" + octet + "')");
            }
            address = (address << 8) | value;
        }
        String lengthText = m.group(5);
        int length = Integer.parseInt(lengthText);
        if (length > 32 || (lengthText.length() > 1 && lengthText.startsWith("0"))) {
            return Parsed.error("has prefix length /" + lengthText + "; use 0 to 32");
        }
        long network = address & mask(length);
        if (network != address) {
            return Parsed.error("has host bits set (did you mean " + new Ipv4Cidr(network, length) + "?)");
        }
        return new Parsed(Optional.of(new Ipv4Cidr(address, length)), null);
    }

    /** Whether the two networks share at least one address. */
    public boolean overlaps(Ipv4Cidr other) {
        int shorter = Math.min(length, other.length);
        return (address & mask(shorter)) == (other.address & mask(shorter));
    }

    @Override
    public String toString() {
        return ((address >> 24) & 0xFF) + "." + ((address >> 16) & 0xFF) + "." + ((address >> 8) & 0xFF) + "."
                + (address & 0xFF) + "/" + length;
    }

    private static long mask(int length) {
        return length == 0 ? 0 : (0xFFFF_FFFFL << (32 - length)) & 0xFFFF_FFFFL;
    }

    /** The outcome of {@link #parse}: a network, or an error phrase to put after the value. */
    public record Parsed(Optional<Ipv4Cidr> cidr, String error) {

        static Parsed error(String error) {
            return new Parsed(Optional.empty(), error);
        }

        public boolean ok() {
            return cidr.isPresent();
        }
    }
}
