package dev.plumbline.host;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import pulumirpc.Provider.GetSchemaRequest;
import pulumirpc.ResourceProviderGrpc;

/**
 * Starts {@link PlumblineProviderHost} the way the Pulumi engine does, as a separate java process
 * (the current JDK's {@code java}, the test runtime classpath), reads the port it prints, and calls
 * GetSchema over gRPC on 127.0.0.1. The engine address it is given is never dialled for GetSchema.
 * The schema is fetched once per test JVM; the process is stopped right after.
 */
final class HostedSchema {

    /** What one start of the host produced. */
    record Fetched(int port, String schemaJson, boolean reachableOffLoopback) {
    }

    private static Fetched fetched;

    private HostedSchema() {
    }

    static synchronized Fetched get() {
        if (fetched == null) {
            fetched = fetch();
        }
        return fetched;
    }

    private static Fetched fetch() {
        Path stderr;
        Process process;
        try {
            stderr = Files.createTempFile("plumbline-provider-host", ".stderr");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(java, "-cp", testClasspath(), PlumblineProviderHost.class.getName(),
                    "--logtostderr", "-v=9", "127.0.0.1:1")
                    .redirectError(stderr.toFile())
                    .redirectInput(ProcessBuilder.Redirect.PIPE);
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("could not start the provider host", e);
        }
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            if (first == null) {
                throw new IllegalStateException("the provider host printed no port; stderr:\n" + Files.readString(stderr));
            }
            int port = Integer.parseInt(first.trim());
            ManagedChannel channel = ManagedChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
            try {
                String schema = ResourceProviderGrpc.newBlockingStub(channel)
                        .withDeadlineAfter(120, TimeUnit.SECONDS)
                        .getSchema(GetSchemaRequest.newBuilder().setVersion(0).build())
                        .getSchema();
                return new Fetched(port, schema, OffLoopback.reachable(port));
            } finally {
                channel.shutdownNow();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            stop(process);
            try {
                Files.deleteIfExists(stderr);
            } catch (IOException ignored) {
                // a temp file left behind is harmless
            }
        }
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Surefire's full test classpath (its own {@code java.class.path} is a manifest-only jar). */
    private static String testClasspath() {
        String surefire = System.getProperty("surefire.test.class.path");
        String classpath = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
        return String.join(File.pathSeparator, List.of(classpath.split(File.pathSeparator)));
    }
}
