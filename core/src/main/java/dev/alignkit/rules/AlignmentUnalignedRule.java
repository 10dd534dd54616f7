package dev.alignkit.rules;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OwnerKind;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.policy.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code okr.alignment.unaligned}: a team or personal objective reaches an organization objective
 * through its chain of parents (personal OKRs derive from company OKRs). A chain that
 * breaks on a missing parent or an alignment cycle is left to those rules, so one problem gives
 * one finding.
 */
final class AlignmentUnalignedRule extends BuiltInRule implements ObjectiveRule {
  AlignmentUnalignedRule() {
    super(RuleCodes.ALIGNMENT_UNALIGNED, Severity.WARNING, "objective", "root");
  }

  @Override
  public void checkObjective(Objective objective, RuleContext context, Findings findings) {
    if (objective.owner().kind() == OwnerKind.ORGANIZATION) {
      return;
    }
    Chains chains = context.memo(AlignmentUnalignedRule.class, () -> new Chains(context.snapshot()));
    String root = chains.unalignedRoot(objective);
    if (root != null) {
      objectiveFinding(findings, ItemPath.objective(objective.id()).field("alignments"), objective)
          .argument("root", root)
          .report();
    }
  }

  /** Where each chain of parents ends, resolved lazily; each objective is walked once. */
  static final class Chains {
    /** Marks a chain that reaches an organization objective, or breaks (left to other rules). */
    private static final String FINE = "";

    private final OrganizationSnapshot snapshot;
    private final Map<String, String> endOf = new HashMap<>();

    Chains(OrganizationSnapshot snapshot) {
      this.snapshot = snapshot;
    }

    /**
     * The id of the top of the chain from a team or personal objective when it is not an
     * organization objective, or null.
     */
    String unalignedRoot(Objective objective) {
      String end = firstStep(objective);
      if (end == null) {
        end = walk(objective);
      }
      return end.equals(FINE) ? null : end;
    }

    /**
     * The end of the chain from {@code objective} when its first link decides it, as for most
     * objectives, whose parent's chain a walk has already recorded; null when a walk is needed.
     * Answers found here are not recorded: the table holds only what walks found (a later walk
     * through this objective records it, and stays short), so it stays small and warm.
     */
    private @Nullable String firstStep(Objective objective) {
      if (objective.alignments().isEmpty()) {
        return objective.id();
      }
      String parentId = objective.alignments().get(0).parentId();
      if (parentId.equals(objective.id())) {
        return null;
      }
      String known = endOf.get(parentId);
      if (known != null) {
        return known;
      }
      Optional<Objective> parent = snapshot.objective(parentId);
      return parent.isEmpty() || parent.get().owner().kind() == OwnerKind.ORGANIZATION ? FINE : null;
    }

    private String walk(Objective objective) {
      List<String> path = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      Objective current = objective;
      String end;
      while (true) {
        String known = endOf.get(current.id());
        if (known != null) {
          end = known;
          break;
        }
        if (current.owner().kind() == OwnerKind.ORGANIZATION || !seen.add(current.id())) {
          end = FINE;
          break;
        }
        path.add(current.id());
        Optional<String> parentId = current.alignments().stream().findFirst().map(Alignment::parentId);
        if (parentId.isEmpty()) {
          end = current.id();
          break;
        }
        Optional<Objective> parent = snapshot.objective(parentId.get());
        if (parent.isEmpty()) {
          end = FINE;
          break;
        }
        current = parent.get();
      }
      for (String id : path) {
        endOf.put(id, end);
      }
      return end;
    }
  }
}
