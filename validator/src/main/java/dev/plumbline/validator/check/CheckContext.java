package dev.plumbline.validator.check;

import dev.plumbline.validator.sim.Simulator;
import dev.plumbline.validator.sim.Topology;

/** What a rule sees: the indexed network, a simulator over it for rules that trace, and the quotas in force. */
public record CheckContext(Topology topology, Simulator simulator, Quotas quotas) {

    public static CheckContext of(Simulator simulator, Quotas quotas) {
        return new CheckContext(simulator.topology(), simulator, quotas);
    }
}
