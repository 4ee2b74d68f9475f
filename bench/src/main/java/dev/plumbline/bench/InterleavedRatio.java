package dev.plumbline.bench;

import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * The cost of one operation relative to another, measured in alternating slices so that both see the same
 * neighbours: on a shared machine, two measurements taken one after the other can differ by 30 % through load
 * alone, which is too much for a ratio with a bound of 3. Each slice runs one side's batches until
 * {@code sliceNanos} of wall time have passed, and adds that slice's CPU time (from {@code cpuClock}) and
 * operations to its side; the sides take turns, {@code slices} slices each.
 */
final class InterleavedRatio {

    /** Operations and CPU nanoseconds summed over one side's slices. */
    record Side(long ops, long cpuNanos) {

        double perCpuSecond() {
            return ops / (cpuNanos / 1e9);
        }
    }

    /** Both sides; {@link #ratio()} is how many times the cost of an {@code a} operation a {@code b} operation costs. */
    record Result(Side a, Side b) {

        double ratio() {
            return a.perCpuSecond() / b.perCpuSecond();
        }
    }

    private InterleavedRatio() {
    }

    /**
     * Runs {@code a} and {@code b} (each returning the operations one batch did) in {@code slices} alternating
     * slices each of about {@code sliceNanos} on {@code wallClock}.
     */
    static Result measure(IntSupplier a, IntSupplier b, int slices, long sliceNanos, LongSupplier wallClock,
            LongSupplier cpuClock) {
        if (slices < 1 || sliceNanos < 1) {
            throw new IllegalArgumentException("need at least one slice of positive length");
        }
        long[] ops = new long[2];
        long[] cpu = new long[2];
        for (int slice = 0; slice < slices; slice++) {
            for (int side = 0; side < 2; side++) {
                IntSupplier batch = side == 0 ? a : b;
                long cpuStart = cpuClock.getAsLong();
                long until = wallClock.getAsLong() + sliceNanos;
                do {
                    ops[side] += batch.getAsInt();
                } while (wallClock.getAsLong() < until);
                cpu[side] += cpuClock.getAsLong() - cpuStart;
            }
        }
        return new Result(new Side(ops[0], cpu[0]), new Side(ops[1], cpu[1]));
    }
}
