package dev.plumbline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.validator.diag.BadInputException;
import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.ingest.Ingested;
import dev.plumbline.validator.ingest.JsonSchemas;
import dev.plumbline.validator.ingest.pulumi.PreviewReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Where the time of reading a {@code pulumi preview --json} goes, in this thread's CPU time (time spent
 * descheduled by other workloads does not count; GC threads do not count either): Jackson parsing the
 * file into a tree, schema validation of that tree ({@link JsonSchemas#validate}), and the whole
 * {@link PreviewReader}, which does both and then maps the steps into the model. Only public API is used,
 * so the mapping is what is left: whole − parse − validation (steps into resource records and resources into
 * the model cannot be told apart from outside). Each round runs the three once, in that order.
 * {@code java -Xmx4g -cp bench/target/benchmarks.jar dev.plumbline.bench.IngestPhases FILE [rounds]}.
 */
public final class IngestPhases {

    static final String SCHEMA = "pulumi/preview.schema.json";

    /** The phases measured, in the order each round runs them. */
    enum Phase {
        PARSE("Jackson readTree"), VALIDATE("schema validation of the tree"), WHOLE("PreviewReader.read (all of it)");

        final String label;

        Phase(String label) {
            this.label = label;
        }
    }

    /** One round: CPU and wall nanoseconds and allocated bytes of each phase, indexed by {@link Phase#ordinal()}. */
    record Round(long[] cpuNanos, long[] wallNanos, long[] allocatedBytes) {
    }

    /**
     * Best (least disturbed) and median CPU time of each phase over the rounds, the mapping left over, and the ratio;
     * also the median of each round's own whole/parse ratio, which pairs measurements taken seconds apart and so
     * suffers least from the load changing between rounds.
     */
    record Summary(long[] bestCpuNanos, long[] medianCpuNanos, double medianRoundRatio) {

        static Summary of(List<Round> rounds) {
            if (rounds.isEmpty()) {
                throw new IllegalArgumentException("no rounds");
            }
            int phases = Phase.values().length;
            double[] ratios = new double[rounds.size()];
            for (int r = 0; r < ratios.length; r++) {
                long[] cpu = rounds.get(r).cpuNanos();
                ratios[r] = (double) cpu[Phase.WHOLE.ordinal()] / cpu[Phase.PARSE.ordinal()];
            }
            Arrays.sort(ratios);
            double medianRatio = ratios.length % 2 == 1 ? ratios[ratios.length / 2]
                    : (ratios[ratios.length / 2 - 1] + ratios[ratios.length / 2]) / 2;
            long[] best = new long[phases];
            long[] median = new long[phases];
            for (int p = 0; p < phases; p++) {
                long[] values = new long[rounds.size()];
                for (int r = 0; r < values.length; r++) {
                    values[r] = rounds.get(r).cpuNanos()[p];
                }
                Arrays.sort(values);
                best[p] = values[0];
                median[p] = values.length % 2 == 1 ? values[values.length / 2]
                        : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
            }
            return new Summary(best, median, medianRatio);
        }

        /** What the reader spends beyond parsing and validating: whole − parse − validation (may be negative under noise). */
        long mappingNanos(long[] of) {
            return of[Phase.WHOLE.ordinal()] - of[Phase.PARSE.ordinal()] - of[Phase.VALIDATE.ordinal()];
        }

        /** The whole reader as a multiple of parsing alone. */
        double ratio(long[] of) {
            return (double) of[Phase.WHOLE.ordinal()] / of[Phase.PARSE.ordinal()];
        }
    }

    private static volatile Object sink;

    private IngestPhases() {
    }

    public static void main(String[] args) throws IOException, BadInputException {
        if (args.length < 1) {
            System.err.println("usage: IngestPhases FILE [rounds]   (write FILE with dev.plumbline.bench.PreviewFiles)");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        System.out.printf("file %s, %,d bytes, %d rounds, max heap %,d MiB%n", file, file.toFile().length(), rounds,
                Runtime.getRuntime().maxMemory() >> 20);
        List<Round> measured = new java.util.ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            Round round = round(file);
            measured.add(round);
            StringBuilder line = new StringBuilder(String.format("round %2d", r));
            for (Phase phase : Phase.values()) {
                line.append(String.format("   %s %,6d ms CPU (%,6d wall, %,5d MiB alloc)", phase.name().toLowerCase(),
                        round.cpuNanos()[phase.ordinal()] / 1_000_000, round.wallNanos()[phase.ordinal()] / 1_000_000,
                        round.allocatedBytes()[phase.ordinal()] >> 20));
            }
            System.out.println(line);
        }
        print(Summary.of(measured), rounds);
    }

    /** Runs parse, validation and the whole reader once each on {@code file}. */
    static Round round(Path file) throws IOException, BadInputException {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        int phases = Phase.values().length;
        long[] cpu = new long[phases];
        long[] wall = new long[phases];
        long[] allocated = new long[phases];
        ObjectMapper mapper = new ObjectMapper();
        JsonNode[] tree = new JsonNode[1];
        for (Phase phase : Phase.values()) {
            long allocatedStart = threads.getCurrentThreadAllocatedBytes();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            switch (phase) {
                case PARSE -> tree[0] = mapper.readTree(file.toFile());
                case VALIDATE -> {
                    List<Diagnostic> problems = JsonSchemas.validate(SCHEMA, tree[0], file.toString());
                    if (!problems.isEmpty()) {
                        throw new IllegalStateException(file + " does not pass " + SCHEMA + ": " + problems.get(0));
                    }
                }
                case WHOLE -> {
                    Ingested ingested = new PreviewReader().read(file);
                    if (ingested.network().size() == 0) {
                        throw new IllegalStateException(file + " read as an empty network");
                    }
                    sink = ingested;
                }
                default -> throw new IllegalStateException("unknown phase " + phase);
            }
            wall[phase.ordinal()] = System.nanoTime() - wallStart;
            cpu[phase.ordinal()] = threads.getCurrentThreadCpuTime() - cpuStart;
            allocated[phase.ordinal()] = threads.getCurrentThreadAllocatedBytes() - allocatedStart;
            if (phase == Phase.VALIDATE) {
                sink = tree[0];
                tree[0] = null;
            }
        }
        return new Round(cpu, wall, allocated);
    }

    private static void print(Summary summary, int rounds) {
        System.out.printf("%nthread CPU time per phase over %d rounds         best      median%n", rounds);
        for (Phase phase : Phase.values()) {
            System.out.printf("  %-40s %,7d ms  %,7d ms%n", phase.label, summary.bestCpuNanos()[phase.ordinal()] / 1_000_000,
                    summary.medianCpuNanos()[phase.ordinal()] / 1_000_000);
        }
        System.out.printf("  %-40s %,7d ms  %,7d ms%n", "mapping = whole - parse - validation",
                summary.mappingNanos(summary.bestCpuNanos()) / 1_000_000,
                summary.mappingNanos(summary.medianCpuNanos()) / 1_000_000);
        System.out.printf("  %-40s %7.2f x   %7.2f x%n", "whole reader / parse (goal <= 3)", summary.ratio(summary.bestCpuNanos()),
                summary.ratio(summary.medianCpuNanos()));
        System.out.printf("  %-40s            %7.2f x%n", "each round's whole / parse, median", summary.medianRoundRatio());
    }
}
