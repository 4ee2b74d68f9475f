package dev.plumbline.validator.net;

import java.util.Optional;

/**
 * A canonical IPv4 network: an address whose host bits are zero, and a length 0-32. The strict
 * parser rejects host bits ({@code 10.0.1.5/16}) and says which network was probably meant.
 */
public record Prefix(Ipv4 network, int length) implements Comparable<Prefix> {

    public static final Prefix ANY = new Prefix(Ipv4.ZERO, 0);
    static final Prefix RFC1918_10 = new Prefix(Ipv4.of(10, 0, 0, 0), 8);
    static final Prefix RFC1918_172 = new Prefix(Ipv4.of(172, 16, 0, 0), 12);
    static final Prefix RFC1918_192 = new Prefix(Ipv4.of(192, 168, 0, 0), 16);
    static final Prefix CGNAT = new Prefix(Ipv4.of(100, 64, 0, 0), 10);
    /** Link-local range from which VPC Lattice sources its requests to targets. */
    public static final Prefix LINK_LOCAL = new Prefix(Ipv4.of(169, 254, 0, 0), 16);

    public Prefix {
        if (network == null) {
            throw new IllegalArgumentException("network is null");
        }
        if (length < 0 || length > 32) {
            throw new IllegalArgumentException("prefix length must be 0-32, got " + length);
        }
        if ((network.bits() & ~mask(length)) != 0) {
            throw new IllegalArgumentException(network + "/" + length + " has host bits set (did you mean "
                    + new Ipv4(network.bits() & mask(length)) + "/" + length + "?)");
        }
    }

    /** The netmask of a prefix length as an int: /0 is 0, /32 is all ones. */
    public static int mask(int length) {
        return length == 0 ? 0 : -1 << (32 - length);
    }

    /** Strict parse of {@code a.b.c.d/n}; a bare address is rejected (use {@link #parseHostOrPrefix}). */
    public static Prefix parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("expected an IPv4 CIDR, got null");
        }
        if (text.indexOf(':') >= 0) {
            throw new IllegalArgumentException("'" + text + "' is an IPv6 CIDR; Plumbline models IPv4 only");
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("'" + text + "' is not a CIDR: the /length is missing");
        }
        Ipv4 address = Ipv4.parse(text.substring(0, slash));
        String lengthText = text.substring(slash + 1);
        int length;
        if (lengthText.isEmpty() || lengthText.length() > 2 || !lengthText.chars().allMatch(Character::isDigit)
                || (lengthText.length() == 2 && lengthText.charAt(0) == '0')) {
            throw new IllegalArgumentException("'" + text + "' has an invalid prefix length '" + lengthText + "'");
        }
        length = Integer.parseInt(lengthText);
        if (length > 32) {
            throw new IllegalArgumentException("'" + text + "' has prefix length " + length + "; IPv4 allows 0-32");
        }
        if ((address.bits() & ~mask(length)) != 0) {
            throw new IllegalArgumentException("'" + text + "' is not a network address (did you mean "
                    + new Ipv4(address.bits() & mask(length)) + "/" + length + "?)");
        }
        return new Prefix(address, length);
    }

    public static Optional<Prefix> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Accepts a CIDR, or a bare address taken as its /32. */
    public static Prefix parseHostOrPrefix(String text) {
        return text != null && text.indexOf('/') < 0 ? Ipv4.parse(text).toPrefix() : parse(text);
    }

    /** The network of {@code address} at {@code length}, masking host bits. */
    public static Prefix covering(Ipv4 address, int length) {
        return new Prefix(new Ipv4(address.bits() & mask(length)), length);
    }

    public boolean contains(Ipv4 address) {
        return ((address.bits() ^ network.bits()) & mask(length)) == 0;
    }

    public boolean contains(int addressBits) {
        return ((addressBits ^ network.bits()) & mask(length)) == 0;
    }

    /** True when every address of {@code other} is in this prefix. */
    public boolean containsPrefix(Prefix other) {
        return length <= other.length && contains(other.network);
    }

    public boolean overlaps(Prefix other) {
        return containsPrefix(other) || other.containsPrefix(this);
    }

    public long size() {
        return 1L << (32 - length);
    }

    public Ipv4 first() {
        return network;
    }

    public Ipv4 last() {
        return new Ipv4(network.bits() | ~mask(length));
    }

    public boolean isHost() {
        return length == 32;
    }

    @Override
    public int compareTo(Prefix other) {
        int byNetwork = network.compareTo(other.network);
        return byNetwork != 0 ? byNetwork : Integer.compare(length, other.length);
    }

    @Override
    public String toString() {
        return network + "/" + length;
    }
}
