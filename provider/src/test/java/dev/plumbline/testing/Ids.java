package dev.plumbline.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The hex part of the ids {@link AwsMocks} hands out, so tests can name an id without a lookup. */
public final class Ids {

    private Ids() {
    }

    /** 17 hex digits from a SHA-256 of {@code seed} ({@code type + "/" + logicalName} in the mocks). */
    public static String hex(String seed) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 17);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
