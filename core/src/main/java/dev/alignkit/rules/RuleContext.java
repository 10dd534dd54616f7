package dev.alignkit.rules;

import static java.util.Objects.requireNonNull;

import dev.alignkit.advice.Advisor;
import dev.alignkit.career.Skill;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.common.Visibility;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.internal.Dates;
import dev.alignkit.internal.SnapshotPositions;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.policy.Policy;
import dev.alignkit.policy.VisibleKind;
import dev.alignkit.progress.CareerPaths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What a rule reads while it runs: the snapshot, the policy, the as-of date, and a cache for work
 * shared between items. A rule reports to the {@link Findings} it is handed with each item, not
 * here. One context serves one validation on one thread; a rule must not keep it.
 */
public final class RuleContext {
  private final OrganizationSnapshot snapshot;
  private final Policy policy;
  private final LocalDate asOf;
  private final Map<Object, Object> memos = new HashMap<>();
  private final SnapshotPositions positions;
  /** {@link Policy#skips} of each status, by ordinal: asked for every objective and key result. */
  private final boolean[] skipped;
  // What careerPaths() and advisor() keep in the memos, also at hand without a lookup.
  private @Nullable CareerPaths careerPaths;
  private @Nullable Advisor advisor;

  /** Values of {@link #currentFinished}. */
  private static final byte UNKNOWN = 0;
  private static final byte FINISHED = 1;
  private static final byte UNFINISHED = 2;

  // The objective the validator is checking, with what its rules ask about it resolved once: its
  // position, cycle and whether it is finished. Every rule of the objective and of each of its key
  // results asks again; an objective other than this one is looked up by id.
  private @Nullable Objective current;
  private int currentPosition = -1;
  private @Nullable Optional<Cycle> currentCycle;
  /** Whether the objective being checked is finished: {@link #UNKNOWN} until asked. */
  private byte currentFinished = UNKNOWN;
  /** For each cycle of the snapshot, by position, whether it has ended as of {@link #asOf}; made on first use. */
  private boolean @Nullable [] cycleEnded;
  // The kind of the key result checked last, read once for all the key-result rules: the getter
  // makes an Optional on every call, which escape analysis does not remove.
  private @Nullable KeyResult kindRead;
  private @Nullable KeyResultKind kind;
  // The cycle whose check-in window was asked for last, and the window's last day.
  private @Nullable Cycle windowCycle;
  private @Nullable LocalDate windowEnd;
  // The same for the person and the plan being checked.
  private @Nullable Person currentPerson;
  private int currentPersonPosition = -1;
  private @Nullable DevelopmentPlan currentPlan;
  private int currentPlanPosition = -1;
  /**
   * Each person's plans as chains of plan positions in snapshot order: the first plan of each
   * person by position, and the next plan of the same person after each plan, or -1; made on first
   * use, for the plans whose person resolves.
   */
  private int @Nullable [] firstPlanOfPerson;
  private int @Nullable [] nextPlanOfPerson;

  RuleContext(OrganizationSnapshot snapshot, Policy policy, LocalDate asOf) {
    this.snapshot = snapshot;
    this.policy = policy;
    this.asOf = asOf;
    this.positions = SnapshotPositions.of(snapshot);
    OkrStatus[] statuses = OkrStatus.values();
    this.skipped = new boolean[statuses.length];
    for (OkrStatus status : statuses) {
      skipped[status.ordinal()] = policy.skips(status);
    }
  }

  /**
   * Tells the context which objective the validator hands to rules next, and where it stands in
   * the snapshot's objectives.
   */
  void checking(Objective objective, int position) {
    current = objective;
    currentPosition = position;
    currentCycle = null;
    currentFinished = UNKNOWN;
  }

  /** Tells the context which person the validator hands to rules next, and where they stand in the snapshot's people. */
  void checking(Person person, int position) {
    currentPerson = person;
    currentPersonPosition = position;
  }

  /** Tells the context which plan the validator hands to rules next, and where it stands in the snapshot's plans. */
  void checking(DevelopmentPlan plan, int position) {
    currentPlan = plan;
    currentPlanPosition = position;
  }

  /** {@link OrganizationSnapshot#profile} of {@code person}, by position for the person being checked. */
  Optional<SkillProfile> profileOf(Person person) {
    if (person != currentPerson) {
      return snapshot.profile(person.id());
    }
    int profile = positions.profileOf(currentPersonPosition);
    return profile < 0 ? Optional.empty() : Optional.of(snapshot.profiles().get(profile));
  }

  /** The person of {@code plan}, by position for the plan being checked. */
  Optional<Person> personOf(DevelopmentPlan plan) {
    if (plan != currentPlan) {
      return snapshot.person(plan.personId());
    }
    int person = positions.personOfPlan(currentPlanPosition);
    return person < 0 ? Optional.empty() : Optional.of(snapshot.people().get(person));
  }

  /**
   * {@link OrganizationSnapshot#plansOf} the person of {@code plan}, in snapshot order: for the plan
   * being checked read from the chains of plan positions rather than looked up by the person's id
   * in a map of every person (a random access into a large table, for every plan).
   */
  List<DevelopmentPlan> plansOfPersonOf(DevelopmentPlan plan) {
    int person = plan == currentPlan ? positions.personOfPlan(currentPlanPosition) : -1;
    if (person < 0) {
      return snapshot.plansOf(plan.personId());
    }
    int[] next = nextPlanOfPerson;
    int[] first = firstPlanOfPerson;
    if (next == null || first == null) {
      List<DevelopmentPlan> plans = snapshot.plans();
      first = new int[snapshot.people().size()];
      Arrays.fill(first, -1);
      next = new int[plans.size()];
      int[] last = new int[first.length];
      for (int p = 0; p < next.length; p++) {
        next[p] = -1;
        int of = positions.personOfPlan(p);
        if (of >= 0) {
          if (first[of] < 0) {
            first[of] = p;
          } else {
            next[last[of]] = p;
          }
          last[of] = p;
        }
      }
      firstPlanOfPerson = first;
      nextPlanOfPerson = next;
    }
    List<DevelopmentPlan> plans = snapshot.plans();
    int head = first[person];
    if (next[head] < 0) {
      return List.of(plans.get(head));
    }
    List<DevelopmentPlan> out = new ArrayList<>();
    for (int p = head; p >= 0; p = next[p]) {
      out.add(plans.get(p));
    }
    return out;
  }

  /** The cycle of {@code plan}, by position for the plan being checked. */
  Optional<Cycle> cycleOf(DevelopmentPlan plan) {
    if (plan != currentPlan) {
      return snapshot.cycle(plan.cycleId());
    }
    int cycle = positions.cycleOfPlan(currentPlanPosition);
    return cycle < 0 ? Optional.empty() : Optional.of(snapshot.cycles().get(cycle));
  }

  /**
   * Whether the parent of {@code alignment}, the {@code index}-th link of {@code objective},
   * resolves ({@link OrganizationSnapshot#parentOf}): read from the positions resolved when the
   * snapshot was built, for an objective the snapshot holds.
   */
  boolean parentResolves(Objective objective, int index, Alignment alignment) {
    int position = positionOf(objective);
    return position >= 0 ? positions.linkTarget(position, index) >= 0 : snapshot.parentOf(alignment).isPresent();
  }

  /** The snapshot's ids as positions. */
  SnapshotPositions positions() {
    return positions;
  }

  /** The position of {@code objective} in the snapshot's objectives, or -1 when the snapshot does not hold it. */
  int positionOf(Objective objective) {
    if (objective == current) {
      return currentPosition;
    }
    int position = snapshot.indexOfObjective(objective.id());
    return position >= 0 && snapshot.objectives().get(position) == objective ? position : -1;
  }

  /** {@link OrganizationSnapshot#cycleOf}, resolved once for the objective being checked. */
  Optional<Cycle> cycleOf(Objective objective) {
    if (objective != current) {
      return snapshot.cycleOf(objective);
    }
    Optional<Cycle> cycle = currentCycle;
    if (cycle == null) {
      cycle = cycleAt(currentPosition);
      currentCycle = cycle;
    }
    return cycle;
  }

  /** The cycle of the objective at {@code position} in the snapshot's objectives. */
  Optional<Cycle> cycleAt(int position) {
    int cycle = positions.cycleOf(position);
    return cycle < 0 ? Optional.empty() : Optional.of(snapshot.cycles().get(cycle));
  }

  /**
   * The last day a check-in of {@code cycle} may be dated: the cycle's end plus the policy's
   * {@code checkInGraceDays}, held at {@link LocalDate#MAX} (the grace days of a cycle ending there
   * end there too). Worked out again only when asked about another cycle than last time: the key
   * results of one objective, and mostly of the next, share a cycle.
   */
  LocalDate checkInWindowEnd(Cycle cycle) {
    LocalDate end = windowEnd;
    if (cycle != windowCycle || end == null) {
      end = Dates.plusDaysSaturating(cycle.endInclusive(), policy.checkInGraceDays());
      windowCycle = cycle;
      windowEnd = end;
    }
    return end;
  }

  /** {@link KeyResult#kind()} of {@code keyResult}, or null when it has none; read once for the key result being checked. */
  @Nullable KeyResultKind kindOf(KeyResult keyResult) {
    if (keyResult != kindRead) {
      kind = keyResult.kind().orElse(null);
      kindRead = keyResult;
    }
    return kind;
  }

  /** {@link KeyResult#isRollup()}, through {@link #kindOf}. */
  boolean isRollup(KeyResult keyResult) {
    return kindOf(keyResult) == KeyResultKind.ROLLUP;
  }

  /** The snapshot under validation. */
  public OrganizationSnapshot snapshot() {
    return snapshot;
  }

  /** The policy in force. */
  public Policy policy() {
    return policy;
  }

  /** The date the validation is made as of: staleness and waiver expiry are measured from it. */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Whether {@code objective} is finished work as of {@link #asOf()}: it is
   * {@link dev.alignkit.okr.OkrStatus#CLOSED}, or its cycle has ended ({@link Cycle#hasEnded}). Rules
   * about work in progress (staleness, alignment to the organization, how many objectives and key
   * results, activity wording) leave finished work alone; rules about structure do not
   * ({@code docs/concepts.md}, "Closing a cycle"). An objective without a resolving cycle is
   * finished only when CLOSED.
   */
  public boolean isFinished(Objective objective) {
    if (objective != current) {
      return finished(objective);
    }
    byte finished = currentFinished;
    if (finished == UNKNOWN) {
      finished = objective.status() == OkrStatus.CLOSED || hasEnded(positions.cycleOf(currentPosition))
          ? FINISHED : UNFINISHED;
      currentFinished = finished;
    }
    return finished == FINISHED;
  }

  /**
   * Whether the cycle of the objective at {@code position} in the snapshot's objectives has ended
   * as of {@link #asOf()}: false when it has no cycle or its cycle does not resolve.
   */
  boolean cycleHasEndedAt(int position) {
    return hasEnded(positions.cycleOf(position));
  }

  /** Whether the cycle at {@code position} (-1: none, or one that does not resolve) has ended. */
  private boolean hasEnded(int position) {
    if (position < 0) {
      return false;
    }
    boolean[] ended = cycleEnded;
    if (ended == null) {
      List<Cycle> cycles = snapshot.cycles();
      ended = new boolean[cycles.size()];
      for (int i = 0; i < ended.length; i++) {
        ended[i] = cycles.get(i).hasEnded(asOf);
      }
      cycleEnded = ended;
    }
    return ended[position];
  }

  private boolean finished(Objective objective) {
    if (objective.status() == OkrStatus.CLOSED) {
      return true;
    }
    Optional<Cycle> cycle = cycleOf(objective);
    return cycle.isPresent() && cycle.get().hasEnded(asOf);
  }


  /**
   * The value cached under {@code key} in this validation, computed by {@code compute} on first
   * use. Use it for work that several items share, such as an index over the snapshot.
   *
   * @param key any value with equals and hashCode, such as the rule's class; not null
   * @param compute computes the value; must not return null
   */
  @SuppressWarnings("unchecked")
  public <T> T memo(Object key, Supplier<T> compute) {
    Object value = memos.get(requireNonNull(key, "key"));
    if (value == null) {
      value = requireNonNull(compute.get(), "memo value");
      memos.put(key, value);
    }
    return (T) value;
  }

  /** Career paths of this validation's snapshot, date and policy, shared by the rules that need readiness. */
  public CareerPaths careerPaths() {
    CareerPaths paths = careerPaths;
    if (paths == null) {
      paths = memo(CareerPaths.class, () -> CareerPaths.of(snapshot, asOf, policy));
      careerPaths = paths;
    }
    return paths;
  }

  /** The advisor of this validation's snapshot, date and policy, kept in the memos under {@code Advisor.class}. */
  Advisor advisor() {
    Advisor shared = advisor;
    if (shared == null) {
      shared = memo(Advisor.class, () -> Advisor.of(snapshot, asOf, policy));
      advisor = shared;
    }
    return shared;
  }

  /** {@link Policy#skips}, read from an array. */
  boolean skips(OkrStatus status) {
    return skipped[status.ordinal()];
  }

  /** The visibility of an objective: its own, else the policy's default for objectives. */
  public Visibility visibilityOf(Objective objective) {
    return policy.visibilityOf(VisibleKind.OBJECTIVE, objective.visibility());
  }

  /** A person's name for a message, or their id when the snapshot does not know them. */
  public String nameOf(String personId) {
    return snapshot.person(personId).map(Person::name).orElse(personId);
  }

  /** A skill's name for a message, or its id when the skill catalog does not hold it. */
  public String skillNameOf(String skillId) {
    return snapshot.skill(skillId).map(Skill::name).orElse(skillId);
  }
}
