package dev.plumbline.runner.aws;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic stand-ins for the identifiers AWS would assign: every one is derived from the
 * SHA-256 of the resource's normalised URN (and a salt when one resource owns several), so the
 * same program always gets the same ids.
 *
 * <p>Formats follow AWS: resource ids are {@code PREFIX-} and 17 hex digits
 * (<a href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/resource-ids.html">EC2 resource
 * ids</a>); ids of resources that have no AWS id of their own follow the Terraform AWS provider,
 * which Pulumi AWS wraps.
 */
public final class AwsIds {

    private AwsIds() {
    }

    /** {@code PREFIX-0} and 16 hex digits, e.g. {@code vpc-0a1b2c3d4e5f60718}. */
    public static String id(String prefix, String seed) {
        return prefix + "-0" + hex(seed, 16);
    }

    /** Like {@link #id(String, String)} for a second identifier owned by the same resource. */
    public static String id(String prefix, String seed, String salt) {
        return id(prefix, seed + "#" + salt);
    }

    /** The first {@code length} (at most 64) lower-case hex digits of the seed's SHA-256. */
    public static String hex(String seed, int length) {
        return HexFormat.of().formatHex(sha256(seed)).substring(0, length);
    }

    /** Lower-case letters and digits, as AWS uses in DNS labels (e.g. an endpoint's {@code -ab12cd34}). */
    public static String alphanumeric(String seed, int length) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        byte[] digest = sha256(seed);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(Byte.toUnsignedInt(digest[i % digest.length]) % alphabet.length()));
        }
        return text.toString();
    }

    /** Decimal digits, as in Terraform's hash-code ids ({@code sgrule-1234567890}). */
    public static String digits(String seed, int length) {
        byte[] digest = sha256(seed);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(Byte.toUnsignedInt(digest[i % digest.length]) % 10);
        }
        if (text.charAt(0) == '0') {
            text.setCharAt(0, '1');
        }
        return text.toString();
    }

    /** A non-negative number from the seed, for picking a slot. */
    public static long number(String seed) {
        byte[] digest = sha256(seed);
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | Byte.toUnsignedInt(digest[i]);
        }
        return value & Long.MAX_VALUE;
    }

    /** A UUID-shaped id (providers and other non-AWS resources). */
    public static String uuid(String seed) {
        String hex = hex(seed, 32);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20);
    }

    private static byte[] sha256(String seed) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
