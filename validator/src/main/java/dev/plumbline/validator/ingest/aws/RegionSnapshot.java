package dev.plumbline.validator.ingest.aws;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The validated describe output of one region folder, by top-level key: for each key, every file
 * that holds it (a key may be split over several files), in file-name order. EC2/ELB keys and the
 * keys of the {@code vpc-lattice/} sub-folder are kept apart.
 */
final class RegionSnapshot {

    /** A document (a whole file) that holds {@code key}, and the value of that key in it. */
    record Keyed(Located document, Located value) {
    }

    private final SnapshotLayout.RegionFolder folder;
    private final String folderPath;
    private final Map<String, List<Keyed>> regionKeys = new LinkedHashMap<>();
    private final Map<String, List<Keyed>> latticeKeys = new LinkedHashMap<>();
    private String region = "";

    RegionSnapshot(SnapshotLayout.RegionFolder folder, String folderPath) {
        this.folder = folder;
        this.folderPath = folderPath;
    }

    SnapshotLayout.RegionFolder folder() {
        return folder;
    }

    /** The folder relative to the snapshot, for messages. */
    String folderPath() {
        return folderPath;
    }

    String region() {
        return region;
    }

    void region(String decided) {
        region = decided;
    }

    void add(boolean lattice, String key, Located document) {
        (lattice ? latticeKeys : regionKeys).computeIfAbsent(key, k -> new ArrayList<>())
                .add(new Keyed(document, document.child(key)));
    }

    boolean has(String key) {
        return regionKeys.containsKey(key);
    }

    List<Keyed> keyed(String key) {
        return regionKeys.getOrDefault(key, List.of());
    }

    /** Every element of the arrays under {@code key}, across files. */
    List<Located> entries(String key) {
        return flatten(keyed(key));
    }

    List<Located> latticeEntries(String key) {
        return flatten(latticeKeys.getOrDefault(key, List.of()));
    }

    /** Every document of the region folder (not the Lattice sub-folder), for region evidence. */
    Map<String, List<Keyed>> regionKeys() {
        return regionKeys;
    }

    private static List<Located> flatten(List<Keyed> keyed) {
        List<Located> out = new ArrayList<>();
        for (Keyed k : keyed) {
            out.addAll(k.value().elements());
        }
        return out;
    }
}
