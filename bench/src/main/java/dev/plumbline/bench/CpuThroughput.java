package dev.plumbline.bench;

import dev.plumbline.bench.SyntheticNetworks.SyntheticNetwork;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.model.RouteTable;
import dev.plumbline.validator.net.Ipv4;
import dev.plumbline.validator.sim.CompiledRouteTable;
import dev.plumbline.validator.sim.Simulator;
import dev.plumbline.validator.sim.Topology;
import dev.plumbline.validator.sim.TraceRequest;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * A cross-check of the JMH figures that holds on a shared machine: operations per second of <em>this
 * thread's CPU time</em> ({@link ThreadMXBean#getCurrentThreadCpuTime()}), so time the thread spends
 * descheduled by other workloads does not count. It is what one core would do if it were ours alone
 * (cache sharing with neighbours still costs something). Each measurement warms up for
 * {@value #WARM_UP_SECONDS} s of wall time, then measures for {@value #MEASURE_SECONDS} s.
 * {@code java -cp bench/target/benchmarks.jar dev.plumbline.bench.CpuThroughput [elements]}.
 */
public final class CpuThroughput {

    private static final int WARM_UP_SECONDS = 5;
    private static final int MEASURE_SECONDS = 5;
    private static volatile Object sink;

    private CpuThroughput() {
    }

    public static void main(String[] args) {
        int elements = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isCurrentThreadCpuTimeSupported()) {
            throw new IllegalStateException("this JVM cannot measure thread CPU time");
        }
        for (int routes : new int[] {50, 1000}) {
            RouteTable table = SyntheticNetworks.routeTable(routes, 1);
            CompiledRouteTable compiled = new Topology(Network.builder().add(SyntheticNetworks.routeTableVpc()).add(table)
                    .build()).compiled(table);
            int[] bits = SyntheticNetworks.lookupAddresses(table, 1024, 1);
            Ipv4[] addresses = new Ipv4[bits.length];
            for (int i = 0; i < bits.length; i++) {
                addresses[i] = new Ipv4(bits[i]);
            }
            report("route lookup, " + routes + " routes", threads, () -> {
                for (Ipv4 address : addresses) {
                    sink = compiled.lookup(address);
                }
                return addresses.length;
            });
        }
        for (TraceScenario scenario : TraceScenario.values()) {
            SyntheticNetwork network = scenario.network(elements, 1);
            Simulator simulator = new Simulator(network.network());
            List<TraceRequest> requests = scenario.requests(network);
            report("trace " + scenario, threads, () -> {
                for (TraceRequest request : requests) {
                    sink = simulator.trace(request);
                }
                return requests.size();
            });
        }
    }

    private interface Batch {
        int run();
    }

    private static void report(String what, ThreadMXBean threads, Batch batch) {
        long until = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        while (System.nanoTime() < until) {
            batch.run();
        }
        long ops = 0;
        long cpuStart = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        until = wallStart + MEASURE_SECONDS * 1_000_000_000L;
        while (System.nanoTime() < until) {
            ops += batch.run();
        }
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        long wall = System.nanoTime() - wallStart;
        System.out.printf("%-40s %,14.0f ops per CPU-second  %,14.0f ops per wall-second  (CPU share %3.0f%%)%n", what,
                ops / (cpu / 1e9), ops / (wall / 1e9), 100.0 * cpu / wall);
    }
}
