package dev.alignkit.okr;

/** Whether an objective is expected to be met in full or is a stretch. */
public enum ObjectiveType {
  /** Expected to be met in full: default expectation 1.0. */
  COMMITTED(1.0),
  /** A stretch: default expectation 0.7. */
  ASPIRATIONAL(0.7);

  private final double defaultExpectation;

  ObjectiveType(double defaultExpectation) {
    this.defaultExpectation = defaultExpectation;
  }

  /** The progress expected by the end of the cycle unless a policy says otherwise. */
  public double defaultExpectation() {
    return defaultExpectation;
  }
}
