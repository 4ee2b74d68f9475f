package dev.plumbline.internal.validation;

import java.util.Objects;

/**
 * One thing wrong with a component's arguments: the argument's path as a user writes it
 * ({@code stages[0].targetIds}), what is wrong with it, and how to fix it.
 */
public record ArgProblem(String argument, String problem, String fix) {

    public ArgProblem {
        Objects.requireNonNull(argument, "argument");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(fix, "fix");
    }

    /** {@code stages[0].targetIds: is empty. Fix: list ...}. */
    public String render() {
        return argument + ": " + problem + ". Fix: " + fix + ".";
    }
}
