package dev.alignkit.rules;

import static java.util.Objects.requireNonNull;

import dev.alignkit.advice.Suggestion;
import dev.alignkit.common.Visibility;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GrowSession;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OwnerKind;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.policy.Policy;
import dev.alignkit.policy.Severity;
import dev.alignkit.policy.VisibleKind;
import dev.alignkit.progress.CareerPaths;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a rule sees while it runs: the snapshot, the policy, the as-of date, a cache for work
 * shared between items, and the sink for its findings. One context serves one validation on one
 * thread; a rule must not keep it.
 */
public final class RuleContext {
  private final OrganizationSnapshot snapshot;
  private final Policy policy;
  private final LocalDate asOf;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<Object, Object> memos = new HashMap<>();
  private Rule current;

  RuleContext(OrganizationSnapshot snapshot, Policy policy, LocalDate asOf) {
    this.snapshot = snapshot;
    this.policy = policy;
    this.asOf = asOf;
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
    return memo(CareerPaths.class, () -> CareerPaths.of(snapshot, asOf, policy));
  }

  /** The visibility of an objective: its own, else the policy's default for objectives. */
  public Visibility visibilityOf(Objective objective) {
    return policy.visibilityOf(VisibleKind.OBJECTIVE, objective.visibility());
  }

  /**
   * Starts a finding of the rule that is running.
   *
   * @param path the field concerned; not null
   * @param subjectId the id of the item concerned, which waivers match; not null
   * @return a builder; call {@link FindingBuilder#report()} to report it
   */
  public FindingBuilder finding(ItemPath path, String subjectId) {
    return new FindingBuilder(path, subjectId);
  }

  void run(Rule rule) {
    current = rule;
  }

  List<Finding> findings() {
    return findings;
  }

  /** Collects the parts of one finding; the rule's code and severity are filled in. */
  public final class FindingBuilder {
    private final ItemPath path;
    private final String subjectId;
    private final Map<String, String> arguments = new LinkedHashMap<>();
    private String personId;
    private Visibility visibility = Visibility.PUBLIC;
    private String suggestionKey;
    private Severity defaultSeverity;
    private List<Suggestion> advice = List.of();

    private FindingBuilder(ItemPath path, String subjectId) {
      this.path = requireNonNull(path, "path");
      this.subjectId = requireNonNull(subjectId, "subjectId");
      this.suggestionKey = current.descriptor().code() + ".suggestion";
    }

    /** Marks the finding as about this objective: its personal owner and its visibility. */
    public FindingBuilder about(Objective objective) {
      if (objective.owner().kind() == OwnerKind.PERSON) {
        personId = objective.owner().id().orElse(null);
      }
      visibility = visibilityOf(objective);
      return this;
    }

    /** Marks the finding as about this person, with the visibility of organization data. */
    public FindingBuilder about(Person person) {
      personId = person.id();
      visibility = policy.visibilityOf(VisibleKind.ORGANIZATION, Optional.empty());
      return this;
    }

    /** Marks the finding as about this plan: its person and its visibility. */
    public FindingBuilder about(DevelopmentPlan plan) {
      personId = plan.personId();
      visibility = policy.visibilityOf(VisibleKind.DEVELOPMENT_PLAN, plan.visibility());
      return this;
    }

    /** Marks the finding as about a goal of this plan: the plan's person and the goal's visibility. */
    public FindingBuilder about(DevelopmentPlan plan, DevelopmentGoal goal) {
      personId = plan.personId();
      visibility = policy.visibilityOf(VisibleKind.DEVELOPMENT_GOAL, goal.visibility());
      return this;
    }

    /** Marks the finding as about this GROW session: its person and its visibility. */
    public FindingBuilder about(GrowSession session) {
      personId = session.personId();
      visibility = policy.visibilityOf(VisibleKind.GROW_SESSION, session.visibility());
      return this;
    }

    /** Sets the person the subject belongs to. */
    public FindingBuilder person(String personId) {
      this.personId = requireNonNull(personId, "personId");
      return this;
    }

    /** Sets the subject's visibility. */
    public FindingBuilder visibility(Visibility visibility) {
      this.visibility = requireNonNull(visibility, "visibility");
      return this;
    }

    /**
     * Adds a named argument. Numbers are written plainly ({@code 5}, {@code 0.25}); anything else
     * by {@code String.valueOf}.
     */
    public FindingBuilder argument(String name, Object value) {
      arguments.put(requireNonNull(name, "name"), text(requireNonNull(value, "value")));
      return this;
    }

    /**
     * Replaces the rule's default severity for this finding, as {@code dev.goal.tangential} does
     * for goals pursued on the person's own time; a policy override still wins.
     */
    public FindingBuilder defaultSeverity(Severity severity) {
      this.defaultSeverity = requireNonNull(severity, "severity");
      return this;
    }

    /** Attaches ranked advice to the finding. */
    public FindingBuilder advice(List<Suggestion> advice) {
      this.advice = List.copyOf(advice);
      return this;
    }

    /** Replaces the default suggestion key ({@code code.suggestion}). */
    public FindingBuilder suggestion(String key) {
      this.suggestionKey = requireNonNull(key, "key");
      return this;
    }

    /** Reports the finding with the rule's code and the policy's severity for it. */
    public void report() {
      RuleDescriptor descriptor = current.descriptor();
      Finding.Builder finding = Finding.builder()
          .code(descriptor.code())
          .severity(policy.severityOf(descriptor.code(),
              defaultSeverity != null ? defaultSeverity : descriptor.defaultSeverity()))
          .path(path)
          .subjectId(subjectId)
          .arguments(arguments)
          .subjectVisibility(visibility)
          .suggestionKey(suggestionKey)
          .advice(advice);
      if (personId != null) {
        finding.personId(personId);
      }
      findings.add(finding.build());
    }
  }

  /** A person's name for a message, or their id when they are not in the snapshot. */
  static String nameOf(String personId, RuleContext context) {
    return context.snapshot().person(personId).map(Person::name).orElse(personId);
  }

  static String text(Object value) {
    if (value instanceof Float) {
      // Through the float's own shortest text: widening first would write 0.1f as 0.10000000149011612.
      float f = (Float) value;
      return Float.isFinite(f) ? new BigDecimal(Float.toString(f)).stripTrailingZeros().toPlainString()
          : String.valueOf(f);
    }
    if (value instanceof Double) {
      double d = (Double) value;
      return Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : String.valueOf(d);
    }
    return String.valueOf(value);
  }
}
