package dev.plumbline.validator.model;

/** Anything in the network with an id, a human name and an origin in the input. */
public interface Element {
    String id();

    /** The Name tag or the Pulumi logical name; empty when the input has none. */
    String name();

    Origin origin();

    /** A short noun for messages: "subnet", "route table", "NAT gateway". */
    String kind();

    /** {@code name (id)} or just the id. */
    default String label() {
        return name().isEmpty() || name().equals(id()) ? id() : name() + " (" + id() + ")";
    }
}
