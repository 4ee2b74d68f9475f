package dev.plumbline.validator.intent;

import dev.plumbline.validator.model.Canonical;
import java.util.List;
import java.util.Locale;

/** What an intent expects of its flow: exactly one of these. */
public sealed interface Expectation {

    /** The keyword of {@code intents.yaml}: reachable, unreachable, inspected-by, via, target-group. */
    String keyword();

    /** The expectation in a few words, for reports. */
    String describe();

    /** The flow gets through and its reply comes back (for stateful protocols). */
    record Reachable() implements Expectation {
        @Override
        public String keyword() {
            return "reachable";
        }

        @Override
        public String describe() {
            return "reachable";
        }
    }

    /**
     * The request is not delivered. A request that is delivered while its reply is dropped is not
     * unreachable: the destination still receives the source's packets.
     */
    record Unreachable() implements Expectation {
        @Override
        public String keyword() {
            return "unreachable";
        }

        @Override
        public String describe() {
            return "unreachable";
        }
    }

    /**
     * The flow gets through, the request is inspected by exactly these GWLB stages in this order, and
     * the reply by the same stages in reverse order. A stage names an appliance (instance id or name)
     * or a Gateway Load Balancer (name or ARN: any of its appliances).
     */
    record InspectedBy(List<String> stages) implements Expectation {
        public InspectedBy {
            stages = Canonical.list(stages);
        }

        @Override
        public String keyword() {
            return "inspected-by";
        }

        @Override
        public String describe() {
            return "inspected by " + String.join(" then ", stages);
        }
    }

    /** The flow gets through and its request passes these hops in this order (others may come between). */
    record Via(List<String> hops) implements Expectation {
        public Via {
            hops = Canonical.list(hops);
        }

        @Override
        public String keyword() {
            return "via";
        }

        @Override
        public String describe() {
            return "via " + String.join(" then ", hops);
        }
    }

    /**
     * Of {@code requests} HTTP requests to a Lattice service, the share VPC Lattice forwards to the
     * target group is within {@code tolerance} of {@code share} (both fractions 0-1).
     */
    record TargetGroup(String targetGroup, double share, double tolerance, int requests) implements Expectation {
        public static final double DEFAULT_TOLERANCE = 0.05;
        public static final int DEFAULT_REQUESTS = 1000;

        public TargetGroup {
            targetGroup = Canonical.text(targetGroup);
            if (share < 0 || share > 1 || tolerance < 0 || tolerance > 1 || requests < 1) {
                throw new IllegalArgumentException("share and tolerance are fractions 0-1 and requests at least 1");
            }
        }

        @Override
        public String keyword() {
            return "target-group";
        }

        @Override
        public String describe() {
            return String.format(Locale.ROOT, "%.1f%% ± %.1f%% of %d requests to %s", 100 * share, 100 * tolerance,
                    requests, targetGroup);
        }
    }
}
