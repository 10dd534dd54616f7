package dev.alignkit.progress;

/** Why an objective or key result is at risk; summaries give one reason per item. */
public enum RiskReason {
  /** The gap between expected and actual progress is above {@code behindGap}. */
  BEHIND_PACE,
  /** The latest check-in's confidence is below {@code atRiskConfidence}. */
  LOW_CONFIDENCE,
  /** A STAY key result's value breaks its threshold. */
  THRESHOLD_BROKEN,
  /** On track by pace, but the trend of the check-ins projects less than the expectation by the cycle's end. */
  TREND
}
