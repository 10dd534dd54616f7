package dev.alignkit.progress;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.AlignmentKind;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.ParentKind;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.policy.Policy;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The roll-up's structure computed another way, for the properties to compare against: a memoised
 * recursive evaluator that reads links straight from the objectives (their own id maps, none of
 * the snapshot's link helpers), decides cycles by searching from every objective for a way back
 * to it, and counts the AT_RISK objectives below an objective by searching up from each of them.
 * It takes key-result progress from {@link KeyResultProgress#of} for measured key results (its
 * formulas have their own tests) and statuses from the roll-up under test (computed per node from
 * the progress this oracle checks). Small snapshots only: the recursion follows the depth.
 */
final class RollupOracle {
  /** What the oracle expects of an objective. */
  record ExpectedObjective(OptionalDouble progress, OptionalDouble raw, boolean partial, boolean onCycle) {}

  /** What the oracle expects of a key result: progress and raw progress, both empty when undefined. */
  record ExpectedKeyResult(OptionalDouble progress, OptionalDouble raw) {}

  /** A link that counts: the first of its child's links to its parent (id and kind), resolved. */
  private record Link(Alignment alignment, Objective parent, KeyResult keyResult) {
    boolean contributes() {
      return alignment.kind() == AlignmentKind.CONTRIBUTES;
    }
  }

  private final List<Objective> objectives;
  private final LocalDate asOf;
  private final Policy policy;
  private final Map<String, Objective> objectivesById = new HashMap<>();
  private final Map<String, Objective> ownersOfKeyResults = new HashMap<>();
  private final Map<String, KeyResult> keyResultsById = new HashMap<>();
  private final Map<String, List<Link>> links = new HashMap<>();
  private final Map<String, Boolean> onCycle = new HashMap<>();
  private final Map<String, ExpectedObjective> objectiveMemo = new HashMap<>();
  private final Map<String, ExpectedKeyResult> keyResultMemo = new HashMap<>();

  RollupOracle(OrganizationSnapshot snapshot, LocalDate asOf, Policy policy) {
    this.objectives = snapshot.objectives();
    this.asOf = asOf;
    this.policy = policy;
    for (Objective objective : objectives) {
      objectivesById.put(objective.id(), objective);
      for (KeyResult keyResult : objective.keyResults()) {
        ownersOfKeyResults.put(keyResult.id(), objective);
        keyResultsById.put(keyResult.id(), keyResult);
      }
    }
    for (Objective objective : objectives) {
      List<Link> counted = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (Alignment alignment : objective.alignments()) {
        if (!seen.add(alignment.parentKind() + ":" + alignment.parentId())) {
          continue; // a duplicate: the first link to a parent counts
        }
        boolean toKeyResult = alignment.parentKind() == ParentKind.KEY_RESULT;
        Objective parent = toKeyResult ? ownersOfKeyResults.get(alignment.parentId())
            : objectivesById.get(alignment.parentId());
        if (parent != null) {
          counted.add(new Link(alignment, parent, toKeyResult ? keyResultsById.get(alignment.parentId()) : null));
        }
      }
      links.put(objective.id(), counted);
    }
  }

  /** The objectives an objective's links reach, each once, in link order. */
  Set<Objective> parentsOf(Objective objective) {
    Set<Objective> parents = new LinkedHashSet<>();
    for (Link link : links.get(objective.id())) {
      parents.add(link.parent());
    }
    return parents;
  }

  /** Whether {@code from} reaches {@code to} through one link or more, through any objective. */
  boolean reaches(Objective from, Objective to) {
    Set<String> seen = new HashSet<>();
    Deque<Objective> stack = new ArrayDeque<>(parentsOf(from));
    while (!stack.isEmpty()) {
      Objective at = stack.pop();
      if (at.id().equals(to.id())) {
        return true;
      }
      if (seen.add(at.id())) {
        stack.addAll(parentsOf(at));
      }
    }
    return false;
  }

  boolean isOnCycle(Objective objective) {
    return onCycle.computeIfAbsent(objective.id(), id -> reaches(objective, objective));
  }

  /** The expected result of the objective with this id. */
  ExpectedObjective objective(String id) {
    ExpectedObjective known = objectiveMemo.get(id);
    if (known != null) {
      return known;
    }
    Objective objective = objectivesById.get(id);
    ExpectedObjective expected;
    if (isOnCycle(objective)) {
      expected = new ExpectedObjective(OptionalDouble.empty(), OptionalDouble.empty(), false, true);
    } else {
      MeanOf mean = new MeanOf();
      for (KeyResult keyResult : objective.keyResults()) {
        if (keyResult.status().counts()) {
          ExpectedKeyResult item = keyResult(keyResult.id());
          mean.add(keyResult.weight(), item.progress(), item.raw());
        }
      }
      for (Objective child : objectives) {
        if (child.status().counts() && countsDirectlyIn(child, objective)) {
          ExpectedObjective item = objective(child.id());
          mean.add(weightIn(child, objective), item.progress(), item.raw());
        }
      }
      expected = new ExpectedObjective(mean.progress(), mean.raw(), mean.partial, false);
    }
    objectiveMemo.put(id, expected);
    return expected;
  }

  /** The expected progress of the key result with this id; a ROLLUP one from its contributors. */
  ExpectedKeyResult keyResult(String id) {
    ExpectedKeyResult known = keyResultMemo.get(id);
    if (known != null) {
      return known;
    }
    KeyResult keyResult = keyResultsById.get(id);
    ExpectedKeyResult expected;
    if (keyResult.isRollup()) {
      MeanOf mean = new MeanOf();
      for (Objective child : objectives) {
        if (!child.status().counts()) {
          continue;
        }
        for (Link link : links.get(child.id())) {
          if (link.keyResult() != null && link.keyResult().id().equals(id) && link.contributes()) {
            // A contributor on a cycle has no progress; there is no recursion into it.
            ExpectedObjective item = objective(child.id());
            mean.add(link.alignment().weight(), item.progress(), item.raw());
          }
        }
      }
      expected = new ExpectedKeyResult(mean.progress(), mean.raw());
    } else {
      KeyResultProgress progress = KeyResultProgress.of(keyResult, asOf, policy);
      expected = new ExpectedKeyResult(progress.progress(), progress.raw());
    }
    keyResultMemo.put(id, expected);
    return expected;
  }

  /**
   * Whether {@code child} counts directly in {@code parent}: a counted CONTRIBUTES link to it, and
   * no counted CONTRIBUTES link to one of its ROLLUP key results.
   */
  boolean countsDirectlyIn(Objective child, Objective parent) {
    boolean direct = false;
    for (Link link : links.get(child.id())) {
      if (!link.parent().id().equals(parent.id()) || !link.contributes()) {
        continue;
      }
      if (link.keyResult() == null) {
        direct = true;
      } else if (link.keyResult().isRollup()) {
        return false;
      }
    }
    return direct;
  }

  private double weightIn(Objective child, Objective parent) {
    for (Link link : links.get(child.id())) {
      if (link.keyResult() == null && link.parent().id().equals(parent.id())) {
        return link.alignment().weight();
      }
    }
    throw new AssertionError(child.id() + " does not count in " + parent.id());
  }

  /**
   * The number of distinct counted objectives other than {@code objective}, AT_RISK in
   * {@code rollup}, that reach it through links whose objectives in between all count.
   */
  int atRiskBelow(Objective objective, Rollup rollup) {
    int count = 0;
    for (Objective below : objectives) {
      if (below != objective && below.status().counts()
          && rollup.objective(below.id()).orElseThrow().status() == PaceStatus.AT_RISK
          && reachesThroughCounted(below, objective)) {
        count++;
      }
    }
    return count;
  }

  private boolean reachesThroughCounted(Objective from, Objective to) {
    Set<String> seen = new HashSet<>();
    Deque<Objective> stack = new ArrayDeque<>(parentsOf(from));
    while (!stack.isEmpty()) {
      Objective at = stack.pop();
      if (at.id().equals(to.id())) {
        return true;
      }
      if (seen.add(at.id()) && at.status().counts()) {
        stack.addAll(parentsOf(at));
      }
    }
    return false;
  }

  /**
   * {@code sum(w_i * p_i) / sum(w_i)} over items with progress and a weight above 0, computed with
   * the weights divided by their sum first so that huge raw values do not overflow; a raw mean
   * beyond the doubles is kept at the largest one, as the roll-up promises finite numbers.
   */
  private static final class MeanOf {
    private final List<double[]> items = new ArrayList<>();
    boolean partial;

    void add(double weight, OptionalDouble progress, OptionalDouble raw) {
      if (progress.isEmpty() || !(weight > 0)) {
        partial = true;
        return;
      }
      items.add(new double[] {weight, progress.getAsDouble(), raw.getAsDouble()});
    }

    OptionalDouble progress() {
      return mean(1, true);
    }

    OptionalDouble raw() {
      return mean(2, false);
    }

    private OptionalDouble mean(int field, boolean clamp) {
      if (items.isEmpty()) {
        return OptionalDouble.empty();
      }
      double weights = 0;
      for (double[] item : items) {
        weights += item[0];
      }
      double sum = 0;
      for (double[] item : items) {
        sum += item[0] / weights * item[field];
      }
      if (Double.isInfinite(sum)) {
        sum = Math.copySign(Double.MAX_VALUE, sum);
      }
      return OptionalDouble.of(clamp ? Math.max(0, Math.min(1, sum)) : sum);
    }
  }
}
