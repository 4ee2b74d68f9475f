package dev.plumbline.validator.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.validator.ingest.graph.GraphReader;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.report.CheckReport;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report of the two-tier example in headless Chromium: the page renders a drawing
 * (a screenshot that is neither blank nor flat, with the red ring of the failed intent's stopping
 * hop, which only shows when the page's script selected that intent), and the DOM after the script
 * ran lists the intents with the failed one selected. Skipped where {@code /usr/bin/chromium} is
 * missing (Debian package {@code chromium}; {@code .ci/run} installs it); {@code PLUMBLINE_CHROMIUM}
 * may name another Chromium or Chrome binary.
 */
class HtmlReportChromiumTest {

    /** Debian's Chromium, or the binary {@code PLUMBLINE_CHROMIUM} names (e.g. google-chrome on a CI runner). */
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("PLUMBLINE_CHROMIUM", "/usr/bin/chromium"));
    private static String html;

    @TempDir
    Path dir;

    @BeforeAll
    static void render() throws Exception {
        Network network = new GraphReader().read(HtmlReportTest.EXAMPLES.resolve("two-tier-vpc.json")).network();
        CheckReport report = HtmlReportTest.report("examples/two-tier-vpc.json", network,
                HtmlReportTest.EXAMPLES.resolve("two-tier-vpc.intents.yaml"));
        html = HtmlReport.render(report, network);
    }

    private static void assumeChromium() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "headless Chromium check skipped: " + CHROMIUM
                + " is not installed (apt-get install chromium; .ci/run installs it)");
    }

    /** Runs Chromium with the flags that keep it off the network, returns its stdout. */
    private String chromium(Path page, String... mode) throws IOException, InterruptedException {
        return chromium(page.toUri().toString(), mode);
    }

    private String chromium(String url, String... mode) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + dir.resolve("profile"), "--window-size=1400,1000"));
        command.addAll(List.of(mode));
        command.add(url);
        Path stdout = dir.resolve("stdout.txt");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(dir.resolve("stderr.txt").toFile())
                .start();
        boolean finished = process.waitFor(180, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("Chromium finished").isTrue();
        assertThat(process.exitValue()).as("Chromium's exit code; stderr: " + Files.readString(dir.resolve("stderr.txt")))
                .isZero();
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    @Test
    void screenshot_showsTheNetworkAndTheStoppedHopOfTheFailedIntent() throws Exception {
        assumeChromium();
        Path page = Files.writeString(dir.resolve("report.html"), html);
        Path png = dir.resolve("report.png");

        chromium(page, "--screenshot=" + png);

        assertThat(png).exists();
        assertThat(Files.size(png)).isGreaterThan(20_000);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1400);
        Set<Integer> colours = new HashSet<>();
        long stopRed = 0;
        double sum = 0;
        double sumSquares = 0;
        int samples = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                int r = rgb >> 16;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                double luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
                sum += luminance;
                sumSquares += luminance * luminance;
                samples++;
                if (Math.abs(r - 0xdc) < 24 && Math.abs(g - 0x26) < 24 && Math.abs(b - 0x26) < 24) {
                    stopRed++;
                }
            }
        }
        double mean = sum / samples;
        double variance = sumSquares / samples - mean * mean;
        assertThat(colours.size()).as("distinct colours").isGreaterThan(100);
        assertThat(variance).as("luminance variance of a page that is not blank").isGreaterThan(300);
        assertThat(stopRed).as("pixels of the red ring around the stopping hop").isGreaterThan(100);
    }

    @Test
    void dumpDom_listsTheIntentsWithTheFailedOneSelectedByTheScript() throws Exception {
        assumeChromium();
        Path page = Files.writeString(dir.resolve("report.html"), html);

        String dom = chromium(page, "--dump-dom");

        assertThat(dom).contains("office reaches the bastion over SSH").contains("the app reaches the internet over HTTPS");
        assertThat(dom).containsPattern("data-intent=\"6\" aria-pressed=\"true\"");
        assertThat(dom).containsPattern("class=\"path selected\" data-intent=\"6\"");
        assertThat(dom).contains("data-selected=\"6\"");
    }

    @Test
    void dumpDom_linkToAnIntent_selectsIt() throws Exception {
        assumeChromium();
        Path page = Files.writeString(dir.resolve("report.html"), html);

        String dom = chromium(page.toUri() + "#intent-1", "--dump-dom");

        assertThat(dom).contains("data-selected=\"1\"").containsPattern("class=\"path selected\" data-intent=\"1\"");
    }
}
