package dev.plumbline.validator.model;

/** Anything in the network with an id, a human name and an origin in the input. */
public interface Element {
    String id();

    /** The Name tag or the Pulumi logical name; empty when the input has none. */
    String name();

    Origin origin();

    /** A short noun for messages: "subnet", "route table", "NAT gateway". */
    String kind();

    /**
     * {@code name (id)}, or just the id when there is no name; just the name when the id is a
     * Pulumi URN (the resource has no cloud id yet), since the URN ends with that name anyway.
     */
    default String label() {
        if (name().isEmpty() || name().equals(id())) {
            return id();
        }
        return id().startsWith("urn:pulumi:") ? name() : name() + " (" + id() + ")";
    }
}
