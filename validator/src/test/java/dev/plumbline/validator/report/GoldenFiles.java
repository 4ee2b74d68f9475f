package dev.plumbline.validator.report;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares a rendered report with its golden file under {@code src/test/resources/golden/}. A
 * mismatch fails with a line diff. To accept new output, run the tests with
 * {@code -Dplumbline.updateGolden=true}: the golden files are rewritten (and the test passes), then
 * review them with {@code git diff}.
 */
final class GoldenFiles {

    static final Path DIR = Path.of(System.getProperty("user.dir")).resolve("src/test/resources/golden");
    private static final int MAX_DIFF_LINES = 60;

    private GoldenFiles() {
    }

    static void assertMatches(String actual, String name) throws IOException {
        Path golden = DIR.resolve(name);
        if (Boolean.getBoolean("plumbline.updateGolden")) {
            Files.createDirectories(DIR);
            Files.writeString(golden, actual);
            return;
        }
        if (!Files.exists(golden)) {
            fail("no golden file " + golden + "; create it with -Dplumbline.updateGolden=true and review it");
        }
        String expected = Files.readString(golden);
        if (!expected.equals(actual)) {
            fail("report differs from golden file " + name + " (- golden, + actual; accept with -Dplumbline.updateGolden=true):\n"
                    + diff(expected.lines().toList(), actual.lines().toList()));
        }
    }

    /** A line diff from the longest common subsequence, changed lines only, each with its line number. */
    static String diff(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while ((i < a.size() || j < b.size()) && out.size() < MAX_DIFF_LINES) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                i++;
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add(String.format("-%4d | %s", i + 1, a.get(i++)));
            } else {
                out.add(String.format("+%4d | %s", j + 1, b.get(j++)));
            }
        }
        if (out.size() == MAX_DIFF_LINES) {
            out.add("... (more differences)");
        }
        return String.join("\n", out);
    }
}
