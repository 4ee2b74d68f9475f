package dev.plumbline.validator.ingest.program;

import dev.plumbline.validator.diag.BadInputException;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.Origin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the program in this JVM with the Pulumi SDK's mocks, through the Plumbline runner (a jar
 * embedded in the validator). The runner, the program and the SDK are loaded by a class loader of
 * their own whose parent is the platform loader; the two sides talk through JDK types only. Its
 * path is the program's class path first, then the runner, then wherever this JVM's Jackson lives
 * (the runner writes its result with Jackson). In the packaged CLI that last entry is
 * {@code plumbline.jar} itself, so the validator's own classes are on the program's path too, but
 * behind the program's and the runner's: a class the program brings always wins. Runs are
 * serialised: the SDK keeps one deployment per JVM.
 */
public final class IsolatedProgramRunner implements ProgramRunner {

    static final String RUNNER_RESOURCE = "/runner/plumbline-pulumi-runner.jar";
    private static final String ENTRY_CLASS = "dev.plumbline.runner.OfflineRun";
    private static Path extractedRunner;

    @Override
    public String run(ProgramSpec program) throws BadInputException {
        Origin where = Origin.of(program.source() == null ? program.mainClass() : program.source().toString(), "");
        List<URL> urls = new ArrayList<>();
        try {
            for (Path entry : program.classpath()) {
                urls.add(entry.toUri().toURL());
            }
            urls.add(runnerJar().toUri().toURL());
            for (Path jackson : jacksonJars()) {
                urls.add(jackson.toUri().toURL());
            }
        } catch (MalformedURLException e) {
            throw new BadInputException(Diagnostic.error("program.classpath", where, "a class path entry is not a valid path: "
                    + e.getMessage(), "check --classpath"));
        }
        synchronized (IsolatedProgramRunner.class) {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            try (URLClassLoader loader = new URLClassLoader("plumbline-program", urls.toArray(URL[]::new),
                    ClassLoader.getPlatformClassLoader())) {
                thread.setContextClassLoader(loader);
                Class<?> entry;
                try {
                    entry = loader.loadClass(ENTRY_CLASS);
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("the embedded runner has no " + ENTRY_CLASS, e);
                }
                Method run = entry.getMethod("run", String.class, String.class, String.class, String.class, Map.class);
                return (String) run.invoke(null, program.mainClass(), program.method(), program.project(), program.stack(),
                        program.config());
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException) {
                    throw new BadInputException(Diagnostic.error("program.run", where, cause.getMessage(),
                            "check the program class and method, and that the class path holds it and the Pulumi Java SDK"));
                }
                throw new IllegalStateException("the offline runner failed", cause);
            } catch (NoSuchMethodException | IllegalAccessException e) {
                throw new IllegalStateException("the embedded runner's entry point does not match", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }

    /** The embedded runner jar, copied once per JVM to a temporary file a class loader can open. */
    static synchronized Path runnerJar() {
        if (extractedRunner != null && Files.exists(extractedRunner)) {
            return extractedRunner;
        }
        try (InputStream in = IsolatedProgramRunner.class.getResourceAsStream(RUNNER_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the Pulumi runner is not embedded (" + RUNNER_RESOURCE
                        + "): build the validator with the reactor (./mvnw -pl validator -am package)");
            }
            Path file = Files.createTempFile("plumbline-pulumi-runner", ".jar");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            extractedRunner = file;
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where Jackson's classes live for this JVM (the runner writes its JSON with Jackson). */
    static Set<Path> jacksonJars() {
        Set<Path> jars = new LinkedHashSet<>();
        for (Class<?> type : List.of(com.fasterxml.jackson.databind.ObjectMapper.class,
                com.fasterxml.jackson.core.JsonFactory.class, com.fasterxml.jackson.annotation.JsonProperty.class)) {
            try {
                jars.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return jars;
    }
}
