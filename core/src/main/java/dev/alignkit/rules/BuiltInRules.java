package dev.alignkit.rules;

import java.util.List;

/** The built-in rules, in catalog order. */
final class BuiltInRules {
  private static final List<Rule> ALL = List.of(
      new ObjectiveCountRule(),
      new ObjectiveNoKeyResultsRule(),
      new ObjectiveNoCycleRule(),
      new KeyResultCountRule(),
      new KeyResultNotMeasurableRule(),
      new KeyResultDirectionRule(),
      new KeyResultActivityRule(),
      new KeyResultUnknownOwnerRule(),
      new KeyResultUnitRangeRule(),
      new InitiativeUnknownKeyResultRule(),
      new WeightRule(),
      new AlignmentMissingParentRule(),
      new AlignmentCycleRule(),
      new AlignmentUnalignedRule(),
      new AlignmentTimeFrameRule(),
      new AlignmentDuplicateRule(),
      new AlignmentContributesToMeasuredRule(),
      new CheckInStaleRule(),
      new CheckInDateRule(),
      new CycleUnscoredRule(),
      new GoalTooManyRule(),
      new GoalNoneRule(),
      new GoalNotMeasurableRule(),
      new GoalTangentialRule(),
      new GoalNoSupportRule(),
      new PlanUnderperformerRule(),
      new PlanNotAgreedRule(),
      new PlanCoachingStaleRule(),
      new GrowIncompleteRule(),
      new GrowStepsUntrackedRule(),
      new LadderLevelsRule(),
      new LadderRegressionRule(),
      new LadderUnknownSkillRule(),
      new LateralUnknownTargetRule(),
      new AssessmentStaleRule(),
      new UnknownRoleRule(),
      new UnknownManagerRule(),
      new ReportingCycleRule(),
      new VisibilityWidenedRule());

  private BuiltInRules() {}

  static List<Rule> all() {
    return ALL;
  }
}
