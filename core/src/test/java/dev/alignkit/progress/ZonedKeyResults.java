package dev.alignkit.progress;

import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.okr.OrdinalZone;
import dev.alignkit.policy.Policy;
import dev.alignkit.testing.Gens;
import org.quicktheories.core.Gen;

/**
 * Generators of three-level targets: INCREASE and DECREASE key results whose start, commit, target
 * and stretch run strictly in their direction (commit and stretch each set or not), the same with
 * one level out of order or on a kind that has no levels, and policies with any valid zone scores.
 * Built from valid parts: ordered levels are a start plus positive gaps, out-of-order ones move one
 * level to a chosen wrong side; nothing is filtered.
 */
public final class ZonedKeyResults {
  /** The key results' id. */
  public static final String ID = "kr-zoned";

  private ZonedKeyResults() {}

  /** A key result whose levels do not fit its kind, and the level {@code okr.key-result.direction} names. */
  public record Misplaced(KeyResult keyResult, String field) {}

  /** How a generated key result breaks the order of its levels. */
  enum Breakage {
    TARGET_NOT_BEYOND_START, COMMIT_NOT_BEYOND_START, COMMIT_NOT_SHORT_OF_TARGET, STRETCH_NOT_BEYOND_TARGET,
    LEVEL_ON_ANOTHER_KIND
  }

  private static Gen<Double> starts() {
    return Gens.decimals(-1000, 1000, 3);
  }

  /** Distances between neighbouring levels: at least 0.001, as an HR form would hold them. */
  private static Gen<Double> gaps() {
    return Gens.decimals(0.001, 500, 3);
  }

  /** Distances of a level on the wrong side, 0 (equal to its neighbour) included. */
  private static Gen<Double> wrongBy() {
    return Gens.decimals(0, 500, 3);
  }

  private static Gen<KeyResultKind> directions() {
    return Gens.of(KeyResultKind.INCREASE, KeyResultKind.DECREASE);
  }

  /**
   * INCREASE and DECREASE key results with start, commit, target and stretch strictly in order
   * along the direction; the commit is set in two of three, the stretch likewise, so that all four
   * shapes (with both, either, or neither: plain) occur.
   */
  public static Gen<KeyResult> ordered() {
    Gen<Boolean> present = Gens.frequency(Gens.weighted(2, Gens.constant(true)), Gens.weighted(1, Gens.constant(false)));
    return Gens.combine(directions(), starts(), gaps(), gaps(), gaps(), present, present,
        (kind, start, toCommit, toTarget, toStretch, commit, stretch) -> {
          double sign = kind == KeyResultKind.INCREASE ? 1 : -1;
          double target = start + sign * (toCommit + toTarget);
          KeyResult.Builder builder = base(kind, start, target);
          if (commit) {
            builder.commit(start + sign * toCommit);
          }
          if (stretch) {
            builder.stretch(target + sign * toStretch);
          }
          return builder.build();
        });
  }

  /**
   * Key results with one level out of order along the direction (equal to its neighbour
   * included), or a commit or stretch on a kind other than INCREASE and DECREASE, each with the
   * field that {@code okr.key-result.direction} names.
   */
  public static Gen<Misplaced> misplaced() {
    return Gens.combine(Gens.of(Breakage.class), directions(), starts(), gaps(), gaps(), wrongBy(), Gens.booleans(),
        Gens.of(KeyResultKind.STAY_AT_LEAST, KeyResultKind.STAY_AT_MOST, KeyResultKind.ACHIEVE, KeyResultKind.ORDINAL),
        (breakage, kind, start, gap, toStretch, wrong, other, otherKind) -> {
          double sign = kind == KeyResultKind.INCREASE ? 1 : -1;
          double target = start + sign * gap;
          double commit = start + sign * gap / 2;
          double stretch = target + sign * toStretch;
          switch (breakage) {
            case TARGET_NOT_BEYOND_START:
              double wrongTarget = start - sign * wrong;
              KeyResult.Builder reversed = base(kind, start, wrongTarget).stretch(wrongTarget + sign * toStretch);
              return new Misplaced((other ? reversed.commit(commit) : reversed).build(), "target");
            case COMMIT_NOT_BEYOND_START:
              KeyResult.Builder low = base(kind, start, target).commit(start - sign * wrong);
              return new Misplaced((other ? low.stretch(stretch) : low).build(), "commit");
            case COMMIT_NOT_SHORT_OF_TARGET:
              KeyResult.Builder high = base(kind, start, target).commit(target + sign * wrong);
              return new Misplaced((other ? high.stretch(stretch) : high).build(), "commit");
            case STRETCH_NOT_BEYOND_TARGET:
              KeyResult.Builder shortStretch = base(kind, start, target).stretch(target - sign * wrong);
              return new Misplaced((other ? shortStretch.commit(commit) : shortStretch).build(), "stretch");
            default:
              KeyResult.Builder builder = KeyResult.builder().id(ID).title("Keep it zoned").kind(otherKind)
                  .target(otherKind == KeyResultKind.ORDINAL ? OrdinalZone.TARGET.index() : target).unit("u")
                  .putZoneText(OrdinalZone.COMMIT, "fair").putZoneText(OrdinalZone.TARGET, "good")
                  .putZoneText(OrdinalZone.STRETCH, "great");
              return other
                  ? new Misplaced(builder.commit(commit).stretch(stretch).build(), "commit")
                  : new Misplaced(builder.stretch(stretch).build(), "stretch");
          }
        });
  }

  private static KeyResult.Builder base(KeyResultKind kind, double start, double target) {
    return KeyResult.builder().id(ID).title("Grow sign-ups").kind(kind).start(start).target(target).unit("u");
  }

  /**
   * Policies with zone scores {@code 0 < commit < target < stretch <= 1}: the defaults in one of
   * four, else scores cut from four shares (the last may be 0, which makes the stretch score 1).
   */
  public static Gen<Policy> policies() {
    Gen<Double> share = Gens.decimals(0.01, 1, 2);
    Gen<Policy> cut = Gens.combine(share, share, share, Gens.decimals(0, 1, 2), (commit, toTarget, toStretch, rest) -> {
      double total = commit + toTarget + toStretch + rest;
      return Policy.builder().commitScore(commit / total).targetScore((commit + toTarget) / total)
          .stretchScore((commit + toTarget + toStretch) / total).build();
    });
    return Gens.frequency(Gens.weighted(1, Gens.constant(Policy.defaults())), Gens.weighted(3, cut));
  }

  /**
   * Where a value lies along a key result, as a fraction of the way from its start to its last
   * level (the stretch, else the target): from half a span before the start to half past the end.
   */
  public static Gen<Double> fractions() {
    return Gens.decimals(-0.5, 1.5, 4);
  }

  /** The value {@code fraction} of the way from the start to the last level. */
  public static double valueAt(KeyResult keyResult, double fraction) {
    double start = keyResult.start().getAsDouble();
    double last = keyResult.stretch().orElse(keyResult.target().getAsDouble());
    return start + (last - start) * fraction;
  }
}
