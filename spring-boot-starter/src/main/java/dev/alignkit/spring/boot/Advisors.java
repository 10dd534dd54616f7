package dev.alignkit.spring.boot;

import static java.util.Objects.requireNonNull;

import dev.alignkit.advice.Advisor;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.policy.Policy;
import java.time.LocalDate;

/**
 * Makes {@link Advisor}s under the application's {@link Policy}. An advisor belongs to one snapshot
 * and one date, so the starter configures this instead of an advisor: inject it and call
 * {@link #of(OrganizationSnapshot, LocalDate)} per request. Immutable and thread-safe.
 * <pre>{@code
 * List<GoalAdvice> advice = advisors.of(snapshot, asOf).advise(plan);
 * }</pre>
 */
public final class Advisors {
  private final Policy policy;

  /**
   * Advisors under {@code policy}.
   *
   * @param policy the weave map and limits every advisor uses; not null
   */
  public Advisors(Policy policy) {
    this.policy = requireNonNull(policy, "policy");
  }

  /** An advisor for {@code snapshot} as of {@code asOf}, under this policy. */
  public Advisor of(OrganizationSnapshot snapshot, LocalDate asOf) {
    return Advisor.of(snapshot, asOf, policy);
  }

  /** The policy every advisor made here uses. */
  public Policy policy() {
    return policy;
  }

  @Override
  public String toString() {
    return "Advisors[" + policy + "]";
  }
}
