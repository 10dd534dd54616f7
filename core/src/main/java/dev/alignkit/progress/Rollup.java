package dev.alignkit.progress;

import static java.util.Objects.requireNonNull;

import dev.alignkit.okr.Objective;
import dev.alignkit.okr.ObjectiveOutcome;
import dev.alignkit.okr.Owner;
import dev.alignkit.okr.OwnerKind;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.policy.Policy;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Progress of a whole snapshot as of a date: every key result and every objective, rolled up
 * over the alignment graph (see {@link ObjectiveRollup} for the formulas), with summaries per
 * person, team and organization. Immutable and thread-safe.
 *
 * <p>The alignment graph is a DAG, not a tree ({@code docs/concepts.md}, "Several parents"): an
 * objective may link to several parents, objectives or key results, and a contributing child
 * counts in each of them; a link to a key result is a link to its objective for cycles and
 * at-risk counts; ROLLUP key results take their progress from the objectives that contribute to
 * them ({@link KeyResultRollup}); at-risk counts are of distinct objectives
 * ({@link ObjectiveRollup#atRiskBelow()}). Objectives on a cycle of links get no progress
 * ({@link ObjectiveRollup.NoProgress#ALIGNMENT_CYCLE}); those above one roll up as usual.
 *
 * <p>The roll-up has no depth limit (nothing recurses: a chain of 100,000 aligned objectives is
 * fine) and takes time linear in objectives, key results and links, plus, for the at-risk counts,
 * one walk over the ancestors of each counted objective that has several parents or lies on a
 * cycle and has AT_RISK objectives at or below it. Objectives with one parent hand their counts
 * up without a walk, so on a tree, or a chain of any depth, there is none.
 *
 * <p><b>Get</b> one with {@link #of(OrganizationSnapshot, LocalDate, Policy)}, or from
 * {@link RollupIndex#toRollup()}:
 * <pre>{@code
 * Rollup rollup = Rollup.of(snapshot, LocalDate.of(2026, 8, 15), policy);
 * ObjectiveRollup retention = rollup.objective("o-retention").orElseThrow();
 * ProgressSummary support = rollup.summaryOfTeam("support");
 * }</pre>
 *
 * <p><b>Invariants:</b> none beyond its arguments: any snapshot that could be built rolls up. An
 * objective without a cycle (a backlog draft) or whose cycle id does not resolve has results
 * without expected progress, gap or grade; an alignment cycle or a key result that cannot be
 * measured leaves them without progress; none is an exception. The rules report
 * alignment cycles ({@code okr.alignment.cycle}) and key results that cannot be measured
 * ({@code okr.key-result.not-measurable}, {@code okr.key-result.direction}).
 *
 * <p><b>Equality:</b> two roll-ups are equal when their date and every objective's and key
 * result's result are equal; the snapshot itself is not compared.
 */
public final class Rollup {
  private final OrganizationSnapshot snapshot;
  private final LocalDate asOf;
  private final Map<String, ObjectiveRollup> objectives;
  private final Map<String, KeyResultRollup> keyResults;
  /** The objectives' results by position, which {@link #objectives} views by id. */
  private final ObjectiveResults results;

  /**
   * The results of {@code graph}, which must not change afterwards unless {@code copy} is set:
   * the incremental index keeps updating its graph and hands out copies.
   */
  Rollup(OrganizationSnapshot snapshot, LocalDate asOf, Graph graph, boolean copy) {
    this.snapshot = snapshot;
    this.asOf = asOf;
    ObjectiveResults results = copy ? graph.results.copy() : graph.results;
    KeyResultResults keyResultResults = copy ? graph.keyResultResults.copy() : graph.keyResultResults;
    this.results = results;
    this.objectives = ResultMaps.objectives(snapshot, results);
    this.keyResults = ResultMaps.keyResults(snapshot, keyResultResults);
  }

  /**
   * The roll-up under the default policy.
   *
   * @param snapshot not null
   * @param asOf the date check-ins count up to and pace is measured on; not null
   * @throws NullPointerException if an argument is null
   */
  public static Rollup of(OrganizationSnapshot snapshot, LocalDate asOf) {
    return of(snapshot, asOf, Policy.defaults());
  }

  /**
   * The roll-up of {@code snapshot} as of {@code asOf}.
   *
   * @param snapshot not null
   * @param asOf the date check-ins count up to and pace is measured on; not null
   * @param policy bands and expectations; not null
   * @throws NullPointerException if an argument is null
   */
  public static Rollup of(OrganizationSnapshot snapshot, LocalDate asOf, Policy policy) {
    Graph graph = new Graph(requireNonNull(snapshot, "snapshot"),
        new Calculator(requireNonNull(asOf, "asOf"), requireNonNull(policy, "policy")));
    graph.computeAll();
    return new Rollup(snapshot, asOf, graph, false);
  }

  /** The snapshot rolled up. */
  public OrganizationSnapshot snapshot() {
    return snapshot;
  }

  /** The date of the roll-up. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The result of the objective with this id. */
  public Optional<ObjectiveRollup> objective(String objectiveId) {
    return Optional.ofNullable(objectives.get(objectiveId));
  }

  /** The result of the key result with this id. */
  public Optional<KeyResultRollup> keyResult(String keyResultId) {
    return Optional.ofNullable(keyResults.get(keyResultId));
  }

  /** Every objective's result, by id, in snapshot order. */
  public Map<String, ObjectiveRollup> objectives() {
    return objectives;
  }

  /** Every key result's result, by id, in snapshot order. */
  public Map<String, KeyResultRollup> keyResults() {
    return keyResults;
  }

  /** The summary of the objectives a person owns. */
  public ProgressSummary summaryOfPerson(String personId) {
    return summary(ownedBy(personId));
  }

  /**
   * The summary of the objectives a team owns and those owned by the people whose primary team it
   * is; people who belong to it only through their {@link Person#otherTeamIds() otherTeamIds} are
   * counted in their primary team's summary.
   */
  public ProgressSummary summaryOfTeam(String teamId) {
    return summary(ofTeam(teamId));
  }

  /** The summary of every objective of the organization. */
  public ProgressSummary summaryOfOrganization() {
    return summary(o -> true);
  }

  /** The scorecard of a cycle's objectives that a person owns. */
  public Scorecard scorecardOfPerson(String personId, String cycleId) {
    return scorecard(cycleId, ownedBy(personId));
  }

  /**
   * The scorecard of a cycle's objectives that a team owns or the people whose primary team it is,
   * as {@link #summaryOfTeam} counts them.
   */
  public Scorecard scorecardOfTeam(String teamId, String cycleId) {
    return scorecard(cycleId, ofTeam(teamId));
  }

  /** The scorecard of every objective of a cycle. */
  public Scorecard scorecardOfOrganization(String cycleId) {
    return scorecard(cycleId, o -> true);
  }

  private static Predicate<Objective> ownedBy(String personId) {
    Owner owner = Owner.person(personId);
    return o -> o.owner().equals(owner);
  }

  private Predicate<Objective> ofTeam(String teamId) {
    Owner team = Owner.team(teamId);
    return o -> o.owner().equals(team) || (o.owner().kind() == OwnerKind.PERSON
        && snapshot.person(o.owner().id().orElseThrow()).flatMap(Person::teamId).filter(teamId::equals).isPresent());
  }

  private Scorecard scorecard(String cycleId, Predicate<Objective> included) {
    Map<Grade, Integer> grades = zeroes(Grade.class);
    Map<ObjectiveOutcome, Integer> outcomes = zeroes(ObjectiveOutcome.class);
    Scorecard.Builder scorecard = Scorecard.builder().cycleId(requireNonNull(cycleId, "cycleId"));
    int met = 0;
    List<Objective> list = snapshot.objectives();
    for (int i = 0; i < list.size(); i++) {
      Objective objective = list.get(i);
      if (!objective.status().counts() || !objective.cycleId().filter(cycleId::equals).isPresent()
          || !included.test(objective)) {
        continue;
      }
      ObjectiveRollup result = results.view(i);
      scorecard.addObjectiveId(objective.id());
      met += result.met().orElse(false) ? 1 : 0;
      result.grade().ifPresent(grade -> grades.merge(grade, 1, Integer::sum));
      objective.outcome().ifPresent(outcome -> outcomes.merge(outcome, 1, Integer::sum));
    }
    return scorecard.met(met).grades(grades).outcomes(outcomes).build();
  }

  private static <E extends Enum<E>> Map<E, Integer> zeroes(Class<E> type) {
    Map<E, Integer> counts = new EnumMap<>(type);
    for (E value : type.getEnumConstants()) {
      counts.put(value, 0);
    }
    return counts;
  }

  private ProgressSummary summary(Predicate<Objective> included) {
    Map<PaceStatus, Integer> counts = zeroes(PaceStatus.class);
    ProgressSummary.Builder summary = ProgressSummary.builder();
    List<Objective> list = snapshot.objectives();
    for (int i = 0; i < list.size(); i++) {
      Objective objective = list.get(i);
      if (!objective.status().counts() || !included.test(objective)) {
        continue;
      }
      ObjectiveRollup result = results.view(i);
      counts.merge(result.status(), 1, Integer::sum);
      if (result.riskReason().isPresent()) {
        summary.addAtRisk(AtRisk.builder().objectiveId(objective.id()).owner(objective.owner())
            .reason(result.riskReason().get()).source(result.riskSource()).build());
      }
    }
    return summary.counts(counts).build();
  }

  /** Equal when rolled up as of the same date with the same results. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Rollup
        && ((Rollup) other).asOf.equals(asOf)
        && ((Rollup) other).objectives.equals(objectives)
        && ((Rollup) other).keyResults.equals(keyResults);
  }

  @Override
  public int hashCode() {
    return objectives.hashCode() * 31 + keyResults.hashCode();
  }

  @Override
  public String toString() {
    return "Rollup as of " + asOf + ": " + objectives.size() + " objectives, " + keyResults.size() + " key results";
  }
}
