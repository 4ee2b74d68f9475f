package dev.plumbline.bench;

import dev.plumbline.bench.SyntheticNetworks.Spec;
import dev.plumbline.validator.check.CheckContext;
import dev.plumbline.validator.check.Checker;
import dev.plumbline.validator.check.Quotas;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.sim.Simulator;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Retained heap of the build-and-check path, measured as used heap after full GCs ({@link Runtime}):
 * before anything, with the generated network held, and with the simulator and the findings held too.
 * Also the bytes one build-and-check allocates (per-thread allocation counter) and its wall time after
 * warm-up, in wall time and in this thread's CPU time (which a shared machine does not inflate). Run it with the heap cap under test, e.g.
 * {@code java -Xmx1g -cp bench/target/benchmarks.jar dev.plumbline.bench.HeapFootprint 100000}.
 */
public final class HeapFootprint {

    private static final int WARM_UP_RUNS = 10;
    private static final int TIMED_RUNS = 10;

    private HeapFootprint() {
    }

    public static void main(String[] args) throws InterruptedException {
        int elements = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Runtime runtime = Runtime.getRuntime();
        long empty = usedAfterGc();

        Network network = SyntheticNetworks.generate(Spec.ofAbout(elements), 1).network();
        long withNetwork = usedAfterGc();

        for (int i = 0; i < WARM_UP_RUNS; i++) {
            buildAndCheck(network);
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < TIMED_RUNS; i++) {
            buildAndCheck(network);
        }
        long nanos = (System.nanoTime() - start) / TIMED_RUNS;
        long cpuNanos = (threads.getCurrentThreadCpuTime() - cpuStart) / TIMED_RUNS;
        long allocated = (threads.getCurrentThreadAllocatedBytes() - allocatedBefore) / TIMED_RUNS;

        Simulator simulator = new Simulator(network);
        List<Diagnostic> findings = Checker.builtIn().run(CheckContext.of(simulator, Quotas.DEFAULTS));
        long withModel = usedAfterGc();

        System.out.printf("elements (network.size())        %,d%n", network.size());
        System.out.printf("max heap (-Xmx)                  %,d MiB%n", runtime.maxMemory() >> 20);
        System.out.printf("retained: network                %,d MiB%n", (withNetwork - empty) >> 20);
        System.out.printf("retained: simulator (Topology)   %,d MiB%n", (withModel - withNetwork) >> 20);
        System.out.printf("retained: all after check        %,d MiB (findings: %d)%n", (withModel - empty) >> 20,
                findings.size());
        System.out.printf("allocated per build+check        %,d MiB%n", allocated >> 20);
        System.out.printf("build+check wall time (warm)     %,d ms (mean of %d after %d warm-up runs)%n",
                nanos / 1_000_000, TIMED_RUNS, WARM_UP_RUNS);
        System.out.printf("build+check CPU time (warm)      %,d ms (this thread only; GC threads not counted)%n",
                cpuNanos / 1_000_000);
        System.out.printf("peak used heap (all pools)       %,d MiB%n", peakUsed() >> 20);
        java.lang.ref.Reference.reachabilityFence(network);
        java.lang.ref.Reference.reachabilityFence(simulator);
    }

    private static List<Diagnostic> buildAndCheck(Network network) {
        return Checker.builtIn().run(CheckContext.of(new Simulator(network), Quotas.DEFAULTS));
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(50);
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }

    private static long peakUsed() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}
