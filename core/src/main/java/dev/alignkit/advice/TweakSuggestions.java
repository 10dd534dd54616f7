package dev.alignkit.advice;

import dev.alignkit.career.ExpectationResolution;
import dev.alignkit.career.ResolvedExpectation;
import dev.alignkit.career.RoleRef;
import dev.alignkit.development.DevelopmentGoal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the {@link SuggestionKind#TWEAK} suggestions: skills of the goal's families that the
 * current or next level or the primary team's active work need, ranked by how many of those sources need
 * them, then by the next level's requirement, then by id. Thread-safe.
 */
final class TweakSuggestions {
  private final AdviceContext context;

  TweakSuggestions(AdviceContext context) {
    this.context = context;
  }

  List<Suggestion.Draft> drafts(String personId, RoleRef role, DevelopmentGoal goal) {
    List<String> own = AdviceContext.skillIds(goal);
    Set<String> families = context.families(own);
    if (families.isEmpty()) {
      return List.of();
    }
    Map<String, Suggestion.Draft> bySkill = new LinkedHashMap<>();
    Map<String, Integer> sources = new LinkedHashMap<>();
    Map<String, Double> nextRequirement = new LinkedHashMap<>();
    Optional<RoleRef> next = context.nextRole(role);
    List<RoleRef> levels = new ArrayList<>();
    levels.add(role);
    next.ifPresent(levels::add);
    for (RoleRef level : levels) {
      for (ResolvedExpectation expectation : context.paths().resolve(level).map(ExpectationResolution::expectations)
          .orElse(List.of())) {
        if (tweakable(expectation.skillId(), own, families)) {
          tweak(bySkill, sources, expectation.skillId()).roles.add(level);
          if (next.isPresent() && level.equals(next.get())) {
            nextRequirement.put(expectation.skillId(), expectation.required());
          }
        }
      }
    }
    for (WorkItem item : context.work(personId)) {
      // Only the primary team's work: other teams count for WEAVE and WOVEN, not for TWEAK.
      if (item.proximity != WorkIndex.OWN_TEAM) {
        continue;
      }
      for (String skill : item.skills) {
        if (tweakable(skill, own, families)) {
          Suggestion.Draft draft = tweak(bySkill, sources, skill);
          (item.initiative ? draft.initiatives : draft.objectives).add(item.id);
        }
      }
    }
    List<String> ranked = new ArrayList<>(bySkill.keySet());
    ranked.sort(Comparator.comparing((String s) -> -sources.get(s))
        .thenComparing(s -> -nextRequirement.getOrDefault(s, Double.NEGATIVE_INFINITY))
        .thenComparing(Comparator.naturalOrder()));
    List<Suggestion.Draft> out = new ArrayList<>();
    for (String skill : ranked.subList(0, Math.min(ranked.size(), context.policy().maxSuggestionsPerKind()))) {
      Suggestion.Draft draft = bySkill.get(skill);
      draft.argument("skill", context.name(skill)).argument("instead", context.names(own))
          .argument("sources", String.valueOf(sources.get(skill)));
      out.add(draft);
    }
    return out;
  }

  private static Suggestion.Draft tweak(Map<String, Suggestion.Draft> bySkill, Map<String, Integer> sources,
      String skill) {
    sources.merge(skill, 1, Integer::sum);
    return bySkill.computeIfAbsent(skill, s -> {
      Suggestion.Draft draft = new Suggestion.Draft(SuggestionKind.TWEAK, "advice.tweak");
      draft.skills.add(s);
      return draft;
    });
  }

  private boolean tweakable(String skill, List<String> own, Set<String> families) {
    return !own.contains(skill)
        && context.snapshot().skill(skill).map(s -> families.contains(s.family())).orElse(false);
  }
}
