package dev.plumbline.stacks.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files committed next to the tests that must equal what the code produces now: golden reports and
 * plan fixtures. With {@code -D<property>=true} (or {@code -Dplumbline.update=true} for every kind)
 * the files are rewritten instead of compared, so a deliberate change is one command away and an
 * accidental one fails the build.
 */
public final class ExpectedFiles {

    private ExpectedFiles() {
    }

    /** True when files of this kind are to be rewritten in this run. */
    public static boolean updating(String property) {
        return Boolean.getBoolean(property) || Boolean.getBoolean("plumbline.update");
    }

    /**
     * The committed content of {@code file} (relative to the module), after rewriting it with
     * {@code actual} when {@code property} asks for it. The caller asserts equality.
     */
    public static String expected(Path file, String actual, String property) {
        try {
            if (updating(property)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, actual);
            }
            if (!Files.exists(file)) {
                throw new IllegalStateException(file + " does not exist: run the test with -D" + property + "=true to write it");
            }
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
