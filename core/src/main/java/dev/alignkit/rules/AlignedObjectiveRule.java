package dev.alignkit.rules;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.ParentKind;
import dev.alignkit.policy.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A built-in rule about each of an objective's alignment links that counts: objectives without
 * links are left alone, and so is a link that repeats an earlier link of the same objective to the
 * same parent, which counts once, as the earlier one; {@code okr.alignment.duplicate} reports it.
 */
abstract class AlignedObjectiveRule extends BuiltInRule implements ObjectiveRule {
  /** Up to this many links, repeats are found by comparing each with those before it. */
  private static final int FEW_LINKS = 8;

  AlignedObjectiveRule(String code, Severity defaultSeverity, String... arguments) {
    super(code, defaultSeverity, arguments);
  }

  @Override
  public final void checkObjective(Objective objective, RuleContext context, Findings findings) {
    List<Alignment> alignments = objective.alignments();
    boolean[] repeats = repeats(alignments);
    for (int i = 0; i < alignments.size(); i++) {
      if (repeats == null || !repeats[i]) {
        checkAlignment(objective, i, alignments.get(i), context, findings);
      }
    }
  }

  /**
   * Checks one link of an objective that counts: {@code alignment}, at {@code index} in its
   * {@link Objective#alignments()} ({@link ItemPath#alignment(String, int)}).
   */
  abstract void checkAlignment(Objective objective, int index, Alignment alignment, RuleContext context,
      Findings findings);

  /**
   * Which links repeat an earlier one: the same parent id and parent kind (kind and weight may
   * differ); null when none does. Time linear in the links, however many there are.
   */
  static boolean @Nullable [] repeats(List<Alignment> links) {
    int count = links.size();
    if (count < 2) {
      return null;
    }
    boolean[] repeats = null;
    Set<ParentKey> seen = count > FEW_LINKS ? new HashSet<>() : null;
    for (int i = 0; i < count; i++) {
      Alignment link = links.get(i);
      boolean repeated = false;
      if (seen != null) {
        repeated = !seen.add(new ParentKey(link));
      } else {
        for (int j = 0; j < i && !repeated; j++) {
          repeated = sameParent(links.get(j), link);
        }
      }
      if (repeated) {
        if (repeats == null) {
          repeats = new boolean[count];
        }
        repeats[i] = true;
      }
    }
    return repeats;
  }

  /** Whether two links name the same parent: the same id and the same kind of parent. */
  static boolean sameParent(Alignment a, Alignment b) {
    return a.parentKind() == b.parentKind() && a.parentId().equals(b.parentId());
  }

  /** What makes two links go to the same parent. */
  private record ParentKey(String parentId, ParentKind parentKind) {
    ParentKey(Alignment link) {
      this(link.parentId(), link.parentKind());
    }
  }
}
