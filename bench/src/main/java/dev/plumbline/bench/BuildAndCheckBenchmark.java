package dev.plumbline.bench;

import dev.plumbline.bench.SyntheticNetworks.Spec;
import dev.plumbline.validator.check.CheckContext;
import dev.plumbline.validator.check.Checker;
import dev.plumbline.validator.check.Quotas;
import dev.plumbline.validator.check.Rule;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.sim.Simulator;
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
 * What {@code plumbline check} does after reading its input, on a generated network of about
 * {@code elements} elements ({@link Network#size()}): build the simulator (the {@code Topology} indexes and a
 * compiled trie per route table) and run every built-in rule. {@link #buildAndCheck} is the target;
 * {@link #buildOnly} and {@link #checkOnly} split it. The network is made once per trial and is not measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BuildAndCheckBenchmark {

    @Param({"100000"})
    public int elements;

    @Param({"1"})
    public long seed;

    private Network network;
    private Simulator built;

    @Setup
    public void setup() {
        network = SyntheticNetworks.generate(Spec.ofAbout(elements), seed).network();
        built = new Simulator(network);
    }

    @Benchmark
    public List<Diagnostic> buildAndCheck() {
        Simulator simulator = new Simulator(network);
        return Checker.builtIn().run(CheckContext.of(simulator, Quotas.DEFAULTS));
    }

    @Benchmark
    public Simulator buildOnly() {
        return new Simulator(network);
    }

    @Benchmark
    public List<Diagnostic> checkOnly() {
        return Checker.builtIn().run(CheckContext.of(built, Quotas.DEFAULTS));
    }

    /** One built-in rule on the built network, to see which rule costs what; the list is every built-in rule (a test checks). */
    @State(Scope.Benchmark)
    public static class OneRule {
        @Param({"route.subnet-no-table", "route.blackhole", "route.edge-table-invalid", "nat.no-internet-route",
                "internet.no-public-ip", "peering.overlapping-cidrs", "sg.missing-reference", "nacl.blocks-return",
                "privatelink.az-not-offered", "privatelink.connection-not-available", "privatelink.principal-not-allowed",
                "privatelink.open-service", "privatelink.private-dns-unverified", "privatelink.region-not-supported",
                "privatelink.non-tcp-listener", "privatelink.no-healthy-target-in-az", "privatelink.endpoint-sg-blocks-clients",
                "privatelink.target-sg-blocks-nlb", "gwlb.endpoint-az-not-served", "gwlb.target-group-not-geneve",
                "gwlb.geneve-blocked", "gwlb.health-check-blocked", "appliance.source-dest-check",
                "gwlb.endpoint-in-workload-subnet", "gwlb.inspection-bypass", "gwlb.asymmetric-inspection",
                "lattice.vpc-multiple-networks", "lattice.duplicate-priority", "lattice.target-sg", "quota.exceeded"})
        public String rule;

        Rule selected;

        @Setup
        public void select() {
            selected = Checker.builtIn().rules().stream().filter(r -> r.id().equals(rule)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no built-in rule " + rule));
        }
    }

    @Benchmark
    public List<Diagnostic> checkOneRule(OneRule one) {
        return one.selected.check(CheckContext.of(built, Quotas.DEFAULTS));
    }
}
