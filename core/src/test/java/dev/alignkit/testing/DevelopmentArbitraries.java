package dev.alignkit.testing;

import dev.alignkit.career.RoleRef;
import dev.alignkit.common.Visibility;
import dev.alignkit.development.CareerVision;
import dev.alignkit.development.CoachingCheckIn;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GoalStatus;
import dev.alignkit.development.GrowOption;
import dev.alignkit.development.GrowSession;
import dev.alignkit.development.Horizon;
import dev.alignkit.development.PerformanceStanding;
import dev.alignkit.development.SupportActivity;
import dev.alignkit.development.SupportKind;
import dev.alignkit.development.TargetSkill;
import dev.alignkit.development.WayForwardStep;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.CycleStatus;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.okr.OrdinalZone;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of development plans and goals, career visions and GROW sessions, and of
 * snapshots that hold them, shared with the other modules through the core test-jar; start from
 * {@link #developmentSnapshots()} or {@link #adversarialDevelopmentSnapshots()}.
 *
 * <p>Every generator is built by combining valid parts; none filters, and none uses
 * {@code flatMap}: people and cycles are picks, resolved modulo the candidates when a snapshot is
 * assembled, so failures shrink well. The item generators draw ids from a small range ({@code dp-1}
 * to {@code dp-20} ...), so two draws may share an id; the snapshot generators number their items:
 * plans {@code dp-1}, goals {@code g-1}, visions {@code cv-1}, GROW sessions {@code gs-1}. A goal's
 * measures take the goal's id as prefix ({@code g-3-m-1}), so goal and measure ids are unique
 * across all plans and never equal a key-result id ({@code kr-1}). Ids that must not resolve end in
 * 999 ({@code p-999}, {@code c-999}, {@code g-999}, {@code s-999}); an empty list of people or
 * cycles given to an item generator yields them.
 *
 * <p>Goals: any status (the counted AGREED and ACTIVE most often), independent of who agreed, so
 * AGREED goals without an approver occur; 0 to 3 measures, a quarter of them not measurable (no
 * kind, no target, no start or unit, missing zone texts), with 0 to 2 check-ins; 0 to 2 support
 * activities; 0 to 3 target skills {@code s-1} to {@code s-6} with a desired proficiency, when set,
 * on the default scale 1..5 (the snapshot bases carry no catalog of their own); any
 * {@code ownTime}; a planned share sometimes. The proposer is often the person; the approver, when set, is
 * mostly someone in the person's manager chain, else an HR administrator, anyone, the person
 * themselves or the stranger {@code p-999} (standalone goals name {@code p-1} to {@code p-30}).
 * Plans: 0 to 3 goals (0 to 6 in adversarial snapshots), any standing, sometimes a target role, a
 * coaching cadence and 0 to 3 coaching check-ins. GROW sessions: mostly complete; sometimes without
 * a goal (or with a blank one), a reality, options, steps or horizons, or with an unlikely step
 * without a contingency; steps of every horizon and sometimes none, likelihoods above and below 0.5
 * with and without a contingency, tracked by a goal or measure of the snapshot, by {@code g-999} or
 * by nothing. Goals, plans, visions and sessions sometimes set their own visibility.
 *
 * <p>{@link #developmentSnapshots()} adds to a {@link OrgArbitraries#validSnapshots() valid
 * snapshot} 1 to 12 plans of its people (favouring the first three, so a person often has several
 * plans in one cycle and sometimes more than three AGREED or ACTIVE goals there) in its cycles, 0
 * to 6 visions and 0 to 8 GROW sessions. {@link #adversarialDevelopmentSnapshots()} starts from a
 * valid or an {@link OrgArbitraries#adversarialSnapshots() adversarial} snapshot (the empty one
 * included), makes some people HR administrators or takes their manager away, adds a CLOSED cycle
 * {@code c-100}, and places plans, visions and sessions with people who may be unknown, plans in
 * cycles that may be unknown or closed; half of them add a cluster of 2 to 5 plans of one person in
 * one cycle.
 *
 * <p>Sizes stay small so that a property of a few hundred tries runs in about a second.
 */
public final class DevelopmentArbitraries {
  private static final int MAX_GOALS = 3;
  private static final int MAX_ADVERSARIAL_GOALS = 6;
  private static final int MAX_MEASURES = 3;
  private static final int MAX_SUPPORT = 2;
  private static final int MAX_TARGET_SKILLS = 3;
  private static final int MAX_COACHING_CHECK_INS = 3;
  private static final int MAX_PLANS = 12;
  private static final int MAX_CLUSTER_PLANS = 5;
  private static final int MAX_VISIONS = 6;
  private static final int MAX_SESSIONS = 8;
  private static final int MAX_OPTIONS = 3;
  private static final int MAX_STEPS = 4;
  private static final int MAX_SKILLS = 6;
  /** Standalone items draw their ids from {@code 1} to this; snapshot generators renumber them. */
  private static final int MAX_ITEM_NUMBER = 20;
  /** The people standalone goals name when no people are given. */
  private static final int DEFAULT_PEOPLE = 30;
  /** A pick is reduced modulo the number of candidates; small picks shrink towards the first one. */
  private static final int MAX_PICK = 999;
  /** Plans of the first few people, so that one person often has several plans in one cycle. */
  private static final int FAVOURITE_PEOPLE = 3;

  private static final String PLACEHOLDER_ID = "x";
  private static final String MISSING_PERSON = "p-999";
  private static final String MISSING_CYCLE = "c-999";
  private static final String MISSING_GOAL = "g-999";
  private static final String MISSING_SKILL = "s-999";
  /** A CLOSED cycle that adversarial snapshots add, numbered above the cycles of {@link OrgArbitraries}. */
  private static final String CLOSED_CYCLE = "c-100";

  private static final List<String> GOAL_STATEMENTS = List.of(
      "Become the team's go-to person for product questions", "Lead a client call each week",
      "Learn to negotiate with vendors", "Present the quarterly results to the executives",
      "Mentor the new interns", "Own the release process");
  private static final List<String> MEASURE_TITLES = List.of(
      "Client calls led", "Product questions answered", "Vendor contracts renegotiated", "Talks given");
  private static final List<String> SUPPORT_DESCRIPTIONS = List.of(
      "Act as liaison at the weekly product feedback session", "Negotiation course",
      "Monthly coaching with the manager", "Shadow the sales lead", "Pair on release duty");
  private static final List<String> PROVIDERS = List.of("p-2", "Coursera", "Internal academy");
  private static final List<String> COACHING_NOTES = List.of("Went well", "Blocked on the roadmap", "");
  private static final List<String> STRENGTHS = List.of("Curious", "Calm under pressure", "Writes clearly");
  private static final List<String> WEAKNESSES = List.of("Avoids conflict", "Takes on too much", "Rarely delegates");
  private static final List<String> VISIONS = List.of(
      "Run a product organization", "Found a company", "Become a principal engineer");
  private static final List<String> GROW_GOALS = List.of(
      "Be ready for a team-lead role", "Speak up in design reviews", "Own a customer segment");
  private static final List<String> REALITIES = List.of(
      "Leads stand-ups now and then", "Has run two workshops", "Half way there");
  private static final List<String> OPTIONS = List.of(
      "Take over the weekly demo", "Join the architecture guild", "Ask for a stretch project");
  private static final List<String> STEPS = List.of(
      "Book a slot with the mentor", "Prepare the demo", "Draft the proposal", "Run the retrospective");
  private static final List<String> CONTINGENCIES = List.of("Ask the manager for another slot", "Do it next sprint");
  private static final List<String> UNITS = List.of("calls", "questions", "contracts", "talks");

  private DevelopmentArbitraries() {}

  // ---------------------------------------------------------------------------------------------
  // Items

  /** Any development goal with id {@code idPrefix} and measures {@code idPrefix-m-1} ...; see the class comment. */
  public static Arbitrary<DevelopmentGoal> goals(String idPrefix) {
    Context context = Context.of(defaultPeople(), List.of());
    return goalDrafts().map(draft -> draft.materialize(idPrefix, context.anyone(draft.pick()), context));
  }

  /** Any plan {@code dp-1} to {@code dp-20} of one of {@code personIds} in one of {@code cycleIds}. */
  public static Arbitrary<DevelopmentPlan> plans(List<String> personIds, List<String> cycleIds) {
    Context context = Context.of(personIds, cycleIds);
    return Combinators.combine(numbered("dp"), planDrafts(anyPeople(), knownCycles(), MAX_GOALS))
        .as((id, draft) -> draft.materialize(id, withinPlanGoalIds(draft.goals().size()), context));
  }

  /** Any career vision {@code cv-1} to {@code cv-20} of one of {@code personIds}. */
  public static Arbitrary<CareerVision> visions(List<String> personIds) {
    Context context = Context.of(personIds, List.of());
    return Combinators.combine(numbered("cv"), visionDrafts(anyPeople()))
        .as((id, draft) -> draft.materialize(id, context));
  }

  /** Any GROW session {@code gs-1} to {@code gs-20} of one of {@code personIds}, steps tracked by one of the ids. */
  public static Arbitrary<GrowSession> growSessions(List<String> personIds, List<String> goalAndMeasureIds) {
    Context context = Context.of(personIds, List.of());
    List<String> trackers = List.copyOf(goalAndMeasureIds);
    return Combinators.combine(numbered("gs"), sessionDrafts(anyPeople()))
        .as((id, draft) -> draft.materialize(id, context, trackers));
  }

  // ---------------------------------------------------------------------------------------------
  // Snapshots

  /** A {@link OrgArbitraries#validSnapshots() valid snapshot} with plans, visions and GROW sessions of its people. */
  public static Arbitrary<OrganizationSnapshot> developmentSnapshots() {
    Arbitrary<PersonRef> people = Arbitraries.frequencyOf(
        Tuple.of(1, personRefs(PersonKind.FAVOURITE)), Tuple.of(1, personRefs(PersonKind.ANY)));
    return Combinators.combine(
            OrgArbitraries.validSnapshots(),
            planDrafts(people, knownCycles(), MAX_GOALS).list().ofMinSize(1).ofMaxSize(MAX_PLANS),
            visionDrafts(people).list().ofMaxSize(MAX_VISIONS),
            sessionDrafts(people).list().ofMaxSize(MAX_SESSIONS))
        .as(DevelopmentArbitraries::assemble);
  }

  /** Development snapshots that build but are broken in business terms; see the class comment. */
  public static Arbitrary<OrganizationSnapshot> adversarialDevelopmentSnapshots() {
    Arbitrary<PersonChange> changes = Combinators.combine(picks(), Arbitraries.of(PersonChangeKind.class))
        .as(PersonChange::new);
    Arbitrary<OrganizationSnapshot> bases = Combinators.combine(
            Arbitraries.frequencyOf(
                Tuple.of(3, OrgArbitraries.validSnapshots()),
                Tuple.of(2, OrgArbitraries.adversarialSnapshots())),
            changes.list().ofMaxSize(4))
        .as(DevelopmentArbitraries::changed);
    Arbitrary<PersonRef> people = Arbitraries.frequencyOf(
        Tuple.of(2, personRefs(PersonKind.FAVOURITE)),
        Tuple.of(2, personRefs(PersonKind.ANY)),
        Tuple.of(1, personRefs(PersonKind.UNKNOWN)));
    Arbitrary<CycleRef> cycles = Arbitraries.frequencyOf(
        Tuple.of(3, knownCycles()),
        Tuple.of(1, Arbitraries.just(new CycleRef(CycleKind.UNKNOWN, 0))),
        Tuple.of(1, Arbitraries.just(new CycleRef(CycleKind.CLOSED, 0))));
    Arbitrary<PlanDraft> drafts = planDrafts(people, cycles, MAX_ADVERSARIAL_GOALS);
    Arbitrary<List<PlanDraft>> clusters = Combinators.combine(
            people, cycles, drafts.list().ofMinSize(2).ofMaxSize(MAX_CLUSTER_PLANS))
        .as((person, cycle, list) -> {
          List<PlanDraft> cluster = new ArrayList<>(list.size());
          for (PlanDraft draft : list) {
            cluster.add(draft.placedAt(person, cycle));
          }
          return cluster;
        });
    Arbitrary<List<PlanDraft>> plans = Combinators.combine(
            drafts.list().ofMinSize(1).ofMaxSize(MAX_PLANS), clusters.optional(0.5), picks())
        .as((scattered, cluster, at) -> {
          List<PlanDraft> all = new ArrayList<>(scattered);
          cluster.ifPresent(c -> all.addAll(at % (scattered.size() + 1), c));
          return all;
        });
    return Combinators.combine(
            bases,
            plans,
            visionDrafts(people).list().ofMaxSize(MAX_VISIONS),
            sessionDrafts(people).list().ofMaxSize(MAX_SESSIONS))
        .as(DevelopmentArbitraries::assemble);
  }

  /** Either a {@link #developmentSnapshots()} or an {@link #adversarialDevelopmentSnapshots()} snapshot. */
  public static Arbitrary<OrganizationSnapshot> anyDevelopmentSnapshot() {
    return Arbitraries.oneOf(developmentSnapshots(), adversarialDevelopmentSnapshots());
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

  /** A change to the person picked modulo the people of a base snapshot. */
  private record PersonChange(int pick, PersonChangeKind kind) {}

  /** The base with its people changed and the CLOSED cycle {@code c-100} added; no id changes. */
  private static OrganizationSnapshot changed(OrganizationSnapshot base, List<PersonChange> changes) {
    List<Person> people = new ArrayList<>(base.people());
    for (PersonChange change : changes) {
      if (people.isEmpty()) {
        break;
      }
      int i = change.pick() % people.size();
      Person.Builder person = Person.builder().from(people.get(i));
      if (change.kind() == PersonChangeKind.HR_ADMINISTRATOR) {
        person.hrAdministrator(true);
      } else {
        person.managerId(Optional.empty());
      }
      people.set(i, person.build());
    }
    List<Cycle> cycles = new ArrayList<>(base.cycles());
    cycles.add(Cycle.builder().id(CLOSED_CYCLE).name("2026-Q1 (closed)").startInclusive(LocalDate.of(2026, 1, 1))
        .endInclusive(LocalDate.of(2026, 3, 31)).status(CycleStatus.CLOSED).build());
    return OrganizationSnapshot.builder().from(base).people(people).cycles(cycles).build();
  }

  // ---------------------------------------------------------------------------------------------
  // Where items go, who proposes and who agrees

  /** Whom an item belongs to: one of the first three people, anyone, or the unknown {@code p-999}. */
  private enum PersonKind { FAVOURITE, ANY, UNKNOWN }

  /** A person picked modulo the candidates of its kind once the people are known. */
  private record PersonRef(PersonKind kind, int pick) {}

  /** Which cycle a plan runs in: one of the context's, the unknown {@code c-999} or the CLOSED {@code c-100}. */
  private enum CycleKind { KNOWN, UNKNOWN, CLOSED }

  /** A cycle picked modulo the context's cycles. */
  private record CycleRef(CycleKind kind, int pick) {}

  /** Whom a goal's approver is drawn from; a kind without candidates falls back to anyone, then to a stranger. */
  private enum Approver { NONE, MANAGER_CHAIN, HR_ADMINISTRATOR, ANYONE, THE_PERSON, STRANGER }

  private enum Proposer { NONE, THE_PERSON, ANYONE }

  /** What items are placed among: people ids, their manager chains, HR administrators, cycle ids. */
  private record Context(List<String> personIds, Map<String, List<String>> chains, List<String> hrAdministrators,
      List<String> cycleIds) {

    static Context of(List<String> personIds, List<String> cycleIds) {
      return new Context(List.copyOf(personIds), Map.of(), List.of(), List.copyOf(cycleIds));
    }

    /** The snapshot's people, chains and administrators; its cycles but the CLOSED one adversarial snapshots add. */
    static Context of(OrganizationSnapshot snapshot) {
      List<String> ids = new ArrayList<>();
      List<String> hr = new ArrayList<>();
      Map<String, List<String>> chains = new HashMap<>();
      for (Person person : snapshot.people()) {
        ids.add(person.id());
        chains.put(person.id(), snapshot.managerChain(person.id()));
        if (person.hrAdministrator()) {
          hr.add(person.id());
        }
      }
      List<String> cycles = new ArrayList<>();
      for (Cycle cycle : snapshot.cycles()) {
        if (!cycle.id().equals(CLOSED_CYCLE)) {
          cycles.add(cycle.id());
        }
      }
      return new Context(List.copyOf(ids), Map.copyOf(chains), List.copyOf(hr), List.copyOf(cycles));
    }

    String anyone(int pick) {
      return personIds.isEmpty() ? MISSING_PERSON : personIds.get(pick % personIds.size());
    }

    String person(PersonRef ref) {
      switch (ref.kind()) {
        case FAVOURITE:
          return personIds.isEmpty() ? MISSING_PERSON
              : personIds.get(ref.pick() % Math.min(FAVOURITE_PEOPLE, personIds.size()));
        case ANY:
          return anyone(ref.pick());
        case UNKNOWN:
          return MISSING_PERSON;
        default:
          throw new AssertionError(ref);
      }
    }

    String cycle(CycleRef ref) {
      switch (ref.kind()) {
        case KNOWN:
          return cycleIds.isEmpty() ? MISSING_CYCLE : cycleIds.get(ref.pick() % cycleIds.size());
        case UNKNOWN:
          return MISSING_CYCLE;
        case CLOSED:
          return CLOSED_CYCLE;
        default:
          throw new AssertionError(ref);
      }
    }

    Optional<String> proposer(Proposer kind, int pick, String personId) {
      switch (kind) {
        case NONE:
          return Optional.empty();
        case THE_PERSON:
          return Optional.of(personId);
        case ANYONE:
          return Optional.of(anyone(pick));
        default:
          throw new AssertionError(kind);
      }
    }

    Optional<String> approver(Approver kind, int pick, String personId) {
      switch (kind) {
        case NONE:
          return Optional.empty();
        case MANAGER_CHAIN:
          List<String> chain = chains.getOrDefault(personId, List.of());
          return Optional.of(chain.isEmpty() ? anyone(pick) : chain.get(pick % chain.size()));
        case HR_ADMINISTRATOR:
          return Optional.of(hrAdministrators.isEmpty()
              ? anyone(pick) : hrAdministrators.get(pick % hrAdministrators.size()));
        case ANYONE:
          return Optional.of(anyone(pick));
        case THE_PERSON:
          return Optional.of(personId);
        case STRANGER:
          return Optional.of(MISSING_PERSON);
        default:
          throw new AssertionError(kind);
      }
    }
  }

  private static Arbitrary<PersonRef> personRefs(PersonKind kind) {
    return picks().map(pick -> new PersonRef(kind, pick));
  }

  private static Arbitrary<PersonRef> anyPeople() {
    return personRefs(PersonKind.ANY);
  }

  private static Arbitrary<CycleRef> knownCycles() {
    return picks().map(pick -> new CycleRef(CycleKind.KNOWN, pick));
  }

  // ---------------------------------------------------------------------------------------------
  // Goals

  /** A goal before it is placed: its shape, with placeholder ids and nobody named, and who proposes and agrees. */
  private record GoalDraft(DevelopmentGoal shape, Proposer proposer, Approver approver, int pick, LocalDate agreedOn) {
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

  private static Arbitrary<GoalDraft> goalDrafts() {
    Arbitrary<Approver> approvers = Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just(Approver.NONE)),
        Tuple.of(5, Arbitraries.just(Approver.MANAGER_CHAIN)),
        Tuple.of(1, Arbitraries.just(Approver.HR_ADMINISTRATOR)),
        Tuple.of(1, Arbitraries.just(Approver.ANYONE)),
        Tuple.of(1, Arbitraries.just(Approver.THE_PERSON)),
        Tuple.of(1, Arbitraries.just(Approver.STRANGER)));
    Arbitrary<Proposer> proposers = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(Proposer.NONE)),
        Tuple.of(3, Arbitraries.just(Proposer.THE_PERSON)),
        Tuple.of(1, Arbitraries.just(Proposer.ANYONE)));
    return Combinators.combine(goalShapes(), proposers, approvers, picks(), OrgArbitraries.dates())
        .as(GoalDraft::new);
  }

  private static Arbitrary<DevelopmentGoal> goalShapes() {
    Arbitrary<DevelopmentGoal> heads = Combinators.combine(
            Arbitraries.of(GOAL_STATEMENTS),
            goalStatuses(),
            Arbitraries.of(false, true),
            Arbitraries.doubles().between(0, 1).ofScale(2).optional(0.6),
            Arbitraries.of(Visibility.class).optional(0.15),
            Arbitraries.integers().between(1, 45).map(n -> "o-" + n).optional(0.2),
            roles().optional(0.2))
        .as((statement, status, ownTime, share, visibility, wovenInto, role) -> DevelopmentGoal.builder()
            .id(PLACEHOLDER_ID).statement(statement).status(status).ownTime(ownTime)
            .plannedShare(optionalDouble(share)).visibility(visibility).wovenInto(wovenInto).targetRole(role)
            .build());
    return Combinators.combine(
            heads,
            targetSkills().list().ofMaxSize(MAX_TARGET_SKILLS),
            measures().list().ofMaxSize(MAX_MEASURES),
            supportActivities().list().ofMaxSize(MAX_SUPPORT))
        .as((head, skills, measures, support) -> DevelopmentGoal.builder().from(head)
            .targetSkills(skills).measures(measures).supportActivities(support).build());
  }

  /** Any status, AGREED and ACTIVE (the counted ones) most often. */
  private static Arbitrary<GoalStatus> goalStatuses() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just(GoalStatus.PROPOSED)),
        Tuple.of(3, Arbitraries.just(GoalStatus.AGREED)),
        Tuple.of(3, Arbitraries.just(GoalStatus.ACTIVE)),
        Tuple.of(1, Arbitraries.just(GoalStatus.DONE)),
        Tuple.of(1, Arbitraries.just(GoalStatus.DROPPED)));
  }

  private static Arbitrary<TargetSkill> targetSkills() {
    Arbitrary<String> skillIds = Arbitraries.frequencyOf(
        Tuple.of(9, Arbitraries.integers().between(1, MAX_SKILLS).map(n -> "s-" + n)),
        Tuple.of(1, Arbitraries.just(MISSING_SKILL)));
    Arbitrary<Optional<Double>> desired = Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.integers().between(4, 20).map(q -> q / 4.0)),
            Tuple.of(1, Arbitraries.doubles().between(1, 5).ofScale(2)))
        .optional(0.7);
    return Combinators.combine(skillIds, desired)
        .as((id, level) -> level.isPresent() ? TargetSkill.of(id, level.get()) : TargetSkill.of(id));
  }

  /** Measures: three in four measurable as {@code okr.key-result.not-measurable} reads it; 0 to 2 check-ins. */
  private static Arbitrary<KeyResult> measures() {
    Arbitrary<Double> starts = Arbitraries.doubles().between(-100, 100).ofScale(1);
    Arbitrary<Double> spans = Arbitraries.doubles().between(0.5, 100).ofScale(1);
    Arbitrary<String> titles = Arbitraries.of(MEASURE_TITLES);
    Arbitrary<String> units = Arbitraries.of(UNITS);
    Arbitrary<KeyResult> measurable = Arbitraries.oneOf(List.of(
        Combinators.combine(titles, starts, spans, units)
            .as((title, start, span, unit) -> KeyResult.increase(PLACEHOLDER_ID, title, start, start + span, unit)),
        Combinators.combine(titles, starts, spans, units)
            .as((title, start, span, unit) -> KeyResult.decrease(PLACEHOLDER_ID, title, start, start - span, unit)),
        Combinators.combine(titles, starts, units)
            .as((title, threshold, unit) -> KeyResult.stayAtLeast(PLACEHOLDER_ID, title, threshold, unit)),
        Combinators.combine(titles, starts, units)
            .as((title, threshold, unit) -> KeyResult.stayAtMost(PLACEHOLDER_ID, title, threshold, unit)),
        titles.map(title -> KeyResult.achieve(PLACEHOLDER_ID, title)),
        titles.map(title -> KeyResult.ordinal(PLACEHOLDER_ID, title,
            "Answers most questions", "Answers every question", "Teaches others to answer them"))));
    Arbitrary<KeyResultKind> linear = Arbitraries.of(KeyResultKind.INCREASE, KeyResultKind.DECREASE);
    Arbitrary<KeyResult> unmeasurable = Arbitraries.oneOf(List.of(
        titles.map(title -> KeyResult.builder().id(PLACEHOLDER_ID).title(title).build()),
        Arbitraries.of(KeyResultKind.class)
            .map(kind -> KeyResult.builder().id(PLACEHOLDER_ID).title("Get better at it").kind(kind).build()),
        Combinators.combine(linear, starts)
            .as((kind, target) -> KeyResult.builder().id(PLACEHOLDER_ID).title("Get better at it")
                .kind(kind).target(target).build()),
        Combinators.combine(linear, starts, spans)
            .as((kind, start, span) -> KeyResult.builder().id(PLACEHOLDER_ID).title("Get better at it")
                .kind(kind).start(start).target(start + span).unit(" ").build()),
        Arbitraries.subsetOf(OrdinalZone.COMMIT, OrdinalZone.TARGET, OrdinalZone.STRETCH).ofMaxSize(2)
            .map(DevelopmentArbitraries::ordinalWithTexts)));
    return Combinators.combine(
            Arbitraries.frequencyOf(Tuple.of(3, measurable), Tuple.of(1, unmeasurable)),
            OrgArbitraries.checkIns().list().ofMaxSize(2))
        .as((measure, checkIns) -> KeyResult.builder().from(measure).checkIns(checkIns).build());
  }

  private static KeyResult ordinalWithTexts(Set<OrdinalZone> zones) {
    KeyResult.Builder builder = KeyResult.builder().id(PLACEHOLDER_ID).title("Product knowledge")
        .kind(KeyResultKind.ORDINAL).target(OrdinalZone.TARGET.index());
    for (OrdinalZone zone : zones) {
      builder.putZoneText(zone, "Zone " + zone.index());
    }
    return builder.build();
  }

  private static Arbitrary<SupportActivity> supportActivities() {
    return Combinators.combine(
            Arbitraries.of(SupportKind.class),
            Arbitraries.of(SUPPORT_DESCRIPTIONS),
            Arbitraries.of(PROVIDERS).optional(0.4),
            Arbitraries.doubles().between(0, 80).ofScale(1).optional(0.5))
        .as((kind, description, provider, hours) -> SupportActivity.builder()
            .kind(kind).description(description).provider(provider).plannedHours(optionalDouble(hours)).build());
  }

  // ---------------------------------------------------------------------------------------------
  // Plans

  /** A coaching check-in before its coach is known: the coach, when set, is picked among the people. */
  private record CoachingDraft(LocalDate date, Optional<Integer> coachPick, Optional<String> note) {}

  /** A plan before it is placed: whose, which cycle, its own fields on a placeholder plan, coaching and goals. */
  private record PlanDraft(PersonRef person, CycleRef cycle, DevelopmentPlan shape, List<CoachingDraft> coaching,
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

  private static Arbitrary<PlanDraft> planDrafts(Arbitrary<PersonRef> people, Arbitrary<CycleRef> cycles,
      int maxGoals) {
    Arbitrary<DevelopmentPlan> shapes = Combinators.combine(
            Arbitraries.of(PerformanceStanding.class).optional(0.6),
            roles().optional(0.2),
            Arbitraries.integers().between(7, 62).optional(0.3),
            Arbitraries.of(Visibility.class).optional(0.15))
        .as((standing, role, cadence, visibility) -> DevelopmentPlan.builder()
            .id(PLACEHOLDER_ID).personId(PLACEHOLDER_ID).cycleId(PLACEHOLDER_ID)
            .standing(standing).targetRole(role)
            .coachingCadenceDays(cadence.isPresent() ? OptionalInt.of(cadence.get()) : OptionalInt.empty())
            .visibility(visibility).build());
    Arbitrary<CoachingDraft> coaching = Combinators.combine(
            OrgArbitraries.dates(), picks().optional(0.7), Arbitraries.of(COACHING_NOTES).optional(0.3))
        .as(CoachingDraft::new);
    return Combinators.combine(
            people, cycles, shapes, coaching.list().ofMaxSize(MAX_COACHING_CHECK_INS),
            goalDrafts().list().ofMaxSize(maxGoals).withSizeDistribution(RandomDistribution.uniform()))
        .as(PlanDraft::new);
  }

  private static List<String> withinPlanGoalIds(int count) {
    List<String> ids = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      ids.add("g-" + i);
    }
    return ids;
  }

  // ---------------------------------------------------------------------------------------------
  // Visions

  /** A vision before it is placed: whose, and its own fields on a placeholder vision. */
  private record VisionDraft(PersonRef person, CareerVision shape) {
    CareerVision materialize(String id, Context context) {
      return CareerVision.builder().from(shape).id(id).personId(context.person(person)).build();
    }
  }

  private static Arbitrary<VisionDraft> visionDrafts(Arbitrary<PersonRef> people) {
    Arbitrary<CareerVision> shapes = Combinators.combine(
            OrgArbitraries.dates().optional(0.7),
            Arbitraries.of(STRENGTHS).list().ofMaxSize(3),
            Arbitraries.of(WEAKNESSES).list().ofMaxSize(3),
            Arbitraries.of(VISIONS).optional(0.8),
            Arbitraries.of(Visibility.class).optional(0.15))
        .as((date, strengths, weaknesses, vision, visibility) -> CareerVision.builder()
            .id(PLACEHOLDER_ID).personId(PLACEHOLDER_ID).date(date).strengths(strengths).weaknesses(weaknesses)
            .longTermVision(vision).visibility(visibility).build());
    return Combinators.combine(people, shapes).as(VisionDraft::new);
  }

  // ---------------------------------------------------------------------------------------------
  // GROW sessions

  /** What an incomplete GROW session leaves out, or the unlikely step without a contingency it adds. */
  private enum Omission { GOAL, BLANK_GOAL, REALITY, OPTIONS, HORIZONS, STEPS, CONTINGENCY }

  private enum Tracker { NONE, RESOLVING, DANGLING }

  /** A way-forward step before its tracker is resolved; in a complete session an unlikely step gets a contingency. */
  private record StepDraft(String description, Optional<Horizon> horizon, Optional<Double> likelihood,
      Optional<String> contingency, Tracker tracker, int pick) {

    WayForwardStep materialize(List<String> trackers, boolean complete) {
      Optional<String> trackedBy;
      switch (tracker) {
        case RESOLVING:
          trackedBy = Optional.of(trackers.isEmpty() ? MISSING_GOAL : trackers.get(pick % trackers.size()));
          break;
        case DANGLING:
          trackedBy = Optional.of(MISSING_GOAL);
          break;
        default:
          trackedBy = Optional.empty();
      }
      boolean unlikely = likelihood.isPresent() && likelihood.get() < 0.5;
      Optional<String> withFallback = complete && unlikely && contingency.isEmpty()
          ? Optional.of(CONTINGENCIES.get(0)) : contingency;
      return WayForwardStep.builder().description(description).horizon(horizon)
          .likelihood(optionalDouble(likelihood)).contingency(withFallback).trackedBy(trackedBy).build();
    }
  }

  private static Arbitrary<StepDraft> stepDrafts() {
    Arbitrary<Tracker> trackers = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(Tracker.RESOLVING)),
        Tuple.of(1, Arbitraries.just(Tracker.DANGLING)),
        Tuple.of(2, Arbitraries.just(Tracker.NONE)));
    return Combinators.combine(
            Arbitraries.of(STEPS),
            Arbitraries.of(Horizon.class).optional(0.85),
            Arbitraries.doubles().between(0, 1).ofScale(2).optional(0.7),
            Arbitraries.of(CONTINGENCIES).optional(0.4),
            trackers,
            picks())
        .as(StepDraft::new);
  }

  /** The parts of a complete session: a goal, a reality, options, steps (the first gets a horizon if it has none). */
  private record SessionParts(PersonRef person, Optional<Integer> coachPick, Optional<LocalDate> date, String goal,
      List<Optional<String>> reality, List<GrowOption> options, List<StepDraft> steps, Horizon firstHorizon) {}

  /** A session before it is placed: its parts, its own visibility, and what it leaves out. */
  private record SessionDraft(SessionParts parts, Optional<Visibility> visibility, Set<Omission> omissions,
      double unlikely) {

    GrowSession materialize(String id, Context context, List<String> trackers) {
      GrowSession.Builder session = GrowSession.builder().id(id).personId(context.person(parts.person()))
          .coachId(parts.coachPick().map(context::anyone)).date(parts.date()).visibility(visibility);
      if (omissions.contains(Omission.BLANK_GOAL)) {
        session.goal(" ");
      } else if (!omissions.contains(Omission.GOAL)) {
        session.goal(parts.goal());
      }
      if (!omissions.contains(Omission.REALITY)) {
        List<Optional<String>> reality = parts.reality();
        boolean any = reality.get(0).isPresent() || reality.get(1).isPresent() || reality.get(2).isPresent();
        session.whereNow(any ? reality.get(0) : Optional.of(REALITIES.get(0)))
            .doneSoFar(reality.get(1)).distance(reality.get(2));
      }
      if (!omissions.contains(Omission.OPTIONS)) {
        session.options(parts.options());
      }
      if (!omissions.contains(Omission.STEPS)) {
        boolean horizons = !omissions.contains(Omission.HORIZONS);
        boolean complete = !omissions.contains(Omission.CONTINGENCY);
        List<StepDraft> steps = parts.steps();
        for (int i = 0; i < steps.size(); i++) {
          WayForwardStep step = steps.get(i).materialize(trackers, complete);
          if (!horizons) {
            step = WayForwardStep.builder().from(step).horizon(Optional.empty()).build();
          } else if (i == 0 && step.horizon().isEmpty()) {
            step = WayForwardStep.builder().from(step).horizon(parts.firstHorizon()).build();
          }
          session.addStep(step);
        }
        if (!complete) {
          session.addStep(WayForwardStep.builder().description(STEPS.get(0)).horizon(Horizon.THIS_WEEK)
              .likelihood(unlikely).build());
        }
      }
      return session.build();
    }
  }

  private static Arbitrary<SessionDraft> sessionDrafts(Arbitrary<PersonRef> people) {
    Arbitrary<GrowOption> options = Combinators.combine(
            Arbitraries.of(OPTIONS), Arbitraries.of("Visibility", "Practice").optional(0.5),
            Arbitraries.of("Time", "Needs a sponsor").optional(0.5))
        .as((description, benefits, challenges) -> GrowOption.builder()
            .description(description).benefits(benefits).challenges(challenges).build());
    Arbitrary<SessionParts> parts = Combinators.combine(
            people,
            picks().optional(0.7),
            OrgArbitraries.dates().optional(0.8),
            Arbitraries.of(GROW_GOALS),
            Arbitraries.of(REALITIES).optional(0.6).list().ofSize(3),
            options.list().ofMinSize(1).ofMaxSize(MAX_OPTIONS),
            stepDrafts().list().ofMinSize(1).ofMaxSize(MAX_STEPS),
            Arbitraries.of(Horizon.class))
        .as(SessionParts::new);
    Arbitrary<Set<Omission>> omissions = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(Set.of())),
        Tuple.of(2, Arbitraries.subsetOf(Omission.values()).ofMinSize(1).ofMaxSize(3)));
    return Combinators.combine(
            parts, Arbitraries.of(Visibility.class).optional(0.15), omissions,
            Arbitraries.doubles().between(0, 0.49).ofScale(2))
        .as(SessionDraft::new);
  }

  // ---------------------------------------------------------------------------------------------
  // Small parts

  private static List<String> defaultPeople() {
    List<String> ids = new ArrayList<>(DEFAULT_PEOPLE);
    for (int i = 1; i <= DEFAULT_PEOPLE; i++) {
      ids.add("p-" + i);
    }
    return ids;
  }

  private static Arbitrary<String> numbered(String prefix) {
    return Arbitraries.integers().between(1, MAX_ITEM_NUMBER).map(n -> prefix + "-" + n);
  }

  private static Arbitrary<RoleRef> roles() {
    return Combinators.combine(Arbitraries.of("ic", "mgmt"), Arbitraries.integers().between(1, 5).map(n -> "l-" + n))
        .as(RoleRef::of);
  }

  private static Arbitrary<Integer> picks() {
    return Arbitraries.integers().between(0, MAX_PICK);
  }

  private static OptionalDouble optionalDouble(Optional<Double> value) {
    return value.isPresent() ? OptionalDouble.of(value.get()) : OptionalDouble.empty();
  }
}
