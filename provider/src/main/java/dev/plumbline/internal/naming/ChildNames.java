package dev.plumbline.internal.naming;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Logical names of a component's children: the component's name, then the child's role and
 * qualifiers joined by hyphens ({@code edge-gwlb-firewall}, {@code edge-endpoint-firewall-us-east-1a}).
 * Names depend only on arguments a user writes literally (stage, zone, service names), never on
 * list positions, so reordering a list does not replace resources. AWS physical names are derived
 * from these by Pulumi's auto-naming (a random suffix, truncated where AWS limits length).
 */
public final class ChildNames {

    private final String component;

    private ChildNames(String component) {
        this.component = component;
    }

    public static ChildNames of(String componentName) {
        return new ChildNames(componentName);
    }

    /** {@code <component>-<role>[-<qualifier>...]}. */
    public String child(String role, String... qualifiers) {
        return Stream.concat(Stream.of(component, role), Arrays.stream(qualifiers))
                .collect(Collectors.joining("-"));
    }
}
