package dev.plumbline.validator.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs {@link Main#run} in-process and keeps what it printed; finds the inputs the CLI tests use. */
record CliRun(int exitCode, String out, String err) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    JsonNode json() {
        try {
            return JSON.readTree(out);
        } catch (IOException e) {
            throw new UncheckedIOException("stdout is not JSON:\n" + out, e);
        }
    }

    /** A Batfish snapshot folder of the test resources (corpus/aws-snapshots, Apache-2.0; see corpus/NOTICE.md). */
    static String corpus(String snapshot) {
        URL url = CliRun.class.getResource("/corpus/aws-snapshots/" + snapshot);
        if (url == null) {
            throw new AssertionError("test resource corpus/aws-snapshots/" + snapshot + " is missing");
        }
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file of the repository's examples/ folder, found from the working directory upwards. */
    static String example(String file) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("examples").resolve(file);
            if (Files.isRegularFile(candidate)) {
                return candidate.toString();
            }
        }
        throw new AssertionError("examples/" + file + " not found above " + Path.of("").toAbsolutePath());
    }
}
