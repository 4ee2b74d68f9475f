package dev.plumbline.validator.sim;

import dev.plumbline.validator.model.Canonical;
import dev.plumbline.validator.model.Origin;
import java.util.List;

/** A place the packet passed through (an interface, a gateway, a route table, an appliance) and what happened there. */
public record Hop(String nodeId, String nodeKind, String nodeName, Origin origin, List<Step> steps) {

    public Hop {
        nodeId = Canonical.text(nodeId);
        nodeKind = Canonical.text(nodeKind);
        nodeName = Canonical.text(nodeName);
        origin = Canonical.origin(origin);
        steps = Canonical.list(steps);
    }

    public String label() {
        return nodeName.isEmpty() || nodeName.equals(nodeId) ? nodeKind + " " + nodeId
                : nodeKind + " " + nodeName + " (" + nodeId + ")";
    }
}
