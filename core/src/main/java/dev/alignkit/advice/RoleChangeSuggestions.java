package dev.alignkit.advice;

import dev.alignkit.career.ExpectationResolution;
import dev.alignkit.career.LateralMove;
import dev.alignkit.career.Opening;
import dev.alignkit.career.RoleRef;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.progress.CareerPaths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the {@link SuggestionKind#CHANGE_ROLE} suggestions: lateral moves from the current role
 * and openings elsewhere whose expectations include the goal's skills, one per role, ranked by
 * readiness, then by how many of the skills they include, then by the first move's or opening's
 * id. Thread-safe.
 */
final class RoleChangeSuggestions {
  private final AdviceContext context;

  RoleChangeSuggestions(AdviceContext context) {
    this.context = context;
  }

  List<Suggestion.Draft> drafts(String personId, RoleRef current, DevelopmentGoal goal) {
    OrganizationSnapshot snapshot = context.snapshot();
    CareerPaths paths = context.paths();
    List<String> skills = AdviceContext.skillIds(goal);
    Map<RoleRef, Suggestion.Draft> byRole = new LinkedHashMap<>();
    Map<RoleRef, String> firstId = new LinkedHashMap<>();
    for (LateralMove move : snapshot.lateralMoves()) {
      if (move.from().equals(current)) {
        Suggestion.Draft draft = roleChange(byRole, firstId, move.to(), move.id(), skills);
        if (draft != null) {
          draft.lateralMoves.add(move.id());
        }
      }
    }
    for (Opening opening : snapshot.openings()) {
      if (!opening.role().equals(current)) {
        Suggestion.Draft draft = roleChange(byRole, firstId, opening.role(), opening.id(), skills);
        if (draft != null) {
          draft.openings.add(opening.id());
        }
      }
    }
    Map<RoleRef, Double> readiness = new LinkedHashMap<>();
    Map<RoleRef, Integer> included = new LinkedHashMap<>();
    for (RoleRef role : byRole.keySet()) {
      readiness.put(role, paths.readiness(personId, role).flatMap(r -> r.readiness().isPresent()
          ? Optional.of(r.readiness().getAsDouble()) : Optional.empty()).orElse(0.0));
      ExpectationResolution resolution = paths.resolve(role).orElseThrow();
      int count = 0;
      for (String skill : skills) {
        if (resolution.expectation(skill).isPresent()) {
          count++;
        }
      }
      included.put(role, count);
    }
    List<RoleRef> ranked = new ArrayList<>(byRole.keySet());
    ranked.sort(Comparator.comparing((RoleRef r) -> -readiness.get(r))
        .thenComparing(r -> -included.get(r))
        .thenComparing(firstId::get));
    List<Suggestion.Draft> out = new ArrayList<>();
    for (RoleRef role : ranked.subList(0, Math.min(ranked.size(), context.policy().maxSuggestionsPerKind()))) {
      Suggestion.Draft draft = byRole.get(role);
      draft.argument("role", context.roleName(role))
          .argument("readiness", String.valueOf(Math.round(readiness.get(role) * 100)))
          .argument("skills", context.names(skills));
      out.add(draft);
    }
    return out;
  }

  /** The role's draft, started on first sight; null where the role expects none of the skills. */
  private Suggestion.Draft roleChange(Map<RoleRef, Suggestion.Draft> byRole, Map<RoleRef, String> firstId,
      RoleRef role, String id, List<String> skills) {
    Optional<ExpectationResolution> resolution = context.paths().resolve(role);
    if (resolution.isEmpty() || !expectsAny(resolution.get(), skills)) {
      return null;
    }
    firstId.putIfAbsent(role, id);
    return byRole.computeIfAbsent(role, r -> {
      Suggestion.Draft draft = new Suggestion.Draft(SuggestionKind.CHANGE_ROLE, "advice.change-role");
      draft.roles.add(r);
      draft.ladders.add(r.ladderId());
      for (String skill : skills) {
        if (resolution.get().expectation(skill).isPresent()) {
          draft.skills.add(skill);
        }
      }
      return draft;
    });
  }

  // A plain loop rather than a stream: this runs once per lateral move and per opening.
  private static boolean expectsAny(ExpectationResolution resolution, List<String> skills) {
    for (String skill : skills) {
      if (resolution.expectation(skill).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
