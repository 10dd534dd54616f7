package dev.alignkit.review;

import dev.alignkit.advice.GoalAdvice;
import dev.alignkit.progress.AtRisk;
import dev.alignkit.progress.KeyResultRollup;
import dev.alignkit.progress.ObjectiveRollup;
import dev.alignkit.progress.PaceStatus;
import dev.alignkit.progress.Scorecard;
import dev.alignkit.rules.Report;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a review of an organization, or of one person, shows as of a date, as one value that a
 * binding writes and reads whole: the roll-ups of the objectives and key results shown, the count
 * of objectives per status, the objectives at risk, the scorecards of the cycles that have ended,
 * the readiness of the people it highlights, the validation report and the advice on tangential
 * development goals. Immutable and thread-safe.
 *
 * <p>It holds results, by id: titles and names are the snapshot's. What a review shows (which
 * objectives, which people's readiness) is the review's choice; this value holds what it chose.
 * <pre>{@code
 * Rollup rollup = Rollup.of(snapshot, asOf);
 * ProgressSummary summary = rollup.summaryOfOrganization();
 * ReviewDocument review = ReviewDocument.builder().asOf(asOf)
 *     .objectives(rollup.objectives().values())
 *     .statusCounts(summary.counts()).atRisk(summary.atRisk())
 *     .report(Validator.defaults().validate(snapshot, asOf))
 *     .build();
 * }</pre>
 *
 * <p><b>Invariants.</b> No status count is negative, else building fails with an
 * {@link IllegalArgumentException} naming the status and the count; a missing date or report
 * fails with an {@link IllegalStateException}. The parts are not checked against each other.
 *
 * <p><b>Equality:</b> two documents are equal when all their fields are equal, lists in order.
 */
@Value.Immutable
public abstract class ReviewDocument {
  ReviewDocument() {}

  /** The date of the review. */
  public abstract LocalDate asOf();

  /** The person the review is restricted to; empty for the whole organization. */
  public abstract Optional<String> personId();

  /** The roll-ups of the objectives shown, the backlog left out, in snapshot order. */
  public abstract List<ObjectiveRollup> objectives();

  /**
   * The roll-ups of the key results shown: those of the objectives shown, then, in a review of
   * one person, those the person is accountable for on others' objectives.
   */
  public abstract List<KeyResultRollup> keyResults();

  /** How many objectives shown are in each status. */
  public abstract Map<PaceStatus, Integer> statusCounts();

  /** The objectives shown that are at risk, or at risk by trend, with one reason each. */
  public abstract List<AtRisk> atRisk();

  /** The scorecards of the cycles that have ended and hold an objective shown, the latest end first. */
  public abstract List<Scorecard> scorecards();

  /** The people's readiness for the roles the review highlights. */
  public abstract List<ReadinessLine> readiness();

  /** The validation report: of the whole organization, or the findings that are the person's. */
  public abstract Report report();

  /** The advice on the development goals shown that are tangential, by plan. */
  public abstract List<GoalAdvice> advice();

  /** Returns a builder; the date and the report are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    for (Map.Entry<PaceStatus, Integer> count : statusCounts().entrySet()) {
      if (count.getValue() < 0) {
        throw new IllegalArgumentException("review status count of " + count.getKey() + " must not be negative: "
            + count.getValue());
      }
    }
  }

  /** Builds a {@link ReviewDocument}. */
  public static final class Builder extends ImmutableReviewDocument.Builder {
    Builder() {}
  }
}
