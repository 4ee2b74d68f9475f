package dev.plumbline.validator.net;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import java.util.Optional;

/**
 * An IPv4 address held as its 32 bits. Parsing is strict: four decimal octets, no leading zeros,
 * no whitespace, no DNS. IPv6 is not modelled by Plumbline; an IPv6 literal is rejected here and
 * callers report it as skipped.
 */
public record Ipv4(int bits) implements Comparable<Ipv4> {

    static final IPAddressStringParameters STRICT_V4 = new IPAddressStringParameters.Builder()
            .allowEmpty(false)
            .allowSingleSegment(false)
            .allowWildcardedSeparator(false)
            .allowIPv6(false)
            .allowPrefix(false)
            .allowMask(false)
            .getIPv4AddressParametersBuilder()
            .allowLeadingZeros(false)
            .allowUnlimitedLeadingZeros(false)
            .allow_inet_aton(false)
            .allowWildcardedSeparator(false)
            .getParentBuilder()
            .toParams();

    public static final Ipv4 ZERO = new Ipv4(0);

    /** Parses a dotted-quad address; throws {@link IllegalArgumentException} with the reason. */
    public static Ipv4 parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("expected an IPv4 address, got null");
        }
        if (text.indexOf(':') >= 0) {
            throw new IllegalArgumentException("'" + text + "' is an IPv6 address; Plumbline models IPv4 only");
        }
        try {
            IPAddress address = new IPAddressString(text, STRICT_V4).toAddress();
            if (!address.isIPv4() || address.isMultiple()) {
                throw new IllegalArgumentException("'" + text + "' is not a single IPv4 address");
            }
            return new Ipv4(address.toIPv4().intValue());
        } catch (AddressStringException e) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv4 address (" + e.getMessage() + ")");
        }
    }

    public static Optional<Ipv4> tryParse(String text) {
        if (text == null || text.isEmpty() || text.length() > 15
                || !text.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'))) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static Ipv4 of(int a, int b, int c, int d) {
        for (int octet : new int[] {a, b, c, d}) {
            if (octet < 0 || octet > 255) {
                throw new IllegalArgumentException("octet out of range: " + octet);
            }
        }
        return new Ipv4((a << 24) | (b << 16) | (c << 8) | d);
    }

    /** Unsigned value, for arithmetic and ordering. */
    public long asLong() {
        return bits & 0xFFFF_FFFFL;
    }

    public Ipv4 plus(long offset) {
        return new Ipv4((int) (asLong() + offset));
    }

    /** RFC 1918 private space, plus 100.64.0.0/10 (carrier-grade NAT, which AWS allows in VPCs). */
    public boolean isPrivate() {
        return Prefix.RFC1918_10.contains(this) || Prefix.RFC1918_172.contains(this)
                || Prefix.RFC1918_192.contains(this) || Prefix.CGNAT.contains(this);
    }

    public Prefix toPrefix() {
        return new Prefix(this, 32);
    }

    @Override
    public int compareTo(Ipv4 other) {
        return Integer.compareUnsigned(bits, other.bits);
    }

    @Override
    public String toString() {
        return ((bits >>> 24) & 0xFF) + "." + ((bits >>> 16) & 0xFF) + "." + ((bits >>> 8) & 0xFF) + "." + (bits & 0xFF);
    }
}
