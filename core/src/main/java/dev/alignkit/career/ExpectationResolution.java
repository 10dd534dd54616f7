package dev.alignkit.career;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The expectations in effect at one level of a ladder, and the regressions met on the way.
 * Immutable and thread-safe.
 *
 * <p>Walk the levels from the lowest rank up to the level (levels sharing a rank keep their
 * order); per skill, a declaration at or above the inherited requirement takes effect (with its
 * importance and behaviour); a lower one is a {@link Regression} and the inherited requirement
 * stays, unless the declaration is marked {@code relax}, which sets the lower value
 * ({@code docs/concepts.md}, "Resolved expectations").
 *
 * <p><b>Get</b> one with {@link #of(CareerLadder, String)}:
 * <pre>{@code
 * ExpectationResolution e4 = ExpectationResolution.of(ladder, "E4").orElseThrow();
 * }</pre>
 *
 * <p><b>Invariants:</b> none beyond its fields. A ladder that could be built always resolves;
 * regressions are listed here and reported by {@code career.ladder.regression}.
 *
 * <p><b>Equality:</b> two resolutions are equal when ladder, level, expectations and regressions
 * (in order) are equal.
 */
@Value.Immutable
public abstract class ExpectationResolution {
  ExpectationResolution() {}

  /** The ladder's id. */
  public abstract String ladderId();

  /** The level's id. */
  public abstract String levelId();

  /** The expectations in effect, in order of first declaration. */
  public abstract List<ResolvedExpectation> expectations();

  /** The declarations that tried to lower an inherited requirement without {@code relax}. */
  public abstract List<Regression> regressions();

  /**
   * Resolves the expectations of {@code levelId} on {@code ladder}.
   *
   * @return empty when the ladder has no such level
   */
  public static Optional<ExpectationResolution> of(CareerLadder ladder, String levelId) {
    if (ladder.level(levelId).isEmpty()) {
      return Optional.empty();
    }
    Map<String, ResolvedExpectation> inEffect = new LinkedHashMap<>();
    List<Regression> regressions = new ArrayList<>();
    // A ladder's level ids are unique and levelsByRank sorts by rank, so the walk reaches the level
    // before any level ranked above it.
    for (Level level : ladder.levelsByRank()) {
      for (Expectation declared : level.expectations()) {
        ResolvedExpectation inherited = inEffect.get(declared.skillId());
        if (inherited == null || declared.required() >= inherited.required() || declared.relax()) {
          inEffect.put(declared.skillId(), ResolvedExpectation.of(declared, level.id()));
        } else {
          regressions.add(Regression.of(level.id(), declared.skillId(), declared.required(), inherited.required()));
        }
      }
      if (level.id().equals(levelId)) {
        break;
      }
    }
    return Optional.of(ImmutableExpectationResolution.builder().ladderId(ladder.id()).levelId(levelId)
        .expectations(inEffect.values()).regressions(regressions).build());
  }

  /** The expectation in effect for this skill. */
  public final Optional<ResolvedExpectation> expectation(String skillId) {
    for (ResolvedExpectation expectation : expectations()) {
      if (expectation.skillId().equals(skillId)) {
        return Optional.of(expectation);
      }
    }
    return Optional.empty();
  }

  /**
   * What is new or raised at {@code next} compared with this resolution: "what is special at the
   * next level", in the order of {@code next}'s expectations.
   */
  public final List<ExpectationChange> delta(ExpectationResolution next) {
    List<ExpectationChange> changes = new ArrayList<>();
    for (ResolvedExpectation expectation : next.expectations()) {
      Optional<ResolvedExpectation> before = expectation(expectation.skillId());
      if (before.isEmpty() || expectation.required() > before.get().required()) {
        ImmutableExpectationChange.Builder change = ImmutableExpectationChange.builder()
            .skillId(expectation.skillId()).to(expectation.required()).importance(expectation.importance());
        before.ifPresent(b -> change.from(b.required()));
        changes.add(change.build());
      }
    }
    return List.copyOf(changes);
  }
}
