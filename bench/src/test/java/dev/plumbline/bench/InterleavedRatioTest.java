package dev.plumbline.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.bench.InterleavedRatio.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class InterleavedRatioTest {

    /** A fake clock both batches advance: a costs 1 µs per operation, b 3 µs. */
    private final AtomicLong now = new AtomicLong();
    private final List<String> order = new ArrayList<>();

    private int a() {
        order.add("a");
        now.addAndGet(1_000);
        return 1;
    }

    private int b() {
        order.add("b");
        now.addAndGet(6_000);
        return 2;
    }

    @Test
    void measure_givesTheCostRatioFromOpsAndCpuTimeOfEachSide() {
        Result result = InterleavedRatio.measure(this::a, this::b, 4, 10_000, now::get, now::get);

        assertThat(result.a().ops()).isEqualTo(40);
        assertThat(result.a().cpuNanos()).isEqualTo(40_000);
        assertThat(result.b().ops()).isEqualTo(8 * 2);
        assertThat(result.b().cpuNanos()).isEqualTo(8 * 6_000);
        assertThat(result.ratio()).isEqualTo(3.0);
    }

    @Test
    void measure_alternatesTheSidesSliceBySlice() {
        InterleavedRatio.measure(this::a, this::b, 2, 2_000, now::get, now::get);

        assertThat(order).containsExactly("a", "a", "b", "a", "a", "b");
    }

    @Test
    void measure_withoutSlices_isRefused() {
        assertThatThrownBy(() -> InterleavedRatio.measure(this::a, this::b, 0, 1, now::get, now::get))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
