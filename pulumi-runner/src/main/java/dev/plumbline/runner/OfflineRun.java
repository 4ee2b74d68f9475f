package dev.plumbline.runner;

import dev.plumbline.runner.aws.AwsMocks;

import java.util.Map;
import java.util.Objects;

/**
 * Runs a Pulumi Java program offline: in this process, with the SDK's mocks standing in for the
 * engine and AWS, no CLI, no cloud, no credentials. Returns every resource the program registered,
 * as the captured-resources JSON ({@code version: 1}: urn, type, name, custom, parent, id, inputs,
 * outputs, dependencies, propertyDependencies, provider; stackOutputs; diagnostics).
 *
 * <p>The entry point takes and returns JDK types only, so that a caller can load this class in a
 * class loader of its own (with the stack's classpath, which supplies the Pulumi SDK) and call it
 * reflectively. One run at a time: calls are serialised.
 */
public final class OfflineRun {

    private static final Object ONE_RUN_AT_A_TIME = new Object();

    private OfflineRun() {
    }

    /**
     * Runs {@code programClass.programMethod}, a {@code public static void METHOD(com.pulumi.Context)}
     * loaded with the thread's context class loader (this class's loader when it has none).
     *
     * @param config the stack configuration, {@code namespace:key} to value as in {@code Pulumi.STACK.yaml}
     *     (e.g. {@code aws:region})
     * @return the captured resources as JSON; exceptions thrown by the program are diagnostics in it
     * @throws IllegalArgumentException when the class or method does not exist or the SDK is missing
     * @throws IllegalStateException when the program's Pulumi SDK is not one this runner can drive
     */
    public static String run(String programClass, String programMethod, String project, String stack,
                             Map<String, String> config) {
        requireText(programClass, "programClass");
        requireText(programMethod, "programMethod");
        requireText(project, "project");
        requireText(stack, "stack");
        Map<String, String> stackConfig = Map.copyOf(Objects.requireNonNull(config, "config"));
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = OfflineRun.class.getClassLoader();
        }
        requireSdk(loader);
        ProgramEntry program = ProgramEntry.find(loader, programClass, programMethod);
        synchronized (ONE_RUN_AT_A_TIME) {
            try {
                AwsMocks mocks = new AwsMocks(stackConfig, Map.of());
                CapturedRun run = new MockedDeployment(project, stack, stackConfig, mocks).run(program);
                if (mocks.addressesContended()) {
                    mocks = new AwsMocks(stackConfig, mocks.addressPlan());
                    run = new MockedDeployment(project, stack, stackConfig, mocks).run(program);
                }
                return CapturedJson.write(project, stack, run, mocks.diagnostics());
            } catch (LinkageError e) {
                throw new IllegalStateException("the program's Pulumi Java SDK cannot be driven by this runner, which was built against"
                        + " com.pulumi:pulumi 1.36.1 (" + e + ")", e);
            }
        }
    }

    private static void requireSdk(ClassLoader loader) {
        try {
            Class.forName("com.pulumi.Context", false, loader);
            Class.forName("com.pulumi.test.internal.PulumiTestInternal", false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException("the Pulumi Java SDK (com.pulumi:pulumi) is not on the program's classpath: " + e, e);
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
    }
}
