package dev.alignkit.career;

/** How much an expectation weighs in readiness. */
public enum Importance {
  /** Weight 2; a person is never ready with an essential skill under its requirement. */
  ESSENTIAL(2),
  /** Weight 1. */
  OPTIONAL(1);

  private final int weight;

  Importance(int weight) {
    this.weight = weight;
  }

  /** The weight in the readiness mean. */
  public int weight() {
    return weight;
  }
}
