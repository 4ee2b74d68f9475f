package dev.plumbline.validator.ingest.pulumi;

/**
 * Pulumi URNs: {@code urn:pulumi:<stack>::<project>::<type chain>::<name>}. The SDK's mocks put
 * the Stack's type ({@code pulumi:pulumi:Stack$}) at the head of every child's type chain; the
 * engine does not. Normalising removes it, so an offline run and a real preview of the same
 * program name each resource the same way.
 */
public final class Urns {

    private static final String STACK_PREFIX = "pulumi:pulumi:Stack$";

    private Urns() {
    }

    public static String normalise(String urn) {
        if (urn == null || urn.isEmpty()) {
            return "";
        }
        if (!urn.contains(STACK_PREFIX)) {
            return urn;
        }
        int typeStart = nthSeparator(urn, 2);
        if (typeStart < 0) {
            return urn;
        }
        String head = urn.substring(0, typeStart + 2);
        String rest = urn.substring(typeStart + 2);
        while (rest.startsWith(STACK_PREFIX)) {
            rest = rest.substring(STACK_PREFIX.length());
        }
        return head + rest;
    }

    /** The logical name at the end of a URN. */
    public static String name(String urn) {
        int at = urn.lastIndexOf("::");
        return at < 0 ? urn : urn.substring(at + 2);
    }

    /** The resource's own type: the last element of the type chain. */
    public static String type(String urn) {
        int end = urn.lastIndexOf("::");
        int start = nthSeparator(urn, 2);
        if (end < 0 || start < 0 || end <= start) {
            return "";
        }
        String chain = urn.substring(start + 2, end);
        int dollar = chain.lastIndexOf('$');
        return dollar < 0 ? chain : chain.substring(dollar + 1);
    }

    private static int nthSeparator(String urn, int n) {
        int at = -2;
        for (int i = 0; i < n; i++) {
            at = urn.indexOf("::", at + 2);
            if (at < 0) {
                return -1;
            }
        }
        return at;
    }
}
