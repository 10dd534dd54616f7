package dev.alignkit.testing;

import static dev.alignkit.testing.PrivacyGenerators.AS_OF;
import static dev.alignkit.testing.PrivacyGenerators.CYCLE;
import static dev.alignkit.testing.PrivacyGenerators.LADDER;
import static dev.alignkit.testing.PrivacyGenerators.LEVELS;
import static dev.alignkit.testing.PrivacyGenerators.SKILLS;
import static dev.alignkit.testing.PrivacyGenerators.TEAM_COUNT;
import static dev.alignkit.testing.PrivacyGenerators.WAIVER_CODES;
import static dev.alignkit.testing.SnapshotParts.pick;

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
import dev.alignkit.development.CareerVision;
import dev.alignkit.development.CoachingCheckIn;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GoalStatus;
import dev.alignkit.development.GrowOption;
import dev.alignkit.development.GrowSession;
import dev.alignkit.development.Horizon;
import dev.alignkit.development.SupportActivity;
import dev.alignkit.development.SupportKind;
import dev.alignkit.development.TargetSkill;
import dev.alignkit.development.WayForwardStep;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.AlignmentKind;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.Owner;
import dev.alignkit.okr.ParentKind;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import dev.alignkit.org.Waiver;
import dev.alignkit.testing.PrivacyGenerators.AssessmentDraft;
import dev.alignkit.testing.PrivacyGenerators.Drafts;
import dev.alignkit.testing.PrivacyGenerators.GoalDraft;
import dev.alignkit.testing.PrivacyGenerators.GrantDraft;
import dev.alignkit.testing.PrivacyGenerators.LinkDraft;
import dev.alignkit.testing.PrivacyGenerators.ObjectiveDraft;
import dev.alignkit.testing.PrivacyGenerators.PersonDraft;
import dev.alignkit.testing.PrivacyGenerators.PersonalDraft;
import dev.alignkit.testing.PrivacyGenerators.PlanDraft;
import dev.alignkit.testing.PrivacyGenerators.Source;
import dev.alignkit.testing.PrivacyGenerators.TokenKind;
import dev.alignkit.testing.PrivacyGenerators.TokenOrganization;
import dev.alignkit.testing.PrivacyGenerators.WaiverDraft;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Assembles one {@link TokenOrganization} of {@link PrivacyGenerators#organizations()} from its
 * drafts, writing a fresh token for every id and text. Not thread-safe; one per organization.
 */
final class PrivacyAssembly {
  private static final String TOKEN_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final int TOKEN_RANDOM_CHARS = 10;

  private final Drafts drafts;
  private final boolean hub;
  /** Seeded with the drawn seed, never the clock, so that the theory's seed replays every token. */
  private final Random random;
  private final Map<String, Source> tokens = new LinkedHashMap<>();
  private final List<String> personIds = new ArrayList<>();
  private final List<String> teamIds = new ArrayList<>();
  private final List<String> objectiveIds = new ArrayList<>();
  /** Per objective, the id of its ROLLUP key result, or null when it has none. */
  private final List<@Nullable String> rollupIds = new ArrayList<>();
  /** Per objective, the id of its first measured key result, or null when it has none. */
  private final List<@Nullable String> firstKeyResultIds = new ArrayList<>();
  /** The indexes of the objectives that have a ROLLUP key result. */
  private final List<Integer> rollupObjectives = new ArrayList<>();
  private final List<String> workIds = new ArrayList<>();
  private final List<String> goalIds = new ArrayList<>();
  private final List<String> subjectIds = new ArrayList<>();

  private PrivacyAssembly(Drafts drafts, boolean hub) {
    this.drafts = drafts;
    this.hub = hub;
    this.random = new Random(drafts.seed());
  }

  /**
   * The organization the drafts describe, with the viewer's grants; in a {@code hub} every objective
   * but the one that holds it also contributes, with weight 1, to the first ROLLUP key result.
   */
  static TokenOrganization assemble(Drafts drafts, List<GrantDraft> grants, boolean hub) {
    return new PrivacyAssembly(drafts, hub).build(grants);
  }

  /** A fresh token, recorded as written for {@code item} of {@code kind} (for itself when the item is null). */
  private String token(TokenKind kind, @Nullable String item) {
    String token;
    do {
      StringBuilder out = new StringBuilder("tok");
      for (int i = 0; i < TOKEN_RANDOM_CHARS; i++) {
        out.append(TOKEN_ALPHABET.charAt(random.nextInt(TOKEN_ALPHABET.length())));
      }
      token = out.toString();
    } while (tokens.containsKey(token));
    tokens.put(token, new Source(kind, item == null ? token : item));
    return token;
  }

  private static String json(String text) {
    return "\"" + text + "\"";
  }

  private TokenOrganization build(List<GrantDraft> grants) {
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
    for (int i = 0; i < TEAM_COUNT; i++) {
      String id = token(TokenKind.ORGANIZATION, null);
      teamIds.add(id);
      snapshot.addTeam(Team.of(id, token(TokenKind.ORGANIZATION, null)));
    }
    // Ids first, so that a person may report to anyone, someone later in the list included.
    for (int i = 0; i < drafts.people().size(); i++) {
      personIds.add(token(TokenKind.ORGANIZATION, null));
    }
    for (int i = 0; i < drafts.people().size(); i++) {
      PersonDraft draft = drafts.people().get(i);
      Person.Builder person = Person.builder().id(personIds.get(i)).name(token(TokenKind.ORGANIZATION, null))
          .hrAdministrator(draft.hr());
      if (draft.team() >= 0) {
        person.teamId(teamIds.get(draft.team()));
      }
      for (int t = 0; t < TEAM_COUNT; t++) {
        if ((draft.otherTeams() & (1 << t)) != 0) {
          person.addOtherTeamId(teamIds.get(t));
        }
      }
      if (draft.manager() >= 0 && draft.above() && i >= 2) {
        // Someone earlier in the same of two divisions (even and odd places), so that the manager
        // of one person is often no manager of another.
        List<String> division = new ArrayList<>();
        for (int j = i % 2; j < i; j += 2) {
          division.add(personIds.get(j));
        }
        person.managerId(pick(division, draft.manager()));
      } else if (draft.manager() >= 0 && !draft.above()) {
        person.managerId(pick(personIds, draft.manager()));
      }
      if (draft.level() >= 0) {
        person.role(RoleRef.of(LADDER, LEVELS.get(draft.level())));
      }
      snapshot.addPerson(person.build());
    }
    snapshot.addOpening(Opening.of("open-1", RoleRef.of(LADDER, "e2"), teamIds.get(0)));
    // Objective ids and the ids links to key results name first, so that a link may go to any objective.
    for (int i = 0; i < drafts.objectives().size(); i++) {
      String id = token(TokenKind.OBJECTIVE, null);
      objectiveIds.add(id);
      ObjectiveDraft draft = drafts.objectives().get(i);
      rollupIds.add(draft.rollup() ? token(TokenKind.OBJECTIVE, id) : null);
      firstKeyResultIds.add(draft.values().isEmpty() ? null : token(TokenKind.OBJECTIVE, id));
      if (draft.rollup()) {
        rollupObjectives.add(i);
      }
    }
    // Goal ids before objectives, so that an initiative can be woven into a goal of a later plan.
    for (PlanDraft plan : drafts.plans()) {
      for (int g = 0; g < plan.goals().size(); g++) {
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
    for (int i = 0; i < drafts.objectives().size(); i++) {
      ObjectiveDraft draft = drafts.objectives().get(i);
      String id = objectiveIds.get(i);
      subjectIds.add(id);
      workIds.add(id);
      Owner owner = switch (draft.owner()) {
        case ORGANIZATION -> Owner.organization();
        case TEAM -> Owner.team(pick(teamIds, draft.ownerPick()));
        case PERSON -> Owner.person(pick(personIds, draft.ownerPick()));
      };
      Objective.Builder objective = Objective.builder().id(id).title(token(TokenKind.OBJECTIVE, id))
          .description(token(TokenKind.OBJECTIVE, id)).retrospective(token(TokenKind.OBJECTIVE, id))
          .owner(owner).cycleId(CYCLE).status(draft.draft() ? OkrStatus.DRAFT : OkrStatus.ACTIVE)
          .putAttribute("note", json(token(TokenKind.OBJECTIVE, id)));
      if (draft.visibility() != null) {
        objective.visibility(draft.visibility());
      }
      for (LinkDraft link : draft.links()) {
        objective.addAlignment(alignment(link));
      }
      if (hub && !rollupObjectives.isEmpty() && rollupObjectives.get(0) != i) {
        objective.addAlignment(Alignment.contributesToKeyResult(rollupIds.get(rollupObjectives.get(0)), 1));
      }
      if (draft.crossFunctional()) {
        objective.addTag("cross-functional").addSkill("s-mentoring");
      }
      if (draft.rollup()) {
        // No check-ins (a ROLLUP key result cannot have any); owned by the last key-result owner drawn.
        String rollupId = rollupIds.get(i);
        subjectIds.add(rollupId);
        KeyResult.Builder rollup = KeyResult.builder()
            .from(KeyResult.rollup(rollupId, token(TokenKind.OBJECTIVE, id)))
            .description(token(TokenKind.OBJECTIVE, id));
        List<Integer> owners = draft.keyResultOwners();
        if (!owners.isEmpty() && owners.get(owners.size() - 1) >= 0) {
          rollup.ownerId(pick(personIds, owners.get(owners.size() - 1)));
        }
        objective.addKeyResult(rollup.build());
      }
      for (int k = 0; k < draft.values().size(); k++) {
        int value = draft.values().get(k);
        String keyResultId = k == 0 ? firstKeyResultIds.get(i) : token(TokenKind.OBJECTIVE, id);
        subjectIds.add(keyResultId);
        // A negative value: no value as of the date, only a check-in after it.
        LocalDate date = value < 0 ? AS_OF.plusDays(3) : AS_OF.minusDays(3);
        KeyResult.Builder keyResult = KeyResult.builder()
            .from(KeyResult.increase(keyResultId, token(TokenKind.OBJECTIVE, id), 0, 10, "units"))
            .description(token(TokenKind.OBJECTIVE, id))
            .addCheckIn(CheckIn.builder().date(date).value(Math.max(0, value)).note(token(TokenKind.OBJECTIVE, id))
                .authorId(pick(personIds, Math.max(0, value))).build());
        int keyResultOwner = k < draft.keyResultOwners().size() ? draft.keyResultOwners().get(k) : -1;
        if (keyResultOwner >= 0) {
          keyResult.ownerId(pick(personIds, keyResultOwner));
        }
        objective.addKeyResult(keyResult.build());
      }
      String initiativeId = token(TokenKind.OBJECTIVE, id);
      workIds.add(initiativeId);
      Initiative.Builder initiative = Initiative.builder().id(initiativeId).title(token(TokenKind.OBJECTIVE, id))
          .description(token(TokenKind.OBJECTIVE, id)).addSkill("s-process");
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

  /** The link a draft describes; see {@link LinkDraft}. */
  private Alignment alignment(LinkDraft link) {
    String parent = pick(objectiveIds, link.parent());
    ParentKind parentKind = ParentKind.OBJECTIVE;
    if (link.toKeyResult()) {
      int target = rollupObjectives.isEmpty() ? link.parent() % objectiveIds.size()
          : rollupObjectives.get(0);
      String keyResult = rollupIds.get(target) != null ? rollupIds.get(target) : firstKeyResultIds.get(target);
      if (keyResult != null) {
        parent = keyResult;
        parentKind = ParentKind.KEY_RESULT;
      }
    }
    return Alignment.of(parent, parentKind, link.contributes() ? AlignmentKind.CONTRIBUTES : AlignmentKind.SUPPORTS,
        link.contributes() ? link.weight() : 1);
  }

  private void plans(OrganizationSnapshot.Builder snapshot) {
    int goalIndex = 0;
    for (PlanDraft draft : drafts.plans()) {
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
        KeyResult.Builder measure = KeyResult.builder()
            .from(KeyResult.increase(token(TokenKind.GOAL, goalId), token(TokenKind.GOAL, goalId), 0, 3, "x"));
        if (goalDraft.measureOwner() >= 0) {
          measure.ownerId(pick(personIds, goalDraft.measureOwner()));
        }
        DevelopmentGoal.Builder goal = DevelopmentGoal.builder().id(goalId).statement(token(TokenKind.GOAL, goalId))
            .addTargetSkill(TargetSkill.of(SKILLS.get(goalDraft.skill()), 4))
            .addMeasure(measure.build())
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
    for (PersonalDraft draft : drafts.visions()) {
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
    for (PersonalDraft draft : drafts.sessions()) {
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
    for (AssessmentDraft draft : drafts.assessments()) {
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
    for (int i = 0; i < drafts.waivers().size(); i++) {
      WaiverDraft draft = drafts.waivers().get(i);
      snapshot.addWaiver(Waiver.builder().code(WAIVER_CODES.get(draft.code()))
          .subjectId(pick(subjects, draft.subject())).reason(token(TokenKind.WAIVER, String.valueOf(i)))
          .grantedBy(pick(personIds, draft.subject())).build());
    }
  }
}
