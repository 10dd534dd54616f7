package dev.alignkit.advice;

import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.policy.Policy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the {@link SuggestionKind#WEAVE} suggestions: active objectives and initiatives of the
 * person's primary team, their other teams, then the organization, whose tags match the goal's
 * families through the policy's weave map, ranked by matches, then proximity (primary team, other
 * teams, organization), then id; or else a new process-improvement initiative.
 * Thread-safe.
 */
final class WeaveSuggestions {
  private final AdviceContext context;

  WeaveSuggestions(AdviceContext context) {
    this.context = context;
  }

  List<Suggestion.Draft> drafts(String personId, DevelopmentGoal goal) {
    Policy policy = context.policy();
    Set<String> families = context.families(AdviceContext.skillIds(goal));
    List<WorkItem> matching = new ArrayList<>();
    Map<String, Integer> matches = new LinkedHashMap<>();
    Map<String, String> tagOf = new LinkedHashMap<>();
    for (WorkItem item : context.work(personId)) {
      int count = 0;
      for (String family : families) {
        for (String tag : policy.weaveMap().getOrDefault(family, List.of())) {
          if (item.tags.contains(tag)) {
            count++;
            tagOf.putIfAbsent(item.id, tag);
            break;
          }
        }
      }
      if (count > 0) {
        matching.add(item);
        matches.put(item.id, count);
      }
    }
    matching.sort(Comparator.comparing((WorkItem i) -> -matches.get(i.id))
        .thenComparingInt(i -> i.proximity)
        .thenComparing(i -> i.id));
    List<Suggestion.Draft> out = new ArrayList<>();
    for (WorkItem item : matching.subList(0, Math.min(matching.size(), policy.maxSuggestionsPerKind()))) {
      Suggestion.Draft draft = new Suggestion.Draft(SuggestionKind.WEAVE,
          item.initiative ? "advice.weave.initiative" : "advice.weave");
      (item.initiative ? draft.initiatives : draft.objectives).add(item.id);
      draft.skills.addAll(context.knownSkills(goal));
      draft.argument("work", item.title).argument("tag", tagOf.get(item.id));
      out.add(draft);
    }
    if (out.isEmpty()) {
      for (String family : families) {
        if (policy.newInitiativeFamilies().contains(family)) {
          Suggestion.Draft draft = new Suggestion.Draft(SuggestionKind.WEAVE, "advice.weave.new-initiative");
          draft.skills.addAll(context.knownSkills(goal));
          draft.argument("family", family);
          out.add(draft);
          break;
        }
      }
    }
    return out;
  }
}
