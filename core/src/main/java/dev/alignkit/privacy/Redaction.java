package dev.alignkit.privacy;

import dev.alignkit.career.Assessment;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.development.CareerVision;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GrowSession;
import dev.alignkit.development.WayForwardStep;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.AlignmentKind;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.ObjectiveType;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Waiver;
import dev.alignkit.policy.Policy;
import dev.alignkit.progress.ObjectiveRollup;
import dev.alignkit.progress.Rollup;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Builds the snapshot one viewer may see; see {@link Privacy#redact} for what it keeps. */
final class Redaction {
  /** The attribute that marks a placeholder objective; its value is {@code "aggregate"} or {@code "partial"}. */
  static final String PLACEHOLDER_ATTRIBUTE = "alignkit.placeholder";
  /** The fewest hidden children that are shown as one aggregate rather than as a mere mark. */
  static final int AGGREGATE_FROM = 3;

  private final Access access;
  private final OrganizationSnapshot snapshot;
  private final FreeIds ids;
  private Rollup rollup;

  private Redaction(Access access) {
    this.access = access;
    this.snapshot = access.snapshot();
    this.ids = FreeIds.shownTo("hidden-", access);
  }

  static OrganizationSnapshot of(Access access) {
    if (!access.knowsViewer()) {
      return OrganizationSnapshot.empty();
    }
    return new Redaction(access).redact();
  }

  private OrganizationSnapshot redact() {
    return OrganizationSnapshot.builder().from(snapshot)
        .objectives(objectives())
        .profiles(profiles())
        .plans(plans())
        .visions(visions())
        .growSessions(growSessions())
        .waivers(waivers())
        .build();
  }

  // --- objectives -------------------------------------------------------------------------------

  private List<Objective> objectives() {
    List<Objective> out = new ArrayList<>();
    for (Objective objective : snapshot.objectives()) {
      if (!access.sees(objective)) {
        continue;
      }
      out.add(visible(objective));
      placeholdersOfHiddenContributors(objective, out);
    }
    return out;
  }

  /**
   * The objective without references to hidden items: each link to a hidden parent (an objective,
   * a key result of one, or any hidden item's id) is named by its own fresh placeholder id,
   * keeping its kinds and weight.
   */
  private Objective visible(Objective objective) {
    Objective.Builder out = null;
    List<Alignment> alignments = new ArrayList<>(objective.alignments().size());
    boolean hiddenParent = false;
    for (Alignment alignment : objective.alignments()) {
      if (access.hidesParentOf(alignment)) {
        alignments.add(Alignment.builder().from(alignment).parentId(ids.next()).build());
        hiddenParent = true;
      } else {
        alignments.add(alignment);
      }
    }
    if (hiddenParent) {
      out = Objective.builder().from(objective).alignments(alignments);
    }
    List<Initiative> initiatives = new ArrayList<>(objective.initiatives().size());
    boolean changed = false;
    for (Initiative initiative : objective.initiatives()) {
      if (initiative.wovenGoalId().filter(access::isHidden).isPresent()) {
        initiatives.add(Initiative.builder().from(initiative).wovenGoalId(Optional.empty()).build());
        changed = true;
      } else {
        initiatives.add(initiative);
      }
    }
    if (changed) {
      out = out != null ? out : Objective.builder().from(objective);
      out.initiatives(initiatives);
    }
    return out != null ? out.build() : objective;
  }

  /**
   * Adds to {@code out} the placeholders of the hidden counted children that contribute to a
   * visible {@code parent}: one for those counted in the parent directly, then one per ROLLUP key
   * result of the parent for those counted in that key result; each an aggregate from
   * {@link #AGGREGATE_FROM} on, a no-data mark below, nothing when there are none. A child counted
   * in several parents, or key results, is in the placeholder of each, with its link's weight there.
   */
  private void placeholdersOfHiddenContributors(Objective parent, List<Objective> out) {
    Map<String, List<Contribution>> byKeyResult = Map.of();
    for (KeyResult keyResult : parent.keyResults()) {
      if (keyResult.isRollup()) {
        if (byKeyResult.isEmpty()) {
          byKeyResult = new LinkedHashMap<>();
        }
        byKeyResult.putIfAbsent(keyResult.id(), new ArrayList<>());
      }
    }
    List<Contribution> direct = new ArrayList<>();
    for (Objective child : snapshot.childrenOf(parent.id())) {
      if (!access.sees(child) && child.status().counts()) {
        collectContributions(child, parent, direct, byKeyResult);
      }
    }
    placeholder(parent, Alignment::contributes, parent.id(), direct).ifPresent(out::add);
    for (Map.Entry<String, List<Contribution>> keyResult : byKeyResult.entrySet()) {
      placeholder(parent, Alignment::contributesToKeyResult, keyResult.getKey(), keyResult.getValue())
          .ifPresent(out::add);
    }
  }

  /**
   * Where {@code child} counts in {@code parent} (see docs/concepts.md, "Several parents"): the
   * first link to each parent counts, later ones to the same parent are duplicates; a CONTRIBUTES
   * link to a ROLLUP key result counts the child in that key result only, so a child counted in a
   * ROLLUP key result of the parent is not also counted in the parent directly.
   */
  private void collectContributions(Objective child, Objective parent, List<Contribution> direct,
      Map<String, List<Contribution>> byKeyResult) {
    Alignment toParent = null;
    Set<String> linkedKeyResults = null;
    boolean inAKeyResult = false;
    for (Alignment link : child.alignments()) {
      if (!link.isToKeyResult()) {
        if (toParent == null && link.parentId().equals(parent.id())) {
          toParent = link;
        }
        continue;
      }
      List<Contribution> contributions = byKeyResult.get(link.parentId());
      if (contributions == null) {
        continue;
      }
      linkedKeyResults = linkedKeyResults != null ? linkedKeyResults : new HashSet<>();
      if (linkedKeyResults.add(link.parentId()) && link.kind() == AlignmentKind.CONTRIBUTES) {
        contributions.add(new Contribution(child, link.weight()));
        inAKeyResult = true;
      }
    }
    if (toParent != null && toParent.kind() == AlignmentKind.CONTRIBUTES && !inAKeyResult) {
      direct.add(new Contribution(child, toParent.weight()));
    }
  }

  /** How a placeholder links to what it stands in: the parent objective, or a key result of it. */
  private interface Link {
    Alignment to(String parentId, double weight);
  }

  /**
   * The placeholder of hidden {@code contributions} to {@code parentId} (the parent objective or
   * one of its key results): an aggregate from {@link #AGGREGATE_FROM} on, a no-data mark below,
   * nothing when there are none.
   */
  private Optional<Objective> placeholder(Objective parent, Link link, String parentId,
      List<Contribution> contributions) {
    if (contributions.isEmpty()) {
      return Optional.empty();
    }
    String id = ids.next();
    String keyResultId = ids.next();
    KeyResult.Builder keyResult = KeyResult.builder().id(keyResultId).kind(KeyResultKind.INCREASE)
        .start(0).target(1).unit("progress");
    Objective.Builder placeholder = Objective.builder().id(id).owner(Owner.organization())
        .cycleId(parent.cycleId());
    int count = contributions.size();
    if (count < AGGREGATE_FROM) {
      return Optional.of(placeholder.title("Hidden objectives")
          .addAlignment(link.to(parentId, 1))
          .addKeyResult(keyResult.title("No data shown for hidden objectives").build())
          .putAttribute(PLACEHOLDER_ATTRIBUTE, "\"partial\"")
          .build());
    }
    Aggregate aggregate = aggregate(contributions);
    aggregate.progress.ifPresent(keyResult::current);
    // The placeholder's one plain key result expects its type's expectation: the type whose
    // expectation is the hidden children's keeps the parent's expectation and met as they are.
    if (Math.abs(aggregate.expectation - access.policy().aspirationalExpectation()) <= Policy.EPSILON
        && Math.abs(aggregate.expectation - access.policy().committedExpectation()) > Policy.EPSILON) {
      placeholder.type(ObjectiveType.ASPIRATIONAL);
    }
    return Optional.of(placeholder.title(count + " hidden objectives")
        .addAlignment(link.to(parentId, aggregate.weight))
        .addKeyResult(keyResult.title("Progress of " + count + " hidden objectives").build())
        .putAttribute(PLACEHOLDER_ATTRIBUTE, "\"aggregate\"")
        .build());
  }

  /** The weight and progress one child must have to count as {@code contributions} do. */
  private Aggregate aggregate(List<Contribution> contributions) {
    if (rollup == null) {
      rollup = Rollup.of(snapshot, access.asOf(), access.policy());
    }
    // Scaled by 2^-64 as the roll-up scales weights, so that sums of huge weights do not overflow.
    double counted = 0;
    double weighted = 0;
    double positive = 0;
    double expected = 0;
    for (Contribution contribution : contributions) {
      double weight = Math.scalb(contribution.weight, -64);
      if (!(weight > 0)) {
        continue;
      }
      positive += weight;
      Optional<ObjectiveRollup> result = rollup.objective(contribution.child.id());
      expected += weight * result.map(ObjectiveRollup::expectation).orElse(0.0);
      OptionalDouble progress = result.map(ObjectiveRollup::progress).orElse(OptionalDouble.empty());
      if (progress.isPresent()) {
        counted += weight;
        weighted += weight * progress.getAsDouble();
      }
    }
    double expectation = positive > 0 ? expected / positive : 0;
    if (counted == 0) {
      return new Aggregate(unscaled(positive), OptionalDouble.empty(), expectation);
    }
    double mean = Math.max(0, Math.min(1, weighted / counted));
    return new Aggregate(unscaled(counted), OptionalDouble.of(mean), expectation);
  }

  private static double unscaled(double scaled) {
    return Math.min(Math.scalb(scaled, 64), Double.MAX_VALUE);
  }

  /** A hidden child counted in a parent or key result, with the weight of its link there. */
  private static final class Contribution {
    final Objective child;
    final double weight;

    Contribution(Objective child, double weight) {
      this.child = child;
      this.weight = weight;
    }
  }

  private static final class Aggregate {
    final double weight;
    final OptionalDouble progress;
    /** The hidden children's weighted mean expectation. */
    final double expectation;

    Aggregate(double weight, OptionalDouble progress, double expectation) {
      this.weight = weight;
      this.progress = progress;
      this.expectation = expectation;
    }
  }

  // --- personal data --------------------------------------------------------------------------

  private List<SkillProfile> profiles() {
    List<SkillProfile> out = new ArrayList<>();
    for (SkillProfile profile : snapshot.profiles()) {
      List<Assessment> visible = new ArrayList<>();
      for (Assessment assessment : profile.assessments()) {
        if (access.sees(profile, assessment)) {
          visible.add(assessment);
        }
      }
      if (visible.isEmpty()) {
        continue;
      }
      SkillProfile.Builder copy = SkillProfile.builder().from(profile).assessments(visible);
      if (!access.seesProfile(profile.personId())) {
        copy.attributes(Map.of());
      }
      out.add(copy.build());
    }
    return out;
  }

  private List<DevelopmentPlan> plans() {
    List<DevelopmentPlan> out = new ArrayList<>();
    for (DevelopmentPlan plan : snapshot.plans()) {
      if (!access.sees(plan)) {
        continue;
      }
      List<DevelopmentGoal> goals = new ArrayList<>();
      for (DevelopmentGoal goal : plan.goals()) {
        if (!access.sees(plan, goal)) {
          continue;
        }
        if (goal.wovenInto().filter(access::isHidden).isPresent()) {
          goals.add(DevelopmentGoal.builder().from(goal).wovenInto(Optional.empty()).build());
        } else {
          goals.add(goal);
        }
      }
      DevelopmentPlan.Builder copy = DevelopmentPlan.builder().from(plan).goals(goals);
      if (!access.seesStanding(plan)) {
        copy.standing(Optional.empty());
      }
      out.add(copy.build());
    }
    return out;
  }

  private List<CareerVision> visions() {
    List<CareerVision> out = new ArrayList<>();
    for (CareerVision vision : snapshot.visions()) {
      if (access.sees(vision)) {
        out.add(vision);
      }
    }
    return out;
  }

  private List<GrowSession> growSessions() {
    List<GrowSession> out = new ArrayList<>();
    for (GrowSession session : snapshot.growSessions()) {
      if (!access.sees(session)) {
        continue;
      }
      List<WayForwardStep> steps = new ArrayList<>(session.steps().size());
      boolean changed = false;
      for (WayForwardStep step : session.steps()) {
        if (step.trackedBy().filter(access::isHidden).isPresent()) {
          steps.add(WayForwardStep.builder().from(step).trackedBy(Optional.empty()).build());
          changed = true;
        } else {
          steps.add(step);
        }
      }
      out.add(changed ? GrowSession.builder().from(session).steps(steps).build() : session);
    }
    return out;
  }

  private List<Waiver> waivers() {
    List<Waiver> out = new ArrayList<>();
    for (Waiver waiver : snapshot.waivers()) {
      if (access.sees(waiver)) {
        out.add(waiver);
      }
    }
    return out;
  }
}
