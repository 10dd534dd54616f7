package dev.alignkit.testing;

import static dev.alignkit.testing.Gens.combine;
import static dev.alignkit.testing.Gens.constant;
import static dev.alignkit.testing.Gens.decimals;
import static dev.alignkit.testing.Gens.frequency;
import static dev.alignkit.testing.Gens.lists;
import static dev.alignkit.testing.Gens.optional;
import static dev.alignkit.testing.Gens.weighted;
import static dev.alignkit.testing.SnapshotParts.ids;
import static dev.alignkit.testing.SnapshotParts.numbered;
import static dev.alignkit.testing.SnapshotParts.optionalDouble;

import dev.alignkit.common.Visibility;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.AlignmentKind;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.CycleStatus;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.KeyResultKind;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.ObjectiveOutcome;
import dev.alignkit.okr.ParentKind;
import dev.alignkit.okr.ObjectiveType;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.Owner;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;

/**
 * Generators of the OKR values: check-ins, key results, cycles and objectives, shared with the
 * other modules through the core test-jar. Snapshots come from {@link OrgGenerators}.
 *
 * <p>The item generators draw ids from a small range ({@code kr-1} to {@code kr-99},
 * {@code o-1} to {@code o-40}, {@code c-1} to {@code c-4}), so two draws may share an id. Values
 * are as HR forms hold them: decimals of at most three places, dates in {@link #WINDOW_START} to
 * {@link #WINDOW_END} and a month around it. Key-result shapes, drafts and values are in
 * {@link KeyResultShapes}.
 */
public final class OkrGenerators {
  /** The first day of the default window of check-in dates, used by {@link #checkIns()}. */
  public static final LocalDate WINDOW_START = LocalDate.of(2026, 1, 1);

  /** The last day of the default window of check-in dates, used by {@link #checkIns()}. */
  public static final LocalDate WINDOW_END = LocalDate.of(2026, 12, 31);

  static final int MAX_CYCLES = 3;
  static final int MAX_OBJECTIVES = 40;
  private static final int MAX_KEY_RESULTS = 5;
  static final int MAX_CHECK_INS = 6;

  private static final List<String> OBJECTIVE_TITLES = List.of(
      "Delight new customers", "Make onboarding effortless", "Grow the partner channel",
      "Build a platform teams trust", "Become a great place to grow");
  private static final List<String> KEY_RESULT_TITLES = List.of(
      "Raise weekly active teams", "Cut first-reply time", "Keep uptime high", "Keep churn low",
      "Launch the partner portal", "Customer onboarding experience");
  /** Titles that open with an activity verb, as {@code okr.key-result.activity} looks for, or say nothing. */
  private static final List<String> ODD_KEY_RESULT_TITLES = List.of(
      "Attend weekly product feedback sessions", "Complete the migration", "Work on onboarding", "");
  private static final List<String> INITIATIVE_TITLES = List.of(
      "Attend weekly product feedback sessions", "Run an onboarding workshop",
      "Automate the release checklist", "Pair with the support team");
  private static final List<String> OBJECTIVE_DESCRIPTIONS = List.of(
      "Why: most new customers come from a recommendation.",
      "Pourquoi : les équipes refont les mêmes outils – deux fois.",
      "背景：新客户的入门体验 🚀",
      "Scope\n- onboarding\n- \"first week\" emails", "");
  /** Retrospectives as people write them when a cycle ends: short, several lines, any script, or blank. */
  private static final List<String> RETROSPECTIVES = List.of(
      "Replies got faster on weekdays; weekends did not.",
      "Zu spät angefangen – nächstes Quartal früher.",
      "What worked:\n- pairing\nWhat did not:\n- the \"big bang\" launch", "");
  private static final List<String> INITIATIVE_DESCRIPTIONS = List.of(
      "Two sessions a week with the product team.", "Ersetzt die alte Checkliste für Releases.", "⚙️ automate", "");
  private static final List<String> TAGS = List.of(
      "cross-functional", "vendors", "interns", "executive-sponsored", "process");

  private OkrGenerators() {}

  // ---------------------------------------------------------------------------------------------
  // Check-ins and key results

  /** A day from a month before {@link #WINDOW_START} to a month after {@link #WINDOW_END}. */
  public static Gen<LocalDate> dates() {
    return Gens.days(WINDOW_START.minusDays(31), WINDOW_END.plusDays(31));
  }

  /**
   * Any check-in dated within the default window: any finite value, optional confidence, note and
   * author, and sometimes the instant it was recorded.
   */
  public static Gen<CheckIn> checkIns() {
    return checkIns(WINDOW_START, WINDOW_END);
  }

  /**
   * Any check-in dated from {@code fromInclusive} to {@code toInclusive} (not before it). One in
   * four also has an instant {@code at}, at one of several offsets: half of those with a date beside
   * it (the instant falls on that day or the day before, as local midnight stored in UTC does),
   * half without, so that the date is the instant's own at its offset.
   */
  public static Gen<CheckIn> checkIns(LocalDate fromInclusive, LocalDate toInclusive) {
    Gen<Optional<Recorded>> instants = optional(combine(Gens.booleans(), Gens.ints(0, 24 * 60 - 1),
        Gens.of(OFFSETS), Recorded::new), 0.25);
    return combine(
        Gens.days(fromInclusive, toInclusive),
        KeyResultShapes.anyValues(),
        optional(KeyResultShapes.confidences(), 0.7),
        optional(Gens.of("On track", "Blocked by the vendor", ""), 0.3),
        optional(ids("p", OrgGenerators.MAX_PEOPLE), 0.3),
        instants,
        (date, value, confidence, note, author, instant) -> {
          CheckIn.Builder checkIn = CheckIn.builder().value(value).confidence(optionalDouble(confidence)).note(note)
              .authorId(author);
          if (instant.isEmpty()) {
            return checkIn.date(date).build();
          }
          return instant.get().withDate()
              ? checkIn.date(date).at(date.atStartOfDay().minusMinutes(instant.get().minute() % 120)
                  .atOffset(instant.get().offset())).build()
              : checkIn.at(date.atStartOfDay().plusMinutes(instant.get().minute()).atOffset(instant.get().offset()))
                  .build();
        });
  }

  /** The offsets instants are drawn at. */
  private static final List<ZoneOffset> OFFSETS = List.of(ZoneOffset.UTC, ZoneOffset.ofHours(2),
      ZoneOffset.ofHours(-5), ZoneOffset.ofHoursMinutes(5, 30), ZoneOffset.ofHours(14), ZoneOffset.ofHours(-12));

  /** How a check-in's instant is drawn: beside a date or alone, the minute of its day, its offset. */
  private record Recorded(boolean withDate, int minute, ZoneOffset offset) {}

  /**
   * Any key result with an id from {@code kr-1} to {@code kr-99}: the six kinds made by their
   * factories (some INCREASE and DECREASE ones with a commit, a stretch or both, in order), and
   * builder-made ones without kind, target or start, with start equal to target or on the wrong
   * side of it, ORDINAL without zone texts, or with a commit or stretch out of order; each with any
   * weight (0 and negative ones included), status, current value and check-ins in the default
   * window, unsorted and sometimes sharing a date; one in twelve is a ROLLUP key result, without
   * check-ins (sometimes with a start, target or unit it does not use).
   */
  public static Gen<KeyResult> keyResults() {
    return frequency(weighted(11, measuredKeyResults()), weighted(1, rollupKeyResults()));
  }

  private static Gen<KeyResult> rollupKeyResults() {
    return combine(ids("kr", 99), measuredKeyResults(), Gens.booleans(),
        (id, any, keepMeasure) -> KeyResult.builder().from(any).id(id).kind(KeyResultKind.ROLLUP)
            .checkIns(List.of()).start(keepMeasure ? any.start() : java.util.OptionalDouble.empty())
            .target(keepMeasure ? any.target() : java.util.OptionalDouble.empty()).build());
  }

  private static Gen<KeyResult> measuredKeyResults() {
    Gen<KeyResult> shapes = frequency(
        weighted(3, KeyResultShapes.factoryShapes()),
        weighted(2, KeyResultShapes.brokenShapes()));
    return Gens.combine(
        ids("kr", 99),
        shapes,
        checkInLists(WINDOW_START, WINDOW_END),
        optional(KeyResultShapes.anyValues(), 0.3),
        anyWeights(),
        anyStatuses(),
        frequency(weighted(4, Gens.of(KEY_RESULT_TITLES)), weighted(1, Gens.of(ODD_KEY_RESULT_TITLES))),
        combine(optional(Gens.of(KeyResultShapes.DESCRIPTIONS), 0.3), optional(ids("p", OrgGenerators.MAX_PEOPLE + 2), 0.3),
            (description, ownerId) -> KeyResult.builder().id(SnapshotParts.PLACEHOLDER_ID).title("")
                .description(description).ownerId(ownerId).build()),
        (id, shape, checkIns, current, weight, status, title, extras) -> KeyResult.builder().from(shape)
            .id(id).title(title).description(extras.description()).ownerId(extras.ownerId())
            .checkIns(checkIns).current(optionalDouble(current)).weight(weight).status(status).build());
  }

  /**
   * Well-formed key results of {@code kind}, made by its factory, with a positive weight and
   * check-ins on distinct days of the default window, in date order; one INCREASE or DECREASE key
   * result in three also has a commit, a stretch or both, strictly ordered along its direction.
   */
  public static Gen<KeyResult> keyResults(KeyResultKind kind) {
    return KeyResultShapes.drafts(KeyResultShapes.factoryShapes(kind))
        .map(draft -> draft.materialize(WINDOW_START, WINDOW_END));
  }

  // ---------------------------------------------------------------------------------------------
  // Cycles and objectives

  /**
   * Any cycle: id {@code c-1} to {@code c-4}, mostly a calendar quarter of 2025 to 2027, sometimes
   * a span of 1 to 120 days; any status.
   */
  public static Gen<Cycle> cycles() {
    Gen<Cycle> quarters = combine(ids("c", MAX_CYCLES + 1), quarterStarts(), Gens.of(CycleStatus.class),
        OkrGenerators::quarter);
    Gen<Cycle> spans = combine(
        ids("c", MAX_CYCLES + 1), Gens.days(WINDOW_START, WINDOW_END), Gens.ints(0, 119),
        Gens.of(CycleStatus.class),
        (id, start, extraDays, status) -> Cycle.builder().id(id).name("Sprint from " + start)
            .startInclusive(start).endInclusive(start.plusDays(extraDays)).status(status).build());
    return frequency(weighted(3, quarters), weighted(1, spans));
  }

  /**
   * Any objective: id {@code o-1} to {@code o-40}, any owner, a cycle id (resolving or not; one in
   * ten has none, whatever its status), an optional description, sometimes an outcome and a
   * retrospective (whatever its status), 0 to 3 alignment links of any kind
   * and weight to {@code o-1} to {@code o-45} or to key results {@code kr-1} to {@code kr-99}, 0 to 5 key results from {@link #keyResults()} and up to
   * 2 initiatives, numbered {@code kr-1}, {@code i-1} ... within the objective; an initiative may
   * name a key result {@code kr-1} to {@code kr-6} (of the objective or not) and be done.
   */
  public static Gen<Objective> objectives() {
    Gen<Owner> owners = Gens.oneOf(
        constant(Owner.organization()),
        ids("t", OrgGenerators.MAX_TEAMS + 2).map(Owner::team),
        ids("p", OrgGenerators.MAX_PEOPLE + 2).map(Owner::person));
    // Links to objectives o-1 to o-45 and to key results kr-1 to kr-99; two links may name one parent.
    Gen<Alignment> links = frequency(
        weighted(3, combine(ids("o", MAX_OBJECTIVES + 5), Gens.of(AlignmentKind.class), anyWeights(), Alignment::of)),
        weighted(1, combine(ids("kr", 99), Gens.of(AlignmentKind.class), anyWeights(),
            (id, kind, weight) -> Alignment.of(id, ParentKind.KEY_RESULT, kind, weight))));
    Gen<List<Alignment>> alignments = frequency(
        weighted(3, constant(List.of())), weighted(5, lists(links, 1, 1)), weighted(2, lists(links, 2, 3)));
    Gen<Objective> heads = Gens.combine(
        ids("o", MAX_OBJECTIVES), words(), owners, optional(ids("c", MAX_CYCLES + 1), 0.9),
        alignments, anyStatuses(), Gens.of(ObjectiveType.class), Gens.subsets(TAGS, 0, TAGS.size()),
        (id, words, owner, cycleId, chosen, status, type, tags) -> Objective.builder()
            .id(id).title(words.title()).description(words.description()).outcome(words.outcome())
            .retrospective(words.retrospective()).owner(owner).cycleId(cycleId).alignments(chosen).status(status)
            .type(type).tags(tags).build());
    Gen<Initiative> initiatives = combine(initiatives(), optional(ids("kr", MAX_KEY_RESULTS + 1), 0.5),
        (initiative, keyResultId) -> Initiative.builder().from(initiative).keyResultId(keyResultId).build());
    return combine(
        heads,
        lists(keyResults(), MAX_KEY_RESULTS),
        lists(initiatives, 2),
        optional(Gens.of(Visibility.class), 0.3),
        attributes(),
        (head, keyResults, initiativeList, visibility, attributes) -> Objective.builder().from(head)
            .keyResults(numberedKeyResults(keyResults))
            .initiatives(numberedInitiatives(initiativeList)).visibility(visibility).attributes(attributes).build());
  }

  /**
   * Sensible objectives with the given id, owner, cycle and alignment: 1 to 4 well-formed key
   * results (ids {@code kr-1} ... unique within the objective only) with check-ins on distinct
   * days inside the cycle, and up to 2 initiatives.
   */
  public static Gen<Objective> objectives(String id, Owner owner, Cycle cycle, Optional<Alignment> alignment) {
    return objectiveDrafts().map(draft -> draft.materialize(id, owner, cycle, alignment.stream().toList()));
  }

  // ---------------------------------------------------------------------------------------------
  // Parts shared with the snapshot generators

  /**
   * An objective's words: its title, its description if any, and how it was judged once its cycle
   * ended, if it was: an outcome and a retrospective, each sometimes without the other.
   */
  record Words(String title, Optional<String> description, Optional<ObjectiveOutcome> outcome,
      Optional<String> retrospective) {}

  /** {@link Words}: a description three times in ten, an outcome one in four, a retrospective one in five. */
  static Gen<Words> words() {
    return Gens.combine(Gens.of(OBJECTIVE_TITLES), optional(Gens.of(OBJECTIVE_DESCRIPTIONS), 0.3),
        optional(Gens.of(ObjectiveOutcome.class), 0.25), optional(Gens.of(RETROSPECTIVES), 0.2), Words::new);
  }

  /** An initiative whose key result, if any, is picked among its objective's once they are known. */
  record InitiativeDraft(Initiative initiative, Optional<Integer> keyResultPick) {}

  /** A sensible objective whose id, owner, cycle and alignment are given when it is placed. */
  record ObjectiveDraft(Words words, ObjectiveType type, OkrStatus status, Set<String> tags,
      List<KeyResultShapes.Draft> keyResults, List<InitiativeDraft> initiatives, Optional<Visibility> visibility,
      Map<String, String> attributes) {

    Objective materialize(String id, Owner owner, Cycle cycle, List<Alignment> alignments) {
      return materialize(id, owner, Optional.of(cycle), alignments, ZoneOffset.UTC, List.of());
    }

    /**
     * The objective placed: with a cycle, key results whose check-ins lie in it, dated in
     * {@code zone}; without one, a backlog {@code DRAFT} whose key results have no check-ins yet.
     * Key-result owners are picked among {@code personIds} (none when empty), and an initiative's
     * key result among the objective's.
     */
    Objective materialize(String id, Owner owner, Optional<Cycle> cycle, List<Alignment> alignments, ZoneId zone,
        List<String> personIds) {
      List<KeyResult> materialized = new ArrayList<>(keyResults.size());
      for (KeyResultShapes.Draft draft : keyResults) {
        KeyResult keyResult = draft.materialize(cycle.map(Cycle::startInclusive).orElse(WINDOW_START),
            cycle.map(Cycle::endInclusive).orElse(WINDOW_END), zone, personIds);
        materialized.add(cycle.isPresent() ? keyResult : KeyResult.builder().from(keyResult).checkIns(List.of()).build());
      }
      List<Initiative> placed = new ArrayList<>(initiatives.size());
      for (InitiativeDraft draft : initiatives) {
        Optional<String> keyResultId = materialized.isEmpty() ? Optional.empty()
            : draft.keyResultPick().map(pick -> "kr-" + (pick % materialized.size() + 1));
        placed.add(Initiative.builder().from(draft.initiative()).keyResultId(keyResultId).build());
      }
      return Objective.builder()
          .id(id).title(words.title()).description(words.description()).outcome(words.outcome())
          .retrospective(words.retrospective()).owner(owner)
          .cycleId(cycle.map(Cycle::id)).alignments(alignments).type(type)
          .status(cycle.isPresent() ? status : OkrStatus.DRAFT).tags(tags).keyResults(numberedKeyResults(materialized))
          .initiatives(numberedInitiatives(placed)).visibility(visibility).attributes(attributes)
          .build();
    }
  }

  static Gen<ObjectiveDraft> objectiveDrafts() {
    return Gens.combine(
        words(),
        Gens.of(ObjectiveType.class),
        sensibleStatuses(),
        Gens.subsets(TAGS, 0, 2),
        lists(KeyResultShapes.drafts(KeyResultShapes.factoryShapes()), 1, 4),
        lists(combine(initiatives(), optional(SnapshotParts.picks(), 0.5), InitiativeDraft::new), 2),
        optional(Gens.of(Visibility.class), 0.2),
        attributes(),
        ObjectiveDraft::new);
  }

  /** {@code count} consecutive quarters from {@code firstStart}: all CLOSED but the last, ACTIVE; then maybe a DRAFT one. */
  static List<Cycle> consecutiveQuarters(LocalDate firstStart, int count, boolean draftNext) {
    List<Cycle> cycles = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      CycleStatus status = i < count - 1 ? CycleStatus.CLOSED : CycleStatus.ACTIVE;
      cycles.add(quarter("c-" + (i + 1), firstStart.plusMonths(3L * i), status));
    }
    if (draftNext) {
      cycles.add(quarter("c-" + (count + 1), firstStart.plusMonths(3L * count), CycleStatus.DRAFT));
    }
    return cycles;
  }

  /** The first days of the quarters of 2025 to 2027. */
  static Gen<LocalDate> quarterStarts() {
    return combine(Gens.ints(2025, 2027), Gens.ints(0, 3), (year, quarter) -> LocalDate.of(year, 3 * quarter + 1, 1));
  }

  /** Check-ins in any order, sometimes two on one day with different values. */
  static Gen<List<CheckIn>> checkInLists(LocalDate from, LocalDate to) {
    Gen<List<CheckIn>> shared = combine(
        lists(checkIns(from, to), 1, MAX_CHECK_INS - 1), SnapshotParts.picks(), KeyResultShapes.anyValues(),
        (list, pick, value) -> {
          List<CheckIn> withShared = new ArrayList<>(list);
          CheckIn repeated = SnapshotParts.pick(list, pick);
          withShared.add(CheckIn.builder().from(repeated).value(value).build());
          return withShared;
        });
    return frequency(weighted(4, lists(checkIns(from, to), MAX_CHECK_INS)), weighted(1, shared));
  }

  /** Weights as found in the wild: mostly 1, some other positive ones, some 0 and some negative. */
  static Gen<Double> anyWeights() {
    return frequency(
        weighted(6, constant(1.0)),
        weighted(2, decimals(0.1, 5, 1)),
        weighted(1, constant(0.0)),
        weighted(1, decimals(-5, -0.1, 1)));
  }

  /** Positive weights, mostly 1. */
  static Gen<Double> positiveWeights() {
    return frequency(weighted(3, constant(1.0)), weighted(1, decimals(0.5, 3, 1)));
  }

  /** Mostly ACTIVE, sometimes a status that the rules and the roll-up treat apart. */
  static Gen<OkrStatus> sensibleStatuses() {
    return frequency(
        weighted(8, constant(OkrStatus.ACTIVE)),
        weighted(1, Gens.of(OkrStatus.DRAFT, OkrStatus.CANCELLED, OkrStatus.CLOSED)));
  }

  private static Gen<OkrStatus> anyStatuses() {
    return frequency(weighted(3, constant(OkrStatus.ACTIVE)), weighted(1, Gens.of(OkrStatus.class)));
  }

  /** Initiatives with a placeholder id and no key result: some described, some done. */
  private static Gen<Initiative> initiatives() {
    return combine(Gens.of(INITIATIVE_TITLES), sensibleStatuses(), Gens.subsets(TAGS, 0, 2),
        optional(Gens.of(INITIATIVE_DESCRIPTIONS), 0.3), Gens.oneIn(3),
        (title, status, tags, description, done) -> Initiative.builder().id(SnapshotParts.PLACEHOLDER_ID).title(title)
            .description(description).status(status).done(done).tags(tags).build());
  }

  private static Gen<Map<String, String>> attributes() {
    return frequency(
        weighted(4, constant(Map.of())),
        weighted(1, Gens.of(Map.of("x-jira", "\"ALIGN-7\""), Map.of("x-score", "{\"a\":1}"))));
  }

  private static Cycle quarter(String id, LocalDate start, CycleStatus status) {
    String name = start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
    return Cycle.builder().id(id).name(name).startInclusive(start).endInclusive(start.plusMonths(3).minusDays(1))
        .status(status).build();
  }

  private static List<KeyResult> numberedKeyResults(List<KeyResult> keyResults) {
    return numbered(keyResults, "kr", (keyResult, id) -> KeyResult.builder().from(keyResult).id(id).build());
  }

  private static List<Initiative> numberedInitiatives(List<Initiative> initiatives) {
    return numbered(initiatives, "i", (initiative, id) -> Initiative.builder().from(initiative).id(id).build());
  }
}
