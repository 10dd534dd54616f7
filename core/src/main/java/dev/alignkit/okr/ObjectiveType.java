package dev.alignkit.okr;

/**
 * Whether an objective is expected to be met in full or is a stretch. How much progress each type
 * is expected to reach is a policy value ({@code Policy.committedExpectation()} and
 * {@code Policy.aspirationalExpectation()}); it is what the objective's plain key results expect.
 * A zoned key result ({@link KeyResult#isZoned()}) expects its TARGET zone score whatever the type,
 * and an objective the weighted mean of its items' expectations ({@code docs/concepts.md},
 * "Expectations").
 */
public enum ObjectiveType {
  /** Expected to be met in full: by default the policy expects 1.0. */
  COMMITTED,
  /** A stretch: by default the policy expects 0.7. */
  ASPIRATIONAL
}
