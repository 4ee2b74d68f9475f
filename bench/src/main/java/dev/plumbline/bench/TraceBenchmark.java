package dev.plumbline.bench;

import dev.plumbline.bench.SyntheticNetworks.SyntheticNetwork;
import dev.plumbline.validator.sim.Simulator;
import dev.plumbline.validator.sim.Trace;
import dev.plumbline.validator.sim.TraceRequest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Full traces, traces/s per thread: {@link Simulator#trace(TraceRequest)} in a fresh session, with every hop,
 * step sentence, translation and, for TCP, the return path. Requests cycle through a pre-made array over many
 * instances of the network; before measuring, each is traced once and must end as its {@link TraceScenario}
 * says, with an accepted reply, so the benchmark measures complete walks, not early drops.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TraceBenchmark {

    @Param
    public TraceScenario scenario;

    @Param({"100000"})
    public int elements;

    @Param({"1"})
    public long seed;

    private Simulator simulator;
    private TraceRequest[] requests;

    /** Each thread walks the requests on its own. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Setup
    public void setup() {
        SyntheticNetwork network = scenario.network(elements, seed);
        simulator = new Simulator(network.network());
        List<TraceRequest> made = scenario.requests(network);
        if (made.isEmpty()) {
            throw new IllegalStateException(scenario + " made no requests on " + network.spec());
        }
        requests = new TraceRequest[Integer.highestOneBit(Math.max(made.size(), 2) * 2 - 1)];
        for (int i = 0; i < requests.length; i++) {
            requests[i] = made.get(i % made.size());
        }
        for (TraceRequest request : made) {
            Trace trace = simulator.trace(request);
            boolean replyAccepted = trace.returnPath().map(r -> r.disposition().isSuccess()).orElse(false);
            if (trace.disposition() != scenario.expected() || !replyAccepted) {
                throw new IllegalStateException(scenario + ": " + trace.flow().render() + " ended " + trace.disposition()
                        + " (reply " + trace.returnPath().map(r -> r.disposition().toString()).orElse("none")
                        + "), expected " + scenario.expected() + " with an accepted reply");
            }
        }
    }

    @Benchmark
    public Trace trace(Cursor cursor) {
        return simulator.trace(requests[cursor.next++ & (requests.length - 1)]);
    }
}
