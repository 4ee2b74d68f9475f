package dev.plumbline.validator.diag;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The input cannot be used: unreadable, not the expected format, or failing its schema. Carries
 * every problem found, each with its file and JSON pointer. The CLI prints them and exits with 2;
 * this is the user's mistake, never a bug, so no stack trace is shown.
 */
public final class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> problems;

    public BadInputException(List<Diagnostic> problems) {
        super(problems.stream().map(Diagnostic::render).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a BadInputException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public BadInputException(Diagnostic problem) {
        this(List.of(problem));
    }

    public List<Diagnostic> problems() {
        return problems;
    }
}
