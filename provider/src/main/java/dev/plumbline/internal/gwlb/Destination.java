package dev.plumbline.internal.gwlb;

/** The destination of a planned route. */
public sealed interface Destination {

    /** {@code 0.0.0.0/0}. */
    record Default() implements Destination {
    }

    /** The whole CIDR block of the application subnet with this name. */
    record AppSubnet(String name) implements Destination {
    }
}
