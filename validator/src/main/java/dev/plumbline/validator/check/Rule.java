package dev.plumbline.validator.check;

import dev.plumbline.validator.diag.Diagnostic;
import java.util.List;

/**
 * One check of {@code plumbline check}: a stable id, the family it belongs to (routing, nat,
 * filtering, ...), and the findings it makes on a network. Rules are pure: the same network gives
 * the same findings in the same order.
 */
public interface Rule {

    /** Stable id, e.g. {@code route.blackhole}; findings carry it. */
    String id();

    /** The family, for grouping in reports (JUnit suites, summaries). */
    String family();

    /** One sentence on what the rule looks for. */
    String description();

    List<Diagnostic> check(CheckContext context);
}
