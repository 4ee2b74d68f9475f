package dev.plumbline.host;

import com.pulumi.provider.internal.ComponentProvider;
import com.pulumi.provider.internal.Metadata;
import com.pulumi.provider.internal.ResourceProviderService;
import dev.plumbline.EndpointService;
import io.grpc.ServerBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The {@code main} of the Plumbline component provider: serves the components of package
 * {@code dev.plumbline} (schema inferred by pulumi-java's {@code ComponentAnalyzer}, package name
 * {@value #PACKAGE_NAME}) to every Pulumi language over the provider gRPC protocol.
 *
 * <p>It wires the same pieces as pulumi-java's {@code ComponentProviderHost} (a
 * {@code ComponentProvider} behind a {@code ResourceProviderService}) and takes the same arguments
 * (the engine address, with {@code --logtostderr}, {@code -v=N}, {@code --tracing X} and
 * {@code --logflow} ignored), with one difference: the gRPC server listens on 127.0.0.1 only, where
 * the Pulumi engine dials plugins, instead of on every interface as {@code ServerBuilder.forPort(0)}
 * does. Like every plugin it prints its port as the first line of standard output.
 */
public final class PlumblineProviderHost {

    /** The Pulumi package name: the first part of every type token. */
    public static final String PACKAGE_NAME = "plumbline";

    private static final byte[] LOOPBACK = {127, 0, 0, 1};

    private PlumblineProviderHost() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String engineAddress;
        try {
            engineAddress = engineAddress(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "; arguments received: " + String.join(", ", args));
            System.exit(1);
            return;
        }
        ComponentProvider provider = new ComponentProvider(new Metadata(PACKAGE_NAME, version(), "Plumbline"),
                EndpointService.class.getPackage());
        new LoopbackService(engineAddress, provider).startAndBlockUntilShutdown();
    }

    /** The one argument that is not a logging or tracing flag. */
    static String engineAddress(String[] args) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--logtostderr") || arg.equals("--logflow") || arg.startsWith("-v=")) {
                continue;
            }
            if (arg.equals("--tracing")) {
                i++;
                continue;
            }
            rest.add(arg);
        }
        if (rest.size() != 1) {
            throw new IllegalArgumentException("expected exactly one engine address, got " + rest.size() + " non-logging arguments");
        }
        return rest.get(0);
    }

    /** The provider's version, from the build ({@code project.version}). */
    static String version() {
        try (InputStream in = PlumblineProviderHost.class.getResourceAsStream("provider.properties")) {
            if (in == null) {
                throw new IllegalStateException("provider.properties missing from the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SDK's provider service, bound to loopback. */
    private static final class LoopbackService extends ResourceProviderService {

        LoopbackService(String engineAddress, ComponentProvider provider) {
            super(engineAddress, provider);
        }

        @Override
        protected ServerBuilder<?> createServerBuilder() {
            try {
                return NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getByAddress(LOOPBACK), 0));
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
