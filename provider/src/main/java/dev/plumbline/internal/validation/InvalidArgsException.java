package dev.plumbline.internal.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A component's arguments are wrong. Carries every problem found, each naming the argument and how to
 * fix it; thrown at construction before any child resource exists, or when a deploy-time value
 * resolves (then the children that consume that value fail to register).
 */
public final class InvalidArgsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<ArgProblem> problems;

    public InvalidArgsException(String type, String name, List<ArgProblem> problems) {
        super(render(type, name, problems));
        this.problems = List.copyOf(problems);
    }

    public List<ArgProblem> problems() {
        return problems;
    }

    private static String render(String type, String name, List<ArgProblem> problems) {
        String header = problems.size() == 1 ? "1 invalid argument" : problems.size() + " invalid arguments";
        return type + " '" + name + "': " + header + "\n" + problems.stream()
                .map(p -> "  - " + p.render())
                .collect(Collectors.joining("\n"));
    }
}
