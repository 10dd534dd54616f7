package dev.alignkit.progress;

import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A bird's-eye view of a person's, a team's or the organization's objectives: how many are in
 * each status, and which need attention with one reason each. Only counted objectives (not DRAFT
 * or CANCELLED) appear. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProgressSummary {
  ProgressSummary() {}

  /** The number of objectives per status; every status is present, zero when none. */
  public abstract Map<PaceStatus, Integer> counts();

  /** The objectives AT_RISK, or at risk by trend, in snapshot order. */
  public abstract List<AtRisk> atRisk();

  /** The number of objectives summarized. */
  public final int total() {
    int total = 0;
    for (int count : counts().values()) {
      total += count;
    }
    return total;
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableProgressSummary.Builder {}
}
