package dev.plumbline.validator.ingest.program;

import dev.plumbline.validator.model.Canonical;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A Pulumi Java program to run offline: the class and its {@code public static void <method>(Context)},
 * the project and stack names, the stack's configuration, and the class path that holds the
 * program and the Pulumi SDK.
 */
public record ProgramSpec(String mainClass, String method, String project, String stack, Map<String, String> config,
        List<Path> classpath, Path source) {

    public static final String DEFAULT_METHOD = "stack";

    public ProgramSpec {
        method = method == null || method.isEmpty() ? DEFAULT_METHOD : method;
        project = Canonical.text(project);
        stack = stack == null || stack.isEmpty() ? "dev" : stack;
        config = Canonical.map(config);
        classpath = Canonical.list(classpath);
    }
}
