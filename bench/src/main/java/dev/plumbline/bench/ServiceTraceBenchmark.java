package dev.plumbline.bench;

import dev.plumbline.validator.ingest.graph.GraphReader;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.sim.Disposition;
import dev.plumbline.validator.sim.LatticeRequest;
import dev.plumbline.validator.sim.LatticeTracer;
import dev.plumbline.validator.sim.Place;
import dev.plumbline.validator.sim.PlaceResolver;
import dev.plumbline.validator.sim.RequestTrace;
import dev.plumbline.validator.sim.Session;
import dev.plumbline.validator.sim.Simulator;
import dev.plumbline.validator.sim.Trace;
import dev.plumbline.validator.sim.TraceRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
 * Traces through the services of issue 3, traces/s per thread, each with its reply: PrivateLink
 * (client to an interface endpoint, through the NLB to a target), a one-stage GWLB inspection and a
 * Lattice request (the bundled example {@code examples/privatelink-gwlb-lattice.json}), and a
 * two-stage GWLB chain next to a plain VPC-to-internet trace in the same VPC ({@link ChainNetwork}),
 * whose ratio the issue bounds at 3. Before measuring, each trace must end as expected.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ServiceTraceBenchmark {

    /** The scenarios; {@code example} is the path of the bundled example, relative to the working directory. */
    public enum Scenario {
        PLAIN_VPC_TO_INTERNET, TWO_STAGE_GWLB_CHAIN, ONE_STAGE_GWLB_INBOUND, PRIVATELINK, LATTICE_REQUEST
    }

    @Param
    public Scenario scenario;

    @Param({"examples/privatelink-gwlb-lattice.json"})
    public String example;

    private Simulator simulator;
    private TraceRequest request;
    private LatticeTracer lattice;
    private LatticeRequest latticeRequest;

    @Setup
    public void setup() throws Exception {
        switch (scenario) {
            case PLAIN_VPC_TO_INTERNET, TWO_STAGE_GWLB_CHAIN -> {
                simulator = new Simulator(ChainNetwork.build());
                String from = scenario == Scenario.PLAIN_VPC_TO_INTERNET ? ChainNetwork.DIRECT : ChainNetwork.INSPECTED;
                request = TraceRequest.tcp(place(from), new Place.Internet(SyntheticNetworks.INTERNET), 443);
                expect(simulator.trace(request), Disposition.EXITS_NETWORK,
                        scenario == Scenario.TWO_STAGE_GWLB_CHAIN ? 2 : 0);
            }
            case ONE_STAGE_GWLB_INBOUND -> {
                simulator = exampleSimulator();
                request = TraceRequest.tcp(new Place.Internet(SyntheticNetworks.INTERNET), place("instance/web-b"), 443);
                expect(simulator.trace(request), Disposition.ACCEPTED, 1);
            }
            case PRIVATELINK -> {
                simulator = exampleSimulator();
                request = TraceRequest.tcp(place("client"), place("orders.example.com"), 443);
                expect(simulator.trace(request), Disposition.ACCEPTED, 0);
            }
            case LATTICE_REQUEST -> {
                simulator = exampleSimulator();
                lattice = new LatticeTracer(simulator.topology());
                Place service = place("svc-0a1b2c3d4e5f67892");
                latticeRequest = new LatticeRequest(place("client"), ((Place.AtLatticeService) service).service(), "GET",
                        "/to-instance", Map.of(), 0, "");
                RequestTrace trace = lattice.trace(latticeRequest, new Session());
                if (trace.trace().disposition() != Disposition.ACCEPTED) {
                    throw new IllegalStateException("the Lattice request ended " + trace.trace().disposition());
                }
            }
            default -> throw new IllegalStateException("unknown scenario " + scenario);
        }
    }

    private Simulator exampleSimulator() throws Exception {
        Network network = new GraphReader().read(Path.of(example)).network();
        return new Simulator(network);
    }

    private Place place(String text) throws PlaceResolver.UnresolvedPlaceException {
        return new PlaceResolver(simulator.topology()).resolve(text, true, List.of());
    }

    private static void expect(Trace trace, Disposition disposition, int inspections) {
        boolean replied = trace.returnPath().map(r -> r.disposition().isSuccess()).orElse(false);
        if (trace.disposition() != disposition || !replied || trace.inspections().size() != inspections) {
            throw new IllegalStateException(trace.flow().render() + " ended " + trace.disposition() + " with "
                    + trace.inspections().size() + " inspections; expected " + disposition + ", " + inspections
                    + " inspections and an accepted reply");
        }
    }

    @Benchmark
    public Object trace() {
        if (lattice != null) {
            return lattice.trace(latticeRequest, new Session());
        }
        return simulator.trace(request);
    }
}
