package dev.alignkit.development;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when a step of the development flow is not allowed: activating a goal that was never
 * agreed, agreeing without the authority to, or naming a goal the plan does not have. It carries
 * the goal's id so that an application can point at it.
 */
public final class DevelopmentFlowException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String goalId;

  /**
   * Creates the exception.
   *
   * @param goalId the goal concerned; not null
   * @param message what is not allowed and why; not null
   */
  public DevelopmentFlowException(String goalId, String message) {
    super(requireNonNull(message, "message"));
    this.goalId = requireNonNull(goalId, "goalId");
  }

  /** The id of the goal concerned. */
  public String goalId() {
    return goalId;
  }
}
