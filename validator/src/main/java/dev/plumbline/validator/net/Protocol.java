package dev.plumbline.validator.net;

import java.util.Locale;

/**
 * An IP protocol number; {@link #ALL} (-1 in AWS APIs) matches every protocol. TCP and UDP carry
 * ports; ICMP carries a type and code.
 */
public record Protocol(int number) {

    public static final Protocol ALL = new Protocol(-1);
    public static final Protocol ICMP = new Protocol(1);
    public static final Protocol TCP = new Protocol(6);
    public static final Protocol UDP = new Protocol(17);

    public Protocol {
        if (number < -1 || number > 255) {
            throw new IllegalArgumentException("IP protocol must be -1 (all) or 0-255, got " + number);
        }
    }

    /** Accepts the names AWS and Pulumi use: tcp, udp, icmp, all, -1, or a protocol number. */
    public static Protocol parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("expected a protocol, got null");
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "tcp":
                return TCP;
            case "udp":
                return UDP;
            case "icmp":
                return ICMP;
            case "all":
            case "-1":
                return ALL;
            default:
                break;
        }
        if (!t.isEmpty() && t.chars().allMatch(Character::isDigit) && t.length() <= 3) {
            return new Protocol(Integer.parseInt(t));
        }
        throw new IllegalArgumentException("'" + text + "' is not a protocol (expected tcp, udp, icmp, all, -1 or 0-255)");
    }

    public boolean isAll() {
        return number == -1;
    }

    public boolean hasPorts() {
        return number == 6 || number == 17;
    }

    public boolean isIcmp() {
        return number == 1;
    }

    /** True when a rule for this protocol applies to a packet of protocol {@code packet}. */
    public boolean matches(Protocol packet) {
        return number == -1 || number == packet.number;
    }

    @Override
    public String toString() {
        switch (number) {
            case -1:
                return "all";
            case 1:
                return "icmp";
            case 6:
                return "tcp";
            case 17:
                return "udp";
            default:
                return Integer.toString(number);
        }
    }
}
