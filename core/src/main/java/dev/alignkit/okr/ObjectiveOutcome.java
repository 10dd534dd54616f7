package dev.alignkit.okr;

/**
 * How the people who owned an objective judge it once its cycle is over, as recorded on the
 * objective ({@link Objective#outcome()}). It is a person's judgement, not a number: it may differ
 * from the grade computed from progress (a GREEN objective judged PARTIAL because its key results
 * measured the wrong thing, a RED one judged ACHIEVED because the target was set too high), and it
 * changes neither ({@code docs/concepts.md}, "Real OKR data").
 */
public enum ObjectiveOutcome {
  /** The objective was achieved: what it set out to change has changed. */
  ACHIEVED,
  /** Part of the objective was achieved; the rest was not, or not yet. */
  PARTIAL,
  /** The objective was not achieved. */
  MISSED
}
