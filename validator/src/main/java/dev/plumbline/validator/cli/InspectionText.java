package dev.plumbline.validator.cli;

import dev.plumbline.validator.sim.Inspection;
import dev.plumbline.validator.sim.Trace;

/** {@code trace --inspected-by}: the appliances that saw the flow, request then reply. */
final class InspectionText {

    private InspectionText() {
    }

    static String render(Trace trace) {
        StringBuilder out = new StringBuilder();
        out.append("Flow: ").append(trace.flow().render()).append(" -> ").append(trace.disposition()).append('\n');
        append(out, "request", trace);
        trace.returnPath().ifPresentOrElse(reply -> append(out, "reply", reply),
                () -> out.append("reply:   (no reply traced)\n"));
        return out.toString();
    }

    private static void append(StringBuilder out, String direction, Trace trace) {
        if (trace.inspections().isEmpty()) {
            out.append(direction).append(": not inspected by any GWLB appliance\n");
            return;
        }
        int step = 1;
        for (Inspection inspection : trace.inspections()) {
            out.append(direction).append(" ").append(step++).append(": appliance ").append(inspection.applianceId())
                    .append(" behind ").append(inspection.loadBalancerName().isEmpty() ? inspection.loadBalancerId()
                            : inspection.loadBalancerName())
                    .append(" (via ").append(inspection.endpointId()).append(")\n");
        }
    }
}
