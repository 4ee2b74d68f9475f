package dev.plumbline.runner;

/**
 * Pulumi URNs as the engine writes them.
 *
 * <p>A URN is {@code urn:pulumi:STACK::PROJECT::QUALIFIED_TYPE::NAME}, where the qualified type is
 * the parent chain's types joined by {@code $} and ending with the resource's own type
 * (<a href="https://www.pulumi.com/docs/iac/concepts/resources/names/#urns">Pulumi: URNs</a>).
 * The engine leaves the root stack's type out of that chain; the SDK's mock monitor puts it in
 * ({@code pulumi:pulumi:Stack$aws:ec2/vpc:Vpc}). Everything the runner writes is normalised to
 * the engine's form, so that an offline run and a real preview name resources the same way.
 */
public final class Urns {

    /** Type of the root stack resource. */
    public static final String STACK_TYPE = "pulumi:pulumi:Stack";
    private static final String PREFIX = "urn:pulumi:";
    private static final String SEPARATOR = "::";
    private static final String STACK_IN_CHAIN = STACK_TYPE + "$";

    private Urns() {
    }

    /** The engine's form of {@code urn}: {@code pulumi:pulumi:Stack$} removed from the type chain. */
    public static String normalise(String urn) {
        if (urn == null || !urn.startsWith(PREFIX)) {
            return urn == null ? "" : urn;
        }
        String[] parts = urn.substring(PREFIX.length()).split(SEPARATOR, 4);
        if (parts.length < 4 || !parts[2].startsWith(STACK_IN_CHAIN)) {
            return urn;
        }
        return compose(parts[0], parts[1], parts[2].substring(STACK_IN_CHAIN.length()), parts[3]);
    }

    /**
     * The engine's URN of a resource registered with {@code parent} (a URN in either form, or empty
     * for none).
     */
    public static String child(String stack, String project, String parent, String type, String name) {
        String parentType = qualifiedType(normalise(parent));
        String chain = parentType.isEmpty() || parentType.equals(STACK_TYPE) ? type : parentType + "$" + type;
        return compose(stack, project, chain, name);
    }

    /** The qualified type (parent chain and own type) of a URN, or empty when it is not a URN. */
    public static String qualifiedType(String urn) {
        if (urn == null || !urn.startsWith(PREFIX)) {
            return "";
        }
        String[] parts = urn.substring(PREFIX.length()).split(SEPARATOR, 4);
        return parts.length < 4 ? "" : parts[2];
    }

    /**
     * A provider reference {@code PROVIDER_URN::ID} with its URN normalised; empty stays empty
     * (the engine's default provider).
     */
    public static String normaliseProviderReference(String reference) {
        if (reference == null || reference.isEmpty()) {
            return "";
        }
        int cut = reference.lastIndexOf(SEPARATOR);
        if (cut <= 0) {
            return reference;
        }
        return normalise(reference.substring(0, cut)) + reference.substring(cut);
    }

    private static String compose(String stack, String project, String qualifiedType, String name) {
        return PREFIX + stack + SEPARATOR + project + SEPARATOR + qualifiedType + SEPARATOR + name;
    }
}
