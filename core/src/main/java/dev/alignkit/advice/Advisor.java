package dev.alignkit.advice;

import static java.util.Objects.requireNonNull;

import dev.alignkit.career.RoleRef;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.PerformanceStanding;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.policy.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Classifies development goals and advises on them ({@code docs/concepts.md}, "Advice").
 * Thread-safe; build one per snapshot, date and policy.
 *
 * <p><b>Classification</b>, the first that holds: UNKNOWN (no resolvable role, or no skill named
 * and nothing woven); CURRENT_ROLE (a targeted skill is expected at the current or next level);
 * TARGET_ROLE (at the goal's or the plan's target role); WOVEN (woven into an objective or
 * initiative of the snapshot, or a targeted skill is exercised by an ACTIVE objective or
 * initiative of the person's primary team, one of their other teams ({@code otherTeamIds}) or the
 * organization, the first found in that order naming the work); else TANGENTIAL. Work is the
 * person's by its owner, whatever it is aligned to: links to parents (one or several, to
 * objectives or key results) play no part in WOVEN or WEAVE.
 *
 * <p><b>Advice</b> for a TANGENTIAL goal, in this order: EXPECTATIONS (the current and next
 * level's expectations, and the current-role gaps); OPPORTUNITY_COST (omitted for
 * {@code ownTime} goals; cites the planned share or hours); TWEAK (skills of the goal's families
 * that the current or next level or the primary team's active work need, ranked by how many of
 * those sources need them, then by the next level's requirement); WEAVE (active objectives and
 * initiatives of the primary team, the other teams, then the organization, whose tags match the
 * goal's families through the policy's weave map, ranked by matches, then proximity in that order;
 * or a new process-improvement initiative);
 * CHANGE_ROLE (lateral moves and openings whose expectations include the goal's skills, ranked by
 * readiness, then by how many of the skills they include). A person performing BELOW expectations
 * gets EXPECTATIONS for every goal. Ties break by id, so the same input gives the same advice.
 * Advice never names anything absent from the snapshot.
 */
public final class Advisor {
  // One context for all the parts, so they share the work index it builds on first use.
  private final AdviceContext context;
  private final GoalClassifier classifier;
  private final ExpectationsSuggestion expectations;
  private final OpportunityCostSuggestion opportunityCost;
  private final TweakSuggestions tweaks;
  private final WeaveSuggestions weaves;
  private final RoleChangeSuggestions roleChanges;

  private Advisor(OrganizationSnapshot snapshot, LocalDate asOf, Policy policy) {
    this.context = new AdviceContext(snapshot, asOf, policy);
    this.classifier = new GoalClassifier(context);
    this.expectations = new ExpectationsSuggestion(context);
    this.opportunityCost = new OpportunityCostSuggestion(context);
    this.tweaks = new TweakSuggestions(context);
    this.weaves = new WeaveSuggestions(context);
    this.roleChanges = new RoleChangeSuggestions(context);
  }

  /**
   * An advisor for {@code snapshot} as of {@code asOf}.
   *
   * @param snapshot not null
   * @param asOf the date readiness is judged on; not null
   * @param policy the weave map and limits; not null
   */
  public static Advisor of(OrganizationSnapshot snapshot, LocalDate asOf, Policy policy) {
    return new Advisor(requireNonNull(snapshot, "snapshot"), requireNonNull(asOf, "asOf"),
        requireNonNull(policy, "policy"));
  }

  /** The alignment of a goal of {@code plan}. */
  public GoalAlignment classify(DevelopmentPlan plan, DevelopmentGoal goal) {
    return classifier.classify(plan, goal);
  }

  /**
   * The class of a goal of {@code plan}: {@code classify(plan, goal).alignmentClass()}, without the
   * reason and the skill, role or work behind it. For callers that only sort goals by class, as
   * {@code dev.goal.tangential} does with every open goal of an organization.
   */
  public AlignmentClass alignmentClass(DevelopmentPlan plan, DevelopmentGoal goal) {
    return classifier.alignmentClass(plan, goal);
  }

  /** The alignment of a goal and the advice for it. */
  public GoalAdvice advise(DevelopmentPlan plan, DevelopmentGoal goal) {
    GoalAlignment alignment = classify(plan, goal);
    List<Suggestion.Draft> drafts = new ArrayList<>();
    boolean tangential = alignment.alignmentClass() == AlignmentClass.TANGENTIAL;
    boolean below = plan.standing().orElse(null) == PerformanceStanding.BELOW;
    Optional<RoleRef> role = context.currentRole(plan.personId());
    if (role.isPresent() && (tangential || below)) {
      drafts.add(expectations.draft(plan.personId(), role.get()));
    }
    if (tangential) {
      if (!goal.ownTime()) {
        drafts.add(opportunityCost.draft(goal));
      }
      drafts.addAll(tweaks.drafts(plan.personId(), role.orElseThrow(), goal));
      drafts.addAll(weaves.drafts(plan.personId(), goal));
      drafts.addAll(roleChanges.drafts(plan.personId(), role.get(), goal));
    }
    List<Suggestion> suggestions = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      suggestions.add(drafts.get(i).build(i + 1));
    }
    return GoalAdvice.builder().planId(plan.id()).alignment(alignment).suggestions(suggestions).build();
  }

  /** The advice for every open goal of a plan (PROPOSED, AGREED, ACTIVE), in plan order. */
  public List<GoalAdvice> advise(DevelopmentPlan plan) {
    List<GoalAdvice> advice = new ArrayList<>();
    for (DevelopmentGoal goal : plan.goals()) {
      if (goal.status().isOpen()) {
        advice.add(advise(plan, goal));
      }
    }
    return List.copyOf(advice);
  }
}
