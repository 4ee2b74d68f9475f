/**
 * Intents: what a planned network must guarantee, read from an {@code intents.yaml}
 * ({@link dev.plumbline.validator.intent.IntentsReader}, schema {@code schemas/intents.schema.json})
 * and judged against a {@link dev.plumbline.validator.sim.Simulator} by
 * {@link dev.plumbline.validator.intent.IntentEvaluator}: {@code reachable}, {@code unreachable},
 * {@code inspected-by} (both directions, in order), {@code via}, and a Lattice
 * {@code target-group} share. Evaluation is pure; every result carries its trace and a reason.
 * An {@link dev.plumbline.validator.intent.Outcome#UNDETERMINED} result is never a pass; how it
 * counts is the report's {@link dev.plumbline.validator.diag.UnknownPolicy}. The semantics are
 * documented in {@code docs/formats/intents.md}.
 */
package dev.plumbline.validator.intent;
