package dev.alignkit.rules;

import dev.alignkit.career.Assessment;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.common.Visibility;
import dev.alignkit.development.CareerVision;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GrowSession;
import dev.alignkit.org.Person;
import dev.alignkit.policy.Policy;
import dev.alignkit.policy.Severity;
import dev.alignkit.policy.VisibleKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code privacy.visibility.widened}: a plan, development goal, career vision, GROW session or
 * assessment whose kind is PRIVATE by the policy's defaults is made PUBLIC by its own setting, so
 * everyone in the organization can see it. Widening is allowed (the person may want their goal
 * seen); the warning makes sure it was meant. TEAM is not flagged: it stays within the team.
 *
 * <p>Plans and goals are checked per plan, sessions per session, visions and assessments per
 * person, so visions and profiles of an id that names no person are not checked (the person is
 * unknown, which other data problems already show). The finding is PUBLIC, as its subject is.
 */
final class VisibilityWidenedRule extends BuiltInRule implements PlanRule, GrowSessionRule, PersonRule {
  VisibilityWidenedRule() {
    super(RuleCodes.PRIVACY_VISIBILITY_WIDENED, Severity.WARNING, "person", "kind", "item");
  }

  @Override
  public void checkPlan(DevelopmentPlan plan, RuleContext context, Findings findings) {
    if (widened(VisibleKind.DEVELOPMENT_PLAN, plan.visibility(), context.policy())) {
      report(findings, ItemPath.plan(plan.id()), Subject.plan(plan), context.nameOf(plan.personId()),
          "development plan", plan.id());
    }
    for (DevelopmentGoal goal : plan.goals()) {
      if (widened(VisibleKind.DEVELOPMENT_GOAL, goal.visibility(), context.policy())) {
        report(findings, ItemPath.goal(plan.id(), goal.id()), Subject.goal(plan, goal),
            context.nameOf(plan.personId()), "development goal", goal.statement());
      }
    }
  }

  @Override
  public void checkGrowSession(GrowSession session, RuleContext context, Findings findings) {
    if (widened(VisibleKind.GROW_SESSION, session.visibility(), context.policy())) {
      report(findings, ItemPath.growSession(session.id()), Subject.growSession(session),
          context.nameOf(session.personId()), "GROW session", session.id());
    }
  }

  @Override
  public void checkPerson(Person person, RuleContext context, Findings findings) {
    Policy policy = context.policy();
    VisionsByPerson visions = context.memo(VisionsByPerson.class, () -> new VisionsByPerson(context));
    for (CareerVision vision : visions.of(person.id())) {
      if (widened(VisibleKind.CAREER_VISION, vision.visibility(), policy)) {
        report(findings, ItemPath.vision(vision.id()), Subject.vision(vision), person.name(), "career vision",
            vision.id());
      }
    }
    Optional<SkillProfile> profile = context.profileOf(person);
    if (profile.isEmpty()) {
      return;
    }
    Set<String> reported = new HashSet<>();
    for (Assessment assessment : profile.get().assessments()) {
      if (!widened(VisibleKind.ASSESSMENT, assessment.visibility(), policy)) {
        continue;
      }
      String item = assessment.skillId() + " (" + assessment.date() + ")";
      if (reported.add(item)) {
        report(findings, ItemPath.assessment(person.id(), assessment.skillId()),
            Subject.assessment(person.id(), assessment), person.name(), "assessment", item);
      }
    }
  }

  /** Reports that the item at {@code item} is widened: the finding points at its visibility. */
  private static void report(Findings findings, ItemPath item, Subject subject, String person, String kind,
      String shown) {
    findings.at(item.field("visibility"), subject)
        .argument("person", person)
        .argument("kind", kind)
        .argument("item", shown)
        .report();
  }

  /** Whether the kind is PRIVATE by default and the item's own setting makes it PUBLIC. */
  private static boolean widened(VisibleKind kind, Optional<Visibility> own, Policy policy) {
    return own.orElse(null) == Visibility.PUBLIC
        && policy.visibilityOf(kind, Optional.empty()) == Visibility.PRIVATE;
  }

  /** The career visions of each person, in snapshot order; built once per validation. */
  private static final class VisionsByPerson {
    private final Map<String, List<CareerVision>> byPerson = new HashMap<>();

    VisionsByPerson(RuleContext context) {
      for (CareerVision vision : context.snapshot().visions()) {
        byPerson.computeIfAbsent(vision.personId(), p -> new ArrayList<>()).add(vision);
      }
    }

    List<CareerVision> of(String personId) {
      return byPerson.getOrDefault(personId, List.of());
    }
  }
}
