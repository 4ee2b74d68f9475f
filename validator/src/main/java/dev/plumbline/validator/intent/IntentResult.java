package dev.plumbline.validator.intent;

import dev.plumbline.validator.model.Canonical;
import dev.plumbline.validator.sim.Place;
import dev.plumbline.validator.sim.RequestTrace;
import dev.plumbline.validator.sim.Trace;
import java.util.Optional;

/**
 * How one intent came out: the outcome, one sentence saying why, the ends of the flow as resolved, and
 * the trace it was judged on (for a Lattice request also the request trace, whose
 * {@code trace()} is the same trace). {@code culprit} marks the hop where the flow was stopped, when
 * the failure is a stop; reports highlight it.
 */
public record IntentResult(Intent intent, Outcome outcome, String reason, Place from, Place to, Trace trace,
        Optional<RequestTrace> request, Optional<HopRef> culprit, Optional<Double> observedShare) {

    public IntentResult {
        if (intent == null || outcome == null || trace == null || from == null || to == null) {
            throw new IllegalArgumentException("a result needs its intent, outcome, trace and the ends of its flow");
        }
        reason = Canonical.text(reason);
        request = request == null ? Optional.empty() : request;
        culprit = culprit == null ? Optional.empty() : culprit;
        observedShare = observedShare == null ? Optional.empty() : observedShare;
    }

    /** A hop of the request ({@code reply == false}) or of the reply, by its index in that trace. */
    public record HopRef(boolean reply, int index) {
        public HopRef {
            if (index < 0) {
                throw new IllegalArgumentException("hop index must be at least 0");
            }
        }
    }
}
