package dev.alignkit.policy;

import dev.alignkit.common.Visibility;
import dev.alignkit.internal.Checks;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.OrdinalZone;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Every limit, band and switch of Alignkit, with its defaults (see {@code docs/concepts.md}).
 * Immutable and thread-safe: build one per configuration and share it.
 *
 * <p><b>Create</b> one with {@link #builder()}, which starts from the defaults, or take
 * {@link #defaults()}:
 * <pre>{@code
 * Policy policy = Policy.builder()
 *     .maxObjectivesPerOwner(3)
 *     .putSeverityOverride("okr.key-result.activity", Severity.ERROR)
 *     .addDisabledCode("okr.check-in.stale")
 *     .build();
 * }</pre>
 *
 * <p>Bands are compared with an epsilon of {@link #EPSILON}, so that 0.65 - 0.5 counts as 0.15.
 *
 * <p><b>Invariants.</b> Building fails with an {@link IllegalArgumentException} naming the field
 * and the value when a count or a number of days is negative
 * ({@code policy maxObjectivesPerOwner must not be negative: -1}), an expectation, gap,
 * confidence, grade or the readiness threshold lies outside [0, 1] or is NaN
 * ({@code policy onTrackGap must be within [0, 1]: 1.5}), two bands are out of order
 * ({@code policy onTrackGap 0.4 must not exceed behindGap 0.3}, and likewise
 * {@code atRiskConfidence} and {@code behindConfidence}, {@code yellowGrade} and
 * {@code greenGrade}), the zone scores do not satisfy
 * {@code 0 < commitScore < targetScore < stretchScore <= 1} or one is NaN ({@code policy zone
 * scores must satisfy 0 < commitScore < targetScore < stretchScore <= 1: commitScore 0.7,
 * targetScore 0.7, stretchScore 1.0}), or {@code minDevelopmentGoals} exceeds
 * {@code maxDevelopmentGoals}
 * ({@code policy minDevelopmentGoals 4 must not exceed maxDevelopmentGoals 3}). Rule codes in
 * overrides and disabled codes are not checked against the rules: a code no rule has changes
 * nothing.
 *
 * <p><b>Equality:</b> two policies are equal when all their values are equal; a built policy with
 * no value set equals {@link #defaults()}.
 */
@Value.Immutable
public abstract class Policy {
  /** The tolerance of every comparison against a band or limit. */
  public static final double EPSILON = 1e-9;

  private static final Policy DEFAULTS = new Builder().build();

  Policy() {}

  /** The default policy: every value as its method documents it. */
  public static Policy defaults() {
    return DEFAULTS;
  }

  /** Returns a builder that starts from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  // --- rules -------------------------------------------------------------------------------

  /** Severities that replace a rule's default, by rule code. */
  public abstract Map<String, Severity> severityOverrides();

  /** Rule codes that are turned off: their rules do not run. */
  public abstract Set<String> disabledCodes();

  /** Statuses of objectives and key results that rules skip; DRAFT and CANCELLED by default. */
  @Value.Default
  public Set<OkrStatus> skippedStatuses() {
    return EnumSet.of(OkrStatus.DRAFT, OkrStatus.CANCELLED);
  }

  /**
   * The severity a rule reports with: its override, else {@code defaultSeverity}.
   *
   * @param code the rule code; not null
   * @param defaultSeverity the rule's default; not null
   */
  public final Severity severityOf(String code, Severity defaultSeverity) {
    Severity override = severityOverrides().get(code);
    return override != null ? override : defaultSeverity;
  }

  /** Whether the rule with this code runs. */
  public final boolean isEnabled(String code) {
    return !disabledCodes().contains(code);
  }

  /** Whether rules skip an item with this status. */
  public final boolean skips(OkrStatus status) {
    return skippedStatuses().contains(status);
  }

  // --- OKR limits (docs/concepts.md, "OKR practice") ------------------------------------------

  /** At most this many objectives per owner and cycle ({@code okr.objective.count}); default 5. */
  @Value.Default
  public int maxObjectivesPerOwner() {
    return 5;
  }

  /** At most this many key results per objective ({@code okr.key-result.count}); default 5. */
  @Value.Default
  public int maxKeyResultsPerObjective() {
    return 5;
  }

  /** A key result needs a check-in within this many days ({@code okr.check-in.stale}); default 28. */
  @Value.Default
  public int checkInStaleDays() {
    return 28;
  }

  /** Check-ins may lie up to this many days after the cycle's end ({@code okr.check-in.date}); default 14. */
  @Value.Default
  public int checkInGraceDays() {
    return 14;
  }

  // --- pace, confidence and grades ------------------------------------------------------------

  /** The progress a committed objective is expected to reach by the end of its cycle; default 1.0. */
  @Value.Default
  public double committedExpectation() {
    return 1.0;
  }

  /** The progress an aspirational objective is expected to reach; default 0.7. */
  @Value.Default
  public double aspirationalExpectation() {
    return 0.7;
  }

  /** The largest gap between expected and actual progress that is ON_TRACK; default 0.15. */
  @Value.Default
  public double onTrackGap() {
    return 0.15;
  }

  /** The largest gap that is BEHIND rather than AT_RISK; default 0.30. */
  @Value.Default
  public double behindGap() {
    return 0.30;
  }

  /** A confidence below this is BEHIND (ACHIEVE and STAY key results); default 0.5. */
  @Value.Default
  public double behindConfidence() {
    return 0.5;
  }

  /** A confidence below this is AT_RISK; default 0.3. */
  @Value.Default
  public double atRiskConfidence() {
    return 0.3;
  }

  /**
   * The score of the COMMIT zone: what an ORDINAL key result in its COMMIT zone, or a metric key
   * result at its commit value, counts as; default 0.3. Zone scores must satisfy
   * {@code 0 < commit < target < stretch <= 1}.
   */
  @Value.Default
  public double commitScore() {
    return 0.3;
  }

  /**
   * The score of the TARGET zone, and what a zoned key result is expected to reach by the end of
   * its cycle whatever its objective's type; default 0.7.
   */
  @Value.Default
  public double targetScore() {
    return 0.7;
  }

  /** The score of the STRETCH zone; default 1.0. */
  @Value.Default
  public double stretchScore() {
    return 1.0;
  }

  /** The score of {@code zone}: 0 for FAIL, else the policy's COMMIT, TARGET or STRETCH score. */
  public final double scoreOf(OrdinalZone zone) {
    switch (zone) {
      case COMMIT:
        return commitScore();
      case TARGET:
        return targetScore();
      case STRETCH:
        return stretchScore();
      default:
        return 0.0;
    }
  }

  /**
   * A forecast needs check-ins whose first and last dates, among those it uses, lie at least this
   * many days apart; default 7. A line through two check-ins a day apart is noise, not a trend, and
   * projecting it weeks ahead flags "at risk by trend" on nothing. 0 or 1 ask only for two distinct
   * dates, which a line always needs (see {@code docs/concepts.md}, "Forecast").
   */
  @Value.Default
  public int minTrendSpanDays() {
    return 7;
  }

  /** Progress at or above this grades GREEN after the cycle; default 0.7. */
  @Value.Default
  public double greenGrade() {
    return 0.7;
  }

  /** Progress at or above this grades YELLOW, below it RED; default 0.4. */
  @Value.Default
  public double yellowGrade() {
    return 0.4;
  }

  // --- careers and development ---------------------------------------------------------------

  /** A person is ready for a role from this readiness on; default 0.8. */
  @Value.Default
  public double readinessThreshold() {
    return 0.8;
  }

  /** Assessments older than this many days are stale; default 365. */
  @Value.Default
  public int assessmentStaleDays() {
    return 365;
  }

  /** At most this many agreed or active development goals per person and cycle; default 3. */
  @Value.Default
  public int maxDevelopmentGoals() {
    return 3;
  }

  /** At least this many agreed or active development goals in an open plan; default 1. */
  @Value.Default
  public int minDevelopmentGoals() {
    return 1;
  }

  /** Coaching check-ins are expected within this many days; default 31 (monthly). */
  @Value.Default
  public int coachingCadenceDays() {
    return 31;
  }

  // --- advice (docs/concepts.md, "Advice" and "Weaving") --------------------------------------

  /**
   * Which objective and initiative tags a skill family can be woven into: influence
   * into {@code cross-functional} work, people management into {@code vendors} and
   * {@code interns}, visibility into {@code executive-sponsored} work, process into
   * {@code process} work.
   */
  @Value.Default
  public Map<String, List<String>> weaveMap() {
    return Map.of(
        "influence", List.of("cross-functional"),
        "people-management", List.of("vendors", "interns"),
        "visibility", List.of("executive-sponsored"),
        "process", List.of("process"));
  }

  /** Skill families for which the advisor may suggest a new initiative when nothing matches: process. */
  @Value.Default
  public Set<String> newInitiativeFamilies() {
    return Set.of("process");
  }

  /** At most this many TWEAK, WEAVE or CHANGE_ROLE suggestions each; default 3. */
  @Value.Default
  public int maxSuggestionsPerKind() {
    return 3;
  }

  // --- content and visibility ----------------------------------------------------------------

  /**
   * The language that titles are written in, which picks the activity lexicon
   * ({@link #activityLexicon()}); English by default. It is independent of the locale findings
   * are rendered in: German titles may be reviewed in English.
   */
  @Value.Default
  public Locale contentLocale() {
    return Locale.ENGLISH;
  }

  /**
   * Activity lexicons that take the place of the built-in one of their locale, or add a language
   * the library has none for; none by default. To extend a built-in lexicon, put it with words
   * added: {@code putActivityLexicon(Locale.GERMAN, ActivityLexicon.builtIn(Locale.GERMAN)
   * .plus(ActivityKind.WORK, List.of("... einreichen")))}.
   */
  public abstract Map<Locale, ActivityLexicon> activityLexicons();

  /**
   * The lexicon {@code okr.key-result.activity} reads titles with: the one put for the content
   * locale, else for its language, else the built-in lexicon of its language
   * ({@link ActivityLexicon#builtIn}), which is empty for a language the library has none for.
   * Looked up once per policy.
   */
  @Value.Lazy
  public ActivityLexicon activityLexicon() {
    ActivityLexicon lexicon = activityLexicons().get(contentLocale());
    if (lexicon == null) {
      lexicon = activityLexicons().get(new Locale(contentLocale().getLanguage()));
    }
    return lexicon != null ? lexicon : ActivityLexicon.builtIn(contentLocale());
  }

  /** Default visibility by kind of item; see {@link VisibleKind} for the defaults. */
  @Value.Default
  public Map<VisibleKind, Visibility> defaultVisibilities() {
    Map<VisibleKind, Visibility> defaults = new EnumMap<>(VisibleKind.class);
    for (VisibleKind kind : VisibleKind.values()) {
      defaults.put(kind, Visibility.PRIVATE);
    }
    defaults.put(VisibleKind.OBJECTIVE, Visibility.PUBLIC);
    defaults.put(VisibleKind.ORGANIZATION, Visibility.PUBLIC);
    return defaults;
  }

  /** The visibility of an item of {@code kind} whose own visibility is {@code own}. */
  public final Visibility visibilityOf(VisibleKind kind, Optional<Visibility> own) {
    return own.orElseGet(() -> defaultVisibilities().getOrDefault(kind, Visibility.PRIVATE));
  }

  @Value.Check
  final void check() {
    nonNegative(maxObjectivesPerOwner(), "maxObjectivesPerOwner");
    nonNegative(maxKeyResultsPerObjective(), "maxKeyResultsPerObjective");
    nonNegative(checkInStaleDays(), "checkInStaleDays");
    nonNegative(checkInGraceDays(), "checkInGraceDays");
    nonNegative(minTrendSpanDays(), "minTrendSpanDays");
    nonNegative(assessmentStaleDays(), "assessmentStaleDays");
    nonNegative(maxDevelopmentGoals(), "maxDevelopmentGoals");
    nonNegative(minDevelopmentGoals(), "minDevelopmentGoals");
    nonNegative(coachingCadenceDays(), "coachingCadenceDays");
    nonNegative(maxSuggestionsPerKind(), "maxSuggestionsPerKind");
    Checks.requireUnitInterval(committedExpectation(), "policy committedExpectation");
    Checks.requireUnitInterval(aspirationalExpectation(), "policy aspirationalExpectation");
    Checks.requireUnitInterval(onTrackGap(), "policy onTrackGap");
    Checks.requireUnitInterval(behindGap(), "policy behindGap");
    Checks.requireUnitInterval(behindConfidence(), "policy behindConfidence");
    Checks.requireUnitInterval(atRiskConfidence(), "policy atRiskConfidence");
    Checks.requireUnitInterval(greenGrade(), "policy greenGrade");
    Checks.requireUnitInterval(yellowGrade(), "policy yellowGrade");
    Checks.requireUnitInterval(readinessThreshold(), "policy readinessThreshold");
    ordered(onTrackGap(), behindGap(), "onTrackGap", "behindGap");
    ordered(atRiskConfidence(), behindConfidence(), "atRiskConfidence", "behindConfidence");
    ordered(yellowGrade(), greenGrade(), "yellowGrade", "greenGrade");
    zoneScores();
    if (minDevelopmentGoals() > maxDevelopmentGoals()) {
      throw new IllegalArgumentException("policy minDevelopmentGoals " + minDevelopmentGoals()
          + " must not exceed maxDevelopmentGoals " + maxDevelopmentGoals());
    }
  }

  private void zoneScores() {
    if (!(commitScore() > 0 && commitScore() < targetScore() && targetScore() < stretchScore() && stretchScore() <= 1)) {
      throw new IllegalArgumentException("policy zone scores must satisfy 0 < commitScore < targetScore < stretchScore"
          + " <= 1: commitScore " + commitScore() + ", targetScore " + targetScore() + ", stretchScore "
          + stretchScore());
    }
  }

  private static void nonNegative(int value, String field) {
    if (value < 0) {
      throw new IllegalArgumentException("policy " + field + " must not be negative: " + value);
    }
  }

  private static void ordered(double low, double high, String lowField, String highField) {
    if (low > high) {
      throw new IllegalArgumentException("policy " + lowField + " " + low + " must not exceed " + highField + " " + high);
    }
  }

  /** Builds a {@link Policy}; every part starts at its default. */
  public static final class Builder extends ImmutablePolicy.Builder {
    Builder() {}
  }
}
