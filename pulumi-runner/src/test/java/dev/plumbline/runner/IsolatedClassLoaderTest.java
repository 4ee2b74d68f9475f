package dev.plumbline.runner;

import dev.plumbline.runner.programs.TwoTierVpc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The way the validator will use the runner: its jar and the stack's classpath in a class loader
 * of their own (parent: the platform loader, so nothing leaks in from the caller), called
 * reflectively with JDK types only.
 */
class IsolatedClassLoaderTest {

    @Test
    void run_loadedFromItsJarInAFreshClassLoader_isCalledReflectively_andGivesTheSameJson(@TempDir Path temp) throws Exception {
        Path runnerClasses = Path.of(OfflineRun.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path runnerJar = jar(runnerClasses, temp.resolve("plumbline-pulumi-runner.jar"));
        List<URL> urls = new ArrayList<>();
        urls.add(runnerJar.toUri().toURL());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty() && !Path.of(entry).toAbsolutePath().equals(runnerClasses.toAbsolutePath())) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        String expected = Captured.run(TwoTierVpc.class).json;

        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader isolated = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            thread.setContextClassLoader(isolated);
            Class<?> runner = Class.forName(OfflineRun.class.getName(), true, isolated);
            Method run = runner.getMethod("run", String.class, String.class, String.class, String.class, Map.class);

            Object json = run.invoke(null, TwoTierVpc.class.getName(), "stack", Captured.PROJECT, Captured.STACK,
                    Map.of("aws:region", "us-east-1"));

            assertThat(runner).isNotSameAs(OfflineRun.class);
            assertThat(runner.getClassLoader()).isSameAs(isolated);
            assertThat(location(runner)).isEqualTo(runnerJar.toUri().toURL().toString());
            assertThat(json).isInstanceOf(String.class).isEqualTo(expected);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static String location(Class<?> type) throws URISyntaxException, IOException {
        return type.getProtectionDomain().getCodeSource().getLocation().toURI().toURL().toString();
    }

    private static Path jar(Path classes, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> files = Files.walk(classes)) {
            for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace(File.separatorChar, '/')));
                Files.copy(path, out);
                out.closeEntry();
            }
        }
        return jar;
    }
}
