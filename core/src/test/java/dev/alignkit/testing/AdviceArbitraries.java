package dev.alignkit.testing;

import dev.alignkit.career.Assessment;
import dev.alignkit.career.AssessmentSource;
import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.Expectation;
import dev.alignkit.career.Importance;
import dev.alignkit.career.LateralMove;
import dev.alignkit.career.Level;
import dev.alignkit.career.Opening;
import dev.alignkit.career.ProficiencyScale;
import dev.alignkit.career.RoleRef;
import dev.alignkit.career.Skill;
import dev.alignkit.career.SkillCatalog;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.career.TrackKind;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GoalStatus;
import dev.alignkit.development.PerformanceStanding;
import dev.alignkit.development.SupportActivity;
import dev.alignkit.development.SupportKind;
import dev.alignkit.development.TargetSkill;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.CycleStatus;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.Owner;
import dev.alignkit.okr.OwnerKind;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of snapshots rich enough for the advisor (DOMAIN sections 2 and 3): start from
 * {@link #adviceSnapshots()} and advise on every goal of its plans as of {@link #AS_OF}.
 *
 * <p>Every generator is built by combining valid parts; none filters and none uses
 * {@code flatMap}: skills, ladders, levels, people, teams, objectives and initiatives are picks,
 * reduced modulo the candidates when the snapshot is assembled, so failures shrink well. Ids are
 * numbered per kind: skills {@code s-1}, ladders {@code ld-1}, levels {@code l-1} (within a ladder,
 * in rank order), teams {@code t-1}, people {@code p-1}, cycles {@code c-1}, objectives
 * {@code o-1}, key results {@code kr-1}, initiatives {@code i-1}, lateral moves {@code lm-1},
 * openings {@code op-1}, plans {@code dp-1}, goals {@code g-1} (unique across plans) and their
 * measures {@code g-1-m-1}. Ids that must not resolve end in 999 ({@code s-999}, {@code ld-999},
 * {@code l-999}, {@code p-999}, {@code o-999}, {@code i-999}).
 *
 * <ul>
 *   <li><b>Catalog</b>: one skill of each of the families influence, people-management,
 *       visibility, process, technical-expertise and product-knowledge, in a random order, then 0
 *       to 10 more of those families (so a family often holds several skills) or of analytics
 *       (outside the weave map), on a scale of {@link CareerArbitraries#scales()}.
 *   <li><b>Ladders</b>: 1 to 3, each of 1 to 4 levels with rising ranks (a level shares the
 *       previous rank once in 10), each level expecting 0 to 3 catalog skills at any point of the
 *       scale (so some levels lower an inherited requirement), 1 in 4 OPTIONAL, 1 in 6
 *       {@code relax}.
 *   <li><b>People</b>: 1 to 8 in one reporting tree under {@code p-1}, mostly in a team; most
 *       with a role on a ladder level, some with none, some with a role whose level or ladder
 *       does not resolve; most with a profile of 0 to 5 assessments dated up to two years before
 *       {@link #AS_OF}.
 *   <li><b>Career moves</b>: up to 5 lateral moves, often from someone's role, some of whose ends
 *       do not resolve; up to 4 openings, some for roles that do not resolve.
 *   <li><b>Work</b>: two cycles ({@code c-1} ACTIVE around {@link #AS_OF}, {@code c-2} DRAFT after
 *       it); 0 to 10 objectives of the organization, a team or a person, ACTIVE most often, else
 *       DRAFT or CANCELLED, tagged with up to three of the weave-map tags ({@code cross-functional},
 *       {@code vendors}, {@code interns}, {@code executive-sponsored}, {@code process}),
 *       exercising up to three catalog skills, with 0 to 2 initiatives tagged and skilled alike.
 *   <li><b>Plans</b>: 1 to 5, of a person of the snapshot (once in 10 of {@code p-999}), any
 *       standing or none, a third of them a target role (resolving or not); 1 to 3 goals each of
 *       any status, {@code ownTime} once in three, a planned share sometimes, support activities
 *       with and without planned hours, 0 to 3 target skills (once in 8 the unknown
 *       {@code s-999}), a quarter of them a target role, and woven into nothing (mostly), an
 *       objective, an initiative, or the dangling {@code o-999} or {@code i-999}.
 * </ul>
 *
 * <p>Sizes stay small so that a property of a few hundred tries runs in a second or two.
 */
public final class AdviceArbitraries {
  /** The day the advisor is asked on: inside the ACTIVE cycle {@code c-1}, after every assessment. */
  public static final LocalDate AS_OF = CareerArbitraries.AS_OF;

  /** The tags objectives and initiatives carry: those of the default weave map. */
  public static final List<String> WEAVE_TAGS = List.of(
      "cross-functional", "vendors", "interns", "executive-sponsored", "process");

  private static final int MAX_EXTRA_SKILLS = 10;
  private static final int MAX_LADDERS = 3;
  private static final int MAX_LEVELS = 4;
  private static final int MAX_EXPECTATIONS = 3;
  private static final int MAX_TEAMS = 3;
  private static final int MAX_PEOPLE = 8;
  private static final int MAX_ASSESSMENTS = 5;
  private static final int MAX_MOVES = 5;
  private static final int MAX_OPENINGS = 4;
  private static final int MAX_OBJECTIVES = 10;
  private static final int MAX_INITIATIVES = 2;
  private static final int MAX_WORK_SKILLS = 3;
  private static final int MAX_WORK_TAGS = 3;
  private static final int MAX_PLANS = 5;
  private static final int MAX_GOALS = 3;
  private static final int MAX_TARGET_SKILLS = 3;
  private static final int MAX_SUPPORT = 2;
  private static final int MAX_ASSESSMENT_AGE_DAYS = 730;
  /** A pick is reduced modulo the number of candidates; small picks shrink towards the first one. */
  private static final int MAX_PICK = 999;

  private static final String MISSING_SKILL = "s-999";
  private static final String MISSING_LADDER = "ld-999";
  private static final String MISSING_LEVEL = "l-999";
  private static final String MISSING_PERSON = "p-999";
  private static final String MISSING_OBJECTIVE = "o-999";
  private static final String MISSING_INITIATIVE = "i-999";

  /** A skill's name and family, as an HR catalog lists them. */
  private record SkillTemplate(String name, String family) {}

  /** One skill of each family the advisor treats specially, and product knowledge, which it does not. */
  private static final List<SkillTemplate> FAMILY_SKILLS = List.of(
      new SkillTemplate("Stakeholder influence", "influence"),
      new SkillTemplate("Hiring", "people-management"),
      new SkillTemplate("Presenting to executives", "visibility"),
      new SkillTemplate("Release process", "process"),
      new SkillTemplate("System design", "technical-expertise"),
      new SkillTemplate("Product domain", "product-knowledge"));
  private static final List<SkillTemplate> EXTRA_SKILLS = List.of(
      new SkillTemplate("Negotiation", "influence"),
      new SkillTemplate("Coaching", "people-management"),
      new SkillTemplate("Writing for leadership", "visibility"),
      new SkillTemplate("Incident handling", "process"),
      new SkillTemplate("Code review", "technical-expertise"),
      new SkillTemplate("Rust", "technical-expertise"),
      new SkillTemplate("Data analysis", "analytics"));
  private static final List<String> LADDER_NAMES = List.of(
      "Engineering (IC)", "Engineering management", "Customer service", "Sales", "Data science");
  private static final List<String> LEVEL_NAMES = List.of("Associate", "Intermediate", "Senior", "Staff");
  private static final List<String> PERSON_NAMES = List.of(
      "Ada", "Grace", "Linus", "Barbara", "Ken", "Margaret", "Dennis", "Frances");
  private static final List<String> TEAM_NAMES = List.of("Platform", "Support", "Sales");
  private static final List<String> OPENING_TITLES = List.of("Support lead", "Staff engineer", "Account manager");
  private static final List<String> OBJECTIVE_TITLES = List.of(
      "Delight new customers", "Make onboarding effortless", "Grow the partner channel",
      "Build a platform teams trust", "Become a great place to grow");
  private static final List<String> INITIATIVE_TITLES = List.of(
      "Attend weekly product feedback sessions", "Run an onboarding workshop",
      "Automate the release checklist", "Renegotiate the vendor contracts", "Host the summer interns");
  private static final List<String> GOAL_STATEMENTS = List.of(
      "Learn Rust", "Lead a client call each week", "Learn to negotiate with vendors",
      "Present the quarterly results to the executives", "Mentor the new interns", "Own the release process");
  private static final List<String> SUPPORT_DESCRIPTIONS = List.of(
      "Negotiation course", "Monthly coaching with the manager", "Shadow the sales lead", "Pair on release duty");

  private static final Cycle CURRENT_CYCLE = Cycle.builder().id("c-1").name("2026-Q3")
      .startInclusive(LocalDate.of(2026, 7, 1)).endInclusive(LocalDate.of(2026, 9, 30))
      .status(CycleStatus.ACTIVE).build();
  private static final Cycle NEXT_CYCLE = Cycle.builder().id("c-2").name("2026-Q4")
      .startInclusive(LocalDate.of(2026, 10, 1)).endInclusive(LocalDate.of(2026, 12, 31))
      .status(CycleStatus.DRAFT).build();

  private AdviceArbitraries() {}

  // ---------------------------------------------------------------------------------------------
  // Public generators

  /** A catalog of one skill of each special family in a random order, then 0 to 10 more; see the class comment. */
  public static Arbitrary<SkillCatalog> catalogs() {
    return Combinators.combine(
            CareerArbitraries.scales(),
            Arbitraries.shuffle(FAMILY_SKILLS),
            Arbitraries.of(EXTRA_SKILLS).list().ofMaxSize(MAX_EXTRA_SKILLS))
        .as(AdviceArbitraries::catalog);
  }

  /** A snapshot of a catalog, ladders, people, profiles, moves, openings, work and plans; see the class comment. */
  public static Arbitrary<OrganizationSnapshot> adviceSnapshots() {
    Arbitrary<CareerParts> career = Combinators.combine(
            catalogs(),
            ladderDrafts().list().ofMinSize(1).ofMaxSize(MAX_LADDERS),
            Arbitraries.integers().between(1, MAX_TEAMS),
            personDrafts().list().ofMinSize(1).ofMaxSize(MAX_PEOPLE),
            assessmentDrafts().list().ofMaxSize(MAX_ASSESSMENTS).optional(0.8).list().ofMaxSize(MAX_PEOPLE),
            moveDrafts().list().ofMaxSize(MAX_MOVES),
            openingDrafts().list().ofMaxSize(MAX_OPENINGS))
        .as(CareerParts::new);
    return Combinators.combine(
            career,
            objectiveDrafts().list().ofMaxSize(MAX_OBJECTIVES),
            planDrafts().list().ofMinSize(1).ofMaxSize(MAX_PLANS))
        .as(AdviceArbitraries::snapshot)
        // The edge cases of the parts (empty lists, first picks) would crowd out ordinary snapshots.
        .withoutEdgeCases();
  }

  // ---------------------------------------------------------------------------------------------
  // Drafts: what a part holds before the snapshot's ids are known

  private enum RoleShape { RESOLVING, UNKNOWN_LEVEL, UNKNOWN_LADDER }

  /** A role picked modulo the ladders and their levels; the other shapes do not resolve. */
  private record RoleDraft(RoleShape shape, int ladderPick, int levelPick) {}

  /** A declaration: a skill picked modulo the catalog, a requirement {@code percent} of the way up the scale. */
  private record ExpectationDraft(int skillPick, int percent, boolean optional, boolean relax) {}

  private record LevelDraft(List<ExpectationDraft> expectations, int rankStep, boolean sharesRank) {}

  private record LadderDraft(int namePick, TrackKind track, List<LevelDraft> levels) {}

  private record PersonDraft(Optional<Integer> teamPick, Optional<RoleDraft> role, int managerPick) {}

  private record AssessmentDraft(int skillPick, int percent, int daysBefore, AssessmentSource source) {}

  /** A lateral move from the picked person's role when that person has one, else from {@code from}. */
  private record MoveDraft(Optional<Integer> fromPersonPick, RoleDraft from, RoleDraft to) {}

  private record OpeningDraft(RoleDraft role, Optional<Integer> teamPick, Optional<String> title) {}

  /** The fields objectives and initiatives share: title, status, tags and skills picked modulo the catalog. */
  private record WorkDraft(String title, OkrStatus status, Set<String> tags, List<Integer> skillPicks) {}

  private record ObjectiveDraft(OwnerKind ownerKind, int ownerPick, int cyclePick, WorkDraft work,
      List<WorkDraft> initiatives) {}

  private enum WovenKind { NONE, OBJECTIVE, INITIATIVE, DANGLING_OBJECTIVE, DANGLING_INITIATIVE }

  private record TargetDraft(boolean unknown, int skillPick, Optional<Integer> desiredPercent) {}

  private record GoalDraft(DevelopmentGoal shape, List<TargetDraft> targets, WovenKind woven, int wovenPick,
      Optional<RoleDraft> targetRole) {}

  private record PlanDraft(Optional<Integer> personPick, int cyclePick, Optional<PerformanceStanding> standing,
      Optional<RoleDraft> targetRole, List<GoalDraft> goals) {}

  /** The career half of a snapshot, before the work and the plans are placed. */
  private record CareerParts(SkillCatalog catalog, List<LadderDraft> ladders, int teamCount,
      List<PersonDraft> people, List<Optional<List<AssessmentDraft>>> profiles, List<MoveDraft> moves,
      List<OpeningDraft> openings) {}

  private static Arbitrary<RoleDraft> roleDrafts() {
    return Combinators.combine(
            Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.just(RoleShape.RESOLVING)),
                Tuple.of(1, Arbitraries.just(RoleShape.UNKNOWN_LEVEL)),
                Tuple.of(1, Arbitraries.just(RoleShape.UNKNOWN_LADDER))),
            picks(), picks())
        .as(RoleDraft::new);
  }

  private static Arbitrary<LadderDraft> ladderDrafts() {
    Arbitrary<ExpectationDraft> expectations = Combinators.combine(
            picks(), percents(), oneIn(4), oneIn(6))
        .as(ExpectationDraft::new);
    Arbitrary<LevelDraft> levels = Combinators.combine(
            expectations.list().ofMaxSize(MAX_EXPECTATIONS), Arbitraries.integers().between(1, 3), oneIn(10))
        .as(LevelDraft::new);
    return Combinators.combine(
            Arbitraries.integers().between(0, LADDER_NAMES.size() - 1),
            Arbitraries.of(TrackKind.INDIVIDUAL_CONTRIBUTOR, TrackKind.MANAGEMENT),
            levels.list().ofMinSize(1).ofMaxSize(MAX_LEVELS))
        .as(LadderDraft::new);
  }

  private static Arbitrary<PersonDraft> personDrafts() {
    return Combinators.combine(picks().optional(0.9), roleDrafts().optional(0.9), picks()).as(PersonDraft::new);
  }

  private static Arbitrary<AssessmentDraft> assessmentDrafts() {
    return Combinators.combine(
            picks(), percents(), Arbitraries.integers().between(0, MAX_ASSESSMENT_AGE_DAYS),
            Arbitraries.of(AssessmentSource.class))
        .as(AssessmentDraft::new);
  }

  private static Arbitrary<MoveDraft> moveDrafts() {
    return Combinators.combine(picks().optional(0.6), roleDrafts(), roleDrafts()).as(MoveDraft::new);
  }

  private static Arbitrary<OpeningDraft> openingDrafts() {
    return Combinators.combine(roleDrafts(), picks().optional(0.8), Arbitraries.of(OPENING_TITLES).optional(0.7))
        .as(OpeningDraft::new);
  }

  private static Arbitrary<WorkDraft> workDrafts(List<String> titles) {
    Arbitrary<OkrStatus> statuses = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just(OkrStatus.ACTIVE)),
        Tuple.of(1, Arbitraries.just(OkrStatus.DRAFT)),
        Tuple.of(1, Arbitraries.just(OkrStatus.CANCELLED)));
    return Combinators.combine(
            Arbitraries.of(titles),
            statuses,
            Arbitraries.subsetOf(WEAVE_TAGS).ofMaxSize(MAX_WORK_TAGS),
            picks().list().ofMaxSize(MAX_WORK_SKILLS))
        .as(WorkDraft::new);
  }

  private static Arbitrary<ObjectiveDraft> objectiveDrafts() {
    Arbitrary<OwnerKind> owners = Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just(OwnerKind.ORGANIZATION)),
        Tuple.of(3, Arbitraries.just(OwnerKind.TEAM)),
        Tuple.of(1, Arbitraries.just(OwnerKind.PERSON)));
    return Combinators.combine(
            owners, picks(), picks(), workDrafts(OBJECTIVE_TITLES),
            workDrafts(INITIATIVE_TITLES).list().ofMaxSize(MAX_INITIATIVES))
        .as(ObjectiveDraft::new);
  }

  private static Arbitrary<GoalDraft> goalDrafts() {
    Arbitrary<GoalStatus> statuses = Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just(GoalStatus.PROPOSED)),
        Tuple.of(3, Arbitraries.just(GoalStatus.AGREED)),
        Tuple.of(3, Arbitraries.just(GoalStatus.ACTIVE)),
        Tuple.of(1, Arbitraries.just(GoalStatus.DONE)),
        Tuple.of(1, Arbitraries.just(GoalStatus.DROPPED)));
    Arbitrary<SupportActivity> support = Combinators.combine(
            Arbitraries.of(SupportKind.class),
            Arbitraries.of(SUPPORT_DESCRIPTIONS),
            Arbitraries.doubles().between(0, 80).ofScale(1).optional(0.6))
        .as((kind, description, hours) -> SupportActivity.builder().kind(kind).description(description)
            .plannedHours(hours.isPresent() ? OptionalDouble.of(hours.get()) : OptionalDouble.empty()).build());
    Arbitrary<DevelopmentGoal> shapes = Combinators.combine(
            Arbitraries.of(GOAL_STATEMENTS),
            statuses,
            oneIn(3),
            Arbitraries.doubles().between(0, 1).ofScale(2).optional(0.4),
            support.list().ofMaxSize(MAX_SUPPORT))
        .as((statement, status, ownTime, share, activities) -> DevelopmentGoal.builder()
            .id("x").statement(statement).status(status).ownTime(ownTime)
            .plannedShare(share.isPresent() ? OptionalDouble.of(share.get()) : OptionalDouble.empty())
            .supportActivities(activities).build());
    Arbitrary<TargetDraft> targets = Combinators.combine(oneIn(8), picks(), percents().optional(0.6))
        .as(TargetDraft::new);
    Arbitrary<WovenKind> woven = Arbitraries.frequencyOf(
        Tuple.of(12, Arbitraries.just(WovenKind.NONE)),
        Tuple.of(2, Arbitraries.just(WovenKind.OBJECTIVE)),
        Tuple.of(2, Arbitraries.just(WovenKind.INITIATIVE)),
        Tuple.of(1, Arbitraries.just(WovenKind.DANGLING_OBJECTIVE)),
        Tuple.of(1, Arbitraries.just(WovenKind.DANGLING_INITIATIVE)));
    Arbitrary<List<TargetDraft>> targetLists = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(List.<TargetDraft>of())),
        Tuple.of(6, targets.list().ofMinSize(1).ofMaxSize(MAX_TARGET_SKILLS)));
    return Combinators.combine(shapes, targetLists, woven, picks(), roleDrafts().optional(0.25))
        .as(GoalDraft::new);
  }

  private static Arbitrary<PlanDraft> planDrafts() {
    Arbitrary<Optional<Integer>> people = Arbitraries.frequencyOf(
        Tuple.of(9, picks().map(Optional::of)),
        Tuple.of(1, Arbitraries.just(Optional.<Integer>empty())));
    return Combinators.combine(
            people,
            picks(),
            Arbitraries.of(PerformanceStanding.class).optional(0.7),
            roleDrafts().optional(0.35),
            goalDrafts().list().ofMinSize(1).ofMaxSize(MAX_GOALS))
        .as(PlanDraft::new);
  }

  // ---------------------------------------------------------------------------------------------
  // Assembling a snapshot from drafts

  private static SkillCatalog catalog(ProficiencyScale scale, List<SkillTemplate> families,
      List<SkillTemplate> extras) {
    List<SkillTemplate> templates = new ArrayList<>(families);
    templates.addAll(extras);
    List<Skill> skills = new ArrayList<>(templates.size());
    for (int i = 0; i < templates.size(); i++) {
      skills.add(Skill.of("s-" + (i + 1), templates.get(i).name(), templates.get(i).family()));
    }
    return SkillCatalog.builder().scale(scale).skills(skills).build();
  }

  private static OrganizationSnapshot snapshot(CareerParts career, List<ObjectiveDraft> objectiveDrafts,
      List<PlanDraft> planDrafts) {
    SkillCatalog catalog = career.catalog();
    List<CareerLadder> ladders = new ArrayList<>(career.ladders().size());
    for (int i = 0; i < career.ladders().size(); i++) {
      ladders.add(ladder("ld-" + (i + 1), career.ladders().get(i), catalog));
    }
    List<Team> teams = new ArrayList<>(career.teamCount());
    for (int i = 0; i < career.teamCount(); i++) {
      teams.add(Team.of("t-" + (i + 1), TEAM_NAMES.get(i % TEAM_NAMES.size())));
    }
    List<Person> people = people(career.people(), teams, ladders);
    List<SkillProfile> profiles = new ArrayList<>();
    for (int i = 0; i < Math.min(people.size(), career.profiles().size()); i++) {
      Optional<List<AssessmentDraft>> drafts = career.profiles().get(i);
      if (drafts.isPresent()) {
        List<Assessment> assessments = new ArrayList<>(drafts.get().size());
        for (AssessmentDraft draft : drafts.get()) {
          assessments.add(Assessment.of(skillId(catalog, draft.skillPick()), onScale(catalog, draft.percent()),
              AS_OF.minusDays(draft.daysBefore()), draft.source()));
        }
        profiles.add(SkillProfile.of(people.get(i).id(), assessments));
      }
    }
    List<LateralMove> moves = new ArrayList<>(career.moves().size());
    for (int i = 0; i < career.moves().size(); i++) {
      MoveDraft draft = career.moves().get(i);
      RoleRef from = draft.fromPersonPick()
          .flatMap(pick -> people.get(pick % people.size()).role())
          .orElseGet(() -> role(draft.from(), ladders));
      moves.add(LateralMove.of("lm-" + (i + 1), from, role(draft.to(), ladders)));
    }
    List<Opening> openings = new ArrayList<>(career.openings().size());
    for (int i = 0; i < career.openings().size(); i++) {
      OpeningDraft draft = career.openings().get(i);
      openings.add(Opening.builder().id("op-" + (i + 1)).role(role(draft.role(), ladders))
          .teamId(draft.teamPick().map(pick -> teams.get(pick % teams.size()).id())).title(draft.title()).build());
    }
    List<Cycle> cycles = List.of(CURRENT_CYCLE, NEXT_CYCLE);
    List<Objective> objectives = objectives(objectiveDrafts, catalog, teams, people, cycles);
    List<String> initiativeIds = new ArrayList<>();
    for (Objective objective : objectives) {
      for (Initiative initiative : objective.initiatives()) {
        initiativeIds.add(initiative.id());
      }
    }
    List<DevelopmentPlan> plans = new ArrayList<>(planDrafts.size());
    int goalNumber = 0;
    for (int p = 0; p < planDrafts.size(); p++) {
      PlanDraft draft = planDrafts.get(p);
      String personId = draft.personPick().map(pick -> people.get(pick % people.size()).id()).orElse(MISSING_PERSON);
      List<DevelopmentGoal> goals = new ArrayList<>(draft.goals().size());
      for (GoalDraft goal : draft.goals()) {
        goalNumber++;
        goals.add(goal("g-" + goalNumber, goal, catalog, ladders, objectives, initiativeIds));
      }
      plans.add(DevelopmentPlan.builder().id("dp-" + (p + 1)).personId(personId)
          .cycleId(cycles.get(draft.cyclePick() % cycles.size()).id()).standing(draft.standing())
          .targetRole(draft.targetRole().map(role -> role(role, ladders))).goals(goals).build());
    }
    return OrganizationSnapshot.builder()
        .skillCatalog(catalog).ladders(ladders).teams(teams).people(people).profiles(profiles)
        .lateralMoves(moves).openings(openings).cycles(cycles).objectives(objectives).plans(plans)
        .build();
  }

  private static CareerLadder ladder(String id, LadderDraft draft, SkillCatalog catalog) {
    List<Level> levels = new ArrayList<>(draft.levels().size());
    int rank = 0;
    for (int i = 0; i < draft.levels().size(); i++) {
      LevelDraft level = draft.levels().get(i);
      if (i == 0 || !level.sharesRank()) {
        rank += level.rankStep();
      }
      List<Expectation> expectations = new ArrayList<>(level.expectations().size());
      for (ExpectationDraft expectation : level.expectations()) {
        expectations.add(Expectation.builder().skillId(skillId(catalog, expectation.skillPick()))
            .required(onScale(catalog, expectation.percent()))
            .importance(expectation.optional() ? Importance.OPTIONAL : Importance.ESSENTIAL)
            .relax(expectation.relax()).build());
      }
      levels.add(Level.builder().id("l-" + (i + 1)).name(LEVEL_NAMES.get(i % LEVEL_NAMES.size())).rank(rank)
          .expectations(expectations).build());
    }
    return CareerLadder.builder().id(id).name(LADDER_NAMES.get(draft.namePick())).track(draft.track())
        .levels(levels).build();
  }

  private static List<Person> people(List<PersonDraft> drafts, List<Team> teams, List<CareerLadder> ladders) {
    List<Person> people = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      PersonDraft draft = drafts.get(i);
      Person.Builder person = Person.builder().id("p-" + (i + 1)).name(PERSON_NAMES.get(i % PERSON_NAMES.size()))
          .teamId(draft.teamPick().map(pick -> teams.get(pick % teams.size()).id()))
          .role(draft.role().map(role -> role(role, ladders)));
      if (i > 0) {
        person.managerId("p-" + (draft.managerPick() % i + 1));
      }
      people.add(person.build());
    }
    return people;
  }

  private static List<Objective> objectives(List<ObjectiveDraft> drafts, SkillCatalog catalog, List<Team> teams,
      List<Person> people, List<Cycle> cycles) {
    List<Objective> objectives = new ArrayList<>(drafts.size());
    int initiativeNumber = 0;
    for (int o = 0; o < drafts.size(); o++) {
      ObjectiveDraft draft = drafts.get(o);
      Owner owner;
      switch (draft.ownerKind()) {
        case TEAM:
          owner = Owner.team(teams.get(draft.ownerPick() % teams.size()).id());
          break;
        case PERSON:
          owner = Owner.person(people.get(draft.ownerPick() % people.size()).id());
          break;
        default:
          owner = Owner.organization();
      }
      List<Initiative> initiatives = new ArrayList<>(draft.initiatives().size());
      for (WorkDraft work : draft.initiatives()) {
        initiativeNumber++;
        initiatives.add(Initiative.builder().id("i-" + initiativeNumber).title(work.title()).status(work.status())
            .tags(work.tags()).skills(skillIds(catalog, work.skillPicks())).build());
      }
      String id = "o-" + (o + 1);
      objectives.add(Objective.builder().id(id).title(draft.work().title()).owner(owner)
          .cycleId(cycles.get(draft.cyclePick() % cycles.size()).id()).status(draft.work().status())
          .tags(draft.work().tags()).skills(skillIds(catalog, draft.work().skillPicks()))
          .addKeyResult(KeyResult.increase("kr-" + (o + 1), "Raise weekly active teams", 0, 10, "teams"))
          .initiatives(initiatives).build());
    }
    return objectives;
  }

  private static DevelopmentGoal goal(String id, GoalDraft draft, SkillCatalog catalog, List<CareerLadder> ladders,
      List<Objective> objectives, List<String> initiativeIds) {
    List<TargetSkill> targets = new ArrayList<>(draft.targets().size());
    for (TargetDraft target : draft.targets()) {
      String skillId = target.unknown() ? MISSING_SKILL : skillId(catalog, target.skillPick());
      targets.add(target.desiredPercent().isPresent()
          ? TargetSkill.of(skillId, onScale(catalog, target.desiredPercent().get()))
          : TargetSkill.of(skillId));
    }
    Optional<String> wovenInto;
    switch (draft.woven()) {
      case OBJECTIVE:
        wovenInto = Optional.of(objectives.isEmpty()
            ? MISSING_OBJECTIVE : objectives.get(draft.wovenPick() % objectives.size()).id());
        break;
      case INITIATIVE:
        wovenInto = Optional.of(initiativeIds.isEmpty()
            ? MISSING_INITIATIVE : initiativeIds.get(draft.wovenPick() % initiativeIds.size()));
        break;
      case DANGLING_OBJECTIVE:
        wovenInto = Optional.of(MISSING_OBJECTIVE);
        break;
      case DANGLING_INITIATIVE:
        wovenInto = Optional.of(MISSING_INITIATIVE);
        break;
      default:
        wovenInto = Optional.empty();
    }
    return DevelopmentGoal.builder().from(draft.shape()).id(id).targetSkills(targets).wovenInto(wovenInto)
        .targetRole(draft.targetRole().map(role -> role(role, ladders)))
        .addMeasure(KeyResult.increase(id + "-m-1", "Sessions led", 0, 4, "sessions"))
        .build();
  }

  /** The role a draft names among {@code ladders}; the shapes other than RESOLVING do not resolve. */
  private static RoleRef role(RoleDraft draft, List<CareerLadder> ladders) {
    if (draft.shape() == RoleShape.UNKNOWN_LADDER || ladders.isEmpty()) {
      return RoleRef.of(MISSING_LADDER, "l-1");
    }
    CareerLadder ladder = ladders.get(draft.ladderPick() % ladders.size());
    if (draft.shape() == RoleShape.UNKNOWN_LEVEL || ladder.levels().isEmpty()) {
      return RoleRef.of(ladder.id(), MISSING_LEVEL);
    }
    return RoleRef.of(ladder.id(), ladder.levels().get(draft.levelPick() % ladder.levels().size()).id());
  }

  private static Set<String> skillIds(SkillCatalog catalog, List<Integer> picks) {
    Set<String> ids = new LinkedHashSet<>();
    for (int pick : picks) {
      ids.add(skillId(catalog, pick));
    }
    return ids;
  }

  /** The id of the picked catalog skill; {@code s-999} when the catalog has none. */
  private static String skillId(SkillCatalog catalog, int pick) {
    List<Skill> skills = catalog.skills();
    return skills.isEmpty() ? MISSING_SKILL : skills.get(pick % skills.size()).id();
  }

  /** {@code percent} of the way up the catalog's scale, on a quarter point. */
  private static double onScale(SkillCatalog catalog, int percent) {
    ProficiencyScale scale = catalog.scale();
    double value = scale.min() + (scale.max() - scale.min()) * (percent / 100.0);
    return Math.min(scale.max(), Math.max(scale.min(), Math.round(value * 4) / 4.0));
  }

  // ---------------------------------------------------------------------------------------------
  // Small parts

  private static Arbitrary<Integer> picks() {
    return Arbitraries.integers().between(0, MAX_PICK);
  }

  private static Arbitrary<Integer> percents() {
    return Arbitraries.integers().between(0, 100);
  }

  /** True once in {@code n} draws. */
  private static Arbitrary<Boolean> oneIn(int n) {
    return Arbitraries.frequencyOf(Tuple.of(n - 1, Arbitraries.just(false)), Tuple.of(1, Arbitraries.just(true)));
  }
}
