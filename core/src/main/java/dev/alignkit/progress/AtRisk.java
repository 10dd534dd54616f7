package dev.alignkit.progress;

import dev.alignkit.okr.Owner;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An objective that needs attention, with one reason. Immutable and thread-safe.
 *
 * <p><b>Get</b> them from {@link ProgressSummary#atRisk()}:
 * <pre>{@code
 * for (AtRisk objective : rollup.summaryOfOrganization().atRisk()) {
 *   System.out.println(objective); // such as "o-support (team:support): BEHIND_PACE"
 * }
 * }</pre>
 *
 * <p>{@link #builder()} builds one, for a client that reads a review back (the JSON module does)
 * or a test.
 *
 * <p><b>Invariants:</b> none beyond its fields; the roll-up builds it. A missing objective id,
 * owner or reason fails with an {@link IllegalStateException}.
 *
 * <p><b>Equality:</b> two entries are equal when objective, owner, reason and source are equal.
 */
@Value.Immutable
public abstract class AtRisk {
  AtRisk() {}

  /** The objective's id. */
  public abstract String objectiveId();

  /** The objective's owner. */
  public abstract Owner owner();

  /** Why: behind pace, a low confidence, a broken threshold, or a falling trend. */
  public abstract RiskReason reason();

  /** The key result or child objective the reason comes from, if one. */
  public abstract Optional<String> source();

  /** Returns a builder; objective id, owner and reason are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public final String toString() {
    return objectiveId() + " (" + owner() + "): " + reason() + source().map(s -> " at " + s).orElse("");
  }

  /** Builds an {@link AtRisk}. */
  public static final class Builder extends ImmutableAtRisk.Builder {
    Builder() {}
  }
}
