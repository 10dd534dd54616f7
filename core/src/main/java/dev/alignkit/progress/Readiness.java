package dev.alignkit.progress;

import dev.alignkit.career.Assessment;
import dev.alignkit.career.Importance;
import dev.alignkit.career.ProficiencyScale;
import dev.alignkit.career.ResolvedExpectation;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.internal.Checks;
import dev.alignkit.policy.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * How ready a person is for a role, with the gap report. Immutable and thread-safe.
 *
 * <p>On a scale {@code [min, max]}, per resolved expectation: the effective assessment (see
 * {@link #effectiveAssessment}); assessed at or above the requirement scores 1, below it
 * {@code max(0, (assessed - min) / (required - min))}, unassessed 0. Readiness is the mean of the
 * scores weighted by importance (ESSENTIAL 2, OPTIONAL 1). Ready when readiness is at least the
 * policy's threshold (0.8) and no essential skill is under its requirement. A role without
 * expectations has no readiness. Worked example: scale 1..5, two essential requirements 3.8 and
 * 3.0, assessed 3 and 4: scores 2/2.8 = 0.714 and 1, readiness 0.857, not ready.
 *
 * <p>The gap report lists MISSING, UNDER, MET, then SURPLUS (skills assessed that the role does
 * not expect); within a category ESSENTIAL before OPTIONAL, then larger shortfall first, then by
 * skill id.
 *
 * <p><b>Get</b> one from {@link CareerPaths#readiness(String, RoleRef)}, or compute it with
 * {@link #of}:
 * <pre>{@code
 * LocalDate asOf = LocalDate.of(2026, 8, 15);
 * CareerLadder ladder = CareerLadder.of("eng", "Engineering (IC)", Level.of("E4", "Senior engineer", 4,
 *     Expectation.essential("sql", 3.8), Expectation.essential("design", 3)));
 * SkillProfile maya = SkillProfile.of("maya", List.of(
 *     Assessment.of("sql", 3, asOf, AssessmentSource.MANAGER),
 *     Assessment.of("design", 4, asOf, AssessmentSource.MANAGER)));
 * Readiness readiness = Readiness.of(ExpectationResolution.of(ladder, "E4").orElseThrow().expectations(),
 *     Optional.of(maya), ProficiencyScale.defaultScale(), asOf, Policy.defaults());
 * // readiness 0.857, not ready: sql is UNDER by 0.8
 * }</pre>
 *
 * <p>{@link #builder()} builds one from its fields, for a client that reads readiness back (the
 * JSON module does) or a test; nothing is recomputed.
 *
 * <p><b>Invariants.</b> A readiness lies within [0, 1]; there is either a readiness or a reason
 * there is none, and a person without a readiness is not ready. Building fails otherwise with an
 * {@link IllegalArgumentException} naming the values ({@code readiness must be within [0, 1]: 1.5}).
 * A role without expectations has no readiness ({@link #noReadinessReason()}), and stale
 * assessments are marked in the gap report; neither is an error. The rule {@code career.assessment.stale} reports stale assessments.
 *
 * <p><b>Equality:</b> two readinesses are equal when readiness, readiness flag, gap report (in
 * order) and reason are equal.
 */
@Value.Immutable
public abstract class Readiness {
  /** Category, then importance (none last), then the larger shortfall, then skill id; without boxing, as it sorts every person's gaps. */
  private static final Comparator<GapEntry> REPORT_ORDER = (a, b) -> {
    int order = a.category().compareTo(b.category());
    if (order == 0) {
      order = Integer.compare(importanceRank(a), importanceRank(b));
    }
    if (order == 0) {
      order = Double.compare(b.shortfall(), a.shortfall());
    }
    return order != 0 ? order : a.skillId().compareTo(b.skillId());
  };

  /** Up to how many expectations {@link #of} scans them rather than make a set of their skills. */
  private static final int FEW_EXPECTATIONS = 32;
  /** Up to how many gaps {@link #of} sorts them by insertion. */
  private static final int FEW_GAPS = 64;

  Readiness() {}

  /** The weighted readiness in [0, 1]; empty when the role expects nothing. */
  public abstract OptionalDouble readiness();

  /** Whether the person is ready: readiness at the threshold and no essential skill under. */
  public abstract boolean ready();

  /** The gap report, in report order. */
  public abstract List<GapEntry> gaps();

  /** Why there is no readiness: "the role has no expectations"; empty when there is. */
  public abstract Optional<String> noReadinessReason();

  /** Returns a builder; the ready flag is required, and a readiness or a reason there is none. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    if (readiness().isPresent()) {
      Checks.requireUnitInterval(readiness().getAsDouble(), "readiness");
    }
    if (readiness().isPresent() == noReadinessReason().isPresent()) {
      throw new IllegalArgumentException("a readiness has either a value or a reason there is none: readiness "
          + readiness() + ", noReadinessReason " + noReadinessReason());
    }
    if (ready() && readiness().isEmpty()) {
      throw new IllegalArgumentException("a person without a readiness is not ready: "
          + noReadinessReason().orElse(""));
    }
  }

  /** Builds a {@link Readiness}. */
  public static final class Builder extends ImmutableReadiness.Builder {
    Builder() {}
  }

  /** The gap entries of one category. */
  public final List<GapEntry> gaps(GapCategory category) {
    List<GapEntry> out = new ArrayList<>();
    for (GapEntry entry : gaps()) {
      if (entry.category() == category) {
        out.add(entry);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The readiness of a person with {@code profile} (empty for no assessments) for a role whose
   * resolved expectations are {@code expectations}.
   *
   * @param expectations the role's resolved expectations, as
   *     {@link dev.alignkit.career.ExpectationResolution#expectations()} gives them; not null
   * @param profile the person's assessments; not null
   * @param scale the catalog's scale
   * @param asOf the date staleness is judged on; assessments dated after it are ignored
   * @param policy the threshold and the staleness limit
   */
  public static Readiness of(List<ResolvedExpectation> expectations, Optional<SkillProfile> profile,
      ProficiencyScale scale, LocalDate asOf, Policy policy) {
    Builder out = builder();
    List<GapEntry> gaps = new ArrayList<>();
    double weights = 0;
    double weighted = 0;
    boolean essentialUnder = false;
    Map<String, Assessment> effective = profile.isPresent()
        ? effectiveAssessments(profile.get(), asOf, policy) : Map.of();
    for (ResolvedExpectation expectation : expectations) {
      Assessment assessment = effective.get(expectation.skillId());
      double required = expectation.required();
      GapEntry.Builder entry = GapEntry.builder().skillId(expectation.skillId()).required(required)
          .importance(expectation.importance()).stale(false);
      double score;
      if (assessment == null) {
        score = 0;
        entry.category(GapCategory.MISSING).shortfall(Math.max(0, required - scale.min()));
      } else {
        double assessed = assessment.proficiency();
        entry.assessed(assessed).stale(isStale(assessment, asOf, policy));
        if (assessed >= required - Policy.EPSILON) {
          score = 1;
          entry.category(GapCategory.MET).shortfall(0);
        } else {
          score = Math.max(0, (assessed - scale.min()) / (required - scale.min()));
          entry.category(GapCategory.UNDER).shortfall(required - assessed);
        }
      }
      if (score < 1 && expectation.importance() == Importance.ESSENTIAL) {
        essentialUnder = true;
      }
      weights += expectation.importance().weight();
      weighted += expectation.importance().weight() * score;
      gaps.add(entry.build());
    }
    // A role expects a dozen skills or so: a scan of them is cheaper than a set made for each
    // readiness; a role that expects many gets the set.
    @Nullable Set<String> expected = expectations.size() > FEW_EXPECTATIONS ? skillIds(expectations) : null;
    for (Map.Entry<String, Assessment> surplus : effective.entrySet()) {
      if (expected != null ? !expected.contains(surplus.getKey()) : !expects(expectations, surplus.getKey())) {
        Assessment assessment = surplus.getValue();
        gaps.add(GapEntry.builder().category(GapCategory.SURPLUS).skillId(surplus.getKey())
            .assessed(assessment.proficiency()).shortfall(0).stale(isStale(assessment, asOf, policy)).build());
      }
    }
    sortForReport(gaps);
    out.gaps(gaps);
    if (expectations.isEmpty()) {
      return out.ready(false).noReadinessReason("the role has no expectations").build();
    }
    double readiness = weighted / weights;
    return out.readiness(readiness)
        .ready(readiness >= policy.readinessThreshold() - Policy.EPSILON && !essentialUnder)
        .build();
  }

  private static Set<String> skillIds(List<ResolvedExpectation> expectations) {
    Set<String> ids = new HashSet<>();
    for (ResolvedExpectation expectation : expectations) {
      ids.add(expectation.skillId());
    }
    return ids;
  }

  private static boolean expects(List<ResolvedExpectation> expectations, String skillId) {
    for (int i = 0; i < expectations.size(); i++) {
      if (expectations.get(i).skillId().equals(skillId)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Sorts {@code gaps} into {@link #REPORT_ORDER}, stably, as {@code gaps.sort(REPORT_ORDER)} does:
   * a gap report of a handful of entries by an insertion sort on each entry's keys read once (the
   * comparator reads them, an {@code Optional} among them, at every comparison); a longer one by
   * the comparator.
   */
  private static void sortForReport(List<GapEntry> gaps) {
    int n = gaps.size();
    if (n > FEW_GAPS) {
      gaps.sort(REPORT_ORDER);
      return;
    }
    GapEntry[] entries = gaps.toArray(new GapEntry[0]);
    int[] category = new int[n];
    int[] importance = new int[n];
    double[] shortfall = new double[n];
    for (int i = 0; i < n; i++) {
      category[i] = entries[i].category().ordinal();
      importance[i] = importanceRank(entries[i]);
      shortfall[i] = entries[i].shortfall();
    }
    for (int i = 1; i < n; i++) {
      GapEntry entry = entries[i];
      int c = category[i];
      int m = importance[i];
      double s = shortfall[i];
      int j = i - 1;
      // Only past those strictly after it, so that equal entries keep their order.
      while (j >= 0 && after(category[j], importance[j], shortfall[j], entries[j].skillId(), c, m, s, entry.skillId())) {
        entries[j + 1] = entries[j];
        category[j + 1] = category[j];
        importance[j + 1] = importance[j];
        shortfall[j + 1] = shortfall[j];
        j--;
      }
      entries[j + 1] = entry;
      category[j + 1] = c;
      importance[j + 1] = m;
      shortfall[j + 1] = s;
    }
    for (int i = 0; i < n; i++) {
      gaps.set(i, entries[i]);
    }
  }

  /** Whether the first entry's keys come after the second's in {@link #REPORT_ORDER}. */
  private static boolean after(int category, int importance, double shortfall, String skillId,
      int otherCategory, int otherImportance, double otherShortfall, String otherSkillId) {
    if (category != otherCategory) {
      return category > otherCategory;
    }
    if (importance != otherImportance) {
      return importance > otherImportance;
    }
    int order = Double.compare(otherShortfall, shortfall);
    return order != 0 ? order > 0 : skillId.compareTo(otherSkillId) > 0;
  }

  /**
   * The assessment readiness uses for a skill: among those dated on or before {@code asOf},
   * non-stale before stale, then MANAGER over PEER over SELF, then the most recent; on a shared
   * date the later one in the list wins.
   */
  public static Optional<Assessment> effectiveAssessment(SkillProfile profile, String skillId, LocalDate asOf,
      Policy policy) {
    Assessment best = null;
    for (Assessment candidate : profile.assessments()) {
      if (!candidate.skillId().equals(skillId) || candidate.date().isAfter(asOf)) {
        continue;
      }
      if (best == null || !isBetter(best, candidate, asOf, policy)) {
        best = candidate;
      }
    }
    return Optional.ofNullable(best);
  }

  private static int importanceRank(GapEntry entry) {
    return entry.importance().isPresent() ? entry.importance().get().ordinal() : Importance.values().length;
  }

  /**
   * The {@link #effectiveAssessment effective assessment} of every skill {@code profile} assesses
   * on or before {@code asOf}, by skill id in the order the skills first appear: one pass over the
   * assessments instead of one per skill.
   *
   * @param profile not null
   * @param asOf not null
   * @param policy the staleness limit; not null
   * @return an unmodifiable map
   */
  public static Map<String, Assessment> effectiveAssessments(SkillProfile profile, LocalDate asOf, Policy policy) {
    List<Assessment> assessments = profile.assessments();
    Map<String, Assessment> best = new LinkedHashMap<>();
    for (int i = 0; i < assessments.size(); i++) {
      Assessment candidate = assessments.get(i);
      if (candidate.date().isAfter(asOf)) {
        continue;
      }
      Assessment incumbent = best.get(candidate.skillId());
      if (incumbent == null || !isBetter(incumbent, candidate, asOf, policy)) {
        best.put(candidate.skillId(), candidate);
      }
    }
    return Collections.unmodifiableMap(best);
  }

  /** Whether {@code incumbent} beats {@code challenger}, which comes later in the list. */
  private static boolean isBetter(Assessment incumbent, Assessment challenger, LocalDate asOf, Policy policy) {
    boolean incumbentStale = isStale(incumbent, asOf, policy);
    boolean challengerStale = isStale(challenger, asOf, policy);
    if (incumbentStale != challengerStale) {
      return !incumbentStale;
    }
    if (incumbent.source() != challenger.source()) {
      return incumbent.source().ordinal() > challenger.source().ordinal();
    }
    return incumbent.date().isAfter(challenger.date());
  }

  /** Whether an assessment is older than the policy's {@code assessmentStaleDays} on {@code asOf}. */
  public static boolean isStale(Assessment assessment, LocalDate asOf, Policy policy) {
    // ChronoUnit.DAYS.between of two dates, without its generic path through Temporal.
    return asOf.toEpochDay() - assessment.date().toEpochDay() > policy.assessmentStaleDays();
  }
}
