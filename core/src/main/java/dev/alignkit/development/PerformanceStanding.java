package dev.alignkit.development;

/** How a person performs in their current role; personal data, PRIVATE by default. */
public enum PerformanceStanding {
  /** Below expectations: the plan should include current-role skills (seed 001). */
  BELOW,
  /** Meets expectations. */
  MEETS,
  /** Exceeds expectations. */
  EXCEEDS
}
