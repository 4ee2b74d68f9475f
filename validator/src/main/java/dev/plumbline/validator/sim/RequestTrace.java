package dev.plumbline.validator.sim;

import dev.plumbline.validator.model.Canonical;
import java.util.Map;

/**
 * A Lattice request's trace: the network-level {@link Trace} (client to service, service to
 * target) plus what Lattice decided: the rule that matched (empty for the default action), the
 * target group chosen, the fixed response status if any, and for {@code --requests N} how N
 * requests spread over the target groups. {@code labels} gives the rule's and the target groups'
 * {@code name (id)} by id, for reports written for people.
 */
public record RequestTrace(LatticeRequest request, Trace trace, String ruleId, String targetGroupId, int fixedStatus,
        Map<String, Integer> distribution, Map<String, String> labels) {

    public RequestTrace {
        ruleId = Canonical.text(ruleId);
        targetGroupId = Canonical.text(targetGroupId);
        distribution = distribution == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(distribution));
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    public RequestTrace(LatticeRequest request, Trace trace, String ruleId, String targetGroupId, int fixedStatus,
            Map<String, Integer> distribution) {
        this(request, trace, ruleId, targetGroupId, fixedStatus, distribution, Map.of());
    }

    /** The {@code name (id)} of the rule or target group {@code id}; the id itself when unnamed. */
    public String label(String id) {
        return labels.getOrDefault(id, id);
    }
}
