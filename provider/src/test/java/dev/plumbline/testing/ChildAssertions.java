package dev.plumbline.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/**
 * What every component promises about its children: they are parented to it, their names start
 * with its name, and every child whose AWS type takes tags carries the component's tags plus a
 * {@code Name} equal to its logical name. Whether a type takes tags is read from the pulumi-aws
 * Args class ({@code aws:ec2/routeTable:RouteTable} has {@code com.pulumi.aws.ec2.RouteTableArgs#tags}),
 * not from a hand-kept list.
 */
public final class ChildAssertions {

    private ChildAssertions() {
    }

    public static void assertChildrenOf(MockedDeployment.Result result, String componentType, String componentName,
            Map<String, String> componentTags) {
        Registered component = result.named(componentType, componentName);
        List<Registered> children = result.resources().stream().filter(r -> !r.type().equals(componentType)).toList();
        assertThat(children).isNotEmpty();
        for (Registered child : children) {
            assertThat(child.parentUrn()).as("parent of %s %s", child.type(), child.name()).isEqualTo(component.urn());
            assertThat(child.name()).as("name of a %s", child.type()).startsWith(componentName + "-");
            if (isTaggable(child.type())) {
                assertThat(child.inputMap("tags")).as("tags of %s %s", child.type(), child.name())
                        .containsAllEntriesOf(componentTags)
                        .containsEntry("Name", componentTags.getOrDefault("Name", child.name()));
            }
        }
    }

    /** Whether the pulumi-aws resource of this type token accepts tags. */
    public static boolean isTaggable(String typeToken) {
        String[] parts = typeToken.split(":");
        String module = parts[1].substring(0, parts[1].indexOf('/'));
        try {
            Class<?> args = Class.forName("com.pulumi.aws." + module + "." + parts[2] + "Args");
            args.getMethod("tags");
            return true;
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no pulumi-aws Args class for " + typeToken, e);
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
