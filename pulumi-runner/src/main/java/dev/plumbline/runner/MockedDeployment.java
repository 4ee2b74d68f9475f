package dev.plumbline.runner;

import com.google.protobuf.Struct;
import com.pulumi.Context;
import com.pulumi.Log;
import com.pulumi.exceptions.ResourceException;
import com.pulumi.exceptions.RunException;
import com.pulumi.resources.Resource;
import com.pulumi.test.TestOptions;
import com.pulumi.test.internal.MockMonitor;
import com.pulumi.test.internal.PulumiTestInternal;
import dev.plumbline.runner.aws.AwsMocks;
import pulumirpc.Resource.ReadResourceRequest;
import pulumirpc.Resource.ReadResourceResponse;
import pulumirpc.Resource.RegisterResourceOutputsRequest;
import pulumirpc.Resource.RegisterResourceRequest;
import pulumirpc.Resource.RegisterResourceResponse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Runs a program with the Pulumi SDK's mocks and records every registration. <strong>The only
 * class that uses pulumi-java internal API</strong> ({@code com.pulumi.test.internal} and the
 * {@code pulumirpc} messages), written against com.pulumi:pulumi 1.36.1.
 *
 * <p>Why internal API: the public {@code PulumiTest.withMocks(...)} hands the mocks a resource's
 * type, name and inputs only. The validator also needs each resource's parent, dependencies and
 * property dependencies, which only the {@code RegisterResourceRequest} carries; and the public
 * API ignores stack configuration (pulumi-java#1333). {@code PulumiTestInternal.builder()} offers
 * both: {@code monitorDecorator} to put a recording {@link MockMonitor} in place, and
 * {@code config}.
 *
 * <p>One run at a time per JVM: the SDK keeps the deployment in a static field, which
 * {@code PulumiTestInternal.cleanup()} clears before and after each run.
 */
final class MockedDeployment {

    /**
     * How the SDK logs a program's exception, which the run reports from the exception itself (the
     * SDK also logs a {@code ResourceException} with its resource: such a log, naming an exception's
     * message, is dropped too).
     */
    private static final String UNHANDLED_EXCEPTION_LOG = "Running program [";

    private final String project;
    private final String stack;
    private final Map<String, String> config;
    private final AwsMocks mocks;

    private final Queue<RegisteredResource> resources = new ConcurrentLinkedQueue<>();
    private final Map<String, MockAnswer> answers = new ConcurrentHashMap<>();
    private final Map<String, Struct> registeredOutputs = new ConcurrentHashMap<>();
    private final Map<Resource, String> urnsByResource = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Queue<RunDiagnostic> logged = new ConcurrentLinkedQueue<>();
    private volatile String stackUrn = "";

    MockedDeployment(String project, String stack, Map<String, String> config, AwsMocks mocks) {
        this.project = project;
        this.stack = stack;
        this.config = Map.copyOf(config);
        this.mocks = mocks;
    }

    /** Runs {@code program} once and returns what it registered; program failures become diagnostics. */
    CapturedRun run(Consumer<Context> program) {
        Logger logger = programLogger();
        Log monitorLog = PulumiTestInternal.mockLog(logger);
        PulumiTestInternal.cleanup();
        try {
            PulumiTestInternal test = PulumiTestInternal.builder()
                    .options(TestOptions.builder().projectName(project).stackName(stack).preview(false).build())
                    .config(config)
                    .mocks(mocks)
                    .standardLogger(logger)
                    .monitorDecorator(original -> new RecordingMonitor(mocks, monitorLog))
                    .build();
            List<RunDiagnostic> diagnostics = new ArrayList<>();
            List<Exception> exceptions = new ArrayList<>();
            try {
                exceptions.addAll(test.runTest(program).exceptions());
            } catch (RuntimeException e) {
                exceptions.add(e);
            }
            List<String> exceptionMessages = new ArrayList<>();
            for (Exception exception : exceptions) {
                diagnostics.add(RunDiagnostic.error(describe(exception), urnOf(exception)));
                for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                    if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                        exceptionMessages.add(cause.getMessage());
                    }
                }
            }
            logged.stream()
                    .filter(d -> exceptionMessages.stream().noneMatch(d.message()::contains))
                    .forEach(diagnostics::add);
            duplicateUrns().forEach(urn -> diagnostics.add(RunDiagnostic.error(
                    "two resources have the URN " + urn + ": the Pulumi engine rejects such a program (give them different names)",
                    urn)));
            return new CapturedRun(List.copyOf(resources), answers, registeredOutputs, stackUrn, diagnostics);
        } finally {
            PulumiTestInternal.cleanup();
        }
    }

    private Logger programLogger() {
        Logger logger = Logger.getAnonymousLogger();
        logger.setUseParentHandlers(false);
        logger.setLevel(Level.WARNING);
        logger.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getMessage() == null || record.getMessage().startsWith(UNHANDLED_EXCEPTION_LOG)) {
                    return;
                }
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    logged.add(RunDiagnostic.error("the program logged an error: " + record.getMessage(), ""));
                } else if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    logged.add(RunDiagnostic.warning("the program logged a warning: " + record.getMessage(), ""));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        return logger;
    }

    /** URNs registered more than once, which the mocks accept and the engine does not. */
    private List<String> duplicateUrns() {
        Map<String, Long> counts = resources.stream()
                .collect(Collectors.groupingBy(RegisteredResource::urn, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    }

    private String urnOf(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof ResourceException) {
                var resource = ((ResourceException) cause).getResource();
                if (resource.isPresent()) {
                    return urnsByResource.getOrDefault(resource.get(), "");
                }
            }
        }
        return "";
    }

    /** The innermost meaningful exception, as "the program threw Type: message". */
    static String describe(Throwable exception) {
        Throwable cause = exception;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException
                || cause instanceof java.lang.reflect.InvocationTargetException
                || cause instanceof RunException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null || cause.getMessage().isBlank()
                ? "(no message)" : cause.getMessage();
        return "the program threw " + cause.getClass().getSimpleName() + ": " + message;
    }

    private RegisteredResource record(Resource resource, RegisterResourceRequest request) {
        Map<String, List<String>> propertyDependencies = new TreeMap<>();
        request.getPropertyDependenciesMap().forEach((property, urns) ->
                propertyDependencies.put(property, sortedUrns(urns.getUrnsList())));
        var registered = new RegisteredResource(
                Urns.child(stack, project, request.getParent(), request.getType(), request.getName()),
                request.getType(),
                request.getName(),
                request.getCustom(),
                false,
                request.getRemote(),
                Urns.normalise(request.getParent()),
                sortedUrns(request.getDependenciesList()),
                propertyDependencies,
                Urns.normaliseProviderReference(request.getProvider()),
                request.getObject(),
                request.getAdditionalSecretOutputsList());
        remember(resource, registered);
        return registered;
    }

    private RegisteredResource record(Resource resource, ReadResourceRequest request) {
        var registered = new RegisteredResource(
                Urns.child(stack, project, request.getParent(), request.getType(), request.getName()),
                request.getType(),
                request.getName(),
                true,
                true,
                false,
                Urns.normalise(request.getParent()),
                sortedUrns(request.getDependenciesList()),
                Map.of(),
                Urns.normaliseProviderReference(request.getProvider()),
                request.getProperties(),
                request.getAdditionalSecretOutputsList());
        remember(resource, registered);
        return registered;
    }

    private void remember(Resource resource, RegisteredResource registered) {
        resources.add(registered);
        urnsByResource.put(resource, registered.urn());
        if (registered.remote()) {
            logged.add(RunDiagnostic.warning("remote (multi-language) component " + registered.type()
                    + " cannot be constructed offline: its children are missing", registered.urn()));
        }
    }

    private static List<String> sortedUrns(List<String> urns) {
        return urns.stream().map(Urns::normalise).distinct().sorted().toList();
    }

    /** The SDK's mock monitor, recording each request and the mocks' answer. */
    private final class RecordingMonitor extends MockMonitor {

        RecordingMonitor(AwsMocks mocks, Log log) {
            super(mocks, log);
        }

        @Override
        public CompletableFuture<RegisterResourceResponse> registerResourceAsync(
                Resource resource, RegisterResourceRequest request) {
            if (Urns.STACK_TYPE.equals(request.getType())) {
                return super.registerResourceAsync(resource, request).thenApply(response -> {
                    stackUrn = Urns.normalise(response.getUrn());
                    return response;
                });
            }
            RegisteredResource registered = record(resource, request);
            return mocks.registering(registered.urn(), registered.custom(), () -> super.registerResourceAsync(resource, request))
                    .thenApply(response -> {
                        answers.put(registered.urn(), new MockAnswer(response.getId(), response.getObject()));
                        return response;
                    });
        }

        @Override
        public CompletableFuture<ReadResourceResponse> readResourceAsync(Resource resource, ReadResourceRequest request) {
            RegisteredResource registered = record(resource, request);
            logged.add(RunDiagnostic.warning("read of existing resource " + request.getType() + " '" + request.getId()
                    + "': an offline run does not know its attributes", registered.urn()));
            return mocks.registering(registered.urn(), true, () -> super.readResourceAsync(resource, request))
                    .thenApply(response -> {
                        answers.put(registered.urn(), new MockAnswer(request.getId(), response.getProperties()));
                        return response;
                    });
        }

        @Override
        public CompletableFuture<Void> registerResourceOutputsAsync(RegisterResourceOutputsRequest request) {
            registeredOutputs.put(Urns.normalise(request.getUrn()), request.getOutputs());
            return super.registerResourceOutputsAsync(request);
        }
    }
}
