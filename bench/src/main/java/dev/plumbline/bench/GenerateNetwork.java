package dev.plumbline.bench;

import dev.plumbline.bench.SyntheticNetworks.Spec;
import dev.plumbline.validator.model.Network;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a synthetic network as a graph file for other tools:
 * {@code java -cp bench/target/benchmarks.jar dev.plumbline.bench.GenerateNetwork [--elements N | --vpcs N
 * --subnets M [--instances K]] [--seed S] OUT.json}. Exit code 2 on bad arguments.
 */
public final class GenerateNetwork {

    private static final String USAGE = "usage: GenerateNetwork [--elements N | --vpcs N --subnets M [--instances K]] "
            + "[--seed S] OUT.json";

    private GenerateNetwork() {
    }

    public static void main(String[] args) throws IOException {
        Integer elements = null;
        Integer vpcs = null;
        Integer subnets = null;
        Integer instances = null;
        long seed = 1;
        Path out = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--elements" -> elements = Integer.parseInt(value(args, ++i));
                    case "--vpcs" -> vpcs = Integer.parseInt(value(args, ++i));
                    case "--subnets" -> subnets = Integer.parseInt(value(args, ++i));
                    case "--instances" -> instances = Integer.parseInt(value(args, ++i));
                    case "--seed" -> seed = Long.parseLong(value(args, ++i));
                    default -> {
                        if (args[i].startsWith("--") || out != null) {
                            throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
                        }
                        out = Path.of(args[i]);
                    }
                }
            }
            if (out == null) {
                throw new IllegalArgumentException("the output file is missing");
            }
            if ((vpcs == null) != (subnets == null) || (elements != null && vpcs != null)) {
                throw new IllegalArgumentException("give --elements, or --vpcs with --subnets");
            }
            Spec spec = vpcs != null ? Spec.of(vpcs, subnets) : Spec.ofAbout(elements == null ? 100_000 : elements);
            if (instances != null) {
                spec = spec.withInstancesPerSubnet(instances);
            }
            Network network = SyntheticNetworks.generate(spec, seed).network();
            SyntheticNetworks.writeGraph(network, out);
            System.out.printf("wrote %s: %,d elements (%s, seed %d)%n", out, network.size(), spec, seed);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
