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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cross-check of the JMH figures that holds on a shared machine: operations per second of <em>this
 * thread's CPU time</em> ({@link ThreadMXBean#getCurrentThreadCpuTime()}), so time the thread spends
 * descheduled by other workloads does not count. It is what one core would do if it were ours alone
 * (cache sharing with neighbours still costs something). Each measurement warms up for
 * {@value #WARM_UP_SECONDS} s of wall time, then measures for {@value #MEASURE_SECONDS} s. It covers the route
 * lookups, every {@link TraceScenario} and every {@link ServiceTraceBenchmark.Scenario} (the same set-up as that
 * benchmark, so run it from the repository root, where {@code examples/} is), and prints the ratio of a plain
 * VPC-to-internet trace to a two-stage GWLB chain, from the two measurements and again measured in alternating
 * slices ({@link InterleavedRatio}), which load changes during the round cannot skew.
 * {@code java -cp bench/target/benchmarks.jar dev.plumbline.bench.CpuThroughput [elements [rounds]]}.
 */
public final class CpuThroughput {

    private static final int WARM_UP_SECONDS = 5;
    private static final int MEASURE_SECONDS = 5;
    /** Service traces are single requests; a batch of them keeps the clock reads out of the figure. */
    private static final int SERVICE_BATCH = 256;
    private static final int INTERLEAVED_SLICES = 40;
    private static final int INTERLEAVED_SLICE_MILLIS = 100;
    private static volatile Object sink;

    private CpuThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int elements = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isCurrentThreadCpuTimeSupported()) {
            throw new IllegalStateException("this JVM cannot measure thread CPU time");
        }
        List<Measured> measured = new ArrayList<>();
        for (int routes : new int[] {50, 1000}) {
            RouteTable table = SyntheticNetworks.routeTable(routes, 1);
            CompiledRouteTable compiled = new Topology(Network.builder().add(SyntheticNetworks.routeTableVpc()).add(table)
                    .build()).compiled(table);
            int[] bits = SyntheticNetworks.lookupAddresses(table, 1024, 1);
            Ipv4[] addresses = new Ipv4[bits.length];
            for (int i = 0; i < bits.length; i++) {
                addresses[i] = new Ipv4(bits[i]);
            }
            measured.add(new Measured("route lookup, " + routes + " routes", () -> {
                for (Ipv4 address : addresses) {
                    sink = compiled.lookup(address);
                }
                return addresses.length;
            }));
        }
        for (TraceScenario scenario : TraceScenario.values()) {
            SyntheticNetwork network = scenario.network(elements, 1);
            Simulator simulator = new Simulator(network.network());
            List<TraceRequest> requests = scenario.requests(network);
            measured.add(new Measured("trace " + scenario, () -> {
                for (TraceRequest request : requests) {
                    sink = simulator.trace(request);
                }
                return requests.size();
            }));
        }
        Map<ServiceTraceBenchmark.Scenario, Batch> services = new java.util.EnumMap<>(ServiceTraceBenchmark.Scenario.class);
        for (ServiceTraceBenchmark.Scenario scenario : ServiceTraceBenchmark.Scenario.values()) {
            ServiceTraceBenchmark service = new ServiceTraceBenchmark();
            service.scenario = scenario;
            service.example = "examples/privatelink-gwlb-lattice.json";
            service.setup();
            Batch batch = () -> {
                for (int i = 0; i < SERVICE_BATCH; i++) {
                    sink = service.trace();
                }
                return SERVICE_BATCH;
            };
            services.put(scenario, batch);
            measured.add(new Measured("service " + scenario, batch));
        }
        for (int round = 1; round <= rounds; round++) {
            System.out.println("-- round " + round + " of " + rounds);
            Map<String, Double> perCpuSecond = new LinkedHashMap<>();
            for (Measured m : measured) {
                perCpuSecond.put(m.name(), report(m.name(), threads, m.batch()));
            }
            System.out.printf("%-40s %14.2f (issue 3: at most 3)%n", "PLAIN_VPC_TO_INTERNET / TWO_STAGE_GWLB_CHAIN",
                    chainCost(perCpuSecond));
            InterleavedRatio.Result interleaved = InterleavedRatio.measure(
                    services.get(ServiceTraceBenchmark.Scenario.PLAIN_VPC_TO_INTERNET)::run,
                    services.get(ServiceTraceBenchmark.Scenario.TWO_STAGE_GWLB_CHAIN)::run, INTERLEAVED_SLICES,
                    INTERLEAVED_SLICE_MILLIS * 1_000_000L, System::nanoTime, threads::getCurrentThreadCpuTime);
            System.out.printf("%-40s %14.2f (%d alternating %d ms slices each: %,.0f / %,.0f ops per CPU-second)%n",
                    "  same, interleaved", interleaved.ratio(), INTERLEAVED_SLICES, INTERLEAVED_SLICE_MILLIS,
                    interleaved.a().perCpuSecond(), interleaved.b().perCpuSecond());
        }
    }

    /**
     * How many times a plain VPC-to-internet trace the two-stage GWLB chain costs: the ratio of their
     * throughputs, plain over chain.
     */
    static double chainCost(Map<String, Double> perSecond) {
        Double plain = perSecond.get("service " + ServiceTraceBenchmark.Scenario.PLAIN_VPC_TO_INTERNET);
        Double chain = perSecond.get("service " + ServiceTraceBenchmark.Scenario.TWO_STAGE_GWLB_CHAIN);
        if (plain == null || chain == null || chain <= 0) {
            return Double.NaN;
        }
        return plain / chain;
    }

    private record Measured(String name, Batch batch) {
    }

    private interface Batch {
        int run();
    }

    /** Prints and returns operations per CPU-second. */
    private static double report(String what, ThreadMXBean threads, Batch batch) {
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
        return ops / (cpu / 1e9);
    }
}
