package dev.plumbline.validator.report;

import dev.plumbline.validator.diag.Diagnostic;
import dev.plumbline.validator.diag.Severity;
import dev.plumbline.validator.diag.UnknownPolicy;
import dev.plumbline.validator.intent.IntentResult;
import dev.plumbline.validator.intent.Outcome;
import dev.plumbline.validator.model.Canonical;
import dev.plumbline.validator.model.Origin;
import dev.plumbline.validator.sim.Hop;
import dev.plumbline.validator.sim.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything {@code plumbline check} found, ready for any output format: what was read, the notes
 * of the reader (skipped keys, assumptions), each rule with its findings, and the results of the
 * intents file ({@code intentsFile} empty when none was evaluated). The gate fails on an
 * error-level finding, a failed intent, or an undetermined intent when {@code unknownPolicy} is
 * {@link UnknownPolicy#FAIL}; undetermined intents are never counted as passed. {@code planArguments}
 * are the command-line arguments that read the same plan again (PLAN and the options that choose
 * what is read, such as {@code --stack}), for the {@code plumbline trace} commands the reports suggest.
 */
public record CheckReport(String input, String format, List<String> sources, int elements, List<Diagnostic> notes,
        List<RuleRun> rules, String intentsFile, List<IntentResult> intents, UnknownPolicy unknownPolicy,
        List<String> planArguments) {

    /** A report whose plan is read again by naming {@code input} alone. */
    public CheckReport(String input, String format, List<String> sources, int elements, List<Diagnostic> notes,
            List<RuleRun> rules, String intentsFile, List<IntentResult> intents, UnknownPolicy unknownPolicy) {
        this(input, format, sources, elements, notes, rules, intentsFile, intents, unknownPolicy, List.of(input));
    }

    public CheckReport {
        input = Canonical.text(input);
        format = Canonical.text(format);
        sources = Canonical.list(sources);
        notes = Canonical.list(notes);
        rules = Canonical.list(rules);
        intentsFile = Canonical.text(intentsFile);
        intents = Canonical.list(intents);
        unknownPolicy = unknownPolicy == null ? UnknownPolicy.WARN : unknownPolicy;
        planArguments = planArguments == null || planArguments.isEmpty() ? List.of(input) : Canonical.list(planArguments);
    }

    /** Every finding, in rule order. */
    public List<Diagnostic> findings() {
        return rules.stream().flatMap(r -> r.findings().stream()).toList();
    }

    public long count(Severity severity) {
        return rules.stream().flatMap(r -> r.findings().stream()).filter(d -> d.severity() == severity).count();
    }

    public boolean hasIntents() {
        return !intentsFile.isEmpty();
    }

    public long count(Outcome outcome) {
        return intents.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** How a result counts: error for a failure, the policy's severity when undetermined, none for a pass. */
    public Optional<Severity> severityOf(IntentResult result) {
        return switch (result.outcome()) {
            case PASS -> Optional.empty();
            case FAIL -> Optional.of(Severity.ERROR);
            case UNDETERMINED -> Optional.of(unknownPolicy.severity());
        };
    }

    /** Every origin the report points at: notes, findings, intents and the hops and steps of their traces. */
    public List<Origin> origins() {
        List<Origin> origins = new ArrayList<>();
        notes.forEach(d -> origins.add(d.location()));
        rules.forEach(r -> r.findings().forEach(d -> origins.add(d.location())));
        for (IntentResult result : intents) {
            origins.add(result.intent().origin());
            addHops(origins, result.trace());
            result.trace().returnPath().ifPresent(reply -> addHops(origins, reply));
        }
        return origins;
    }

    private static void addHops(List<Origin> origins, Trace trace) {
        for (Hop hop : trace.hops()) {
            origins.add(hop.origin());
            hop.steps().forEach(step -> origins.add(step.origin()));
        }
    }

    /** Whether the gate passes (exit code 0). */
    public boolean passed() {
        return count(Severity.ERROR) == 0
                && intents.stream().noneMatch(r -> severityOf(r).orElse(Severity.INFO) == Severity.ERROR);
    }
}
