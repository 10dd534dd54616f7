package dev.alignkit.testing;

import dev.alignkit.career.Assessment;
import dev.alignkit.career.AssessmentSource;
import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.Expectation;
import dev.alignkit.career.Level;
import dev.alignkit.career.Opening;
import dev.alignkit.career.RoleRef;
import dev.alignkit.career.Skill;
import dev.alignkit.career.SkillCatalog;
import dev.alignkit.career.SkillProfile;
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
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.Owner;
import dev.alignkit.okr.OwnerKind;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import dev.alignkit.org.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators for privacy properties: small organizations in which the id and every text
 * of each item is a unique random token ({@code tok} and ten random characters, all of one
 * length, so that no token contains another), with a record of which item each token belongs
 * to. A test can then decide which items a viewer may not see and look for their tokens in
 * anything shown to that viewer.
 *
 * <p>Built by combining valid parts: the structure (owners, teams, managers, alignment, visibility,
 * grants) comes from drafts that pick among the items by index, so reporting cycles, alignment
 * cycles, references to hidden items and widened visibilities all occur; the tokens come from a
 * seeded {@link Random}, so a failing case is reproduced by its seed. Sizes stay small (at most 8
 * people, 12 objectives, 6 plans) so that a property can look at every person as a viewer.
 */
public final class PrivacyArbitraries {
  /** The day every organization is judged on. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 8, 15);
  /** The one cycle, in which every objective and plan lies. */
  public static final String CYCLE = "2026-Q3";
  /** The ladder every role is on. */
  public static final String LADDER = "eng";
  /** The codes waivers are drawn from. */
  public static final List<String> WAIVER_CODES = List.of(
      "okr.weight", "dev.goal.none", "dev.plan.underperformer", "dev.grow.incomplete", "career.assessment.stale");

  private static final List<String> SKILLS = List.of("s-influence", "s-process", "s-tech");
  private static final List<String> LEVELS = List.of("e1", "e2");

  private PrivacyArbitraries() {}

  /** Where a token was written: the kind of item and its id (for an assessment, person id and index). */
  public enum TokenKind {
    /** An objective's id or text, or that of one of its key results, initiatives or check-ins. */
    OBJECTIVE,
    /** A plan's id, attributes or coaching note. */
    PLAN,
    /** A goal's id or statement, or a measure's id or title; the item is the goal id. */
    GOAL,
    /** A career vision's id or text. */
    VISION,
    /** A GROW session's id or text. */
    SESSION,
    /** An assessment's attribute; the item is {@code personId#index}. */
    ASSESSMENT,
    /** A profile's own attribute; the item is the person id. */
    PROFILE,
    /** A waiver's reason; the item is the waiver's index in the snapshot. */
    WAIVER,
    /** A person's id or name, a team's id or name: organization data. */
    ORGANIZATION
  }

  /** Where one token was written. */
  public record Source(TokenKind kind, String item) {}

  /** A generated organization, the tokens in it, and the grants a viewer may hold. */
  public record TokenOrganization(OrganizationSnapshot snapshot, Map<String, Source> tokens,
      List<GrantDraft> grants) {
    @Override
    public String toString() {
      return snapshot.toString() + " grants " + grants;
    }
  }

  /** A grant a viewer holds, to a person or team picked by index, ending some days from the as-of date. */
  public record GrantDraft(boolean team, int pick, int untilOffset) {}

  record PersonDraft(int team, int manager, boolean hr, int level) {}

  record ObjectiveDraft(OwnerKind owner, int ownerPick, Visibility visibility, boolean draft, int parent,
      boolean contributes, int weight, List<Integer> values, int wovenGoal, boolean crossFunctional) {}

  record GoalDraft(Visibility visibility, int wovenInto, int skill, GoalStatus status) {}

  record PlanDraft(int person, Visibility visibility, PerformanceStanding standing, List<GoalDraft> goals) {}

  record PersonalDraft(int person, Visibility visibility, int other) {}

  record AssessmentDraft(int person, int skill, Visibility visibility, int proficiency) {}

  record WaiverDraft(int code, int subject) {}

  /** Organizations of 1 to 8 people with every kind of item, each with its own visibility or none. */
  public static Arbitrary<TokenOrganization> organizations() {
    Arbitrary<List<PersonDraft>> people = Combinators.combine(
            Arbitraries.integers().between(-1, 2), Arbitraries.integers().between(-1, 7),
            Arbitraries.of(true, false, false, false, false, false, false, false),
            Arbitraries.integers().between(-1, 1))
        .as(PersonDraft::new).list().ofMinSize(1).ofMaxSize(8);
    Arbitrary<List<ObjectiveDraft>> objectives = Combinators.combine(
            Arbitraries.of(OwnerKind.values()), picks(), visibilities(), Arbitraries.of(false, false, false, true),
            Arbitraries.integers().between(-1, 11), Arbitraries.of(true, true, false),
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(-1, 10).list().ofMaxSize(2))
        .as((owner, pick, visibility, draft, parent, contributes, weight, values) ->
            new ObjectiveDraft(owner, pick, visibility, draft, parent, contributes, weight, values, -1, false))
        .flatMap(o -> Combinators.combine(Arbitraries.integers().between(-1, 5), Arbitraries.of(true, false))
            .as((woven, tagged) -> new ObjectiveDraft(o.owner(), o.ownerPick(), o.visibility(), o.draft(), o.parent(),
                o.contributes(), o.weight(), o.values(), woven, tagged)))
        .list().ofMaxSize(12);
    Arbitrary<GoalDraft> goal = Combinators.combine(visibilities(), Arbitraries.integers().between(-1, 11),
            Arbitraries.integers().between(0, SKILLS.size() - 1),
            Arbitraries.of(GoalStatus.PROPOSED, GoalStatus.AGREED, GoalStatus.ACTIVE, GoalStatus.DONE))
        .as(GoalDraft::new);
    Arbitrary<List<PlanDraft>> plans = Combinators.combine(picks(), visibilities(),
            Arbitraries.of(PerformanceStanding.values()).injectNull(0.3), goal.list().ofMaxSize(3))
        .as(PlanDraft::new).list().ofMaxSize(6);
    Arbitrary<List<PersonalDraft>> visions = Combinators.combine(picks(), visibilities(), picks())
        .as(PersonalDraft::new).list().ofMaxSize(4);
    Arbitrary<List<PersonalDraft>> sessions = Combinators.combine(picks(), visibilities(), picks())
        .as(PersonalDraft::new).list().ofMaxSize(4);
    Arbitrary<List<AssessmentDraft>> assessments = Combinators.combine(picks(),
            Arbitraries.integers().between(0, SKILLS.size() - 1), visibilities(), Arbitraries.integers().between(1, 5))
        .as(AssessmentDraft::new).list().ofMaxSize(8);
    Arbitrary<List<WaiverDraft>> waivers = Combinators.combine(
            Arbitraries.integers().between(0, WAIVER_CODES.size() - 1), Arbitraries.integers().between(0, 99))
        .as(WaiverDraft::new).list().ofMaxSize(4);
    Arbitrary<List<GrantDraft>> grants = Combinators.combine(Arbitraries.of(true, false), picks(),
            Arbitraries.integers().between(-1, 1))
        .as(GrantDraft::new).list().ofMaxSize(2);
    return Combinators.combine(Arbitraries.longs(), people, objectives, plans, visions, sessions, assessments,
            waivers)
        .as((seed, p, o, pl, v, s, a, w) -> new Parts(seed, p, o, pl, v, s, a, w))
        .flatMap(parts -> grants.map(parts::build));
  }

  private static Arbitrary<Integer> picks() {
    return Arbitraries.integers().between(0, 99);
  }

  /** An own visibility, or none (null: the policy's default). */
  private static Arbitrary<Visibility> visibilities() {
    return Arbitraries.of(Visibility.values()).injectNull(0.4);
  }

  private record Parts(long seed, List<PersonDraft> people, List<ObjectiveDraft> objectives, List<PlanDraft> plans,
      List<PersonalDraft> visions, List<PersonalDraft> sessions, List<AssessmentDraft> assessments,
      List<WaiverDraft> waivers) {
    TokenOrganization build(List<GrantDraft> grants) {
      return new Builder(this).build(grants);
    }
  }

  /** Assembles one organization from its drafts. Not thread-safe; one per organization. */
  private static final class Builder {
    private final Parts parts;
    private final Random random;
    private final Map<String, Source> tokens = new LinkedHashMap<>();
    private final List<String> personIds = new ArrayList<>();
    private final List<String> teamIds = new ArrayList<>();
    private final List<String> objectiveIds = new ArrayList<>();
    private final List<String> workIds = new ArrayList<>();
    private final List<String> goalIds = new ArrayList<>();
    private final List<String> subjectIds = new ArrayList<>();

    Builder(Parts parts) {
      this.parts = parts;
      this.random = new Random(parts.seed());
    }

    private String token(TokenKind kind, String item) {
      String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
      String token;
      do {
        StringBuilder out = new StringBuilder("tok");
        for (int i = 0; i < 10; i++) {
          out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        token = out.toString();
      } while (tokens.containsKey(token));
      tokens.put(token, new Source(kind, item == null ? token : item));
      return token;
    }

    private static <T> T pick(List<T> items, int pick) {
      return items.get(Math.floorMod(pick, items.size()));
    }

    private static String json(String text) {
      return "\"" + text + "\"";
    }

    TokenOrganization build(List<GrantDraft> grants) {
      OrganizationSnapshot.Builder snapshot = OrganizationSnapshot.builder()
          .addCycle(Cycle.of(CYCLE, CYCLE, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)))
          .skillCatalog(SkillCatalog.builder()
              .addSkill(Skill.of("s-influence", "Influence", "influence"))
              .addSkill(Skill.of("s-process", "Process", "process"))
              .addSkill(Skill.of("s-tech", "Technology", "technical-expertise"))
              .addSkill(Skill.of("s-mentoring", "Mentoring", "influence"))
              .build())
          .addLadder(CareerLadder.builder().id(LADDER).name("Engineering")
              .addLevel(Level.builder().id("e1").name("E1").rank(1)
                  .addExpectation(Expectation.essential("s-tech", 3)).build())
              .addLevel(Level.builder().id("e2").name("E2").rank(2)
                  .addExpectation(Expectation.essential("s-tech", 4))
                  .addExpectation(Expectation.optional("s-mentoring", 3)).build())
              .build());
      for (int i = 0; i < 3; i++) {
        String id = token(TokenKind.ORGANIZATION, null);
        teamIds.add(id);
        snapshot.addTeam(Team.of(id, token(TokenKind.ORGANIZATION, null)));
      }
      for (int i = 0; i < parts.people().size(); i++) {
        personIds.add(token(TokenKind.ORGANIZATION, null));
      }
      for (int i = 0; i < parts.people().size(); i++) {
        PersonDraft draft = parts.people().get(i);
        Person.Builder person = Person.builder().id(personIds.get(i)).name(token(TokenKind.ORGANIZATION, null))
            .hrAdministrator(draft.hr());
        if (draft.team() >= 0) {
          person.teamId(teamIds.get(draft.team()));
        }
        if (draft.manager() >= 0) {
          person.managerId(pick(personIds, draft.manager()));
        }
        if (draft.level() >= 0) {
          person.role(RoleRef.of(LADDER, LEVELS.get(draft.level())));
        }
        snapshot.addPerson(person.build());
      }
      snapshot.addOpening(Opening.of("open-1", RoleRef.of(LADDER, "e2"), teamIds.get(0)));
      for (int i = 0; i < parts.objectives().size(); i++) {
        objectiveIds.add(token(TokenKind.OBJECTIVE, null));
      }
      for (int i = 0; i < parts.plans().size(); i++) {
        for (int g = 0; g < parts.plans().get(i).goals().size(); g++) {
          goalIds.add(token(TokenKind.GOAL, null));
        }
      }
      objectives(snapshot);
      plans(snapshot);
      visions(snapshot);
      sessions(snapshot);
      profiles(snapshot);
      waivers(snapshot);
      return new TokenOrganization(snapshot.build(), Map.copyOf(tokens), List.copyOf(grants));
    }

    private void objectives(OrganizationSnapshot.Builder snapshot) {
      for (int i = 0; i < parts.objectives().size(); i++) {
        ObjectiveDraft draft = parts.objectives().get(i);
        String id = objectiveIds.get(i);
        subjectIds.add(id);
        workIds.add(id);
        Owner owner = switch (draft.owner()) {
          case ORGANIZATION -> Owner.organization();
          case TEAM -> Owner.team(pick(teamIds, draft.ownerPick()));
          case PERSON -> Owner.person(pick(personIds, draft.ownerPick()));
        };
        Objective.Builder objective = Objective.builder().id(id).title(token(TokenKind.OBJECTIVE, id))
            .owner(owner).cycleId(CYCLE).status(draft.draft() ? OkrStatus.DRAFT : OkrStatus.ACTIVE)
            .putAttribute("note", json(token(TokenKind.OBJECTIVE, id)));
        if (draft.visibility() != null) {
          objective.visibility(draft.visibility());
        }
        if (draft.parent() >= 0) {
          String parent = objectiveIds.get(draft.parent() % objectiveIds.size());
          objective.alignment(draft.contributes() ? Alignment.contributes(parent, draft.weight())
              : Alignment.supports(parent));
        }
        if (draft.crossFunctional()) {
          objective.addTag("cross-functional").addSkill("s-mentoring");
        }
        for (Integer value : draft.values()) {
          String keyResultId = token(TokenKind.OBJECTIVE, id);
          subjectIds.add(keyResultId);
          // A negative value: no value as of the date, only a check-in after it.
          LocalDate date = value < 0 ? AS_OF.plusDays(3) : AS_OF.minusDays(3);
          objective.addKeyResult(KeyResult.increase(keyResultId, token(TokenKind.OBJECTIVE, id), 0, 10, "units")
              .withCheckIn(CheckIn.builder().date(date).value(Math.max(0, value)).note(token(TokenKind.OBJECTIVE, id))
                  .authorId(pick(personIds, Math.max(0, value))).build()));
        }
        String initiativeId = token(TokenKind.OBJECTIVE, id);
        workIds.add(initiativeId);
        Initiative.Builder initiative = Initiative.builder().id(initiativeId).title(token(TokenKind.OBJECTIVE, id))
            .addSkill("s-process");
        if (draft.crossFunctional()) {
          initiative.addTag("cross-functional");
        }
        if (draft.wovenGoal() >= 0 && !goalIds.isEmpty()) {
          initiative.wovenGoalId(pick(goalIds, draft.wovenGoal()));
        }
        objective.addInitiative(initiative.build());
        snapshot.addObjective(objective.build());
      }
    }

    private void plans(OrganizationSnapshot.Builder snapshot) {
      int goalIndex = 0;
      for (PlanDraft draft : parts.plans()) {
        String personId = pick(personIds, draft.person());
        String id = token(TokenKind.PLAN, null);
        subjectIds.add(id);
        DevelopmentPlan.Builder plan = DevelopmentPlan.builder().id(id).personId(personId).cycleId(CYCLE)
            .putAttribute("note", json(token(TokenKind.PLAN, id)))
            .addCoachingCheckIn(CoachingCheckIn.builder().date(AS_OF.minusDays(40))
                .coachId(pick(personIds, draft.person() + 1)).note(token(TokenKind.PLAN, id)).build());
        if (draft.visibility() != null) {
          plan.visibility(draft.visibility());
        }
        if (draft.standing() != null) {
          plan.standing(draft.standing());
        }
        for (GoalDraft goalDraft : draft.goals()) {
          String goalId = goalIds.get(goalIndex++);
          subjectIds.add(goalId);
          DevelopmentGoal.Builder goal = DevelopmentGoal.builder().id(goalId).statement(token(TokenKind.GOAL, goalId))
              .addTargetSkill(TargetSkill.of(SKILLS.get(goalDraft.skill()), 4))
              .addMeasure(KeyResult.increase(token(TokenKind.GOAL, goalId), token(TokenKind.GOAL, goalId), 0, 3, "x"))
              .addSupportActivity(SupportActivity.of(SupportKind.COURSE, token(TokenKind.GOAL, goalId)))
              .proposedBy(personId)
              .status(goalDraft.status());
          if (goalDraft.status() != GoalStatus.PROPOSED) {
            goal.agreedBy(pick(personIds, draft.person() + 2)).agreedOn(AS_OF.minusDays(30));
          }
          if (goalDraft.visibility() != null) {
            goal.visibility(goalDraft.visibility());
          }
          if (goalDraft.wovenInto() >= 0 && !workIds.isEmpty()) {
            goal.wovenInto(pick(workIds, goalDraft.wovenInto()));
          }
          plan.addGoal(goal.build());
        }
        snapshot.addPlan(plan.build());
      }
    }

    private void visions(OrganizationSnapshot.Builder snapshot) {
      for (PersonalDraft draft : parts.visions()) {
        String id = token(TokenKind.VISION, null);
        subjectIds.add(id);
        CareerVision.Builder vision = CareerVision.builder().id(id).personId(pick(personIds, draft.person()))
            .addStrength(token(TokenKind.VISION, id)).addWeakness(token(TokenKind.VISION, id))
            .longTermVision(token(TokenKind.VISION, id));
        if (draft.visibility() != null) {
          vision.visibility(draft.visibility());
        }
        snapshot.addVision(vision.build());
      }
    }

    private void sessions(OrganizationSnapshot.Builder snapshot) {
      for (PersonalDraft draft : parts.sessions()) {
        String id = token(TokenKind.SESSION, null);
        subjectIds.add(id);
        WayForwardStep.Builder step = WayForwardStep.builder().description(token(TokenKind.SESSION, id))
            .horizon(Horizon.LATER).likelihood(0.4);
        if (!goalIds.isEmpty()) {
          step.trackedBy(pick(goalIds, draft.other()));
        }
        GrowSession.Builder session = GrowSession.builder().id(id).personId(pick(personIds, draft.person()))
            .coachId(pick(personIds, draft.other())).goal(token(TokenKind.SESSION, id))
            .whereNow(token(TokenKind.SESSION, id))
            .addOption(GrowOption.of(token(TokenKind.SESSION, id)))
            .addStep(step.build());
        if (draft.visibility() != null) {
          session.visibility(draft.visibility());
        }
        snapshot.addGrowSession(session.build());
      }
    }

    private void profiles(OrganizationSnapshot.Builder snapshot) {
      Map<String, List<Assessment>> byPerson = new LinkedHashMap<>();
      for (AssessmentDraft draft : parts.assessments()) {
        String personId = pick(personIds, draft.person());
        List<Assessment> list = byPerson.computeIfAbsent(personId, p -> new ArrayList<>());
        Assessment.Builder assessment = Assessment.builder().skillId(SKILLS.get(draft.skill()))
            .proficiency(draft.proficiency()).date(AS_OF.minusDays(10L * list.size()))
            .source(AssessmentSource.MANAGER)
            .putAttribute("note", json(token(TokenKind.ASSESSMENT, personId + "#" + list.size())));
        if (draft.visibility() != null) {
          assessment.visibility(draft.visibility());
        }
        list.add(assessment.build());
      }
      for (Map.Entry<String, List<Assessment>> entry : byPerson.entrySet()) {
        snapshot.addProfile(SkillProfile.builder().personId(entry.getKey()).assessments(entry.getValue())
            .putAttribute("note", json(token(TokenKind.PROFILE, entry.getKey()))).build());
      }
    }

    private void waivers(OrganizationSnapshot.Builder snapshot) {
      List<String> subjects = new ArrayList<>(subjectIds);
      subjects.addAll(personIds);
      for (int i = 0; i < parts.waivers().size(); i++) {
        WaiverDraft draft = parts.waivers().get(i);
        snapshot.addWaiver(Waiver.builder().code(WAIVER_CODES.get(draft.code()))
            .subjectId(pick(subjects, draft.subject())).reason(token(TokenKind.WAIVER, String.valueOf(i)))
            .grantedBy(pick(personIds, draft.subject())).build());
      }
    }
  }
}
