package dev.plumbline.testing;

import com.pulumi.Context;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.internal.Internal;
import com.pulumi.core.internal.OutputData;
import com.pulumi.core.internal.OutputInternal;
import com.pulumi.resources.Resource;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import com.pulumi.test.internal.MockMonitor;
import com.pulumi.test.internal.PulumiTestInternal;
import dev.plumbline.internal.validation.InvalidArgsException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import pulumirpc.Provider.CallResponse;
import pulumirpc.Resource.ReadResourceRequest;
import pulumirpc.Resource.ReadResourceResponse;
import pulumirpc.Resource.RegisterPackageRequest;
import pulumirpc.Resource.RegisterPackageResponse;
import pulumirpc.Resource.RegisterResourceOutputsRequest;
import pulumirpc.Resource.RegisterResourceRequest;
import pulumirpc.Resource.RegisterResourceResponse;
import pulumirpc.Resource.ResourceCallRequest;
import pulumirpc.Resource.ResourceInvokeRequest;
import pulumirpc.Resource.ResourceInvokeResponse;
import pulumirpc.Resource.SupportsFeatureRequest;
import pulumirpc.Resource.SupportsFeatureResponse;

/**
 * Runs a Pulumi program in-process against {@link AwsMocks} and records what it registered. The
 * public mock API hides parents and dependencies, so this is the one test class that uses
 * pulumi-java's internal test API ({@link PulumiTestInternal#builder()} with a monitor decorator)
 * to see each {@code RegisterResourceRequest}. Runs are sequential: the SDK keeps one deployment per
 * JVM, released by {@link PulumiTest#cleanup()} after every run.
 */
public final class MockedDeployment {

    /** Failed runs are the point of many tests; their errors are in {@link Result#exceptions()}, not the log. */
    private static final Logger QUIET = quietLogger();

    private MockedDeployment() {
    }

    private static Logger quietLogger() {
        Logger logger = Logger.getLogger(MockedDeployment.class.getName());
        logger.setLevel(Level.OFF);
        logger.setUseParentHandlers(false);
        return logger;
    }

    /** What a run registered and produced. */
    public record Result(List<Registered> resources, List<Exception> exceptions, Map<String, Object> outputs, Resource component) {

        public List<Registered> ofType(String type) {
            return resources.stream().filter(r -> r.type().equals(type)).toList();
        }

        public Registered named(String type, String name) {
            return resources.stream().filter(r -> r.type().equals(type) && r.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + type + " named " + name + " among " + names()));
        }

        public List<String> names() {
            return resources.stream().map(r -> r.type() + " " + r.name()).toList();
        }

        /** An output of the component that is a map of strings. */
        @SuppressWarnings("unchecked")
        public Map<String, String> outputsMap(String name) {
            return (Map<String, String>) outputs.get(name);
        }

        /** An output of the component that is a map of maps of strings. */
        @SuppressWarnings("unchecked")
        public Map<String, Map<String, String>> outputsNested(String name) {
            return (Map<String, Map<String, String>>) outputs.get(name);
        }

        /** The {@link InvalidArgsException} the run failed with, looking through wrapping exceptions. */
        public Optional<InvalidArgsException> invalidArgs() {
            for (Throwable t : exceptions) {
                for (Throwable c = t; c != null; c = c.getCause()) {
                    if (c instanceof InvalidArgsException e) {
                        return Optional.of(e);
                    }
                }
            }
            return Optional.empty();
        }
    }

    /**
     * Runs {@code program}, which returns the component under test (or {@code null}); the component's
     * {@code @Export} outputs that resolved are in {@link Result#outputs()}.
     */
    public static Result run(Function<Context, Resource> program) {
        return run(program, false);
    }

    /** Like {@link #run(Function)} as a preview: outputs of other resources stay unknown. */
    public static Result preview(Function<Context, Resource> program) {
        return run(program, true);
    }

    /** An output that resolves to {@code value} only after the program has constructed its components. */
    public static <T> Output<T> later(T value) {
        return Output.of(CompletableFuture.supplyAsync(() -> value, CompletableFuture.delayedExecutor(20, TimeUnit.MILLISECONDS)));
    }

    /** What an output resolved to: known or not, and its value. */
    public record Resolved<T>(boolean known, T value) {
    }

    /**
     * Waits for {@code output} and returns what it resolved to; an output that failed throws its
     * failure (a {@link CompletionException} around the cause).
     */
    public static <T> Resolved<T> resolve(Output<T> output) {
        OutputData<T> data = Internal.of(output).getDataAsync().join();
        return new Resolved<>(data.isKnown(), data.getValueNullable());
    }

    /** An output whose value is unknown, as a preview sees the outputs of resources not yet created. */
    public static <T> Output<T> unknown() {
        return new OutputInternal<>(OutputData.unknown());
    }

    private static Result run(Function<Context, Resource> program, boolean preview) {
        AwsMocks mocks = new AwsMocks();
        List<RegisterResourceRequest> requests = Collections.synchronizedList(new ArrayList<>());
        Map<String, String> urns = new ConcurrentHashMap<>();
        AtomicReference<Resource> component = new AtomicReference<>();
        try {
            List<Exception> exceptions;
            try {
                TestResult result = PulumiTestInternal.builder()
                        .standardLogger(QUIET)
                        .options(TestOptions.builder().preview(preview).build())
                        .mocks(mocks)
                        .monitorDecorator(monitor -> new Recording(monitor, mocks, requests, urns))
                        .build()
                        .runTest(ctx -> component.set(program.apply(ctx)));
                exceptions = List.copyOf(result.exceptions());
            } catch (CompletionException e) {
                // A failure after the program returned (a value that resolved late) fails the run itself.
                exceptions = List.of(e);
            }
            List<Registered> registered = new ArrayList<>();
            synchronized (requests) {
                for (RegisterResourceRequest r : requests) {
                    String key = r.getType() + "::" + r.getName();
                    registered.add(new Registered(r.getType(), r.getName(), urns.get(key), r.getParent(),
                            List.copyOf(r.getDependenciesList()), mocks.inputsOf(r.getType(), r.getName())));
                }
            }
            return new Result(List.copyOf(registered), exceptions, outputsOf(component.get()), component.get());
        } finally {
            PulumiTest.cleanup();
        }
    }

    private static Map<String, Object> outputsOf(Resource component) {
        Map<String, Object> outputs = new LinkedHashMap<>();
        if (component == null) {
            return outputs;
        }
        for (Field field : component.getClass().getDeclaredFields()) {
            Export export = field.getAnnotation(Export.class);
            if (export == null) {
                continue;
            }
            try {
                CompletableFuture<? extends OutputData<?>> data = Internal.of((Output<?>) field.get(component)).getDataAsync();
                if (data.isDone() && !data.isCompletedExceptionally()) {
                    outputs.put(export.name(), data.join().getValueNullable());
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return outputs;
    }

    /** Delegates to the SDK's mock monitor and records each registration request and its URN. */
    private static final class Recording extends MockMonitor {

        private final MockMonitor delegate;
        private final List<RegisterResourceRequest> requests;
        private final Map<String, String> urns;

        Recording(MockMonitor delegate, AwsMocks mocks, List<RegisterResourceRequest> requests, Map<String, String> urns) {
            super(mocks, PulumiTestInternal.mockLog());
            this.delegate = delegate;
            this.requests = requests;
            this.urns = urns;
        }

        @Override
        public CompletableFuture<RegisterResourceResponse> registerResourceAsync(Resource resource, RegisterResourceRequest request) {
            resources.add(resource);
            if (!request.getType().equals("pulumi:pulumi:Stack")) {
                requests.add(request);
            }
            return delegate.registerResourceAsync(resource, request).thenApply(response -> {
                urns.put(request.getType() + "::" + request.getName(), response.getUrn());
                return response;
            });
        }

        @Override
        public CompletableFuture<SupportsFeatureResponse> supportsFeatureAsync(SupportsFeatureRequest request) {
            return delegate.supportsFeatureAsync(request);
        }

        @Override
        public CompletableFuture<ResourceInvokeResponse> invokeAsync(ResourceInvokeRequest request) {
            return delegate.invokeAsync(request);
        }

        @Override
        public CompletableFuture<CallResponse> callAsync(ResourceCallRequest request) {
            return delegate.callAsync(request);
        }

        @Override
        public CompletableFuture<ReadResourceResponse> readResourceAsync(Resource resource, ReadResourceRequest request) {
            return delegate.readResourceAsync(resource, request);
        }

        @Override
        public CompletableFuture<Void> registerResourceOutputsAsync(RegisterResourceOutputsRequest request) {
            return delegate.registerResourceOutputsAsync(request);
        }

        @Override
        public CompletableFuture<RegisterPackageResponse> registerPackageAsync(RegisterPackageRequest request) {
            return delegate.registerPackageAsync(request);
        }
    }
}
