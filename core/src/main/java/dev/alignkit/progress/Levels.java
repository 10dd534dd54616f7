package dev.alignkit.progress;

import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.okr.OrdinalZone;
import dev.alignkit.policy.Policy;

/**
 * The levels of an INCREASE or DECREASE key result (start, commit, target, stretch): whether they
 * are in order along its direction, the piecewise-linear progress through them and the zone a
 * value lies in ({@code docs/concepts.md}, "Three-level targets"). Callers check
 * {@link #misplaced(KeyResult)} first; the other functions assume levels in order.
 */
final class Levels {
  private Levels() {}

  /**
   * The field name of the first level that does not fit the key result's kind, or null when they
   * all fit (or there is no kind to fit). On a kind other than INCREASE and DECREASE a commit or a
   * stretch never fits. On INCREASE (DECREASE the mirror) the levels that are set must run
   * {@code start < commit < target < stretch}: a target not beyond the start is {@code target}, a
   * commit outside (start, target) is {@code commit}, a stretch not beyond the target is
   * {@code stretch}. Without a target, the levels set must still run in order.
   */
  static String misplaced(KeyResult keyResult) {
    return misplaced(keyResult.kind().orElse(null), keyResult.start().orElse(Double.NaN),
        keyResult.commit().orElse(Double.NaN), keyResult.target().orElse(Double.NaN),
        keyResult.stretch().orElse(Double.NaN));
  }

  /** As {@link #misplaced(KeyResult)}, on the levels read once; NaN for a level not set. */
  static String misplaced(KeyResultKind kind, double start, double commit, double target, double stretch) {
    if (kind == null) {
      return null;
    }
    boolean metric = kind == KeyResultKind.INCREASE || kind == KeyResultKind.DECREASE;
    if (!metric) {
      return !Double.isNaN(commit) ? "commit" : !Double.isNaN(stretch) ? "stretch" : null;
    }
    boolean up = kind == KeyResultKind.INCREASE;
    if (!Double.isNaN(target)) {
      if (!Double.isNaN(start) && !beyond(target, start, up)) {
        return "target";
      }
      boolean commitFits = beyond(target, commit, up) && (Double.isNaN(start) || beyond(commit, start, up));
      if (!Double.isNaN(commit) && !commitFits) {
        return "commit";
      }
      return !Double.isNaN(stretch) && !beyond(stretch, target, up) ? "stretch" : null;
    }
    if (!Double.isNaN(commit) && !Double.isNaN(start) && !beyond(commit, start, up)) {
      return "commit";
    }
    double highest = !Double.isNaN(commit) ? commit : start;
    return !Double.isNaN(stretch) && !Double.isNaN(highest) && !beyond(stretch, highest, up) ? "stretch" : null;
  }

  /** Whether {@code a} lies strictly beyond {@code b} along the direction. */
  private static boolean beyond(double a, double b, boolean up) {
    return up ? a > b : a < b;
  }

  /**
   * The raw progress of {@code value} on an INCREASE or DECREASE key result with start and target
   * in order (and commit and stretch, when set). Without commit and stretch:
   * {@code (value - start) / (target - start)}. With them: piecewise linear through (start, 0),
   * (commit, COMMIT score) when set, (target, TARGET score) and (stretch, STRETCH score) when a
   * stretch is set; without a stretch the target scores 1. A value before the start extends the
   * first segment, one past the last level extends the last segment. Each segment is kept finite
   * as {@link KeyResultProgress#linear} is; at each level the progress is exactly its score.
   */
  static double raw(KeyResult keyResult, double value, Policy policy) {
    return raw(keyResult.kind().orElseThrow() == KeyResultKind.INCREASE, keyResult.start().getAsDouble(),
        keyResult.commit().orElse(Double.NaN), keyResult.target().getAsDouble(), keyResult.stretch().orElse(Double.NaN),
        value, policy);
  }

  /** As {@link #raw(KeyResult, double, Policy)}, on the levels read once; NaN for a level not set. */
  static double raw(boolean up, double start, double commit, double target, double stretch, double value,
      Policy policy) {
    boolean hasCommit = !Double.isNaN(commit);
    boolean hasStretch = !Double.isNaN(stretch);
    if (!hasCommit && !hasStretch) {
      return KeyResultProgress.linear(value, start, target);
    }
    double targetScore = hasStretch ? policy.targetScore() : 1.0;
    if (hasCommit && before(value, commit, up)) {
      return segment(value, start, 0.0, commit, policy.commitScore());
    }
    if (before(value, target, up) || !hasStretch) {
      return hasCommit
          ? segment(value, commit, policy.commitScore(), target, targetScore)
          : segment(value, start, 0.0, target, targetScore);
    }
    return segment(value, target, targetScore, stretch, policy.stretchScore());
  }

  /** Whether {@code value} lies strictly before {@code level} along the direction. */
  private static boolean before(double value, double level, boolean up) {
    return up ? value < level : value > level;
  }

  /**
   * The line through (x0, y0) and (x1, y1) at {@code value}, y0 < y1, kept finite. Before x1 it
   * never exceeds y1 and from x1 on never falls below it, so that rounding cannot make progress
   * fall where one segment meets the next; at x0 it is y0 and at x1 it is y1, exactly.
   */
  private static double segment(double value, double x0, double y0, double x1, double y1) {
    double along = KeyResultProgress.linear(value, x0, x1);
    double rise = y1 - y0;
    double raw = along < 1.0 ? Math.min(y1, y0 + rise * along) : y1 + rise * (along - 1.0);
    return raw + 0.0;
  }

  /**
   * The zone of {@code value} on a zoned INCREASE or DECREASE key result with levels in order:
   * STRETCH from the stretch on, TARGET from the target, COMMIT from the commit, else FAIL. A value
   * within {@link Policy#EPSILON} short of a level counts as reaching it.
   */
  static OrdinalZone zone(boolean up, double commit, double target, double stretch, double value) {
    if (!Double.isNaN(stretch) && reached(value, stretch, up)) {
      return OrdinalZone.STRETCH;
    }
    if (reached(value, target, up)) {
      return OrdinalZone.TARGET;
    }
    if (!Double.isNaN(commit) && reached(value, commit, up)) {
      return OrdinalZone.COMMIT;
    }
    return OrdinalZone.FAIL;
  }

  private static boolean reached(double value, double level, boolean up) {
    return up ? value >= level - Policy.EPSILON : value <= level + Policy.EPSILON;
  }
}
