package dev.plumbline.internal.validation;

import com.pulumi.core.Output;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Validation of one component's arguments. Plain arguments and every {@link Output} already known
 * at construction are checked now; {@link #throwIfInvalid()} then reports all problems at once,
 * before the component creates any child. An {@code Output} still pending is checked by the same
 * {@link ValueRule} when it resolves: {@link #value} returns it gated, so that children built from
 * it fail with the same {@link InvalidArgsException} message instead of receiving a bad value.
 */
public final class ArgsCheck implements Problems {

    private final String type;
    private final String name;
    private final List<ArgProblem> problems = new ArrayList<>();

    public ArgsCheck(String type, String name) {
        this.type = type;
        this.name = name;
    }

    @Override
    public void add(ArgProblem problem) {
        problems.add(problem);
    }

    /** The problems found so far (at construction). */
    public List<ArgProblem> problems() {
        return List.copyOf(problems);
    }

    /**
     * Applies {@code rule} to {@code value} now if it is known, else when it resolves; returns the
     * output children should consume ({@code null} stays {@code null}: an absent optional argument).
     */
    public <T> Output<T> value(Output<T> value, ValueRule<T> rule) {
        if (value == null) {
            return null;
        }
        if (KnownOutputs.resolved(value)) {
            Optional<ArgValue<T>> known = KnownOutputs.now(value);
            known.ifPresent(v -> rule.check(v, this));
            return value;
        }
        return KnownOutputs.whenResolved(value, v -> {
            List<ArgProblem> found = new ArrayList<>();
            rule.check(v, found::add);
            if (!found.isEmpty()) {
                throw new InvalidArgsException(type, name, found);
            }
        });
    }

    /**
     * Applies {@code rule}, a rule across several values (no two subnets alike, no overlapping
     * blocks), to all of {@code values} now if all are known, else once all resolve. Returns the
     * outputs children should consume, one per value, each still carrying only its own value, so a
     * value unknown in a preview leaves the others known. Check each value on its own with
     * {@link #value} first.
     */
    public <T> List<Output<T>> values(List<Output<T>> values, ValueRule<List<T>> rule) {
        if (values.stream().allMatch(KnownOutputs::resolved)) {
            List<ArgValue<T>> known = values.stream().map(KnownOutputs::now).flatMap(Optional::stream).toList();
            if (known.size() == values.size()) {
                rule.check(combine(known), this);
            }
            return List.copyOf(values);
        }
        return KnownOutputs.whenAllResolved(values, all -> {
            List<ArgProblem> found = new ArrayList<>();
            rule.check(combine(all), found::add);
            if (!found.isEmpty()) {
                throw new InvalidArgsException(type, name, found);
            }
        });
    }

    private static <T> ArgValue<List<T>> combine(List<ArgValue<T>> values) {
        return new ArgValue<>(values.stream().map(ArgValue::get).toList(), values.stream().anyMatch(ArgValue::secret));
    }

    /** Throws every problem found at construction, if any. */
    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidArgsException(type, name, problems);
        }
    }
}
