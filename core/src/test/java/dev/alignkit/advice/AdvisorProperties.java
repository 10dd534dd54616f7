package dev.alignkit.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.Level;
import dev.alignkit.career.RoleRef;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.PerformanceStanding;
import dev.alignkit.development.TargetSkill;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.Owner;
import dev.alignkit.okr.OwnerKind;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.policy.Policy;
import dev.alignkit.policy.Severity;
import dev.alignkit.rules.Finding;
import dev.alignkit.rules.Report;
import dev.alignkit.rules.Validator;
import dev.alignkit.testing.AdviceGenerators;
import dev.alignkit.testing.Coverage;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.quicktheories.core.Gen;

/**
 * Properties of the {@link Advisor} over generated snapshots ({@link AdviceGenerators}): it names
 * only what the snapshot holds, classifies exactly as DOMAIN section 2 defines (computed here
 * independently), is deterministic, orders, ranks and caps its suggestions as section 3 says, a
 * tighter cap keeps each kind's top-ranked suggestions, every suggestion renders,
 * {@link Advisor#alignmentClass} is the class {@link Advisor#classify} gives, and
 * {@code dev.goal.tangential} reports exactly its open TANGENTIAL goals, with its advice.
 */
class AdvisorProperties {
  private static final int TRIES = 200;
  private static final LocalDate AS_OF = AdviceGenerators.AS_OF;
  private static final Policy POLICY = Policy.defaults();
  private static final String TANGENTIAL_CODE = "dev.goal.tangential";
  private static final Set<SuggestionKind> CAPPED_KINDS =
      Set.of(SuggestionKind.TWEAK, SuggestionKind.WEAVE, SuggestionKind.CHANGE_ROLE);

  private static Gen<OrganizationSnapshot> snapshots() {
    return AdviceGenerators.adviceSnapshots();
  }

  @Property(examples = TRIES)
  void adviceNamesNothingAbsentFromTheSnapshot(Theory theory) {
    theory.forAll(snapshots()).check(snapshot -> {
      Advisor advisor = Advisor.of(snapshot, AS_OF, POLICY);
      for (DevelopmentPlan plan : snapshot.plans()) {
        for (DevelopmentGoal goal : plan.goals()) {
          for (Suggestion suggestion : advisor.advise(plan, goal).suggestions()) {
            List<String> absent = absentReferences(snapshot, suggestion);
            assertTrue(absent.isEmpty(), () -> plan.id() + "/" + goal.id() + " " + suggestion.kind()
                + " names what the snapshot lacks: " + absent + " in " + suggestion);
          }
        }
      }
    });
  }

  @Property(examples = TRIES)
  void tangentialHoldsExactlyWhenNoOtherClassDoes(Theory theory) {
    Coverage classes = new Coverage("expected class of a goal");
    theory.forAll(snapshots()).check(snapshot -> {
      Advisor advisor = Advisor.of(snapshot, AS_OF, POLICY);
      for (DevelopmentPlan plan : snapshot.plans()) {
        for (DevelopmentGoal goal : plan.goals()) {
          AlignmentClass expected = expectedClass(snapshot, plan, goal);
          classes.count(expected);
          GoalAlignment alignment = advisor.classify(plan, goal);
          assertEquals(expected, alignment.alignmentClass(), () -> plan.id() + "/" + goal.id() + ": " + alignment);
          assertEquals(goal.id(), alignment.goalId());
        }
      }
    });
    // Every branch of the classification is compared with the advisor's; TARGET_ROLE, which needs a
    // skill a target role expects and neither the person's level nor the next one does, is the rarest.
    for (AlignmentClass alignmentClass : AlignmentClass.values()) {
      classes.assertCountAtLeast(alignmentClass, 1);
    }
  }

  @Property(examples = TRIES)
  void alignmentClassIsTheExpectedClassAndClassifyExplainsIt(Theory theory) {
    Coverage classes = new Coverage("class of a goal");
    theory.forAll(snapshots()).check(snapshot -> {
      Advisor advisor = Advisor.of(snapshot, AS_OF, POLICY);
      for (DevelopmentPlan plan : snapshot.plans()) {
        for (DevelopmentGoal goal : plan.goals()) {
          AlignmentClass lean = advisor.alignmentClass(plan, goal);
          classes.count(lean);
          assertEquals(expectedClass(snapshot, plan, goal), lean, () -> plan.id() + "/" + goal.id());
          GoalAlignment alignment = advisor.classify(plan, goal);
          assertEquals(alignment.alignmentClass(), lean, () -> plan.id() + "/" + goal.id());
          // What decided the class is named: a skill and the role expecting it, or the work.
          boolean byRole = lean == AlignmentClass.CURRENT_ROLE || lean == AlignmentClass.TARGET_ROLE;
          assertEquals(byRole, alignment.role().isPresent(), () -> "role of " + alignment);
          assertTrue(!byRole || goal.targetSkills().stream()
              .anyMatch(target -> target.skillId().equals(alignment.skillId().orElseThrow())), () -> "skill of " + alignment);
          assertEquals(lean == AlignmentClass.WOVEN, alignment.objectiveId().isPresent()
              || alignment.initiativeId().isPresent() || !byRole && alignment.skillId().isPresent(),
              () -> "work of " + alignment);
        }
      }
    });
    for (AlignmentClass alignmentClass : AlignmentClass.values()) {
      classes.assertCountAtLeast(alignmentClass, 1);
    }
  }

  @Property(examples = TRIES)
  void theSameInputGivesTheSameAdvice(Theory theory) {
    theory.forAll(snapshots()).check(snapshot -> {
      OrganizationSnapshot rebuilt = rebuilt(snapshot);
      Advisor advisor = Advisor.of(snapshot, AS_OF, POLICY);
      Advisor again = Advisor.of(rebuilt, AS_OF, POLICY);
      for (DevelopmentPlan plan : snapshot.plans()) {
        DevelopmentPlan samePlan = rebuilt.plan(plan.id()).orElseThrow();
        List<GoalAdvice> advice = advisor.advise(plan);
        assertEquals(advice, advisor.advise(plan), plan.id());
        assertEquals(advice, again.advise(samePlan), plan.id());
        for (DevelopmentGoal goal : plan.goals()) {
          assertEquals(advisor.advise(plan, goal), again.advise(samePlan, samePlan.goal(goal.id()).orElseThrow()),
              goal.id());
        }
      }
    });
  }

  /**
   * Work is a person's by its owner, whatever it is aligned to (docs/concepts.md, "Advice"): the
   * same snapshot without a single link, or with every objective's links reversed in order, gets
   * the same classes and advice. The snapshots hold objectives with several parents, links to
   * ROLLUP key results, duplicates and cycles.
   */
  @Property(examples = TRIES)
  void linksToParentsChangeNoClassAndNoAdvice(Theory theory) {
    Coverage shapes = new Coverage("a snapshot with an objective of two or more parents");
    theory.forAll(snapshots()).check(snapshot -> {
      List<Objective> unlinked = new ArrayList<>();
      List<Objective> reversed = new ArrayList<>();
      boolean several = false;
      for (Objective objective : snapshot.objectives()) {
        unlinked.add(Objective.builder().from(objective).alignments(List.of()).build());
        List<Alignment> links = new ArrayList<>(objective.alignments());
        Collections.reverse(links);
        reversed.add(Objective.builder().from(objective).alignments(links).build());
        several |= snapshot.parentsOf(objective).size() > 1;
      }
      shapes.count(several);
      Advisor advisor = Advisor.of(snapshot, AS_OF, POLICY);
      Advisor withoutLinks = Advisor.of(OrganizationSnapshot.builder().from(snapshot).objectives(unlinked).build(),
          AS_OF, POLICY);
      Advisor otherOrder = Advisor.of(OrganizationSnapshot.builder().from(snapshot).objectives(reversed).build(),
          AS_OF, POLICY);
      for (DevelopmentPlan plan : snapshot.plans()) {
        List<GoalAdvice> advice = advisor.advise(plan);
        assertEquals(advice, withoutLinks.advise(plan), plan.id());
        assertEquals(advice, otherOrder.advise(plan), plan.id());
      }
    });
    shapes.assertPercentAtLeast(true, 40);
  }

  @Property(examples = TRIES)
  void suggestionsComeInKindOrderRankedAndCappedAndOnlyWhereDue(Theory theory) {
    Coverage kinds = new Coverage("kind of a suggestion");
    Coverage atTheCap = new Coverage("capped kind at the cap in a goal's advice");
    theory.forAll(snapshots()).check(snapshot -> {
      Advisor advisor = Advisor.of(snapshot, AS_OF, POLICY);
      for (DevelopmentPlan plan : snapshot.plans()) {
        boolean below = plan.standing().orElse(null) == PerformanceStanding.BELOW;
        for (DevelopmentGoal goal : plan.goals()) {
          GoalAdvice advice = advisor.advise(plan, goal);
          List<Suggestion> suggestions = advice.suggestions();
          String where = plan.id() + "/" + goal.id() + " " + advice.kinds();
          Map<SuggestionKind, Integer> counts = new EnumMap<>(SuggestionKind.class);
          for (int i = 0; i < suggestions.size(); i++) {
            Suggestion suggestion = suggestions.get(i);
            assertEquals(i + 1, suggestion.rank(), where);
            if (i > 0) {
              assertTrue(suggestions.get(i - 1).kind().compareTo(suggestion.kind()) <= 0, where);
            }
            counts.merge(suggestion.kind(), 1, Integer::sum);
            kinds.count(suggestion.kind());
          }
          for (SuggestionKind kind : CAPPED_KINDS) {
            assertTrue(counts.getOrDefault(kind, 0) <= POLICY.maxSuggestionsPerKind(), where);
            if (counts.getOrDefault(kind, 0) == POLICY.maxSuggestionsPerKind()) {
              atTheCap.count(kind);
            }
          }
          if (goal.ownTime()) {
            assertFalse(counts.containsKey(SuggestionKind.OPPORTUNITY_COST), where);
          }
          if (advice.alignment().alignmentClass() != AlignmentClass.TANGENTIAL && !below) {
            assertTrue(suggestions.isEmpty(), where);
          }
        }
      }
    });
    // Each kind is given somewhere, so the order is checked between every pair of kinds.
    for (SuggestionKind kind : SuggestionKind.values()) {
      kinds.assertCountAtLeast(kind, 1);
    }
    // The bound is tested where it binds; WEAVE, whose candidates are all the work with matching
    // tags, reaches the cap most often.
    atTheCap.assertCountAtLeast(SuggestionKind.WEAVE, 1);
  }

  @Property(examples = TRIES)
  void weavesRankByMatchesThenPrimaryTeamOtherTeamsAndOrganizationThenById(Theory theory) {
    Coverage proximities = new Coverage("owner of woven work");
    theory.forAll(snapshots()).check(snapshot -> {
      Advisor advisor = Advisor.of(snapshot, AS_OF, POLICY);
      for (DevelopmentPlan plan : snapshot.plans()) {
        Optional<Person> person = snapshot.person(plan.personId());
        for (DevelopmentGoal goal : plan.goals()) {
          List<List<Object>> keys = new ArrayList<>();
          for (Suggestion weave : ofKind(advisor.advise(plan, goal), SuggestionKind.WEAVE)) {
            if (weave.objectives().isEmpty() && weave.initiatives().isEmpty()) {
              continue; // a new process-improvement initiative
            }
            String id = weave.objectives().isEmpty() ? weave.initiatives().get(0) : weave.objectives().get(0);
            Objective objective = snapshot.objective(id).or(() -> snapshot.objectiveOfInitiative(id)).orElseThrow();
            Set<String> tags = snapshot.objective(id).map(Objective::tags)
                .orElseGet(() -> snapshot.initiative(id).orElseThrow().tags());
            int proximity = proximity(person.orElseThrow(), objective.owner());
            proximities.count(List.of("primary team", "other team", "organization").get(proximity));
            keys.add(List.of(-matches(snapshot, goal, tags), proximity, id));
          }
          for (int i = 1; i < keys.size(); i++) {
            assertTrue(compare(keys.get(i - 1), keys.get(i)) < 0, () -> goal.id() + ": " + keys);
          }
        }
      }
    });
    // Work of a person's other teams is woven in somewhere, so its place between the others is checked.
    proximities.assertCountAtLeast("other team", 1);
    proximities.assertCountAtLeast("primary team", 1);
    proximities.assertCountAtLeast("organization", 1);
  }

  /** 0 for the person's primary team, 1 for another team of theirs, 2 for the organization. */
  private static int proximity(Person person, Owner owner) {
    if (owner.kind() == OwnerKind.ORGANIZATION) {
      return 2;
    }
    String team = owner.id().orElseThrow();
    assertTrue(owner.kind() == OwnerKind.TEAM && person.isMemberOf(team), () -> person.id() + " woven into " + owner);
    return person.teamId().filter(team::equals).isPresent() ? 0 : 1;
  }

  /** How many of the goal's skill families have a weave tag among {@code tags}. */
  private static int matches(OrganizationSnapshot snapshot, DevelopmentGoal goal, Set<String> tags) {
    Set<String> families = new LinkedHashSet<>();
    for (TargetSkill target : goal.targetSkills()) {
      snapshot.skill(target.skillId()).ifPresent(skill -> families.add(skill.family()));
    }
    int count = 0;
    for (String family : families) {
      if (!Collections.disjoint(POLICY.weaveMap().getOrDefault(family, List.of()), tags)) {
        count++;
      }
    }
    return count;
  }

  @SuppressWarnings("unchecked")
  private static int compare(List<Object> a, List<Object> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = ((Comparable<Object>) a.get(i)).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static List<Suggestion> ofKind(GoalAdvice advice, SuggestionKind kind) {
    return advice.suggestions().stream().filter(s -> s.kind() == kind).toList();
  }

  @Property(examples = TRIES)
  void aTighterCapKeepsTheTopRankedSuggestionsOfEachKind(Theory theory) {
    theory.forAll(snapshots()).check(snapshot -> {
      Advisor advisor = Advisor.of(snapshot, AS_OF, POLICY);
      Advisor tight = Advisor.of(snapshot, AS_OF, Policy.builder().maxSuggestionsPerKind(1).build());
      for (DevelopmentPlan plan : snapshot.plans()) {
        for (DevelopmentGoal goal : plan.goals()) {
          List<List<Object>> expected = new ArrayList<>();
          Set<SuggestionKind> seen = new HashSet<>();
          for (Suggestion suggestion : advisor.advise(plan, goal).suggestions()) {
            if (!CAPPED_KINDS.contains(suggestion.kind()) || seen.add(suggestion.kind())) {
              expected.add(withoutRank(suggestion));
            }
          }
          List<List<Object>> actual = new ArrayList<>();
          for (Suggestion suggestion : tight.advise(plan, goal).suggestions()) {
            actual.add(withoutRank(suggestion));
          }
          assertEquals(expected, actual, plan.id() + "/" + goal.id());
        }
      }
    });
  }

  @Property(examples = TRIES)
  void everySuggestionRendersWithoutAPlaceholderLeft(Theory theory) {
    AdviceFormatter formatter = AdviceFormatter.standard();
    theory.forAll(snapshots()).check(snapshot -> {
      Advisor advisor = Advisor.of(snapshot, AS_OF, POLICY);
      for (DevelopmentPlan plan : snapshot.plans()) {
        for (DevelopmentGoal goal : plan.goals()) {
          for (Suggestion suggestion : advisor.advise(plan, goal).suggestions()) {
            String sentence = formatter.sentence(suggestion, Locale.ENGLISH);
            assertFalse(sentence.contains("{"), () -> suggestion.messageKey() + " renders as: " + sentence);
          }
        }
      }
    });
  }

  @Property(examples = TRIES)
  void tangentialFindingsAreTheOpenTangentialGoalsWithTheAdvisorsAdvice(Theory theory) {
    Coverage someFindings = new Coverage("some tangential findings");
    theory.forAll(snapshots()).check(snapshot -> {
      Advisor advisor = Advisor.of(snapshot, AS_OF, POLICY);
      Map<String, DevelopmentGoal> goals = new LinkedHashMap<>();
      Map<String, List<Suggestion>> expected = new LinkedHashMap<>();
      for (DevelopmentPlan plan : snapshot.plans()) {
        for (DevelopmentGoal goal : plan.goals()) {
          goals.put(goal.id(), goal);
          if (!goal.status().isOpen()) {
            continue;
          }
          GoalAdvice advice = advisor.advise(plan, goal);
          if (advice.alignment().alignmentClass() == AlignmentClass.TANGENTIAL) {
            expected.put(goal.id(), advice.suggestions());
          }
        }
      }
      Report report = Validator.defaults().validate(snapshot, AS_OF);
      Map<String, Finding> findings = new LinkedHashMap<>();
      for (Finding finding : report.ofCode(TANGENTIAL_CODE)) {
        Finding previous = findings.put(finding.subjectId(), finding);
        assertTrue(previous == null, () -> "two findings about " + finding.subjectId());
      }
      someFindings.count(!findings.isEmpty());
      assertEquals(expected.keySet(), findings.keySet());
      for (Map.Entry<String, Finding> entry : findings.entrySet()) {
        Finding finding = entry.getValue();
        boolean ownTime = goals.get(entry.getKey()).ownTime();
        assertEquals(ownTime ? Severity.INFO : Severity.WARNING, finding.severity(), entry.getKey());
        assertEquals(expected.get(entry.getKey()), finding.advice(), entry.getKey());
      }
    });
    // Severity and advice are only compared where findings exist: in about two snapshots in five.
    someFindings.assertPercentAtLeast(true, 20);
  }

  // ---------------------------------------------------------------------------------------------
  // The classification of DOMAIN section 2, computed from the snapshot without the advisor

  private static AlignmentClass expectedClass(OrganizationSnapshot snapshot, DevelopmentPlan plan,
      DevelopmentGoal goal) {
    Optional<Person> person = snapshot.person(plan.personId());
    Optional<RoleRef> role = person.flatMap(Person::role).filter(r -> snapshot.level(r).isPresent());
    Set<String> targeted = new LinkedHashSet<>();
    for (TargetSkill target : goal.targetSkills()) {
      targeted.add(target.skillId());
    }
    if (role.isEmpty() || (targeted.isEmpty() && goal.wovenInto().isEmpty())) {
      return AlignmentClass.UNKNOWN;
    }
    Set<String> ownLevels = expectedAt(snapshot, role.get());
    CareerLadder ladder = snapshot.ladder(role.get().ladderId()).orElseThrow();
    ladder.nextLevel(role.get().levelId())
        .ifPresent(next -> ownLevels.addAll(expectedAt(snapshot, RoleRef.of(ladder.id(), next.id()))));
    if (!Collections.disjoint(targeted, ownLevels)) {
      return AlignmentClass.CURRENT_ROLE;
    }
    Set<String> targetRoles = new HashSet<>();
    goal.targetRole().ifPresent(r -> targetRoles.addAll(expectedAt(snapshot, r)));
    plan.targetRole().ifPresent(r -> targetRoles.addAll(expectedAt(snapshot, r)));
    if (!Collections.disjoint(targeted, targetRoles)) {
      return AlignmentClass.TARGET_ROLE;
    }
    boolean woven = goal.wovenInto()
        .map(id -> snapshot.objective(id).isPresent() || snapshot.initiative(id).isPresent())
        .orElse(false);
    if (woven || !Collections.disjoint(targeted, activeWorkSkills(snapshot, person.get()))) {
      return AlignmentClass.WOVEN;
    }
    return AlignmentClass.TANGENTIAL;
  }

  /**
   * The skills resolved at a level: walking the ladder from the lowest rank up to the level, every
   * declared skill stays in effect (a lower or relaxed declaration changes the requirement, never
   * whether the skill is expected). Empty when the role does not resolve.
   */
  private static Set<String> expectedAt(OrganizationSnapshot snapshot, RoleRef role) {
    Set<String> skills = new HashSet<>();
    if (snapshot.level(role).isEmpty()) {
      return skills;
    }
    for (Level level : snapshot.ladder(role.ladderId()).orElseThrow().levelsByRank()) {
      level.expectations().forEach(e -> skills.add(e.skillId()));
      if (level.id().equals(role.levelId())) {
        break;
      }
    }
    return skills;
  }

  /**
   * The skills of the ACTIVE objectives, and their ACTIVE initiatives, of the organization and of
   * every team the person belongs to, primary or other.
   */
  private static Set<String> activeWorkSkills(OrganizationSnapshot snapshot, Person person) {
    Set<String> skills = new HashSet<>();
    for (Objective objective : snapshot.objectives()) {
      Owner owner = objective.owner();
      boolean ours = owner.kind() == OwnerKind.ORGANIZATION
          || (owner.kind() == OwnerKind.TEAM && person.isMemberOf(owner.id().orElseThrow()));
      if (!ours || objective.status() != OkrStatus.ACTIVE) {
        continue;
      }
      skills.addAll(objective.skills());
      for (Initiative initiative : objective.initiatives()) {
        if (initiative.status() == OkrStatus.ACTIVE) {
          skills.addAll(initiative.skills());
        }
      }
    }
    return skills;
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  /** Every id or role the suggestion names that the snapshot's lookups do not find, labelled by field. */
  private static List<String> absentReferences(OrganizationSnapshot snapshot, Suggestion suggestion) {
    List<String> absent = new ArrayList<>();
    collectAbsent(absent, "skills", suggestion.skills(), id -> snapshot.skill(id).isPresent());
    collectAbsent(absent, "gaps", suggestion.gaps(), id -> snapshot.skill(id).isPresent());
    collectAbsent(absent, "objectives", suggestion.objectives(), id -> snapshot.objective(id).isPresent());
    collectAbsent(absent, "initiatives", suggestion.initiatives(), id -> snapshot.initiative(id).isPresent());
    collectAbsent(absent, "ladders", suggestion.ladders(), id -> snapshot.ladder(id).isPresent());
    collectAbsent(absent, "openings", suggestion.openings(), id -> snapshot.opening(id).isPresent());
    collectAbsent(absent, "lateralMoves", suggestion.lateralMoves(), id -> snapshot.lateralMove(id).isPresent());
    for (RoleRef role : suggestion.roles()) {
      if (snapshot.level(role).isEmpty()) {
        absent.add("roles:" + role);
      }
    }
    return absent;
  }

  private static void collectAbsent(List<String> absent, String field, List<String> ids, Predicate<String> present) {
    for (String id : ids) {
      if (!present.test(id)) {
        absent.add(field + ":" + id);
      }
    }
  }

  /** Everything a suggestion says but its rank. */
  private static List<Object> withoutRank(Suggestion suggestion) {
    return List.of(suggestion.kind(), suggestion.messageKey(), suggestion.arguments(), suggestion.skills(),
        suggestion.roles(), suggestion.objectives(), suggestion.initiatives(), suggestion.ladders(),
        suggestion.openings(), suggestion.lateralMoves(), suggestion.gaps());
  }

  /** A snapshot of the same items, built anew from copies of the lists. */
  private static OrganizationSnapshot rebuilt(OrganizationSnapshot snapshot) {
    return OrganizationSnapshot.builder()
        .skillCatalog(snapshot.skillCatalog())
        .people(new ArrayList<>(snapshot.people()))
        .teams(new ArrayList<>(snapshot.teams()))
        .cycles(new ArrayList<>(snapshot.cycles()))
        .objectives(new ArrayList<>(snapshot.objectives()))
        .waivers(new ArrayList<>(snapshot.waivers()))
        .ladders(new ArrayList<>(snapshot.ladders()))
        .lateralMoves(new ArrayList<>(snapshot.lateralMoves()))
        .openings(new ArrayList<>(snapshot.openings()))
        .profiles(new ArrayList<>(snapshot.profiles()))
        .plans(new ArrayList<>(snapshot.plans()))
        .visions(new ArrayList<>(snapshot.visions()))
        .growSessions(new ArrayList<>(snapshot.growSessions()))
        .build();
  }
}
