package dev.alignkit.advice;

import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.SupportActivity;

/**
 * Builds the {@link SuggestionKind#OPPORTUNITY_COST} suggestion: the goal is time away from the
 * role, citing its planned share or else its planned hours. Thread-safe.
 */
final class OpportunityCostSuggestion {
  private final AdviceContext context;

  OpportunityCostSuggestion(AdviceContext context) {
    this.context = context;
  }

  Suggestion.Draft draft(DevelopmentGoal goal) {
    Suggestion.Draft draft = new Suggestion.Draft(SuggestionKind.OPPORTUNITY_COST, "advice.opportunity-cost");
    draft.skills.addAll(context.knownSkills(goal));
    draft.argument("goal", goal.statement());
    double hours = 0;
    for (SupportActivity activity : goal.supportActivities()) {
      hours += activity.plannedHours().orElse(0);
    }
    if (goal.plannedShare().isPresent()) {
      draft.messageKey = "advice.opportunity-cost.share";
      draft.argument("share", String.valueOf(Math.round(goal.plannedShare().getAsDouble() * 100)));
    } else if (hours > 0) {
      draft.messageKey = "advice.opportunity-cost.hours";
      draft.argument("hours", String.valueOf(Math.round(hours)));
    }
    return draft;
  }
}
