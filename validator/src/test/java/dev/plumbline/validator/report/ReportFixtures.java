package dev.plumbline.validator.report;

import dev.plumbline.validator.check.CheckContext;
import dev.plumbline.validator.check.Checker;
import dev.plumbline.validator.check.Quotas;
import dev.plumbline.validator.check.Rule;
import dev.plumbline.validator.diag.UnknownPolicy;
import dev.plumbline.validator.ingest.Ingested;
import dev.plumbline.validator.ingest.graph.GraphReader;
import dev.plumbline.validator.intent.IntentEvaluator;
import dev.plumbline.validator.intent.IntentFile;
import dev.plumbline.validator.intent.IntentResult;
import dev.plumbline.validator.intent.IntentsReader;
import dev.plumbline.validator.model.Network;
import dev.plumbline.validator.sim.Simulator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Check reports of the bundled examples, built the way {@code plumbline check} builds them, with
 * paths relative to the repository root as a user running from there would give them.
 */
final class ReportFixtures {

    static final Path ROOT = Path.of(System.getProperty("user.dir")).resolve("..").normalize();
    static final String TWO_TIER = "examples/two-tier-vpc.json";
    static final String TWO_TIER_INTENTS = "examples/two-tier-vpc.intents.yaml";
    static final String PL_GWLB_LATTICE = "examples/privatelink-gwlb-lattice.json";
    static final String PL_GWLB_LATTICE_INTENTS = "examples/privatelink-gwlb-lattice.intents.yaml";
    /** A plan whose route target is known only after apply, and an intent through it. */
    static final String UNDETERMINED = "validator/src/test/resources/intents/undetermined.json";
    static final String UNDETERMINED_INTENTS = "validator/src/test/resources/intents/undetermined.intents.yaml";

    /** A report and the network it is about. */
    record Checked(CheckReport report, Network network) {
    }

    private ReportFixtures() {
    }

    static Checked twoTier() throws Exception {
        return check(TWO_TIER, TWO_TIER_INTENTS, UnknownPolicy.WARN);
    }

    static Checked plGwlbLattice() throws Exception {
        return check(PL_GWLB_LATTICE, PL_GWLB_LATTICE_INTENTS, UnknownPolicy.WARN);
    }

    /**
     * Checks {@code plan} (relative to the repository root) with {@code intents} (or none when null).
     * The report names the files as given; reading uses their place under the repository root.
     */
    static Checked check(String plan, String intents, UnknownPolicy policy) throws Exception {
        Ingested ingested = new GraphReader().read(plan, java.nio.file.Files.readAllBytes(ROOT.resolve(plan)));
        Simulator simulator = new Simulator(ingested.network());
        CheckContext context = CheckContext.of(simulator, Quotas.DEFAULTS);
        List<RuleRun> rules = new ArrayList<>();
        for (Rule rule : Checker.builtIn().rules()) {
            rules.add(RuleRun.of(rule, rule.check(context)));
        }
        List<IntentResult> results = List.of();
        if (intents != null) {
            IntentFile read = new IntentsReader().read(ROOT.resolve(intents));
            IntentFile file = new IntentFile(intents, read.intents().stream().map(i -> new dev.plumbline.validator.intent.Intent(
                    i.name(), dev.plumbline.validator.model.Origin.of(intents, i.origin().pointer()), i.from(), i.to(),
                    i.fromSecurityGroups(), i.toSecurityGroups(), i.protocol(), i.port(), i.sourcePort(), i.request(),
                    i.expectation())).toList());
            results = new IntentEvaluator(simulator).evaluate(file);
        }
        CheckReport report = new CheckReport(plan, ingested.format(), ingested.sources(), ingested.network().size(),
                ingested.notes(), rules, intents == null ? "" : intents, results, policy);
        return new Checked(report, ingested.network());
    }
}
