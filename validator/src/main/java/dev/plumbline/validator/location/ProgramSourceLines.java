package dev.plumbline.validator.location;

import dev.plumbline.validator.model.Origin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The line of a Pulumi Java program that declared a resource of an offline run: the one line of the
 * stack's {@code src/main/java} whose string literal is the resource's logical name (the last
 * segment of its URN). A resource a component created (its URN's type names a parent type) and
 * whose own name is not in the program is placed at the line that declared its component: the
 * longest {@code -}-separated prefix of its name that is a literal of the program
 * ({@code edge-gwlb-firewall} at the line of {@code "edge"}). A name found on several lines, or
 * built at run time, has no line, and reports fall back to the stack folder and the URN.
 *
 * <p>Only origins whose file is a folder with a {@code Pulumi.yaml} are looked up; the folder's
 * Java sources are read once.
 */
public final class ProgramSourceLines implements SourceLocator {

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** Per stack folder as the user named it: literal to the places it occurs (file:line). */
    private final Map<String, Map<String, List<SourceRegion>>> literalsByFolder;

    private ProgramSourceLines(Map<String, Map<String, List<SourceRegion>>> literalsByFolder) {
        this.literalsByFolder = literalsByFolder;
    }

    /** Reads the Java sources of every stack folder among {@code origins}. */
    public static ProgramSourceLines of(Collection<Origin> origins) {
        Set<String> folders = new LinkedHashSet<>();
        for (Origin origin : origins) {
            if (!origin.urn().isEmpty() && !origin.file().isEmpty()) {
                folders.add(origin.file());
            }
        }
        Map<String, Map<String, List<SourceRegion>>> byFolder = new HashMap<>();
        for (String folder : folders) {
            Path dir = Path.of(folder);
            if (Files.isRegularFile(dir.resolve("Pulumi.yaml")) && Files.isDirectory(dir.resolve("src/main/java"))) {
                byFolder.put(folder, literals(folder, dir.resolve("src/main/java")));
            }
        }
        return new ProgramSourceLines(byFolder);
    }

    @Override
    public Optional<SourceRegion> locate(Origin origin) {
        Map<String, List<SourceRegion>> literals = literalsByFolder.get(origin.file());
        if (literals == null || origin.urn().isEmpty()) {
            return Optional.empty();
        }
        int at = origin.urn().lastIndexOf("::");
        String name = origin.urn().substring(at + 2);
        Optional<SourceRegion> own = unique(literals.get(name));
        if (own.isPresent() || !hasParent(origin.urn())) {
            return own;
        }
        for (int dash = name.lastIndexOf('-'); dash > 0; dash = name.lastIndexOf('-', dash - 1)) {
            List<SourceRegion> places = literals.get(name.substring(0, dash));
            if (places != null) {
                return unique(places);
            }
        }
        return Optional.empty();
    }

    /** {@code urn:pulumi:stack::project::parentType$type::name}: a {@code $} in the type names a parent. */
    private static boolean hasParent(String urn) {
        String[] parts = urn.split("::");
        return parts.length >= 4 && parts[parts.length - 2].contains("$");
    }

    private static Optional<SourceRegion> unique(List<SourceRegion> places) {
        return places != null && places.size() == 1 ? Optional.of(places.get(0)) : Optional.empty();
    }

    private static Map<String, List<SourceRegion>> literals(String folder, Path sources) {
        Map<String, List<SourceRegion>> out = new HashMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String shown = folder + "/" + Path.of(folder).relativize(file).toString().replace('\\', '/');
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = LITERAL.matcher(lines.get(i));
                    Set<String> onLine = new LinkedHashSet<>();
                    while (m.find()) {
                        onLine.add(m.group(1));
                    }
                    for (String literal : onLine) {
                        out.computeIfAbsent(literal, k -> new ArrayList<>()).add(new SourceRegion(shown, i + 1, 1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the program's sources in " + sources, e);
        }
        return out;
    }
}
