package dev.alignkit.rules;

/**
 * The codes of the built-in rules, in one catalog. A released code never changes; see
 * {@code docs/concepts.md}, "Rules and findings", for what each checks and how to fix it.
 */
public final class RuleCodes {
  private RuleCodes() {}

  /** An owner has at most {@code maxObjectivesPerOwner} objectives in a cycle. */
  public static final String OBJECTIVE_COUNT = "okr.objective.count";
  /** An active objective has a key result or a contributing child. */
  public static final String OBJECTIVE_NO_KEY_RESULTS = "okr.objective.no-key-results";
  /** An objective that is not a DRAFT belongs to a cycle; a draft without one is in the backlog. */
  public static final String OBJECTIVE_NO_CYCLE = "okr.objective.no-cycle";
  /** An objective has at most {@code maxKeyResultsPerObjective} key results. */
  public static final String KEY_RESULT_COUNT = "okr.key-result.count";
  /**
   * A key result has a kind, a target and what its kind needs; not for ROLLUP ones, which their
   * contributors measure.
   */
  public static final String KEY_RESULT_NOT_MEASURABLE = "okr.key-result.not-measurable";
  /**
   * Start and target agree with the kind and differ; a commit and a stretch lie in order along
   * the direction ({@code start < commit < target < stretch} for INCREASE), on INCREASE and
   * DECREASE key results only; not for ROLLUP ones, whose levels are not used.
   */
  public static final String KEY_RESULT_DIRECTION = "okr.key-result.direction";
  /** A key result is not worded as an activity. */
  public static final String KEY_RESULT_ACTIVITY = "okr.key-result.activity";
  /** A key result's owner id that is set names a person of the snapshot. */
  public static final String KEY_RESULT_UNKNOWN_OWNER = "okr.key-result.unknown-owner";
  /**
   * A key result measured in {@code %} has its start, commit, target and stretch within [0, 100];
   * not for ROLLUP ones, whose levels are not used.
   */
  public static final String KEY_RESULT_UNIT_RANGE = "okr.key-result.unit-range";
  /** An initiative's key-result id that is set names a key result of its own objective. */
  public static final String INITIATIVE_UNKNOWN_KEY_RESULT = "okr.initiative.unknown-key-result";
  /** Key-result weights and the weights of contributing links that count are above 0. */
  public static final String WEIGHT = "okr.weight";
  /** An alignment's parent id resolves: to an objective, or to a key result for a link to a key result. */
  public static final String ALIGNMENT_MISSING_PARENT = "okr.alignment.missing-parent";
  /** Links form no cycle, a link to a key result leading to its objective. */
  public static final String ALIGNMENT_CYCLE = "okr.alignment.cycle";
  /** A team or personal objective reaches an organization objective through some chain of parents. */
  public static final String ALIGNMENT_UNALIGNED = "okr.alignment.unaligned";
  /** A child's cycle lies within each of its parents'. */
  public static final String ALIGNMENT_TIME_FRAME = "okr.alignment.time-frame";
  /** An objective links to each parent once; a second link to the same parent counts once. */
  public static final String ALIGNMENT_DUPLICATE = "okr.alignment.duplicate";
  /**
   * A CONTRIBUTES link to a key result goes to a ROLLUP one; to a key result of another kind it
   * counts as SUPPORTS.
   */
  public static final String ALIGNMENT_CONTRIBUTES_TO_MEASURED = "okr.alignment.contributes-to-measured";
  /** An active key result of a running cycle has a recent check-in; ROLLUP ones, which have none, are skipped. */
  public static final String CHECK_IN_STALE = "okr.check-in.stale";
  /** Check-ins lie within the cycle, up to the grace days after its end. */
  public static final String CHECK_IN_DATE = "okr.check-in.date";
  /**
   * More than the grace days after a cycle's end, each of its objectives is CLOSED with an outcome:
   * none is still ACTIVE, none CLOSED without an outcome.
   */
  public static final String CYCLE_UNSCORED = "okr.cycle.unscored";
  /** At most {@code maxDevelopmentGoals} AGREED or ACTIVE development goals per person and cycle. */
  public static final String GOAL_TOO_MANY = "dev.goal.too-many";
  /** An open plan has at least {@code minDevelopmentGoals} AGREED or ACTIVE goals. */
  public static final String GOAL_NONE = "dev.goal.none";
  /** A development goal has measurable measures (a ROLLUP measure is not: nothing contributes to it). */
  public static final String GOAL_NOT_MEASURABLE = "dev.goal.not-measurable";
  /** A development goal serves the role, the target role or the organization's work. */
  public static final String GOAL_TANGENTIAL = "dev.goal.tangential";
  /** A development goal names a support activity. */
  public static final String GOAL_NO_SUPPORT = "dev.goal.no-support";
  /** An underperformer's plan targets a current-role gap. */
  public static final String PLAN_UNDERPERFORMER = "dev.plan.underperformer";
  /** Goals past PROPOSED were agreed by the manager chain or HR. */
  public static final String PLAN_NOT_AGREED = "dev.plan.not-agreed";
  /** Coaching check-ins happen within the plan's cadence. */
  public static final String PLAN_COACHING_STALE = "dev.plan.coaching-stale";
  /** A GROW session is complete. */
  public static final String GROW_INCOMPLETE = "dev.grow.incomplete";
  /** Later GROW steps are tracked by a goal or measure. */
  public static final String GROW_STEPS_UNTRACKED = "dev.grow.steps-untracked";
  /** Level ranks are unique within a ladder. */
  public static final String LADDER_LEVELS = "career.ladder.levels";
  /** A level does not lower an inherited requirement unless it marks relax. */
  public static final String LADDER_REGRESSION = "career.ladder.regression";
  /** Expectations name skills of the catalog. */
  public static final String LADDER_UNKNOWN_SKILL = "career.ladder.unknown-skill";
  /** A lateral move names existing ladders and levels. */
  public static final String LATERAL_UNKNOWN_TARGET = "career.lateral.unknown-target";
  /** Assessments used for readiness are recent. */
  public static final String ASSESSMENT_STALE = "career.assessment.stale";
  /** A role that is set resolves to a ladder level. */
  public static final String PERSON_UNKNOWN_ROLE = "org.person.unknown-role";
  /** A manager id that is set resolves to a person. */
  public static final String PERSON_UNKNOWN_MANAGER = "org.person.unknown-manager";
  /** Manager links form no cycle. */
  public static final String REPORTING_CYCLE = "org.reporting.cycle";
  /** An item of a kind that is PRIVATE by default is not made PUBLIC by its own setting. */
  public static final String PRIVACY_VISIBILITY_WIDENED = "privacy.visibility.widened";
}
