package dev.alignkit.testing;

import static dev.alignkit.testing.Gens.combine;
import static dev.alignkit.testing.Gens.constant;
import static dev.alignkit.testing.Gens.decimals;
import static dev.alignkit.testing.Gens.frequency;
import static dev.alignkit.testing.Gens.lists;
import static dev.alignkit.testing.Gens.optional;
import static dev.alignkit.testing.Gens.weighted;
import static dev.alignkit.testing.SnapshotParts.MISSING_SKILL;
import static dev.alignkit.testing.SnapshotParts.PLACEHOLDER_ID;
import static dev.alignkit.testing.SnapshotParts.ids;
import static dev.alignkit.testing.SnapshotParts.optionalDouble;
import static dev.alignkit.testing.SnapshotParts.picks;

import dev.alignkit.common.Visibility;
import dev.alignkit.development.CareerVision;
import dev.alignkit.development.CoachingCheckIn;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GoalStatus;
import dev.alignkit.development.PerformanceStanding;
import dev.alignkit.development.SupportActivity;
import dev.alignkit.development.SupportKind;
import dev.alignkit.development.TargetSkill;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.okr.OrdinalZone;
import dev.alignkit.testing.DevelopmentPlacement.Approver;
import dev.alignkit.testing.DevelopmentPlacement.Context;
import dev.alignkit.testing.DevelopmentPlacement.CycleRef;
import dev.alignkit.testing.DevelopmentPlacement.PersonRef;
import dev.alignkit.testing.DevelopmentPlacement.Proposer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.quicktheories.core.Gen;

/**
 * Development goals, plans and career visions for {@link DevelopmentGenerators}, drawn as drafts
 * whose person, cycle, proposer and approver are picks, materialized once the
 * {@link DevelopmentPlacement.Context} and the ids are known.
 */
final class DevelopmentDrafts {
  private static final int MAX_MEASURES = 3;
  private static final int MAX_SUPPORT = 2;
  private static final int MAX_TARGET_SKILLS = 3;
  private static final int MAX_COACHING_CHECK_INS = 3;
  private static final int MAX_SKILLS = 6;

  private static final List<String> GOAL_STATEMENTS = List.of(
      "Become the team's go-to person for product questions", "Lead a client call each week",
      "Learn to negotiate with vendors", "Present the quarterly results to the executives",
      "Mentor the new interns", "Own the release process");
  private static final List<String> MEASURE_TITLES = List.of(
      "Client calls led", "Product questions answered", "Vendor contracts renegotiated", "Talks given");
  private static final List<String> UNITS = List.of("calls", "questions", "contracts", "talks");
  private static final List<String> SUPPORT_DESCRIPTIONS = List.of(
      "Act as liaison at the weekly product feedback session", "Negotiation course",
      "Monthly coaching with the manager", "Shadow the sales lead", "Pair on release duty");
  private static final List<String> PROVIDERS = List.of("p-2", "Coursera", "Internal academy");
  private static final List<String> COACHING_NOTES = List.of("Went well", "Blocked on the roadmap", "");
  private static final List<String> STRENGTHS = List.of("Curious", "Calm under pressure", "Writes clearly");
  private static final List<String> WEAKNESSES = List.of("Avoids conflict", "Takes on too much", "Rarely delegates");
  private static final List<String> VISIONS = List.of(
      "Run a product organization", "Found a company", "Become a principal engineer");

  private DevelopmentDrafts() {}

  // ---------------------------------------------------------------------------------------------
  // Goals

  /** A goal before it is placed: its shape, with placeholder ids and nobody named, and who proposes and agrees. */
  record GoalDraft(DevelopmentGoal shape, Proposer proposer, Approver approver, int pick, LocalDate agreedOn) {
    DevelopmentGoal materialize(String id, String personId, Context context) {
      List<KeyResult> measures = new ArrayList<>(shape.measures().size());
      for (int m = 0; m < shape.measures().size(); m++) {
        measures.add(KeyResult.builder().from(shape.measures().get(m)).id(id + "-m-" + (m + 1)).build());
      }
      Optional<String> agreedBy = context.approver(approver, pick, personId);
      return DevelopmentGoal.builder().from(shape).id(id).measures(measures)
          .proposedBy(context.proposer(proposer, pick, personId))
          .agreedBy(agreedBy)
          .agreedOn(agreedBy.isPresent() ? Optional.of(agreedOn) : Optional.empty())
          .build();
    }
  }

  static Gen<GoalDraft> goalDrafts() {
    Gen<Approver> approvers = frequency(
        weighted(2, constant(Approver.NONE)),
        weighted(5, constant(Approver.MANAGER_CHAIN)),
        weighted(1, constant(Approver.HR_ADMINISTRATOR)),
        weighted(1, constant(Approver.ANYONE)),
        weighted(1, constant(Approver.THE_PERSON)),
        weighted(1, constant(Approver.STRANGER)));
    Gen<Proposer> proposers = frequency(
        weighted(1, constant(Proposer.NONE)),
        weighted(3, constant(Proposer.THE_PERSON)),
        weighted(1, constant(Proposer.ANYONE)));
    return Gens.combine(goalShapes(), proposers, approvers, picks(), OkrGenerators.dates(), GoalDraft::new);
  }

  private static Gen<DevelopmentGoal> goalShapes() {
    Gen<DevelopmentGoal> heads = Gens.combine(
        Gens.of(GOAL_STATEMENTS),
        goalStatuses(),
        Gens.booleans(),
        optional(decimals(0, 1, 2), 0.6),
        optional(Gens.of(Visibility.class), 0.15),
        optional(ids("o", 45), 0.2),
        optional(OrgGenerators.roles(), 0.2),
        (statement, status, ownTime, share, visibility, wovenInto, role) -> DevelopmentGoal.builder()
            .id(PLACEHOLDER_ID).statement(statement).status(status).ownTime(ownTime)
            .plannedShare(optionalDouble(share)).visibility(visibility).wovenInto(wovenInto).targetRole(role)
            .build());
    return combine(
        heads,
        lists(targetSkills(), MAX_TARGET_SKILLS),
        lists(measures(), MAX_MEASURES),
        lists(supportActivities(), MAX_SUPPORT),
        (head, skills, measures, support) -> DevelopmentGoal.builder().from(head)
            .targetSkills(skills).measures(measures).supportActivities(support).build());
  }

  /** Any status, AGREED and ACTIVE (the counted ones) most often. */
  private static Gen<GoalStatus> goalStatuses() {
    return frequency(
        weighted(2, constant(GoalStatus.PROPOSED)),
        weighted(3, constant(GoalStatus.AGREED)),
        weighted(3, constant(GoalStatus.ACTIVE)),
        weighted(1, constant(GoalStatus.DONE)),
        weighted(1, constant(GoalStatus.DROPPED)));
  }

  /** Skills {@code s-1} to {@code s-6}, sometimes {@code s-999}; a desired level, when set, mostly in quarter steps. */
  private static Gen<TargetSkill> targetSkills() {
    Gen<String> skillIds = frequency(weighted(9, ids("s", MAX_SKILLS)), weighted(1, constant(MISSING_SKILL)));
    Gen<Optional<Double>> desired = optional(
        frequency(weighted(3, Gens.ints(4, 20).map(q -> q / 4.0)), weighted(1, decimals(1, 5, 2))), 0.7);
    return combine(skillIds, desired,
        (id, level) -> level.isPresent() ? TargetSkill.of(id, level.get()) : TargetSkill.of(id));
  }

  /** Measures: three in four measurable as {@code okr.key-result.not-measurable} reads it; 0 to 2 check-ins. */
  private static Gen<KeyResult> measures() {
    Gen<Double> starts = decimals(-100, 100, 1);
    Gen<Double> spans = decimals(0.5, 100, 1);
    Gen<String> titles = Gens.of(MEASURE_TITLES);
    Gen<String> units = Gens.of(UNITS);
    Gen<KeyResult> measurable = Gens.oneOf(List.of(
        combine(titles, starts, spans, units,
            (title, start, span, unit) -> KeyResult.increase(PLACEHOLDER_ID, title, start, start + span, unit)),
        combine(titles, starts, spans, units,
            (title, start, span, unit) -> KeyResult.decrease(PLACEHOLDER_ID, title, start, start - span, unit)),
        combine(titles, starts, units,
            (title, threshold, unit) -> KeyResult.stayAtLeast(PLACEHOLDER_ID, title, threshold, unit)),
        combine(titles, starts, units,
            (title, threshold, unit) -> KeyResult.stayAtMost(PLACEHOLDER_ID, title, threshold, unit)),
        titles.map(title -> KeyResult.achieve(PLACEHOLDER_ID, title)),
        titles.map(title -> KeyResult.ordinal(PLACEHOLDER_ID, title,
            "Answers most questions", "Answers every question", "Teaches others to answer them"))));
    Gen<KeyResultKind> linear = Gens.of(KeyResultKind.INCREASE, KeyResultKind.DECREASE);
    Gen<KeyResult> unmeasurable = Gens.oneOf(List.of(
        titles.map(title -> KeyResult.builder().id(PLACEHOLDER_ID).title(title).build()),
        Gens.of(KeyResultShapes.MEASURED_KINDS)
            .map(kind -> KeyResult.builder().id(PLACEHOLDER_ID).title("Get better at it").kind(kind).build()),
        combine(linear, starts, (kind, target) -> KeyResult.builder().id(PLACEHOLDER_ID).title("Get better at it")
            .kind(kind).target(target).build()),
        combine(linear, starts, spans, (kind, start, span) -> KeyResult.builder().id(PLACEHOLDER_ID)
            .title("Get better at it").kind(kind).start(start).target(start + span).unit(" ").build()),
        Gens.subsets(List.of(OrdinalZone.COMMIT, OrdinalZone.TARGET, OrdinalZone.STRETCH), 0, 2)
            .map(DevelopmentDrafts::ordinalWithTexts)));
    return combine(
        frequency(weighted(3, measurable), weighted(1, unmeasurable)),
        lists(OkrGenerators.checkIns(), 2),
        (measure, checkIns) -> KeyResult.builder().from(measure).checkIns(checkIns).build());
  }

  /** An ORDINAL measure with texts for {@code zones} only, so that fewer than three zones miss some. */
  private static KeyResult ordinalWithTexts(Set<OrdinalZone> zones) {
    KeyResult.Builder builder = KeyResult.builder().id(PLACEHOLDER_ID).title("Product knowledge")
        .kind(KeyResultKind.ORDINAL).target(OrdinalZone.TARGET.index());
    for (OrdinalZone zone : zones) {
      builder.putZoneText(zone, "Zone " + zone.index());
    }
    return builder.build();
  }

  private static Gen<SupportActivity> supportActivities() {
    return combine(
        Gens.of(SupportKind.class),
        Gens.of(SUPPORT_DESCRIPTIONS),
        optional(Gens.of(PROVIDERS), 0.4),
        optional(decimals(0, 80, 1), 0.5),
        (kind, description, provider, hours) -> SupportActivity.builder()
            .kind(kind).description(description).provider(provider).plannedHours(optionalDouble(hours)).build());
  }

  // ---------------------------------------------------------------------------------------------
  // Plans

  /** A coaching check-in before its coach is known: the coach, when set, is picked among the people. */
  record CoachingDraft(LocalDate date, Optional<Integer> coachPick, Optional<String> note) {}

  /** A plan before it is placed: whose, which cycle, its own fields on a placeholder plan, coaching and goals. */
  record PlanDraft(PersonRef person, CycleRef cycle, DevelopmentPlan shape, List<CoachingDraft> coaching,
      List<GoalDraft> goals) {

    PlanDraft placedAt(PersonRef otherPerson, CycleRef otherCycle) {
      return new PlanDraft(otherPerson, otherCycle, shape, coaching, goals);
    }

    DevelopmentPlan materialize(String id, List<String> goalIds, Context context) {
      String personId = context.person(person);
      List<DevelopmentGoal> materialized = new ArrayList<>(goals.size());
      for (int g = 0; g < goals.size(); g++) {
        materialized.add(goals.get(g).materialize(goalIds.get(g), personId, context));
      }
      List<CoachingCheckIn> checkIns = new ArrayList<>(coaching.size());
      for (CoachingDraft draft : coaching) {
        checkIns.add(CoachingCheckIn.builder().date(draft.date())
            .coachId(draft.coachPick().map(context::anyone)).note(draft.note()).build());
      }
      return DevelopmentPlan.builder().from(shape).id(id).personId(personId).cycleId(context.cycle(cycle))
          .goals(materialized).coachingCheckIns(checkIns).build();
    }
  }

  /** Plans of {@code people} in {@code cycles} with 0 to {@code maxGoals} goals, every count equally often. */
  static Gen<PlanDraft> planDrafts(Gen<PersonRef> people, Gen<CycleRef> cycles, int maxGoals) {
    Gen<DevelopmentPlan> shapes = combine(
        optional(Gens.of(PerformanceStanding.class), 0.6),
        optional(OrgGenerators.roles(), 0.2),
        optional(Gens.ints(7, 62), 0.3),
        optional(Gens.of(Visibility.class), 0.15),
        (standing, role, cadence, visibility) -> DevelopmentPlan.builder()
            .id(PLACEHOLDER_ID).personId(PLACEHOLDER_ID).cycleId(PLACEHOLDER_ID)
            .standing(standing).targetRole(role)
            .coachingCadenceDays(cadence.isPresent() ? OptionalInt.of(cadence.get()) : OptionalInt.empty())
            .visibility(visibility).build());
    Gen<CoachingDraft> coaching = combine(
        OkrGenerators.dates(), optional(picks(), 0.7), optional(Gens.of(COACHING_NOTES), 0.3), CoachingDraft::new);
    return combine(
        people, cycles, shapes, lists(coaching, MAX_COACHING_CHECK_INS), lists(goalDrafts(), maxGoals),
        PlanDraft::new);
  }

  // ---------------------------------------------------------------------------------------------
  // Visions

  /** A vision before it is placed: whose, and its own fields on a placeholder vision. */
  record VisionDraft(PersonRef person, CareerVision shape) {
    CareerVision materialize(String id, Context context) {
      return CareerVision.builder().from(shape).id(id).personId(context.person(person)).build();
    }
  }

  static Gen<VisionDraft> visionDrafts(Gen<PersonRef> people) {
    Gen<CareerVision> shapes = combine(
        optional(OkrGenerators.dates(), 0.7),
        lists(Gens.of(STRENGTHS), 3),
        lists(Gens.of(WEAKNESSES), 3),
        optional(Gens.of(VISIONS), 0.8),
        optional(Gens.of(Visibility.class), 0.15),
        (date, strengths, weaknesses, vision, visibility) -> CareerVision.builder()
            .id(PLACEHOLDER_ID).personId(PLACEHOLDER_ID).date(date).strengths(strengths).weaknesses(weaknesses)
            .longTermVision(vision).visibility(visibility).build());
    return combine(people, shapes, VisionDraft::new);
  }
}
