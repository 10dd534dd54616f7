package dev.alignkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import dev.alignkit.org.Waiver;
import dev.alignkit.policy.Policy;
import dev.alignkit.policy.Severity;
import dev.alignkit.testing.OrgArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;

/**
 * Properties of {@link Validator} over generated snapshots, adversarial ones included: it never
 * throws and every finding matches its rule's descriptor; reports do not depend on the order of
 * the input; and disabling a code, overriding a severity or adding a waiver changes exactly the
 * findings of that code (and subject), nothing else.
 */
class ValidatorProperties {
  /*
   * The properties that need findings to say anything run without jqwik's edge cases: those are the
   * smallest snapshots (empty, one person, one objective), which have none, and at 250 tries they
   * crowd out the broken ones. The first property keeps them, so small snapshots are still covered.
   * Coverage floors sit at about half the rate observed over several runs (findings in about 55% of
   * snapshots), so that they fail when a generator stops producing findings, not by chance.
   */
  private static final int TRIES = 250;
  private static final Validator DEFAULTS = Validator.defaults();
  /** The built-in descriptors by code, in catalog order. */
  private static final Map<String, RuleDescriptor> DESCRIPTORS = descriptorsByCode();
  /** The order {@link Report#findings()} promises; arguments only break ties among equal keys. */
  private static final Comparator<Finding> PATH_CODE_SUBJECT = Comparator.comparing(Finding::path)
      .thenComparing(Finding::code)
      .thenComparing(Finding::subjectId);

  @Provide
  Arbitrary<OrganizationSnapshot> snapshot() {
    return OrgArbitraries.anySnapshot();
  }

  @Provide
  Arbitrary<LocalDate> asOf() {
    return OrgArbitraries.dates();
  }

  @Provide
  Arbitrary<String> builtInCode() {
    return Arbitraries.of(List.copyOf(DESCRIPTORS.keySet()));
  }

  /** Ids no generator uses: generated ids are {@code p-N}, {@code t-N}, {@code o-N} ... */
  @Provide
  Arbitrary<String> unknownId() {
    return Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-', ' ', '[', ']')
        .ofMinLength(1).ofMaxLength(8)
        .map(suffix -> "unknown-" + suffix);
  }

  // --- 1. never throws, and findings match their descriptors ----------------------------------

  @Property(tries = TRIES)
  void validationNeverThrowsAndEveryFindingMatchesItsDescriptor(@ForAll("snapshot") OrganizationSnapshot snapshot,
      @ForAll("asOf") LocalDate asOf, @ForAll("unknownId") String unknownId) {
    assertWellFormed(DEFAULTS.validate(snapshot, asOf), asOf, "validate");
    for (Person person : snapshot.people()) {
      assertWellFormed(DEFAULTS.validatePerson(snapshot, person.id(), asOf), asOf, "validatePerson " + person.id());
    }
    for (Owner owner : owners(snapshot)) {
      assertWellFormed(DEFAULTS.validateOwner(snapshot, owner, asOf), asOf, "validateOwner " + owner);
    }

    Report unknown = DEFAULTS.validatePerson(snapshot, unknownId, asOf);
    assertEquals(List.of(), unknown.findings(), () -> "validatePerson of unknown id '" + unknownId + "'");
    assertEquals(List.of(), unknown.waived(), () -> "validatePerson of unknown id '" + unknownId + "'");
    Report unknownOwner = DEFAULTS.validateOwner(snapshot, Owner.person(unknownId), asOf);
    assertEquals(unknown, unknownOwner, () -> "validateOwner of unknown person '" + unknownId + "'");
  }

  // --- 2. deterministic order -------------------------------------------------------------------

  @Property(tries = TRIES)
  void validatingTheSameSnapshotTwiceGivesEqualReports(@ForAll("snapshot") OrganizationSnapshot snapshot,
      @ForAll("asOf") LocalDate asOf) {
    Report first = DEFAULTS.validate(snapshot, asOf);
    Report second = DEFAULTS.validate(snapshot, asOf);

    assertEquals(first, second);
    assertEquals(first.toString(), second.toString());
  }

  @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
  @StatisticsReport(StatisticsReportMode.OFF)
  void findingsDoNotDependOnTheOrderOfPeopleAndObjectives(@ForAll("snapshot") OrganizationSnapshot snapshot,
      @ForAll("asOf") LocalDate asOf) {
    List<Person> people = new ArrayList<>(snapshot.people());
    Collections.reverse(people);
    List<Objective> objectives = new ArrayList<>(snapshot.objectives());
    Collections.reverse(objectives);
    OrganizationSnapshot reversed = OrganizationSnapshot.builder().from(snapshot)
        .people(people).objectives(objectives).build();

    Report original = DEFAULTS.validate(snapshot, asOf);
    Report ofReversed = DEFAULTS.validate(reversed, asOf);

    Statistics.collect(original.findings().size() > 1 && (people.size() > 1 || objectives.size() > 1));
    Statistics.coverage(coverage -> coverage.check(true).percentage(p -> p >= 15));
    assertEquals(original.findings(), ofReversed.findings(), "findings");
    assertEquals(original.waived(), ofReversed.waived(), "waived findings");
  }

  @Property(tries = TRIES)
  void findingsAreSortedByPathThenCodeThenSubject(@ForAll("snapshot") OrganizationSnapshot snapshot,
      @ForAll("asOf") LocalDate asOf) {
    Report report = DEFAULTS.validate(snapshot, asOf);

    assertSorted(report.findings(), "findings");
    List<Finding> waived = new ArrayList<>();
    for (WaivedFinding finding : report.waived()) {
      waived.add(finding.finding());
    }
    assertSorted(waived, "waived findings");
  }

  // --- 3. and 4. policy switches ------------------------------------------------------------------

  @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
  @StatisticsReport(StatisticsReportMode.OFF)
  void disablingACodeRemovesExactlyItsFindings(@ForAll("snapshot") OrganizationSnapshot snapshot,
      @ForAll("asOf") LocalDate asOf, @ForAll("builtInCode") String anyCode, @ForAll boolean codeOfAFinding,
      @ForAll @IntRange(max = 999) int pick) {
    Report defaults = DEFAULTS.validate(snapshot, asOf);
    String code = codeToChange(defaults, anyCode, codeOfAFinding, pick);
    Validator disabled = Validator.builder().policy(Policy.builder().addDisabledCode(code).build()).build();

    Report report = disabled.validate(snapshot, asOf);

    Statistics.collect(!defaults.withCode(code).isEmpty() || hasWaivedOfCode(defaults, code));
    Statistics.coverage(coverage -> coverage.check(true).percentage(p -> p >= 15));
    List<Finding> expected = new ArrayList<>();
    for (Finding finding : defaults.findings()) {
      if (!finding.code().equals(code)) {
        expected.add(finding);
      }
    }
    List<WaivedFinding> expectedWaived = new ArrayList<>();
    for (WaivedFinding finding : defaults.waived()) {
      if (!finding.finding().code().equals(code)) {
        expectedWaived.add(finding);
      }
    }
    assertEquals(expected, report.findings(), () -> "findings with " + code + " disabled");
    assertEquals(expectedWaived, report.waived(), () -> "waived findings with " + code + " disabled");
  }

  @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
  @StatisticsReport(StatisticsReportMode.OFF)
  void severityOverrideChangesExactlyThatCodesSeverities(@ForAll("snapshot") OrganizationSnapshot snapshot,
      @ForAll("asOf") LocalDate asOf, @ForAll("builtInCode") String anyCode, @ForAll boolean codeOfAFinding,
      @ForAll @IntRange(max = 999) int pick, @ForAll Severity severity) {
    Report defaults = DEFAULTS.validate(snapshot, asOf);
    String code = codeToChange(defaults, anyCode, codeOfAFinding, pick);
    Validator overridden = Validator.builder()
        .policy(Policy.builder().putSeverityOverride(code, severity).build()).build();

    Report report = overridden.validate(snapshot, asOf);

    Statistics.collect(!defaults.withCode(code).isEmpty()
        && defaults.withCode(code).get(0).severity() != severity);
    Statistics.coverage(coverage -> coverage.check(true).percentage(p -> p >= 8));
    List<Finding> expected = new ArrayList<>();
    for (Finding finding : defaults.findings()) {
      expected.add(withSeverityIfCode(finding, code, severity));
    }
    List<WaivedFinding> expectedWaived = new ArrayList<>();
    for (WaivedFinding finding : defaults.waived()) {
      expectedWaived.add(WaivedFinding.of(withSeverityIfCode(finding.finding(), code, severity), finding.waiver()));
    }
    assertEquals(expected, report.findings(), () -> "findings with " + code + " as " + severity);
    assertEquals(expectedWaived, report.waived(), () -> "waived findings with " + code + " as " + severity);
  }

  // --- 5. waivers ---------------------------------------------------------------------------------

  @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
  @StatisticsReport(StatisticsReportMode.OFF)
  void waiverInForceMovesExactlyTheFindingsOfItsCodeAndSubject(@ForAll("snapshot") OrganizationSnapshot snapshot,
      @ForAll("asOf") LocalDate asOf, @ForAll @IntRange(max = 999) int pick) {
    Report before = DEFAULTS.validate(snapshot, asOf);
    Statistics.collect(!before.findings().isEmpty());
    Statistics.coverage(coverage -> coverage.check(true).percentage(p -> p >= 35));
    Assume.that(!before.findings().isEmpty());
    Finding picked = before.findings().get(pick % before.findings().size());
    Waiver waiver = Waiver.of(picked.code(), picked.subjectId(), "reason", "hr", asOf);

    Report after = DEFAULTS.validate(OrganizationSnapshot.builder().from(snapshot).addWaiver(waiver).build(), asOf);

    List<Finding> moved = new ArrayList<>();
    List<Finding> kept = new ArrayList<>();
    for (Finding finding : before.findings()) {
      boolean matches = finding.code().equals(picked.code()) && finding.subjectId().equals(picked.subjectId());
      (matches ? moved : kept).add(finding);
    }
    assertEquals(kept, after.findings(), "findings after waiving " + picked);
    List<Finding> movedByTheNewWaiver = new ArrayList<>();
    List<WaivedFinding> waivedBefore = new ArrayList<>();
    for (WaivedFinding finding : after.waived()) {
      if (finding.waiver().equals(waiver)) {
        movedByTheNewWaiver.add(finding.finding());
      } else {
        waivedBefore.add(finding);
      }
    }
    assertEquals(moved, movedByTheNewWaiver, "findings the new waiver moved");
    assertEquals(before.waived(), waivedBefore, "findings other waivers moved");
  }

  @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
  void waiverThatEndedTheDayBeforeMovesNothing(@ForAll("snapshot") OrganizationSnapshot snapshot,
      @ForAll("asOf") LocalDate asOf, @ForAll @IntRange(max = 999) int pick) {
    Report before = DEFAULTS.validate(snapshot, asOf);
    Assume.that(!before.findings().isEmpty());
    Finding picked = before.findings().get(pick % before.findings().size());
    Waiver expired = Waiver.of(picked.code(), picked.subjectId(), "reason", "hr", asOf.minusDays(1));

    Report after = DEFAULTS.validate(OrganizationSnapshot.builder().from(snapshot).addWaiver(expired).build(), asOf);

    assertEquals(before, after, () -> "report after an expired waiver of " + picked);
  }

  // --- 6. depth -----------------------------------------------------------------------------------

  /**
   * The chain is sound, and its one finding is right: team {@code t-1} owns 99,999 objectives in
   * cycle {@code c-1}, above the limit of 5 ({@code okr.objective.count}). Every other rule, the
   * ones that follow parent links included, finds nothing along 100,000 links.
   */
  @Example
  void deepAlignmentChainValidatesWithoutStackOverflowAndGivesOnlyTheTeamsObjectiveCount() {
    OrganizationSnapshot chain = OrgArbitraries.deepAlignmentChain(100_000);

    Report report = DEFAULTS.validate(chain, LocalDate.of(2026, 8, 15));

    assertEquals(List.of("WARNING okr.objective.count at teams[t-1].cycles[c-1]"
            + " {owner=team:t-1, cycle=c-1, count=99999, limit=5}"),
        report.findings().stream().map(Finding::toString).toList(), () -> summary(report));
    assertEquals("t-1", report.findings().get(0).subjectId());
  }

  // --- helpers ------------------------------------------------------------------------------------

  private static Map<String, RuleDescriptor> descriptorsByCode() {
    Map<String, RuleDescriptor> byCode = new LinkedHashMap<>();
    for (RuleDescriptor descriptor : Validator.defaults().rules()) {
      byCode.put(descriptor.code(), descriptor);
    }
    return Collections.unmodifiableMap(byCode);
  }

  /** The organization, every team, every person, and every owner an objective names (dangling ones included). */
  private static Set<Owner> owners(OrganizationSnapshot snapshot) {
    Set<Owner> owners = new LinkedHashSet<>();
    owners.add(Owner.organization());
    for (Team team : snapshot.teams()) {
      owners.add(Owner.team(team.id()));
    }
    for (Person person : snapshot.people()) {
      owners.add(Owner.person(person.id()));
    }
    for (Objective objective : snapshot.objectives()) {
      owners.add(objective.owner());
    }
    return owners;
  }

  private static void assertWellFormed(Report report, LocalDate asOf, String call) {
    assertEquals(asOf, report.asOf(), call);
    for (Finding finding : report.findings()) {
      assertWellFormed(finding, call);
    }
    for (WaivedFinding waived : report.waived()) {
      assertWellFormed(waived.finding(), call + " (waived)");
      assertTrue(waived.waiver().isInForceOn(asOf), () -> call + ": waiver not in force moved " + waived);
    }
  }

  private static void assertWellFormed(Finding finding, String call) {
    RuleDescriptor descriptor = DESCRIPTORS.get(finding.code());
    assertNotNull(descriptor, () -> call + ": code of no built-in rule in " + finding);
    assertFalse(finding.path().isBlank(), () -> call + ": blank path in " + finding);
    assertFalse(finding.subjectId().isBlank(), () -> call + ": blank subject id in " + finding);
    assertEquals(descriptor.arguments(), List.copyOf(finding.arguments().keySet()),
        () -> call + ": argument names of " + finding);
  }

  private static void assertSorted(List<Finding> findings, String what) {
    for (int i = 1; i < findings.size(); i++) {
      Finding previous = findings.get(i - 1);
      Finding next = findings.get(i);
      assertTrue(PATH_CODE_SUBJECT.compare(previous, next) <= 0,
          () -> what + " out of order: " + previous + " [" + previous.subjectId() + "] before " + next
              + " [" + next.subjectId() + "]");
    }
  }

  /** Half the time the code of one of the report's findings (when it has any), so that the change shows. */
  private static String codeToChange(Report report, String anyCode, boolean codeOfAFinding, int pick) {
    if (codeOfAFinding && !report.findings().isEmpty()) {
      return report.findings().get(pick % report.findings().size()).code();
    }
    return anyCode;
  }

  private static boolean hasWaivedOfCode(Report report, String code) {
    for (WaivedFinding finding : report.waived()) {
      if (finding.finding().code().equals(code)) {
        return true;
      }
    }
    return false;
  }

  private static Finding withSeverityIfCode(Finding finding, String code, Severity severity) {
    return finding.code().equals(code) ? Finding.builder().from(finding).severity(severity).build() : finding;
  }

  /** The number of findings by code, then the first few: enough to tell what a failure is about. */
  private static String summary(Report report) {
    Map<String, Integer> byCode = new LinkedHashMap<>();
    for (Finding finding : report.findings()) {
      byCode.merge(finding.code(), 1, Integer::sum);
    }
    List<Finding> first = report.findings().subList(0, Math.min(5, report.findings().size()));
    return "findings by code " + byCode + ", first " + first;
  }
}
