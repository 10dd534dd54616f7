package dev.alignkit.progress;

import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A bird's-eye view of a person's, a team's or the organization's objectives: how many are in
 * each status, and which need attention with one reason each. Only counted objectives (not DRAFT
 * or CANCELLED) appear. Immutable and thread-safe.
 *
 * <p><b>Get</b> one from a {@link Rollup}: {@link Rollup#summaryOfPerson summaryOfPerson},
 * {@link Rollup#summaryOfTeam summaryOfTeam} or {@link Rollup#summaryOfOrganization()}:
 * <pre>{@code
 * ProgressSummary support = Rollup.of(snapshot, asOf, policy).summaryOfTeam("support");
 * int atRisk = support.counts().get(PaceStatus.AT_RISK);
 * }</pre>
 *
 * <p><b>Invariants:</b> none beyond its fields; the roll-up builds it.
 *
 * <p><b>Equality:</b> two summaries are equal when counts and at-risk objectives (in order) are
 * equal.
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
