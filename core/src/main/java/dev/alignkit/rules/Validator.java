package dev.alignkit.rules;

import static java.util.Objects.requireNonNull;

import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.LateralMove;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GrowSession;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.okr.OwnerKind;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Waiver;
import dev.alignkit.policy.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Validates snapshots with a set of rules under a policy. Immutable and thread-safe: build one
 * and share it.
 *
 * <pre>{@code
 * Validator validator = Validator.builder()
 *     .policy(Policy.builder().maxObjectivesPerOwner(3).build())
 *     .addRule(new MyRule())
 *     .build();
 * Report report = validator.validate(snapshot, LocalDate.of(2026, 8, 15));
 * }</pre>
 *
 * <p>A validation walks the snapshot once: each person, each objective and key result the policy
 * does not skip, each owner's objectives per cycle, each plan and GROW session, each ladder and
 * lateral move, handing every item to the rules of its kind. Findings whose code and subject match a waiver in force on the as-of date move to the
 * report's waived list. Nothing reads the clock.
 */
public final class Validator {
  private static final Validator DEFAULTS = builder().build();

  private final Policy policy;
  private final List<Rule> rules;
  private final ObjectiveRule[] objectiveRules;
  private final KeyResultRule[] keyResultRules;
  private final PersonRule[] personRules;
  private final OwnerCycleRule[] ownerCycleRules;
  private final SnapshotRule[] snapshotRules;
  private final LadderRule[] ladderRules;
  private final LateralMoveRule[] lateralMoveRules;
  private final PlanRule[] planRules;
  private final GrowSessionRule[] growSessionRules;

  private Validator(Policy policy, List<Rule> rules) {
    this.policy = policy;
    this.rules = List.copyOf(rules);
    List<Rule> enabled = new ArrayList<>();
    for (Rule rule : rules) {
      if (policy.isEnabled(rule.descriptor().code())) {
        enabled.add(rule);
      }
    }
    // A rule may check several kinds of item; it is listed once per kind it implements.
    this.objectiveRules = ofKind(enabled, ObjectiveRule.class, new ObjectiveRule[0]);
    this.keyResultRules = ofKind(enabled, KeyResultRule.class, new KeyResultRule[0]);
    this.personRules = ofKind(enabled, PersonRule.class, new PersonRule[0]);
    this.ownerCycleRules = ofKind(enabled, OwnerCycleRule.class, new OwnerCycleRule[0]);
    this.snapshotRules = ofKind(enabled, SnapshotRule.class, new SnapshotRule[0]);
    this.ladderRules = ofKind(enabled, LadderRule.class, new LadderRule[0]);
    this.lateralMoveRules = ofKind(enabled, LateralMoveRule.class, new LateralMoveRule[0]);
    this.planRules = ofKind(enabled, PlanRule.class, new PlanRule[0]);
    this.growSessionRules = ofKind(enabled, GrowSessionRule.class, new GrowSessionRule[0]);
  }

  /** The rules of {@code rules} that implement {@code kind}, in order; built once per validator. */
  private static <R> R[] ofKind(List<Rule> rules, Class<R> kind, R[] none) {
    List<R> matching = new ArrayList<>();
    for (Rule rule : rules) {
      if (kind.isInstance(rule)) {
        matching.add(kind.cast(rule));
      }
    }
    return matching.toArray(none);
  }

  /** The built-in rules under the default policy. */
  public static Validator defaults() {
    return DEFAULTS;
  }

  /** Returns a builder with the built-in rules and the default policy. */
  public static Builder builder() {
    return new Builder();
  }

  /** The descriptors of the built-in rules, in catalog order. */
  public static List<RuleDescriptor> builtInRules() {
    List<RuleDescriptor> descriptors = new ArrayList<>();
    for (Rule rule : BuiltInRules.all()) {
      descriptors.add(rule.descriptor());
    }
    return List.copyOf(descriptors);
  }

  /** The policy in force. */
  public Policy policy() {
    return policy;
  }

  /** The descriptors of every registered rule, disabled ones included, in registration order. */
  public List<RuleDescriptor> rules() {
    List<RuleDescriptor> descriptors = new ArrayList<>(rules.size());
    for (Rule rule : rules) {
      descriptors.add(rule.descriptor());
    }
    return List.copyOf(descriptors);
  }

  /**
   * Validates a whole snapshot in one pass.
   *
   * @param snapshot not null
   * @param asOf the date staleness and waivers are judged on; not null
   */
  public Report validate(OrganizationSnapshot snapshot, LocalDate asOf) {
    RuleContext context = new RuleContext(requireNonNull(snapshot, "snapshot"), policy, requireNonNull(asOf, "asOf"));
    for (Person person : snapshot.people()) {
      checkPerson(person, context);
    }
    checkObjectives(snapshot.objectives(), context);
    checkDevelopment(snapshot.plans(), snapshot.growSessions(), context);
    for (CareerLadder ladder : snapshot.ladders()) {
      for (LadderRule rule : ladderRules) {
        context.run(rule);
        rule.checkLadder(ladder, context);
      }
    }
    for (LateralMove move : snapshot.lateralMoves()) {
      for (LateralMoveRule rule : lateralMoveRules) {
        context.run(rule);
        rule.checkLateralMove(move, context);
      }
    }
    for (SnapshotRule rule : snapshotRules) {
      context.run(rule);
      rule.checkSnapshot(context);
    }
    return report(context);
  }

  /**
   * Validates one person, the objectives the person owns, and their plans and GROW sessions. Rules of organization-wide items
   * ({@link SnapshotRule}, {@link LadderRule}, {@link LateralMoveRule}) do not run.
   *
   * @param snapshot not null
   * @param personId the person's id; an unknown id gives an empty report
   * @param asOf not null
   */
  public Report validatePerson(OrganizationSnapshot snapshot, String personId, LocalDate asOf) {
    return validateOwner(snapshot, Owner.person(personId), asOf);
  }

  /**
   * Validates the objectives of one owner and, for a person, the person, their plans and their
   * GROW sessions. Rules of
   * organization-wide items ({@link SnapshotRule}, {@link LadderRule}, {@link LateralMoveRule})
   * do not run.
   *
   * @param snapshot not null
   * @param owner not null
   * @param asOf not null
   */
  public Report validateOwner(OrganizationSnapshot snapshot, Owner owner, LocalDate asOf) {
    requireNonNull(owner, "owner");
    RuleContext context = new RuleContext(requireNonNull(snapshot, "snapshot"), policy, requireNonNull(asOf, "asOf"));
    if (owner.kind() == OwnerKind.PERSON) {
      String personId = owner.id().orElseThrow();
      snapshot.person(personId).ifPresent(person -> checkPerson(person, context));
      checkDevelopment(snapshot.plansOf(personId), snapshot.growSessionsOf(personId), context);
    }
    List<Objective> owned = new ArrayList<>();
    for (Objective objective : snapshot.objectives()) {
      if (objective.owner().equals(owner)) {
        owned.add(objective);
      }
    }
    checkObjectives(owned, context);
    return report(context);
  }

  private void checkPerson(Person person, RuleContext context) {
    for (PersonRule rule : personRules) {
      context.run(rule);
      rule.checkPerson(person, context);
    }
  }

  private void checkDevelopment(List<DevelopmentPlan> plans, List<GrowSession> sessions, RuleContext context) {
    for (DevelopmentPlan plan : plans) {
      for (PlanRule rule : planRules) {
        context.run(rule);
        rule.checkPlan(plan, context);
      }
    }
    for (GrowSession session : sessions) {
      for (GrowSessionRule rule : growSessionRules) {
        context.run(rule);
        rule.checkGrowSession(session, context);
      }
    }
  }

  private void checkObjectives(List<Objective> objectives, RuleContext context) {
    Map<Owner, Map<String, List<Objective>>> byOwnerAndCycle = new LinkedHashMap<>();
    for (Objective objective : objectives) {
      if (policy.skips(objective.status())) {
        continue;
      }
      for (ObjectiveRule rule : objectiveRules) {
        context.run(rule);
        rule.checkObjective(objective, context);
      }
      for (KeyResult keyResult : objective.keyResults()) {
        if (policy.skips(keyResult.status())) {
          continue;
        }
        for (KeyResultRule rule : keyResultRules) {
          context.run(rule);
          rule.checkKeyResult(keyResult, objective, context);
        }
      }
      if (ownerCycleRules.length > 0) {
        byOwnerAndCycle.computeIfAbsent(objective.owner(), o -> new LinkedHashMap<>())
            .computeIfAbsent(objective.cycleId(), c -> new ArrayList<>())
            .add(objective);
      }
    }
    for (Map.Entry<Owner, Map<String, List<Objective>>> owner : byOwnerAndCycle.entrySet()) {
      for (Map.Entry<String, List<Objective>> cycle : owner.getValue().entrySet()) {
        List<Objective> group = List.copyOf(cycle.getValue());
        for (OwnerCycleRule rule : ownerCycleRules) {
          context.run(rule);
          rule.checkOwnerCycle(owner.getKey(), cycle.getKey(), group, context);
        }
      }
    }
  }

  private static Report report(RuleContext context) {
    List<Waiver> waivers = context.snapshot().waivers();
    if (waivers.isEmpty()) {
      return Report.of(context.asOf(), context.findings(), List.of());
    }
    Map<String, Waiver> inForce = new HashMap<>();
    for (Waiver waiver : waivers) {
      if (waiver.isInForceOn(context.asOf())) {
        inForce.putIfAbsent(waiverKey(waiver.code(), waiver.subjectId()), waiver);
      }
    }
    List<Finding> open = new ArrayList<>();
    List<WaivedFinding> waived = new ArrayList<>();
    for (Finding finding : context.findings()) {
      Waiver waiver = inForce.get(waiverKey(finding.code(), finding.subjectId()));
      if (waiver != null) {
        waived.add(WaivedFinding.of(finding, waiver));
      } else {
        open.add(finding);
      }
    }
    return Report.of(context.asOf(), open, waived);
  }

  private static String waiverKey(String code, String subjectId) {
    return code + '\u0000' + subjectId;
  }

  /** Builds a {@link Validator}. Not thread-safe; the validator it builds is. */
  public static final class Builder {
    private Policy policy = Policy.defaults();
    private boolean builtIns = true;
    private final List<Rule> added = new ArrayList<>();

    private Builder() {}

    /** Sets the policy; the default policy unless called. */
    public Builder policy(Policy policy) {
      this.policy = requireNonNull(policy, "policy");
      return this;
    }

    /** Leaves the built-in rules out, so only added rules run. */
    public Builder withoutBuiltInRules() {
      this.builtIns = false;
      return this;
    }

    /** Adds an application rule. */
    public Builder addRule(Rule rule) {
      added.add(requireNonNull(rule, "rule"));
      return this;
    }

    /** Adds every {@link Rule} that {@link ServiceLoader} finds through the context class loader. */
    public Builder addServiceLoaderRules() {
      for (Rule rule : ServiceLoader.load(Rule.class)) {
        added.add(rule);
      }
      return this;
    }

    /**
     * Builds the validator.
     *
     * @throws IllegalArgumentException if two rules share a code
     */
    public Validator build() {
      List<Rule> all = new ArrayList<>();
      if (builtIns) {
        all.addAll(BuiltInRules.all());
      }
      all.addAll(added);
      Set<String> codes = new HashSet<>();
      for (Rule rule : all) {
        if (!codes.add(rule.descriptor().code())) {
          throw new IllegalArgumentException("two rules share the code " + rule.descriptor().code());
        }
      }
      return new Validator(policy, all);
    }
  }
}
