package dev.alignkit.advice;

import dev.alignkit.progress.GapCategory;
import dev.alignkit.progress.GapEntry;
import dev.alignkit.progress.Readiness;
import dev.alignkit.career.RoleRef;
import dev.alignkit.progress.CareerPaths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the {@link SuggestionKind#EXPECTATIONS} suggestion: the current and next level's
 * expectations, and the person's current-role gaps. Thread-safe.
 */
final class ExpectationsSuggestion {
  private final AdviceContext context;

  ExpectationsSuggestion(AdviceContext context) {
    this.context = context;
  }

  Suggestion.Draft draft(String personId, RoleRef role) {
    CareerPaths paths = context.paths();
    Suggestion.Draft draft = new Suggestion.Draft(SuggestionKind.EXPECTATIONS, "advice.expectations");
    Set<String> skills = new LinkedHashSet<>();
    draft.roles.add(role);
    draft.ladders.add(role.ladderId());
    paths.resolve(role).ifPresent(r -> r.expectations().forEach(e -> skills.add(e.skillId())));
    Optional<RoleRef> next = context.nextRole(role);
    next.ifPresent(n -> {
      draft.roles.add(n);
      paths.resolve(n).ifPresent(r -> r.expectations().forEach(e -> skills.add(e.skillId())));
    });
    draft.skills.addAll(skills);
    draft.argument("role", context.roleName(role)).argument("skills", context.names(skills));
    if (skills.isEmpty()) {
      draft.messageKey = "advice.expectations.none";
    }
    List<String> gaps = new ArrayList<>();
    Optional<Readiness> readiness = paths.readiness(personId, role);
    for (GapEntry entry : readiness.map(Readiness::gaps).orElse(List.of())) {
      if (entry.category() == GapCategory.UNDER || entry.category() == GapCategory.MISSING) {
        gaps.add(entry.skillId());
      }
    }
    if (!gaps.isEmpty() && !skills.isEmpty()) {
      draft.messageKey = "advice.expectations.gaps";
      draft.argument("gaps", context.names(gaps));
      draft.gaps.addAll(gaps);
    }
    return draft;
  }
}
