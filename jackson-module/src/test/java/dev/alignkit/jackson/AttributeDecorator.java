package dev.alignkit.jackson;

import dev.alignkit.career.Assessment;
import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.Expectation;
import dev.alignkit.career.LateralMove;
import dev.alignkit.career.Level;
import dev.alignkit.career.Opening;
import dev.alignkit.career.ProficiencyScale;
import dev.alignkit.career.RoleRef;
import dev.alignkit.career.Skill;
import dev.alignkit.career.SkillCatalog;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.development.CareerVision;
import dev.alignkit.development.CoachingCheckIn;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GrowOption;
import dev.alignkit.development.GrowSession;
import dev.alignkit.development.SupportActivity;
import dev.alignkit.development.TargetSkill;
import dev.alignkit.development.WayForwardStep;
import dev.alignkit.json.format.Codecs;
import dev.alignkit.json.format.ObjectCodec;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import dev.alignkit.org.Waiver;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Gives vendor attributes to every object of a generated snapshot, the owners and roles inside
 * objectives and people included: the core generators make few. Object number k, in a fixed walk
 * order, gets {@code pool.get(k % pool.size())} but for the names of its own fields, so the same
 * snapshot and pool give the same result.
 */
final class AttributeDecorator {
  /** The field names of each model type, which its attributes may not use. */
  private static final Map<Class<?>, Set<String>> FIELDS = new HashMap<>();

  static {
    for (ObjectCodec<?, ?> codec : Codecs.all()) {
      FIELDS.put(codec.type(), codec.reservedNames());
    }
  }

  private final List<Map<String, String>> pool;
  private int next;

  private AttributeDecorator(List<Map<String, String>> pool) {
    this.pool = pool;
  }

  /** {@code snapshot} with attributes from {@code pool} on each of its objects; {@code pool} not empty. */
  static OrganizationSnapshot decorate(OrganizationSnapshot snapshot, List<Map<String, String>> pool) {
    return new AttributeDecorator(pool).snapshot(snapshot);
  }

  /**
   * The next attributes of the pool for an object of {@code type}, without those named like one of
   * its fields: a name such as {@code description} is a field of an objective but an attribute of
   * a person.
   */
  private Map<String, String> attributes(Class<?> type) {
    Map<String, String> attributes = pool.get(next++ % pool.size());
    Set<String> fields = FIELDS.get(type);
    Map<String, String> kept = new LinkedHashMap<>();
    attributes.forEach((name, value) -> {
      if (!fields.contains(name)) {
        kept.put(name, value);
      }
    });
    return kept;
  }

  private static <T> List<T> each(List<T> items, Function<T, T> change) {
    List<T> changed = new ArrayList<>(items.size());
    for (T item : items) {
      changed.add(change.apply(item));
    }
    return changed;
  }

  private OrganizationSnapshot snapshot(OrganizationSnapshot s) {
    return OrganizationSnapshot.builder().from(s)
        .people(each(s.people(), this::person))
        .teams(each(s.teams(), t -> Team.builder().from(t).attributes(attributes(Team.class)).build()))
        .cycles(each(s.cycles(), c -> Cycle.builder().from(c).attributes(attributes(Cycle.class)).build()))
        .objectives(each(s.objectives(), this::objective))
        .waivers(each(s.waivers(), w -> Waiver.builder().from(w).attributes(attributes(Waiver.class)).build()))
        .skillCatalog(catalog(s.skillCatalog()))
        .ladders(each(s.ladders(), this::ladder))
        // LateralMove.Builder has no copy method: its field "from" takes the name.
        .lateralMoves(each(s.lateralMoves(), m -> LateralMove.builder().id(m.id())
            .from(role(m.from())).to(role(m.to())).attributes(attributes(LateralMove.class)).build()))
        .openings(each(s.openings(), o -> Opening.builder().from(o).role(role(o.role()))
            .attributes(attributes(Opening.class)).build()))
        .profiles(each(s.profiles(), p -> SkillProfile.builder().from(p)
            .assessments(each(p.assessments(), a -> Assessment.builder().from(a).attributes(attributes(Assessment.class)).build()))
            .attributes(attributes(SkillProfile.class)).build()))
        .plans(each(s.plans(), this::plan))
        .visions(each(s.visions(), v -> CareerVision.builder().from(v).attributes(attributes(CareerVision.class)).build()))
        .growSessions(each(s.growSessions(), this::session))
        .attributes(attributes(OrganizationSnapshot.class))
        .build();
  }

  private Person person(Person p) {
    return Person.builder().from(p).role(p.role().map(this::role)).attributes(attributes(Person.class)).build();
  }

  private RoleRef role(RoleRef r) {
    return RoleRef.builder().from(r).attributes(attributes(RoleRef.class)).build();
  }

  private Objective objective(Objective o) {
    return Objective.builder().from(o)
        .owner(Owner.builder().from(o.owner()).attributes(attributes(Owner.class)).build())
        .alignments(each(o.alignments(), a -> Alignment.builder().from(a).attributes(attributes(Alignment.class)).build()))
        .keyResults(each(o.keyResults(), this::keyResult))
        .initiatives(each(o.initiatives(), i -> Initiative.builder().from(i).attributes(attributes(Initiative.class)).build()))
        .attributes(attributes(Objective.class))
        .build();
  }

  private KeyResult keyResult(KeyResult k) {
    return KeyResult.builder().from(k)
        .checkIns(each(k.checkIns(), c -> CheckIn.builder().from(c).attributes(attributes(CheckIn.class)).build()))
        .attributes(attributes(KeyResult.class))
        .build();
  }

  private SkillCatalog catalog(SkillCatalog c) {
    return SkillCatalog.builder().from(c)
        .skills(each(c.skills(), s -> Skill.builder().from(s).attributes(attributes(Skill.class)).build()))
        .scale(ProficiencyScale.builder().from(c.scale()).attributes(attributes(ProficiencyScale.class)).build())
        .attributes(attributes(SkillCatalog.class))
        .build();
  }

  private CareerLadder ladder(CareerLadder l) {
    return CareerLadder.builder().from(l)
        .levels(each(l.levels(), level -> Level.builder().from(level)
            .expectations(each(level.expectations(), e -> Expectation.builder().from(e).attributes(attributes(Expectation.class)).build()))
            .attributes(attributes(Level.class)).build()))
        .attributes(attributes(CareerLadder.class))
        .build();
  }

  private DevelopmentPlan plan(DevelopmentPlan p) {
    return DevelopmentPlan.builder().from(p)
        .goals(each(p.goals(), this::goal))
        .targetRole(p.targetRole().map(this::role))
        .coachingCheckIns(each(p.coachingCheckIns(), c -> CoachingCheckIn.builder().from(c)
            .attributes(attributes(CoachingCheckIn.class)).build()))
        .attributes(attributes(DevelopmentPlan.class))
        .build();
  }

  private DevelopmentGoal goal(DevelopmentGoal g) {
    Optional<RoleRef> targetRole = g.targetRole().map(this::role);
    return DevelopmentGoal.builder().from(g)
        .targetSkills(each(g.targetSkills(), t -> TargetSkill.builder().from(t).attributes(attributes(TargetSkill.class)).build()))
        .measures(each(g.measures(), this::keyResult))
        .supportActivities(each(g.supportActivities(), a -> SupportActivity.builder().from(a)
            .attributes(attributes(SupportActivity.class)).build()))
        .targetRole(targetRole)
        .attributes(attributes(DevelopmentGoal.class))
        .build();
  }

  private GrowSession session(GrowSession s) {
    return GrowSession.builder().from(s)
        .options(each(s.options(), o -> GrowOption.builder().from(o).attributes(attributes(GrowOption.class)).build()))
        .steps(each(s.steps(), st -> WayForwardStep.builder().from(st).attributes(attributes(WayForwardStep.class)).build()))
        .attributes(attributes(GrowSession.class))
        .build();
  }
}
