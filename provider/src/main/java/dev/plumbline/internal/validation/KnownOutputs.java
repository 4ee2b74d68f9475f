package dev.plumbline.internal.validation;

import com.pulumi.core.Output;
import com.pulumi.core.internal.Internal;
import com.pulumi.core.internal.OutputData;
import com.pulumi.core.internal.OutputInternal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The one place that uses pulumi-java's internal Output API ({@code com.pulumi.core.internal}): to
 * tell whether an {@link Output} already holds its value at construction (a literal passed through a
 * builder, or a known input sent by the engine), and to check a value when it resolves without
 * losing its secretness, unknown-ness or dependencies. The public API offers neither.
 */
final class KnownOutputs {

    private KnownOutputs() {
    }

    /** The value and secretness if {@code output} is already resolved and known, else empty. */
    static <T> Optional<ArgValue<T>> now(Output<T> output) {
        CompletableFuture<OutputData<T>> data = Internal.of(output).getDataAsync();
        if (!data.isDone() || data.isCompletedExceptionally()) {
            return Optional.empty();
        }
        OutputData<T> resolved = data.join();
        if (!resolved.isKnown() || resolved.getValueNullable() == null) {
            return Optional.empty();
        }
        return Optional.of(new ArgValue<>(resolved.getValueNullable(), resolved.isSecret()));
    }

    /** Whether {@code output} has resolved, known or not; a pending one is checked later. */
    static boolean resolved(Output<?> output) {
        CompletableFuture<?> data = Internal.of(output).getDataAsync();
        return data.isDone();
    }

    /**
     * {@code outputs}, each waiting for all of them to resolve and then, if all are known, running
     * {@code onAllKnown} on their values; an exception thrown there fails every returned output. Each
     * returned output keeps its own value, secretness, dependencies and unknown-ness, so one value
     * unknown in a preview does not hide the others.
     */
    static <T> List<Output<T>> whenAllResolved(List<Output<T>> outputs, Consumer<List<ArgValue<T>>> onAllKnown) {
        List<CompletableFuture<OutputData<T>>> data = outputs.stream().map(o -> Internal.of(o).getDataAsync()).toList();
        CompletableFuture<Void> checked = CompletableFuture.allOf(data.toArray(CompletableFuture[]::new)).thenRun(() -> {
            List<OutputData<T>> all = data.stream().map(CompletableFuture::join).toList();
            if (all.stream().allMatch(d -> d.isKnown() && d.getValueNullable() != null)) {
                onAllKnown.accept(all.stream().map(d -> new ArgValue<>(d.getValueNullable(), d.isSecret())).toList());
            }
        });
        List<Output<T>> gated = new ArrayList<>();
        for (CompletableFuture<OutputData<T>> one : data) {
            gated.add(new OutputInternal<>(checked.thenCompose(ignored -> one)));
        }
        return gated;
    }

    /**
     * {@code output} with {@code onKnown} run on its value once it resolves to a known, non-null
     * value; an exception thrown there fails every consumer of the returned output.
     */
    static <T> Output<T> whenResolved(Output<T> output, Consumer<ArgValue<T>> onKnown) {
        CompletableFuture<OutputData<T>> checked = Internal.of(output).getDataAsync().thenApply(data -> {
            if (data.isKnown() && data.getValueNullable() != null) {
                onKnown.accept(new ArgValue<>(data.getValueNullable(), data.isSecret()));
            }
            return data;
        });
        return new OutputInternal<>(checked);
    }
}
