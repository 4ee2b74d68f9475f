package dev.plumbline.validator.ingest.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stack is rebuilt when a pom it inherits from changes: which poms those are. */
class ParentPomsTest {

    private static final String PARENT = "<project><parent><groupId>g</groupId><artifactId>a</artifactId>%s</parent></project>";

    @Test
    void explicitRelativePaths_areFollowed_upToTheBuildRoot(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("pom.xml"), "<project><artifactId>root</artifactId></project>");
        Path parent = Files.createDirectories(root.resolve("stacks/stack-parent"));
        Files.writeString(parent.resolve("pom.xml"), PARENT.formatted("<relativePath>../../pom.xml</relativePath>"));
        Path stack = Files.createDirectories(root.resolve("stacks/web"));
        Files.writeString(stack.resolve("pom.xml"), PARENT.formatted("<relativePath>../stack-parent</relativePath>"));

        assertThat(MavenClasspath.parentPoms(stack, root)).containsExactly(
                parent.resolve("pom.xml").toAbsolutePath().normalize(), root.resolve("pom.xml").toAbsolutePath().normalize());
    }

    @Test
    void withoutRelativePath_theDefaultIsTheFolderAbove_andAnEmptyOneOrNoParentStops(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("pom.xml"), PARENT.formatted("<relativePath/>"));
        Path stack = Files.createDirectories(root.resolve("web"));
        Files.writeString(stack.resolve("pom.xml"), PARENT.formatted(""));
        assertThat(MavenClasspath.parentPoms(stack, root)).containsExactly(root.resolve("pom.xml").toAbsolutePath().normalize());

        Files.writeString(stack.resolve("pom.xml"), "<project><artifactId>alone</artifactId></project>");
        assertThat(MavenClasspath.parentPoms(stack, root)).isEmpty();
    }

    @Test
    void aParentOutsideTheBuild_isNotFollowed(@TempDir Path dir) throws IOException {
        Path root = Files.createDirectories(dir.resolve("build"));
        Files.writeString(dir.resolve("pom.xml"), "<project/>");
        Path stack = Files.createDirectories(root.resolve("web"));
        Files.writeString(stack.resolve("pom.xml"), PARENT.formatted("<relativePath>../../pom.xml</relativePath>"));
        assertThat(MavenClasspath.parentPoms(stack, root)).isEmpty();
    }
}
