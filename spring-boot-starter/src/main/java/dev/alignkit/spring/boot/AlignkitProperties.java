package dev.alignkit.spring.boot;

import dev.alignkit.common.Visibility;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.policy.ActivityKind;
import dev.alignkit.policy.ActivityLexicon;
import dev.alignkit.policy.Policy;
import dev.alignkit.policy.Severity;
import dev.alignkit.policy.VisibleKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The {@code alignkit.*} properties: every limit, band, zone score, severity override and disabled
 * code of the {@link Policy}, and the content locale, each with the policy's default.
 * {@link #toPolicy()} builds the policy the auto-configuration gives the validator.
 *
 * <p>A value the policy refuses (a negative count, a band outside [0, 1], bands out of order) fails
 * the application's start, naming each property involved, such as
 * {@code alignkit.policy.max-objectives-per-owner}: this class validates itself when Boot binds it.
 * Codes hold dots, so give them in brackets:
 * {@code alignkit.policy.severity-overrides[okr.key-result.activity]=error}.
 *
 * <p>Mutable, as Boot binds it; the policy it builds is immutable.
 */
@ConfigurationProperties("alignkit")
public class AlignkitProperties implements Validator {
  private static final String PREFIX = "alignkit.";

  /** The policy: limits, bands, zone scores, severities and switches of the rules. */
  private final PolicyProperties policy = new PolicyProperties();

  /** Rule sets and how the validator finds them. */
  private final Rules rules = new Rules();

  public PolicyProperties getPolicy() {
    return policy;
  }

  public Rules getRules() {
    return rules;
  }

  /**
   * The policy these properties describe: every value not set keeps the default of
   * {@link Policy#defaults()}.
   *
   * @throws IllegalArgumentException as {@link Policy.Builder#build()} does, naming the field and value
   */
  public Policy toPolicy() {
    PolicyProperties p = policy;
    Policy.Builder builder = Policy.builder()
        .severityOverrides(p.severityOverrides)
        .disabledCodes(p.disabledCodes)
        .skippedStatuses(p.skippedStatuses)
        .maxObjectivesPerOwner(p.maxObjectivesPerOwner)
        .maxKeyResultsPerObjective(p.maxKeyResultsPerObjective)
        .checkInStaleDays(p.checkInStaleDays)
        .checkInGraceDays(p.checkInGraceDays)
        .committedExpectation(p.committedExpectation)
        .aspirationalExpectation(p.aspirationalExpectation)
        .onTrackGap(p.onTrackGap)
        .behindGap(p.behindGap)
        .behindConfidence(p.behindConfidence)
        .atRiskConfidence(p.atRiskConfidence)
        .commitScore(p.commitScore)
        .targetScore(p.targetScore)
        .stretchScore(p.stretchScore)
        .minTrendSpanDays(p.minTrendSpanDays)
        .greenGrade(p.greenGrade)
        .yellowGrade(p.yellowGrade)
        .readinessThreshold(p.readinessThreshold)
        .assessmentStaleDays(p.assessmentStaleDays)
        .maxDevelopmentGoals(p.maxDevelopmentGoals)
        .minDevelopmentGoals(p.minDevelopmentGoals)
        .coachingCadenceDays(p.coachingCadenceDays)
        .weaveMap(p.weaveMap)
        .newInitiativeFamilies(p.newInitiativeFamilies)
        .maxSuggestionsPerKind(p.maxSuggestionsPerKind)
        .contentLocale(p.contentLocale)
        .defaultVisibilities(p.defaultVisibilities);
    for (Map.Entry<Locale, Map<ActivityKind, List<String>>> language : p.activityPatterns.entrySet()) {
      ActivityLexicon lexicon = ActivityLexicon.builtIn(language.getKey());
      for (Map.Entry<ActivityKind, List<String>> added : language.getValue().entrySet()) {
        try {
          lexicon = lexicon.plus(added.getKey(), added.getValue());
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("policy activityPatterns of " + language.getKey() + ", "
              + added.getKey() + ": " + e.getMessage(), e);
        }
      }
      builder.putActivityLexicon(language.getKey(), lexicon);
    }
    return builder.build();
  }

  /** Binds only {@code AlignkitProperties}. */
  @Override
  public boolean supports(Class<?> type) {
    return AlignkitProperties.class.isAssignableFrom(type);
  }

  /**
   * Rejects the properties the policy refuses: each field the policy's message names, with that
   * message, so that Boot's start-up failure names the property ({@code alignkit.policy.on-track-gap}).
   */
  @Override
  public void validate(Object target, Errors errors) {
    try {
      ((AlignkitProperties) target).toPolicy();
    } catch (IllegalArgumentException e) {
      String problem = String.valueOf(e.getMessage());
      List<String> fields = PolicyProperties.fieldsNamedIn(problem);
      for (String field : fields) {
        errors.rejectValue("policy." + field, "alignkit.policy", propertyName(field) + ": " + problem);
      }
      if (fields.isEmpty()) {
        errors.reject("alignkit.policy", PREFIX + "policy: " + problem);
      }
    }
  }

  /** The property of a field of {@link PolicyProperties}: {@code alignkit.policy.on-track-gap} for {@code onTrackGap}. */
  static String propertyName(String field) {
    return PREFIX + "policy." + dashed(field);
  }

  private static String dashed(String camel) {
    StringBuilder dashed = new StringBuilder(camel.length() + 8);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c)) {
        dashed.append('-').append(Character.toLowerCase(c));
      } else {
        dashed.append(c);
      }
    }
    return dashed.toString();
  }

  /**
   * The policy in force, as the {@code alignkit.policy.*} properties (without the prefix) that
   * describe it, in the order of {@link PolicyProperties}; the activity lexicon as the patterns in
   * force for the content locale. What the Actuator endpoint shows.
   *
   * @param policy not null
   */
  public static Map<String, Object> describe(Policy policy) {
    Map<String, Object> described = new LinkedHashMap<>();
    described.put("severity-overrides", new TreeMap<>(policy.severityOverrides()));
    described.put("disabled-codes", sorted(policy.disabledCodes()));
    described.put("skipped-statuses", sorted(policy.skippedStatuses()));
    described.put("max-objectives-per-owner", policy.maxObjectivesPerOwner());
    described.put("max-key-results-per-objective", policy.maxKeyResultsPerObjective());
    described.put("check-in-stale-days", policy.checkInStaleDays());
    described.put("check-in-grace-days", policy.checkInGraceDays());
    described.put("committed-expectation", policy.committedExpectation());
    described.put("aspirational-expectation", policy.aspirationalExpectation());
    described.put("on-track-gap", policy.onTrackGap());
    described.put("behind-gap", policy.behindGap());
    described.put("behind-confidence", policy.behindConfidence());
    described.put("at-risk-confidence", policy.atRiskConfidence());
    described.put("commit-score", policy.commitScore());
    described.put("target-score", policy.targetScore());
    described.put("stretch-score", policy.stretchScore());
    described.put("min-trend-span-days", policy.minTrendSpanDays());
    described.put("green-grade", policy.greenGrade());
    described.put("yellow-grade", policy.yellowGrade());
    described.put("readiness-threshold", policy.readinessThreshold());
    described.put("assessment-stale-days", policy.assessmentStaleDays());
    described.put("max-development-goals", policy.maxDevelopmentGoals());
    described.put("min-development-goals", policy.minDevelopmentGoals());
    described.put("coaching-cadence-days", policy.coachingCadenceDays());
    described.put("weave-map", new TreeMap<>(policy.weaveMap()));
    described.put("new-initiative-families", sorted(policy.newInitiativeFamilies()));
    described.put("max-suggestions-per-kind", policy.maxSuggestionsPerKind());
    described.put("content-locale", policy.contentLocale().toLanguageTag());
    described.put("activity-lexicon", policy.activityLexicon().patterns());
    described.put("default-visibilities", new EnumMap<>(policy.defaultVisibilities()));
    return described;
  }

  private static <T extends Comparable<? super T>> List<T> sorted(Set<T> values) {
    List<T> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted;
  }

  /**
   * The {@code alignkit.policy.*} properties, one for each value of {@link Policy}, with its
   * default (docs/concepts.md explains them).
   */
  public static class PolicyProperties {
    private static final List<String> FIELDS = List.of("maxObjectivesPerOwner", "maxKeyResultsPerObjective",
        "checkInStaleDays", "checkInGraceDays", "committedExpectation", "aspirationalExpectation", "onTrackGap",
        "behindGap", "behindConfidence", "atRiskConfidence", "commitScore", "targetScore", "stretchScore",
        "minTrendSpanDays", "greenGrade", "yellowGrade", "readinessThreshold", "assessmentStaleDays",
        "maxDevelopmentGoals", "minDevelopmentGoals", "coachingCadenceDays", "maxSuggestionsPerKind",
        "activityPatterns");

    /**
     * Severities that replace a rule's default, by rule code, which goes in brackets:
     * severity-overrides[okr.key-result.activity]=error. None by default.
     */
    private Map<String, Severity> severityOverrides = new LinkedHashMap<>();

    /** Rule codes that are turned off: their rules do not run. None by default. */
    private Set<String> disabledCodes = new LinkedHashSet<>();

    /** Statuses of objectives and key results that rules skip. */
    private Set<OkrStatus> skippedStatuses = EnumSet.of(OkrStatus.DRAFT, OkrStatus.CANCELLED);

    /** At most this many objectives per owner and cycle (okr.objective.count). */
    private int maxObjectivesPerOwner = 5;

    /** At most this many key results per objective (okr.key-result.count). */
    private int maxKeyResultsPerObjective = 5;

    /** A key result needs a check-in within this many days (okr.check-in.stale). */
    private int checkInStaleDays = 28;

    /** Check-ins may lie up to this many days after the cycle's end (okr.check-in.date). */
    private int checkInGraceDays = 14;

    /** The progress a committed objective is expected to reach by the end of its cycle. */
    private double committedExpectation = 1.0;

    /** The progress an aspirational objective is expected to reach by the end of its cycle. */
    private double aspirationalExpectation = 0.7;

    /** The largest gap between expected and actual progress that is ON_TRACK. */
    private double onTrackGap = 0.15;

    /** The largest gap that is BEHIND rather than AT_RISK. */
    private double behindGap = 0.3;

    /** A confidence below this is BEHIND (ACHIEVE and STAY key results). */
    private double behindConfidence = 0.5;

    /** A confidence below this is AT_RISK. */
    private double atRiskConfidence = 0.3;

    /** The score of the COMMIT zone of an ordinal key result; above 0 and below the target score. */
    private double commitScore = 0.3;

    /** The score of the TARGET zone, and what a zoned key result is expected to reach by the end of its cycle. */
    private double targetScore = 0.7;

    /** The score of the STRETCH zone; above the target score and at most 1. */
    private double stretchScore = 1.0;

    /** A forecast needs check-ins whose first and last dates lie at least this many days apart. */
    private int minTrendSpanDays = 7;

    /** Progress at or above this grades GREEN after the cycle. */
    private double greenGrade = 0.7;

    /** Progress at or above this grades YELLOW, below it RED. */
    private double yellowGrade = 0.4;

    /** A person is ready for a role from this readiness on. */
    private double readinessThreshold = 0.8;

    /** Assessments older than this many days are stale. */
    private int assessmentStaleDays = 365;

    /** At most this many agreed or active development goals per person and cycle. */
    private int maxDevelopmentGoals = 3;

    /** At least this many agreed or active development goals in an open plan. */
    private int minDevelopmentGoals = 1;

    /** Coaching check-ins are expected within this many days. */
    private int coachingCadenceDays = 31;

    /**
     * Which objective and initiative tags each skill family can be woven into; entries given
     * replace those of the default map (influence: cross-functional; people-management: vendors,
     * interns; visibility: executive-sponsored; process: process), the others stay.
     */
    private Map<String, List<String>> weaveMap = new LinkedHashMap<>(Policy.defaults().weaveMap());

    /** Skill families for which the advisor may suggest a new initiative when nothing matches. */
    private Set<String> newInitiativeFamilies = new LinkedHashSet<>(List.of("process"));

    /** At most this many TWEAK, WEAVE or CHANGE_ROLE suggestions each. */
    private int maxSuggestionsPerKind = 3;

    /**
     * The language that titles are written in, which picks the activity lexicon; independent of
     * the locale findings are rendered in.
     */
    private Locale contentLocale = Locale.ENGLISH;

    /**
     * Activity patterns added to the built-in lexicon of a language, by language and kind
     * (meeting, learning, work): activity-patterns.de.work=... einreichen. None by default.
     */
    private Map<Locale, Map<ActivityKind, List<String>>> activityPatterns = new LinkedHashMap<>();

    /**
     * The visibility of items without their own, by kind; entries given replace the defaults
     * (objective and organization PUBLIC, every other kind PRIVATE).
     */
    private Map<VisibleKind, Visibility> defaultVisibilities = new EnumMap<>(Policy.defaults().defaultVisibilities());

    /** The fields that a policy's message names, in the order of {@link #FIELDS}. */
    static List<String> fieldsNamedIn(String problem) {
      List<String> named = new ArrayList<>();
      for (String field : FIELDS) {
        if (Pattern.compile("\\b" + field + "\\b").matcher(problem).find()) {
          named.add(field);
        }
      }
      return named;
    }

    public Map<String, Severity> getSeverityOverrides() {
      return severityOverrides;
    }

    public void setSeverityOverrides(Map<String, Severity> severityOverrides) {
      this.severityOverrides = severityOverrides;
    }

    public Set<String> getDisabledCodes() {
      return disabledCodes;
    }

    public void setDisabledCodes(Set<String> disabledCodes) {
      this.disabledCodes = disabledCodes;
    }

    public Set<OkrStatus> getSkippedStatuses() {
      return skippedStatuses;
    }

    public void setSkippedStatuses(Set<OkrStatus> skippedStatuses) {
      this.skippedStatuses = skippedStatuses;
    }

    public int getMaxObjectivesPerOwner() {
      return maxObjectivesPerOwner;
    }

    public void setMaxObjectivesPerOwner(int maxObjectivesPerOwner) {
      this.maxObjectivesPerOwner = maxObjectivesPerOwner;
    }

    public int getMaxKeyResultsPerObjective() {
      return maxKeyResultsPerObjective;
    }

    public void setMaxKeyResultsPerObjective(int maxKeyResultsPerObjective) {
      this.maxKeyResultsPerObjective = maxKeyResultsPerObjective;
    }

    public int getCheckInStaleDays() {
      return checkInStaleDays;
    }

    public void setCheckInStaleDays(int checkInStaleDays) {
      this.checkInStaleDays = checkInStaleDays;
    }

    public int getCheckInGraceDays() {
      return checkInGraceDays;
    }

    public void setCheckInGraceDays(int checkInGraceDays) {
      this.checkInGraceDays = checkInGraceDays;
    }

    public double getCommittedExpectation() {
      return committedExpectation;
    }

    public void setCommittedExpectation(double committedExpectation) {
      this.committedExpectation = committedExpectation;
    }

    public double getAspirationalExpectation() {
      return aspirationalExpectation;
    }

    public void setAspirationalExpectation(double aspirationalExpectation) {
      this.aspirationalExpectation = aspirationalExpectation;
    }

    public double getOnTrackGap() {
      return onTrackGap;
    }

    public void setOnTrackGap(double onTrackGap) {
      this.onTrackGap = onTrackGap;
    }

    public double getBehindGap() {
      return behindGap;
    }

    public void setBehindGap(double behindGap) {
      this.behindGap = behindGap;
    }

    public double getBehindConfidence() {
      return behindConfidence;
    }

    public void setBehindConfidence(double behindConfidence) {
      this.behindConfidence = behindConfidence;
    }

    public double getAtRiskConfidence() {
      return atRiskConfidence;
    }

    public void setAtRiskConfidence(double atRiskConfidence) {
      this.atRiskConfidence = atRiskConfidence;
    }

    public double getCommitScore() {
      return commitScore;
    }

    public void setCommitScore(double commitScore) {
      this.commitScore = commitScore;
    }

    public double getTargetScore() {
      return targetScore;
    }

    public void setTargetScore(double targetScore) {
      this.targetScore = targetScore;
    }

    public double getStretchScore() {
      return stretchScore;
    }

    public void setStretchScore(double stretchScore) {
      this.stretchScore = stretchScore;
    }

    public int getMinTrendSpanDays() {
      return minTrendSpanDays;
    }

    public void setMinTrendSpanDays(int minTrendSpanDays) {
      this.minTrendSpanDays = minTrendSpanDays;
    }

    public double getGreenGrade() {
      return greenGrade;
    }

    public void setGreenGrade(double greenGrade) {
      this.greenGrade = greenGrade;
    }

    public double getYellowGrade() {
      return yellowGrade;
    }

    public void setYellowGrade(double yellowGrade) {
      this.yellowGrade = yellowGrade;
    }

    public double getReadinessThreshold() {
      return readinessThreshold;
    }

    public void setReadinessThreshold(double readinessThreshold) {
      this.readinessThreshold = readinessThreshold;
    }

    public int getAssessmentStaleDays() {
      return assessmentStaleDays;
    }

    public void setAssessmentStaleDays(int assessmentStaleDays) {
      this.assessmentStaleDays = assessmentStaleDays;
    }

    public int getMaxDevelopmentGoals() {
      return maxDevelopmentGoals;
    }

    public void setMaxDevelopmentGoals(int maxDevelopmentGoals) {
      this.maxDevelopmentGoals = maxDevelopmentGoals;
    }

    public int getMinDevelopmentGoals() {
      return minDevelopmentGoals;
    }

    public void setMinDevelopmentGoals(int minDevelopmentGoals) {
      this.minDevelopmentGoals = minDevelopmentGoals;
    }

    public int getCoachingCadenceDays() {
      return coachingCadenceDays;
    }

    public void setCoachingCadenceDays(int coachingCadenceDays) {
      this.coachingCadenceDays = coachingCadenceDays;
    }

    public Map<String, List<String>> getWeaveMap() {
      return weaveMap;
    }

    public void setWeaveMap(Map<String, List<String>> weaveMap) {
      this.weaveMap = weaveMap;
    }

    public Set<String> getNewInitiativeFamilies() {
      return newInitiativeFamilies;
    }

    public void setNewInitiativeFamilies(Set<String> newInitiativeFamilies) {
      this.newInitiativeFamilies = newInitiativeFamilies;
    }

    public int getMaxSuggestionsPerKind() {
      return maxSuggestionsPerKind;
    }

    public void setMaxSuggestionsPerKind(int maxSuggestionsPerKind) {
      this.maxSuggestionsPerKind = maxSuggestionsPerKind;
    }

    public Locale getContentLocale() {
      return contentLocale;
    }

    public void setContentLocale(Locale contentLocale) {
      this.contentLocale = contentLocale;
    }

    public Map<Locale, Map<ActivityKind, List<String>>> getActivityPatterns() {
      return activityPatterns;
    }

    public void setActivityPatterns(Map<Locale, Map<ActivityKind, List<String>>> activityPatterns) {
      this.activityPatterns = activityPatterns;
    }

    public Map<VisibleKind, Visibility> getDefaultVisibilities() {
      return defaultVisibilities;
    }

    public void setDefaultVisibilities(Map<VisibleKind, Visibility> defaultVisibilities) {
      this.defaultVisibilities = defaultVisibilities;
    }
  }

  /** The {@code alignkit.rules.*} properties: where the validator's rules come from. */
  public static class Rules {
    /**
     * Whether the validator adds the rules that ServiceLoader finds
     * (META-INF/services/dev.alignkit.rules.Rule), beside the built-in rules and the Rule beans.
     */
    private boolean serviceLoader = true;

    public boolean isServiceLoader() {
      return serviceLoader;
    }

    public void setServiceLoader(boolean serviceLoader) {
      this.serviceLoader = serviceLoader;
    }
  }
}
