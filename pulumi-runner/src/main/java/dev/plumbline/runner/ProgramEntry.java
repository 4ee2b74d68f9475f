package dev.plumbline.runner;

import com.pulumi.Context;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * A stack program's entry point, {@code public static void stack(com.pulumi.Context)} by Pulumi's
 * Java template ({@code Pulumi.run(App::stack)} in {@code main}), found by reflection.
 */
final class ProgramEntry implements Consumer<Context> {

    private final Method method;

    private ProgramEntry(Method method) {
        this.method = method;
    }

    /** The expected shape of an entry point, for messages. */
    static String expected(String methodName) {
        return "public static void " + methodName + "(com.pulumi.Context)";
    }

    /**
     * Finds the entry point.
     *
     * @throws IllegalArgumentException when the class or a matching method is missing, naming what was expected
     */
    static ProgramEntry find(ClassLoader loader, String className, String methodName) {
        Method[] candidates;
        try {
            Class<?> type = Class.forName(className, false, loader);
            candidates = Arrays.stream(type.getDeclaredMethods()).filter(m -> m.getName().equals(methodName)).toArray(Method[]::new);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException("program class " + className + " cannot be loaded from the program's classpath ("
                    + e + "); expected a class with " + expected(methodName), e);
        }
        for (Method candidate : candidates) {
            int modifiers = candidate.getModifiers();
            Class<?>[] parameters = candidate.getParameterTypes();
            if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && candidate.getReturnType() == void.class
                    && parameters.length == 1 && parameters[0].getName().equals(Context.class.getName())) {
                if (parameters[0] != Context.class) {
                    throw new IllegalArgumentException(className + "." + methodName + " takes a com.pulumi.Context from another class loader"
                            + " than the runner's: the runner and the program must share one Pulumi SDK");
                }
                candidate.setAccessible(true);
                return new ProgramEntry(candidate);
            }
        }
        throw new IllegalArgumentException(className + " has no method " + expected(methodName)
                + (candidates.length == 0 ? "" : "; found " + Arrays.toString(candidates)));
    }

    /** Runs the program; what it throws propagates unwrapped, so that the SDK records it. */
    @Override
    public void accept(Context context) {
        try {
            method.invoke(null, context);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause.toString(), cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("entry point became inaccessible: " + method, e);
        }
    }
}
