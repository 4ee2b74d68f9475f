package dev.plumbline.validator.ingest.graph;

import dev.plumbline.validator.diag.BadInputException;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.Origin;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The problems found in one graph file so far, reported together in file order. */
final class Problems {

    private final String file;
    private final List<Diagnostic> found = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    Origin origin(String pointer) {
        return Origin.of(file, pointer);
    }

    void add(String ruleId, String pointer, String message, String hint) {
        found.add(Diagnostic.error(ruleId, origin(pointer), message, hint));
    }

    void addAll(List<Diagnostic> diagnostics) {
        found.addAll(diagnostics);
    }

    int count() {
        return found.size();
    }

    void throwIfAny() throws BadInputException {
        if (!found.isEmpty()) {
            List<Diagnostic> ordered = new ArrayList<>(found);
            ordered.sort(Comparator.comparing(d -> d.location().pointer(), Problems::comparePointers));
            throw new BadInputException(ordered);
        }
    }

    /** Orders pointers as the file does: element arrays in format order, array indexes numerically. */
    static int comparePointers(String a, String b) {
        String[] left = a.split("/", -1);
        String[] right = b.split("/", -1);
        for (int i = 1; i < Math.min(left.length, right.length); i++) {
            int order = i == 1 ? Integer.compare(kindOrder(left[i]), kindOrder(right[i])) : 0;
            if (order == 0) {
                order = compareSegments(left[i], right[i]);
            }
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    private static int kindOrder(String key) {
        for (int i = 0; i < GraphFormat.KINDS.size(); i++) {
            if (GraphFormat.KINDS.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static int compareSegments(String a, String b) {
        boolean numeric = !a.isEmpty() && !b.isEmpty() && a.chars().allMatch(Character::isDigit)
                && b.chars().allMatch(Character::isDigit) && a.length() < 10 && b.length() < 10;
        return numeric ? Integer.compare(Integer.parseInt(a), Integer.parseInt(b)) : a.compareTo(b);
    }
}
