package dev.alignkit.development;

/** How a person performs in their current role; personal data, PRIVATE by default. */
public enum PerformanceStanding {
  /** Below expectations: the plan should include current-role skills ({@code dev.plan.underperformer}). */
  BELOW,
  /** Meets expectations. */
  MEETS,
  /** Exceeds expectations. */
  EXCEEDS
}
