package dev.plumbline.validator.ingest.aws;

import dev.plumbline.validator.diag.BadInputException;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.Origin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where the describe-JSON files of a snapshot are, laid out as Batfish reads them: a snapshot
 * folder holding {@code aws_configs/}, whose JSON files sit either directly in it (one region,
 * decided from the data) or in one sub-folder per region, optionally under one folder per account
 * ({@code aws_configs/<account>/<region>/}). Each region folder may have a {@code vpc-lattice/}
 * sub-folder. The path given may be the snapshot folder, {@code aws_configs/} itself, or one region
 * folder. Files are named relative to the folder holding {@code aws_configs/}.
 */
final class SnapshotLayout {

    static final String AWS_CONFIGS = "aws_configs";
    static final String LATTICE_DIR = "vpc-lattice";
    private static final Pattern REGION_NAME = Pattern.compile("^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]+$");

    /** One folder of describe output for one region; {@code regionFromName} is empty when the name is not a region. */
    record RegionFolder(Path dir, String regionFromName, String account, boolean isAwsConfigs) {
    }

    private final Path root;
    private final List<RegionFolder> folders;
    private final List<Diagnostic> notes;

    private SnapshotLayout(Path root, List<RegionFolder> folders, List<Diagnostic> notes) {
        this.root = root;
        this.folders = List.copyOf(folders);
        this.notes = List.copyOf(notes);
    }

    static boolean isRegionName(String name) {
        return REGION_NAME.matcher(name).matches();
    }

    /** Finds the region folders under {@code input}; a path that holds no snapshot is bad input. */
    static SnapshotLayout resolve(Path input) throws BadInputException {
        Path path = input.toAbsolutePath().normalize();
        String shown = input.toString();
        if (!Files.exists(path)) {
            throw layoutError(shown, "does not exist", "give the snapshot folder that holds aws_configs/");
        }
        if (!Files.isDirectory(path)) {
            throw layoutError(shown, "is a file, not a folder",
                    "give the snapshot folder that holds aws_configs/, aws_configs/ itself, or one region folder");
        }
        List<Diagnostic> notes = new ArrayList<>();
        Path nested = path.resolve(AWS_CONFIGS);
        if (Files.isDirectory(nested)) {
            return inAwsConfigs(path, nested, shown, notes);
        }
        if (AWS_CONFIGS.equals(name(path))) {
            return inAwsConfigs(parentOrSelf(path), path, shown, notes);
        }
        if (hasSnapshotFiles(path)) {
            Path awsConfigs = ancestorNamed(path, AWS_CONFIGS);
            Path root = awsConfigs != null ? parentOrSelf(awsConfigs) : parentOrSelf(path);
            String regionName = isRegionName(name(path)) ? name(path) : "";
            return new SnapshotLayout(root, List.of(new RegionFolder(path, regionName, "", false)), notes);
        }
        if (isEmpty(path)) {
            throw layoutError(shown, "is an empty folder", "capture a snapshot first (tools/capture-aws-snapshot.sh)");
        }
        throw layoutError(shown, "holds no aws_configs/ folder and no AWS describe-JSON files",
                "give the snapshot folder that holds aws_configs/ (see docs/formats/aws-snapshot.md)");
    }

    private static SnapshotLayout inAwsConfigs(Path root, Path awsConfigs, String shown, List<Diagnostic> notes)
            throws BadInputException {
        List<RegionFolder> folders = new ArrayList<>();
        boolean flat = hasSnapshotFiles(awsConfigs);
        if (flat) {
            folders.add(new RegionFolder(awsConfigs, "", "", true));
        }
        for (Path child : children(awsConfigs)) {
            if (!Files.isDirectory(child)) {
                if (!flat) {
                    notes.add(Diagnostic.info(IngestLog.SKIPPED, Origin.of(relative(root, child), ""),
                            "skipped file: only .json files are read", ""));
                }
                continue;
            }
            if (LATTICE_DIR.equals(name(child))) {
                continue;
            }
            String childName = name(child);
            if (hasSnapshotFiles(child)) {
                folders.add(new RegionFolder(child, isRegionName(childName) ? childName : "", "", false));
            } else if (children(child).stream().anyMatch(d -> Files.isDirectory(d) && hasSnapshotFiles(d))) {
                for (Path regionDir : children(child)) {
                    if (Files.isDirectory(regionDir) && hasSnapshotFiles(regionDir)) {
                        String regionName = name(regionDir);
                        folders.add(new RegionFolder(regionDir, isRegionName(regionName) ? regionName : "", childName, false));
                    }
                }
            } else {
                notes.add(Diagnostic.info(IngestLog.SKIPPED, Origin.of(relative(root, child), ""),
                        "skipped folder: it holds no JSON files", ""));
            }
        }
        if (folders.isEmpty()) {
            throw layoutError(shown + (shown.endsWith(AWS_CONFIGS) ? "" : "/" + AWS_CONFIGS),
                    "holds no JSON files", "put the describe-JSON files in aws_configs/ or in aws_configs/<region>/");
        }
        return new SnapshotLayout(root, folders, notes);
    }

    private static BadInputException layoutError(String shown, String problem, String hint) {
        return new BadInputException(Diagnostic.error(IngestLog.BAD_LAYOUT, Origin.of(shown, ""),
                "'" + shown + "' " + problem + "; expected an AWS describe-JSON snapshot", hint));
    }

    Path root() {
        return root;
    }

    List<RegionFolder> folders() {
        return folders;
    }

    List<Diagnostic> notes() {
        return notes;
    }

    /** {@code file} relative to the snapshot folder, with forward slashes. */
    String relative(Path file) {
        return relative(root, file);
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    static boolean isJsonFile(Path file) {
        return Files.isRegularFile(file) && name(file).toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** JSON files directly in {@code dir}, or a {@code vpc-lattice/} sub-folder. */
    static boolean hasSnapshotFiles(Path dir) {
        return children(dir).stream().anyMatch(p -> isJsonFile(p)
                || (Files.isDirectory(p) && LATTICE_DIR.equals(name(p)) && children(p).stream().anyMatch(SnapshotLayout::isJsonFile)));
    }

    static List<Path> children(Path dir) {
        try (Stream<Path> stream = Files.list(dir)) {
            return stream.sorted(Comparator.comparing(SnapshotLayout::name)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isEmpty(Path dir) {
        return children(dir).isEmpty();
    }

    static String name(Path path) {
        Path fileName = path.getFileName();
        return fileName == null ? "" : fileName.toString();
    }

    private static Path parentOrSelf(Path path) {
        return path.getParent() == null ? path : path.getParent();
    }

    private static Path ancestorNamed(Path path, String ancestorName) {
        for (Path p = path.getParent(); p != null; p = p.getParent()) {
            if (ancestorName.equals(name(p))) {
                return p;
            }
        }
        return null;
    }
}
