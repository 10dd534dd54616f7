package dev.alignkit.testing;

import static dev.alignkit.testing.DevelopmentDrafts.goalDrafts;
import static dev.alignkit.testing.DevelopmentDrafts.planDrafts;
import static dev.alignkit.testing.DevelopmentDrafts.visionDrafts;
import static dev.alignkit.testing.DevelopmentPlacement.CLOSED_CYCLE;
import static dev.alignkit.testing.DevelopmentPlacement.anyPeople;
import static dev.alignkit.testing.DevelopmentPlacement.knownCycles;
import static dev.alignkit.testing.DevelopmentPlacement.personRefs;
import static dev.alignkit.testing.Gens.combine;
import static dev.alignkit.testing.Gens.constant;
import static dev.alignkit.testing.Gens.frequency;
import static dev.alignkit.testing.Gens.lists;
import static dev.alignkit.testing.Gens.optional;
import static dev.alignkit.testing.Gens.weighted;
import static dev.alignkit.testing.GrowSessionDrafts.sessionDrafts;
import static dev.alignkit.testing.SnapshotParts.ids;
import static dev.alignkit.testing.SnapshotParts.picks;

import dev.alignkit.development.CareerVision;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GrowSession;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.CycleStatus;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.testing.DevelopmentDrafts.PlanDraft;
import dev.alignkit.testing.DevelopmentDrafts.VisionDraft;
import dev.alignkit.testing.DevelopmentPlacement.Context;
import dev.alignkit.testing.DevelopmentPlacement.CycleKind;
import dev.alignkit.testing.DevelopmentPlacement.CycleRef;
import dev.alignkit.testing.DevelopmentPlacement.PersonKind;
import dev.alignkit.testing.DevelopmentPlacement.PersonRef;
import dev.alignkit.testing.GrowSessionDrafts.SessionDraft;
import dev.alignkit.testing.SnapshotEdit.Breakage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;

/**
 * Generators of development plans and goals, career visions and GROW sessions, and of snapshots
 * that hold them, shared with the other modules through the core test-jar; start from
 * {@link #developmentSnapshots()}, {@link #adversarialDevelopmentSnapshots()} or
 * {@link #anyDevelopmentSnapshot()}.
 *
 * <p>Every generator is built by combining valid parts; none filters, and none uses
 * {@code flatMap}: people and cycles are picks ({@link SnapshotParts}), resolved modulo the
 * candidates when a snapshot is assembled, so failures shrink well. The item generators draw ids
 * from a small range ({@code dp-1} to {@code dp-20} ...), so two draws may share an id; the snapshot
 * generators number their items: plans {@code dp-1}, goals {@code g-1}, visions {@code cv-1}, GROW
 * sessions {@code gs-1}. A goal's measures take the goal's id as prefix ({@code g-3-m-1}), so goal
 * and measure ids are unique across all plans and never equal a key-result id ({@code kr-1}). Ids
 * that must not resolve end in 999 ({@code p-999}, {@code c-999}, {@code g-999}, {@code s-999}); an
 * empty list of people or cycles given to an item generator yields them.
 *
 * <p>Goals: any status (the counted AGREED and ACTIVE most often), independent of who agreed, so
 * AGREED goals without an approver occur; 0 to 3 measures, a quarter of them not measurable (no
 * kind, no target, no start or unit, missing zone texts), with 0 to 2 check-ins; 0 to 2 support
 * activities; 0 to 3 target skills {@code s-1} to {@code s-6} with a desired proficiency, when set,
 * on the default scale 1..5 (the snapshot bases carry no catalog of their own); any
 * {@code ownTime}; a planned share sometimes. The proposer is often the person; the approver, when
 * set, is mostly someone in the person's manager chain, else an HR administrator, anyone, the person
 * themselves or the stranger {@code p-999} (standalone goals name {@code p-1} to {@code p-30}).
 * Plans: 0 to 3 goals (0 to 6 in adversarial snapshots, every count equally often), any standing,
 * sometimes a target role, a coaching cadence and 0 to 3 coaching check-ins. GROW sessions: mostly
 * complete; sometimes without a goal (or with a blank one), a reality, options, steps or horizons,
 * or with an unlikely step without a contingency; steps of every horizon and sometimes none,
 * likelihoods above and below 0.5 (0.5 and 0.49 among the edge values) with and without a
 * contingency, tracked by a goal or measure of the snapshot, by {@code g-999} or by nothing. Goals,
 * plans, visions and sessions sometimes set their own visibility. Drafts of goals, plans and
 * visions are in {@link DevelopmentDrafts}, of sessions in {@link GrowSessionDrafts}, and whom they
 * are placed with in {@link DevelopmentPlacement}.
 *
 * <p>{@link #developmentSnapshots()} adds to a {@link OrgGenerators#validSnapshots() valid
 * snapshot} 1 to 12 plans of its people (favouring the first three, so a person often has several
 * plans in one cycle and sometimes more than three AGREED or ACTIVE goals there) in its cycles, 0
 * to 6 visions and 0 to 8 GROW sessions. {@link #adversarialDevelopmentSnapshots()} starts from a
 * valid or an {@link OrgGenerators#adversarialSnapshots() adversarial} snapshot (the empty one
 * included), makes some people HR administrators or takes their manager away, adds a CLOSED cycle
 * {@code c-100}, and places plans, visions and sessions with people who may be unknown, plans in
 * cycles that may be unknown or closed; half of them add a cluster of 2 to 5 plans of one person in
 * one cycle.
 *
 * <p>Sizes stay small so that a property of a few hundred examples runs in about a second.
 */
public final class DevelopmentGenerators {
  private static final int MAX_GOALS = 3;
  private static final int MAX_ADVERSARIAL_GOALS = 6;
  private static final int MAX_PLANS = 12;
  private static final int MAX_CLUSTER_PLANS = 5;
  private static final int MAX_VISIONS = 6;
  private static final int MAX_SESSIONS = 8;
  private static final int MAX_PERSON_CHANGES = 4;
  /** Standalone items draw their ids from {@code 1} to this; snapshot generators renumber them. */
  private static final int MAX_ITEM_NUMBER = 20;

  private DevelopmentGenerators() {}

  // ---------------------------------------------------------------------------------------------
  // Items

  /** Any development goal with id {@code idPrefix} and measures {@code idPrefix-m-1} ...; see the class comment. */
  public static Gen<DevelopmentGoal> goals(String idPrefix) {
    Context context = Context.of(defaultPeople(), List.of());
    return goalDrafts().map(draft -> draft.materialize(idPrefix, context.anyone(draft.pick()), context));
  }

  /** Any plan {@code dp-1} to {@code dp-20} of one of {@code personIds} in one of {@code cycleIds}. */
  public static Gen<DevelopmentPlan> plans(List<String> personIds, List<String> cycleIds) {
    Context context = Context.of(personIds, cycleIds);
    return combine(ids("dp", MAX_ITEM_NUMBER), planDrafts(anyPeople(), knownCycles(), MAX_GOALS),
        (id, draft) -> draft.materialize(id, withinPlanGoalIds(draft.goals().size()), context));
  }

  /** Any career vision {@code cv-1} to {@code cv-20} of one of {@code personIds}. */
  public static Gen<CareerVision> visions(List<String> personIds) {
    Context context = Context.of(personIds, List.of());
    return combine(ids("cv", MAX_ITEM_NUMBER), visionDrafts(anyPeople()),
        (id, draft) -> draft.materialize(id, context));
  }

  /** Any GROW session {@code gs-1} to {@code gs-20} of one of {@code personIds}, steps tracked by one of the ids. */
  public static Gen<GrowSession> growSessions(List<String> personIds, List<String> goalAndMeasureIds) {
    Context context = Context.of(personIds, List.of());
    List<String> trackers = List.copyOf(goalAndMeasureIds);
    return combine(ids("gs", MAX_ITEM_NUMBER), sessionDrafts(anyPeople()),
        (id, draft) -> draft.materialize(id, context, trackers));
  }

  // ---------------------------------------------------------------------------------------------
  // Snapshots

  /** A {@link OrgGenerators#validSnapshots() valid snapshot} with plans, visions and GROW sessions of its people. */
  public static Gen<OrganizationSnapshot> developmentSnapshots() {
    Gen<PersonRef> people = frequency(
        weighted(1, personRefs(PersonKind.FAVOURITE)), weighted(1, personRefs(PersonKind.ANY)));
    return combine(
        OrgGenerators.validSnapshots(),
        lists(planDrafts(people, knownCycles(), MAX_GOALS), 1, MAX_PLANS),
        lists(visionDrafts(people), MAX_VISIONS),
        lists(sessionDrafts(people), MAX_SESSIONS),
        DevelopmentGenerators::assemble);
  }

  /** Development snapshots that build but are broken in business terms; see the class comment. */
  public static Gen<OrganizationSnapshot> adversarialDevelopmentSnapshots() {
    Gen<PersonChange> changes = combine(picks(), Gens.of(PersonChangeKind.class), PersonChange::new);
    Gen<OrganizationSnapshot> bases = combine(
        frequency(weighted(3, OrgGenerators.validSnapshots()), weighted(2, OrgGenerators.adversarialSnapshots())),
        lists(changes, MAX_PERSON_CHANGES),
        DevelopmentGenerators::changed);
    Gen<PersonRef> people = frequency(
        weighted(2, personRefs(PersonKind.FAVOURITE)),
        weighted(2, personRefs(PersonKind.ANY)),
        weighted(1, personRefs(PersonKind.UNKNOWN)));
    Gen<CycleRef> cycles = frequency(
        weighted(3, knownCycles()),
        weighted(1, constant(new CycleRef(CycleKind.UNKNOWN, 0))),
        weighted(1, constant(new CycleRef(CycleKind.CLOSED, 0))));
    Gen<PlanDraft> drafts = planDrafts(people, cycles, MAX_ADVERSARIAL_GOALS);
    Gen<List<PlanDraft>> clusters = combine(people, cycles, lists(drafts, 2, MAX_CLUSTER_PLANS),
        (person, cycle, list) -> {
          List<PlanDraft> cluster = new ArrayList<>(list.size());
          for (PlanDraft draft : list) {
            cluster.add(draft.placedAt(person, cycle));
          }
          return cluster;
        });
    Gen<List<PlanDraft>> plans = combine(lists(drafts, 1, MAX_PLANS), optional(clusters, 0.5), picks(),
        (scattered, cluster, at) -> {
          List<PlanDraft> all = new ArrayList<>(scattered);
          cluster.ifPresent(c -> all.addAll(at % (scattered.size() + 1), c));
          return all;
        });
    return combine(
        bases,
        plans,
        lists(visionDrafts(people), MAX_VISIONS),
        lists(sessionDrafts(people), MAX_SESSIONS),
        DevelopmentGenerators::assemble);
  }

  /** Either a {@link #developmentSnapshots()} or an {@link #adversarialDevelopmentSnapshots()} snapshot. */
  public static Gen<OrganizationSnapshot> anyDevelopmentSnapshot() {
    return Gens.oneOf(developmentSnapshots(), adversarialDevelopmentSnapshots());
  }

  /** The base with the plans, visions and GROW sessions placed among its people and cycles, numbered per kind. */
  private static OrganizationSnapshot assemble(OrganizationSnapshot base, List<PlanDraft> planDrafts,
      List<VisionDraft> visionDrafts, List<SessionDraft> sessionDrafts) {
    Context context = Context.of(base);
    List<DevelopmentPlan> plans = new ArrayList<>(planDrafts.size());
    int goalCount = 0;
    for (int i = 0; i < planDrafts.size(); i++) {
      PlanDraft draft = planDrafts.get(i);
      List<String> goalIds = new ArrayList<>(draft.goals().size());
      for (int g = 0; g < draft.goals().size(); g++) {
        goalIds.add("g-" + ++goalCount);
      }
      plans.add(draft.materialize("dp-" + (i + 1), goalIds, context));
    }
    List<CareerVision> visions = new ArrayList<>(visionDrafts.size());
    for (int i = 0; i < visionDrafts.size(); i++) {
      visions.add(visionDrafts.get(i).materialize("cv-" + (i + 1), context));
    }
    List<String> trackers = goalAndMeasureIds(plans);
    List<GrowSession> sessions = new ArrayList<>(sessionDrafts.size());
    for (int i = 0; i < sessionDrafts.size(); i++) {
      sessions.add(sessionDrafts.get(i).materialize("gs-" + (i + 1), context, trackers));
    }
    return OrganizationSnapshot.builder().from(base).plans(plans).visions(visions).growSessions(sessions).build();
  }

  /** The ids of every goal and measure of the plans, in order. */
  private static List<String> goalAndMeasureIds(List<DevelopmentPlan> plans) {
    List<String> ids = new ArrayList<>();
    for (DevelopmentPlan plan : plans) {
      for (DevelopmentGoal goal : plan.goals()) {
        ids.add(goal.id());
        for (KeyResult measure : goal.measures()) {
          ids.add(measure.id());
        }
      }
    }
    return List.copyOf(ids);
  }

  private enum PersonChangeKind { HR_ADMINISTRATOR, NO_MANAGER }

  /** A change to the person picked modulo the people of a base snapshot; none when it has no people. */
  private record PersonChange(int pick, PersonChangeKind kind) implements Breakage {
    @Override
    public void applyTo(SnapshotEdit parts) {
      parts.updatePerson(pick, person -> kind == PersonChangeKind.HR_ADMINISTRATOR
          ? Person.builder().from(person).hrAdministrator(true).build()
          : Person.builder().from(person).managerId(Optional.empty()).build());
    }
  }

  /** The base with its people changed and the CLOSED cycle {@code c-100} added; no id changes. */
  private static OrganizationSnapshot changed(OrganizationSnapshot base, List<PersonChange> changes) {
    List<Breakage> all = new ArrayList<>(changes);
    all.add(parts -> parts.cycles.add(Cycle.builder().id(CLOSED_CYCLE).name("2026-Q1 (closed)")
        .startInclusive(LocalDate.of(2026, 1, 1)).endInclusive(LocalDate.of(2026, 3, 31))
        .status(CycleStatus.CLOSED).build()));
    return SnapshotEdit.breakAll(base, all);
  }

  // ---------------------------------------------------------------------------------------------

  /** The people standalone goals name: {@code p-1} to {@code p-30}, as many as a snapshot may hold. */
  private static List<String> defaultPeople() {
    List<String> ids = new ArrayList<>(OrgGenerators.MAX_PEOPLE);
    for (int i = 1; i <= OrgGenerators.MAX_PEOPLE; i++) {
      ids.add("p-" + i);
    }
    return ids;
  }

  /** Goal ids {@code g-1} to {@code g-count}, unique within a standalone plan. */
  private static List<String> withinPlanGoalIds(int count) {
    List<String> ids = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      ids.add("g-" + i);
    }
    return ids;
  }
}
