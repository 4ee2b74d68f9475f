package dev.plumbline.internal.validation;

/** Where rules report what they find. */
@FunctionalInterface
public interface Problems {

    void add(ArgProblem problem);

    default void add(String argument, String problem, String fix) {
        add(new ArgProblem(argument, problem, fix));
    }

    /** Reports {@code problem} at {@code argument} unless {@code ok}. */
    default void require(boolean ok, String argument, String problem, String fix) {
        if (!ok) {
            add(argument, problem, fix);
        }
    }
}
