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
import java.lang.reflect.Array;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
 * does not skip, each owner's objectives per cycle (backlog objectives, which have no cycle, in
 * none), each plan and GROW session, each ladder and lateral move, handing every item to the rules
 * of its kind in one place, each rule with its own {@link Findings}. A few built-in rules check
 * what a status itself requires, such as {@code okr.objective.no-cycle}, and see objectives of
 * every status. Findings whose code and subject match a waiver in force on the as-of date
 * ({@link Waiver#isInForceOn}: granted by then, when the day is known, and not ended) move to the
 * report's waived list; a waiver granted after the as-of date waives nothing, so validating as of
 * an earlier day replays what was known then. Nothing reads the clock.
 *
 * <p>Every finding goes to a {@link FindingSink} as soon as a rule reports it, through one path:
 * {@link #validate(OrganizationSnapshot, LocalDate, FindingSink)} hands them to the caller's sink
 * and keeps none, so that a check over a whole organization need not hold them all; the methods
 * that return a {@link Report} collect them with a sink of their own, then sort them.
 */
public final class Validator {
  private static final Validator DEFAULTS = builder().build();

  private final Policy policy;
  private final List<Rule> rules;
  /** The descriptors of the enabled rules; a validation gives each its own {@link Findings}. */
  private final RuleDescriptor[] enabled;
  private final Kind<AnyStatusObjectiveRule> anyStatusObjectiveRules;
  private final Kind<ObjectiveRule> objectiveRules;
  private final Kind<KeyResultRule> keyResultRules;
  private final Kind<PersonRule> personRules;
  private final Kind<OwnerCycleRule> ownerCycleRules;
  private final Kind<SnapshotRule> snapshotRules;
  private final Kind<LadderRule> ladderRules;
  private final Kind<LateralMoveRule> lateralMoveRules;
  private final Kind<PlanRule> planRules;
  private final Kind<GrowSessionRule> growSessionRules;

  private Validator(Policy policy, List<Rule> rules) {
    this.policy = policy;
    this.rules = List.copyOf(rules);
    List<Rule> enabledRules = new ArrayList<>();
    for (Rule rule : rules) {
      if (policy.isEnabled(rule.descriptor().code())) {
        enabledRules.add(rule);
      }
    }
    this.enabled = new RuleDescriptor[enabledRules.size()];
    for (int i = 0; i < enabled.length; i++) {
      enabled[i] = enabledRules.get(i).descriptor();
    }
    // A rule may check several kinds of item; it is listed once per kind it implements.
    this.anyStatusObjectiveRules = new Kind<>(enabledRules, AnyStatusObjectiveRule.class);
    this.objectiveRules = new Kind<>(enabledRules, ObjectiveRule.class);
    this.keyResultRules = new Kind<>(enabledRules, KeyResultRule.class);
    this.personRules = new Kind<>(enabledRules, PersonRule.class);
    this.ownerCycleRules = new Kind<>(enabledRules, OwnerCycleRule.class);
    this.snapshotRules = new Kind<>(enabledRules, SnapshotRule.class);
    this.ladderRules = new Kind<>(enabledRules, LadderRule.class);
    this.lateralMoveRules = new Kind<>(enabledRules, LateralMoveRule.class);
    this.planRules = new Kind<>(enabledRules, PlanRule.class);
    this.growSessionRules = new Kind<>(enabledRules, GrowSessionRule.class);
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
    Collected collected = new Collected();
    validate(snapshot, asOf, collected);
    return collected.report(asOf);
  }

  /**
   * Validates a whole snapshot in one pass and hands each finding to {@code sink} as soon as a
   * rule reports it, keeping none: for an organization-wide check that counts, forwards or writes
   * its findings. The sink receives exactly the findings of {@link #validate(OrganizationSnapshot,
   * LocalDate) validate(snapshot, asOf)}, those that waivers in force cover through
   * {@link FindingSink#acceptWaived}, in the order the rules report them (see {@link FindingSink}).
   *
   * @param snapshot not null
   * @param asOf the date staleness and waivers are judged on; not null
   * @param sink receives the findings; not null
   */
  public void validate(OrganizationSnapshot snapshot, LocalDate asOf, FindingSink sink) {
    Run run = new Run(requireNonNull(snapshot, "snapshot"), requireNonNull(asOf, "asOf"),
        requireNonNull(sink, "sink"));
    List<Person> people = snapshot.people();
    for (int i = 0; i < people.size(); i++) {
      run.context.checking(people.get(i), i);
      checkPerson(people.get(i), run);
    }
    checkObjectives(snapshot.objectives(), null, run);
    checkDevelopment(snapshot.plans(), true, snapshot.growSessions(), run);
    RuleContext context = run.context;
    for (CareerLadder ladder : snapshot.ladders()) {
      run.each(ladderRules, (rule, findings) -> rule.checkLadder(ladder, context, findings));
    }
    for (LateralMove move : snapshot.lateralMoves()) {
      run.each(lateralMoveRules, (rule, findings) -> rule.checkLateralMove(move, context, findings));
    }
    run.each(snapshotRules, (rule, findings) -> rule.checkSnapshot(context, findings));
  }

  /**
   * Validates one person, the objectives the person owns, their plans and GROW sessions, and the
   * key results the person owns ({@link dev.alignkit.okr.KeyResult#ownerId()}) on objectives of
   * other owners: findings about a key result are listed under its owner. Of those other
   * objectives only the key-result rules run ({@link KeyResultRule}), so no finding about someone
   * else's objective as a whole appears; the key results of the person's own objectives are all
   * checked, whoever owns them. Rules of organization-wide items ({@link SnapshotRule},
   * {@link LadderRule}, {@link LateralMoveRule}) do not run. The same as
   * {@link #validateOwner validateOwner} with {@link Owner#person(String)}.
   *
   * @param snapshot not null
   * @param personId the person's id; an unknown id gives an empty report
   * @param asOf not null
   */
  public Report validatePerson(OrganizationSnapshot snapshot, String personId, LocalDate asOf) {
    return validateOwner(snapshot, Owner.person(personId), asOf);
  }

  /**
   * Validates the objectives of one owner and, for a person, the person, their plans, their GROW
   * sessions and the key results they own on objectives of other owners (as
   * {@link #validatePerson validatePerson} does). Rules of organization-wide items
   * ({@link SnapshotRule}, {@link LadderRule}, {@link LateralMoveRule}) do not run.
   *
   * @param snapshot not null
   * @param owner not null
   * @param asOf not null
   */
  public Report validateOwner(OrganizationSnapshot snapshot, Owner owner, LocalDate asOf) {
    requireNonNull(owner, "owner");
    Collected collected = new Collected();
    Run run = new Run(requireNonNull(snapshot, "snapshot"), requireNonNull(asOf, "asOf"), collected);
    if (owner.kind() == OwnerKind.PERSON) {
      String personId = owner.id().orElseThrow();
      snapshot.person(personId).ifPresent(person -> checkPerson(person, run));
      checkDevelopment(snapshot.plansOf(personId), false, snapshot.growSessionsOf(personId), run);
    }
    checkObjectives(snapshot.objectives(), owner, run);
    if (owner.kind() == OwnerKind.PERSON && snapshot.person(owner.id().orElseThrow()).isPresent()) {
      checkKeyResultsOwnedElsewhere(snapshot.objectives(), owner, run);
    }
    return collected.report(asOf);
  }

  /**
   * Runs the key-result rules on the key results that {@code person} owns on objectives of other
   * owners, skipping what a full validation skips.
   */
  private void checkKeyResultsOwnedElsewhere(List<Objective> objectives, Owner person, Run run) {
    Optional<String> personId = person.id();
    for (int i = 0; i < objectives.size(); i++) {
      Objective objective = objectives.get(i);
      if (objective.owner().equals(person) || run.context.skips(objective.status())) {
        continue;
      }
      for (KeyResult keyResult : objective.keyResults()) {
        if (keyResult.ownerId().equals(personId) && !run.context.skips(keyResult.status())) {
          run.context.checking(objective, i);
          run.checkKeyResult(keyResult, objective);
        }
      }
    }
  }

  private void checkPerson(Person person, Run run) {
    run.checkPerson(person);
  }

  /**
   * Checks plans and GROW sessions; {@code allPlans} says that {@code plans} are the snapshot's own
   * list, so that each one's position is its index and the context can resolve its ids once.
   */
  private void checkDevelopment(List<DevelopmentPlan> plans, boolean allPlans, List<GrowSession> sessions,
      Run run) {
    for (int i = 0; i < plans.size(); i++) {
      DevelopmentPlan plan = plans.get(i);
      if (allPlans) {
        run.context.checking(plan, i);
      }
      run.checkPlan(plan);
    }
    for (GrowSession session : sessions) {
      run.each(growSessionRules, (rule, findings) -> rule.checkGrowSession(session, run.context, findings));
    }
  }

  /**
   * Checks the snapshot's objectives, or only those of {@code only} when it is not null, telling
   * the context where each stands so that what its rules ask about it is resolved once.
   */
  private void checkObjectives(List<Objective> objectives, @Nullable Owner only, Run run) {
    RuleContext context = run.context;
    @Nullable OwnerCycleGroups byOwnerAndCycle = ownerCycleRules.size() > 0 ? new OwnerCycleGroups(objectives) : null;
    for (int i = 0; i < objectives.size(); i++) {
      Objective objective = objectives.get(i);
      if (only != null && !objective.owner().equals(only)) {
        continue;
      }
      context.checking(objective, i);
      run.checkObjectiveOfAnyStatus(objective);
      if (context.skips(objective.status())) {
        continue;
      }
      run.checkObjective(objective);
      // An indexed loop: most objectives have one key result, and the list's iterator is an object each.
      List<KeyResult> keyResults = objective.keyResults();
      for (int k = 0; k < keyResults.size(); k++) {
        KeyResult keyResult = keyResults.get(k);
        if (!context.skips(keyResult.status())) {
          run.checkKeyResult(keyResult, objective);
        }
      }
      // A backlog objective belongs to no cycle, so no owner-and-cycle rule counts it.
      Optional<String> cycleId = objective.cycleId();
      if (byOwnerAndCycle != null && cycleId.isPresent()) {
        byOwnerAndCycle.add(i, objective.owner(), cycleId.get(), objective.status());
      }
    }
    if (byOwnerAndCycle != null) {
      byOwnerAndCycle.forEach((owner, cycleId, group) -> run.each(ownerCycleRules,
          (rule, findings) -> rule.checkOwnerCycle(owner, cycleId, group, context, findings)));
    }
  }

  /** The rules of one kind, with where each stands among the enabled rules; built once per validator. */
  private static final class Kind<R> {
    private final R[] rules;
    /** For each rule, its position among the enabled rules, which is that of its sink in a run. */
    private final int[] slots;

    Kind(List<Rule> enabled, Class<R> kind) {
      List<R> matching = new ArrayList<>();
      int[] at = new int[enabled.size()];
      for (int i = 0; i < enabled.size(); i++) {
        if (kind.isInstance(enabled.get(i))) {
          at[matching.size()] = i;
          matching.add(kind.cast(enabled.get(i)));
        }
      }
      @SuppressWarnings("unchecked")
      R[] typed = (R[]) Array.newInstance(kind, matching.size());
      this.rules = matching.toArray(typed);
      this.slots = Arrays.copyOf(at, matching.size());
    }

    int size() {
      return slots.length;
    }
  }

  /** Hands one item to one rule, with the rule's sink. */
  @FunctionalInterface
  private interface Check<R> {
    void check(R rule, Findings findings);
  }

  /**
   * One validation: what its rules read, and a {@link Findings} per enabled rule, all of which
   * report through one sink that moves waived findings aside.
   */
  private final class Run {
    final RuleContext context;
    private final Findings[] sinks = new Findings[enabled.length];

    Run(OrganizationSnapshot snapshot, LocalDate asOf, FindingSink sink) {
      this.context = new RuleContext(snapshot, policy, asOf);
      FindingSink waiving = Waiving.of(snapshot.waivers(), asOf, sink);
      for (int i = 0; i < sinks.length; i++) {
        sinks[i] = new Findings(enabled[i], policy, waiving);
      }
    }

    /**
     * Calls each rule of {@code kind} in turn, with its own sink, for the kinds of item a snapshot
     * holds few of. The kinds every person, objective, key result and plan meets have a method of
     * their own below, the same loop written out: a direct call of each rule, rather than one
     * through a lambda that then calls the rule, for every rule and every item.
     */
    <R> void each(Kind<R> kind, Check<R> check) {
      for (int i = 0; i < kind.slots.length; i++) {
        check.check(kind.rules[i], sinks[kind.slots[i]]);
      }
    }

    void checkPerson(Person person) {
      PersonRule[] rules = personRules.rules;
      int[] slots = personRules.slots;
      for (int i = 0; i < rules.length; i++) {
        rules[i].checkPerson(person, context, sinks[slots[i]]);
      }
    }

    void checkObjectiveOfAnyStatus(Objective objective) {
      AnyStatusObjectiveRule[] rules = anyStatusObjectiveRules.rules;
      int[] slots = anyStatusObjectiveRules.slots;
      for (int i = 0; i < rules.length; i++) {
        rules[i].checkObjectiveOfAnyStatus(objective, context, sinks[slots[i]]);
      }
    }

    void checkObjective(Objective objective) {
      ObjectiveRule[] rules = objectiveRules.rules;
      int[] slots = objectiveRules.slots;
      for (int i = 0; i < rules.length; i++) {
        rules[i].checkObjective(objective, context, sinks[slots[i]]);
      }
    }

    void checkKeyResult(KeyResult keyResult, Objective objective) {
      KeyResultRule[] rules = keyResultRules.rules;
      int[] slots = keyResultRules.slots;
      for (int i = 0; i < rules.length; i++) {
        rules[i].checkKeyResult(keyResult, objective, context, sinks[slots[i]]);
      }
    }

    void checkPlan(DevelopmentPlan plan) {
      PlanRule[] rules = planRules.rules;
      int[] slots = planRules.slots;
      for (int i = 0; i < rules.length; i++) {
        rules[i].checkPlan(plan, context, sinks[slots[i]]);
      }
    }
  }

  /**
   * Hands each finding on, or, when a waiver in force on the as-of date covers its code and
   * subject, hands it on as waived. Of several waivers of one code and subject, the first in force
   * in the snapshot's order is the one recorded; those not in force (not yet granted, or ended)
   * are never considered.
   */
  private static final class Waiving implements FindingSink {
    private final Map<String, Waiver> inForce;
    private final FindingSink sink;

    private Waiving(Map<String, Waiver> inForce, FindingSink sink) {
      this.inForce = inForce;
      this.sink = sink;
    }

    /** {@code sink} itself when no waiver is in force on {@code asOf}. */
    static FindingSink of(List<Waiver> waivers, LocalDate asOf, FindingSink sink) {
      Map<String, Waiver> inForce = new HashMap<>();
      for (Waiver waiver : waivers) {
        if (waiver.isInForceOn(asOf)) {
          inForce.putIfAbsent(waiverKey(waiver.code(), waiver.subjectId()), waiver);
        }
      }
      return inForce.isEmpty() ? sink : new Waiving(inForce, sink);
    }

    @Override
    public void accept(Finding finding) {
      Waiver waiver = inForce.get(waiverKey(finding.code(), finding.subjectId()));
      if (waiver != null) {
        sink.acceptWaived(WaivedFinding.of(finding, waiver));
      } else {
        sink.accept(finding);
      }
    }

    @Override
    public void acceptWaived(WaivedFinding finding) {
      sink.acceptWaived(finding);
    }
  }

  /** The sink a {@link Report} is built from: it keeps every finding, open and waived. */
  private static final class Collected implements FindingSink {
    private final List<Finding> open = new ArrayList<>();
    private final List<WaivedFinding> waived = new ArrayList<>();

    @Override
    public void accept(Finding finding) {
      open.add(finding);
    }

    @Override
    public void acceptWaived(WaivedFinding finding) {
      waived.add(finding);
    }

    Report report(LocalDate asOf) {
      return Report.of(asOf, open, waived);
    }
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
