package dev.plumbline.validator.ingest.program;

import dev.plumbline.validator.diag.BadInputException;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.Origin;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The class path of a stack that is a module of a Maven build with a wrapper ({@code mvnw}): the
 * module is compiled with what it depends on, and the dependency plugin writes its run-time class
 * path to {@code target/plumbline.classpath}. Nothing is rebuilt while that file is newer than the
 * stack's sources, the component library's sources and the poms.
 */
public final class MavenClasspath {

    private static final Pattern PARENT = Pattern.compile("<parent>(.*?)</parent>", Pattern.DOTALL);
    private static final Pattern RELATIVE_PATH = Pattern.compile("<relativePath>\\s*(.*?)\\s*</relativePath>");

    static final String CLASSPATH_FILE = "target/plumbline.classpath";
    private static final long BUILD_TIMEOUT_MINUTES = 15;

    private final PrintWriter progress;

    public MavenClasspath(PrintWriter progress) {
        this.progress = progress;
    }

    public List<Path> of(Path stackFolder) throws BadInputException {
        Path folder = stackFolder.toAbsolutePath().normalize();
        Path root = buildRoot(folder);
        Path classpathFile = folder.resolve(CLASSPATH_FILE);
        if (stale(root, folder, classpathFile)) {
            build(root, folder);
        }
        try {
            List<Path> entries = new ArrayList<>();
            entries.add(folder.resolve("target/classes"));
            for (String entry : Files.readString(classpathFile).trim().split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    entries.add(Path.of(entry));
                }
            }
            return entries;
        } catch (IOException e) {
            throw new BadInputException(Diagnostic.error("program.build", Origin.of(classpathFile.toString(), ""),
                    "the build wrote no class path: " + e.getMessage(), "run ./mvnw package in " + root));
        }
    }

    /** The nearest folder above the stack with a Maven wrapper and a pom. */
    static Path buildRoot(Path folder) throws BadInputException {
        for (Path at = folder.getParent(); at != null; at = at.getParent()) {
            if (Files.isRegularFile(at.resolve("mvnw")) && Files.isRegularFile(at.resolve("pom.xml"))) {
                return at;
            }
        }
        throw new BadInputException(Diagnostic.error("program.build", Origin.of(folder.toString(), ""),
                "the stack is not a module of a Maven build with a wrapper (no mvnw above it), so Plumbline cannot build it",
                "build the program yourself and use --program CLASS::METHOD --classpath CP"));
    }

    private static boolean stale(Path root, Path folder, Path classpathFile) throws BadInputException {
        if (!Files.exists(classpathFile) || !Files.isDirectory(folder.resolve("target/classes"))) {
            return true;
        }
        try {
            FileTime built = Files.getLastModifiedTime(classpathFile);
            List<Path> sources = new ArrayList<>(List.of(folder.resolve("src"), folder.resolve("pom.xml"),
                    root.resolve("pom.xml"), root.resolve("provider/src"), root.resolve("provider/pom.xml")));
            sources.addAll(parentPoms(folder, root));
            for (Path source : sources) {
                if (Files.exists(source) && newerThan(source, built)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new BadInputException(Diagnostic.error("program.build", Origin.of(folder.toString(), ""),
                    "cannot inspect the stack's files: " + e.getMessage(), "check the folder's permissions"));
        }
    }

    /**
     * The poms the stack's build inherits from: its {@code <parent>}'s {@code relativePath} (Maven's
     * default {@code ../pom.xml} when absent) and theirs, up to the build's root.
     */
    static List<Path> parentPoms(Path folder, Path root) throws IOException {
        List<Path> out = new ArrayList<>();
        Path pom = folder.resolve("pom.xml");
        Path normalRoot = root.toAbsolutePath().normalize();
        while (Files.isRegularFile(pom) && out.size() < 16) {
            Matcher p = PARENT.matcher(Files.readString(pom));
            if (!p.find()) {
                break;
            }
            if (p.group(1).contains("<relativePath/>")) {
                break;
            }
            Matcher r = RELATIVE_PATH.matcher(p.group(1));
            String path = r.find() ? r.group(1) : "../pom.xml";
            if (path.isEmpty()) {
                break;
            }
            Path next = pom.getParent().resolve(path).toAbsolutePath().normalize();
            if (Files.isDirectory(next)) {
                next = next.resolve("pom.xml");
            }
            if (!next.startsWith(normalRoot) || !Files.isRegularFile(next) || out.contains(next)) {
                break;
            }
            out.add(next);
            pom = next;
        }
        return out;
    }

    private static boolean newerThan(Path path, FileTime time) throws IOException {
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).anyMatch(f -> {
                try {
                    return Files.getLastModifiedTime(f).compareTo(time) > 0;
                } catch (IOException e) {
                    return true;
                }
            });
        }
    }

    private void build(Path root, Path folder) throws BadInputException {
        String module = root.relativize(folder).toString().replace(File.separatorChar, '/');
        if (progress != null) {
            progress.println("plumbline: building " + module + " and the components it uses (first run, or sources changed)...");
            progress.flush();
        }
        Path log = folder.resolve("target/plumbline-build.log");
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(root.resolve("mvnw").toString(), "-q", "-B", "-f",
                    root.resolve("pom.xml").toString(), "-pl", module, "-am", "package", "-DskipTests",
                    "dependency:build-classpath", "-Dmdep.outputFile=" + CLASSPATH_FILE, "-Dmdep.includeScope=runtime")
                    .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(BUILD_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new BadInputException(Diagnostic.error("program.build", Origin.of(folder.toString(), ""),
                        "building the stack took more than " + BUILD_TIMEOUT_MINUTES + " minutes", "see " + log));
            }
            if (process.exitValue() != 0) {
                List<String> lines = Files.readAllLines(log);
                String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
                throw new BadInputException(Diagnostic.error("program.build", Origin.of(folder.toString(), ""),
                        "building the stack failed:\n" + tail, "fix the build (full log: " + log + ")"));
            }
        } catch (IOException e) {
            throw new BadInputException(Diagnostic.error("program.build", Origin.of(folder.toString(), ""),
                    "cannot run the Maven wrapper: " + e.getMessage(), "check that " + root.resolve("mvnw") + " is executable"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadInputException(Diagnostic.error("program.build", Origin.of(folder.toString(), ""),
                    "interrupted while building the stack", "run it again"));
        }
    }
}
