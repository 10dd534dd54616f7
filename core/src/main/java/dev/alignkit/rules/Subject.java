package dev.alignkit.rules;

import static java.util.Objects.requireNonNull;

import dev.alignkit.career.Assessment;
import dev.alignkit.common.Visibility;
import dev.alignkit.development.CareerVision;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GrowSession;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.okr.OwnerKind;
import dev.alignkit.org.Person;
import dev.alignkit.policy.Policy;
import dev.alignkit.policy.VisibleKind;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a finding is about: the id of the item waivers match, the person the item belongs to (if
 * any), and who may see it. Immutable and thread-safe.
 *
 * <p><b>Create</b> one with the factory of the item kind, which takes the person and the
 * visibility from the item ({@link #objective}, {@link #goal} ...), or for any other item with
 * {@link #of(String)}, adjusted with {@link #ownedBy(String)} and {@link #visibleAs(Visibility)}:
 * <pre>{@code
 * findings.at(ItemPath.goal(plan.id(), goal.id()).field("measures"), Subject.goal(plan, goal))
 *     .argument("goal", goal.statement())
 *     .report();
 * Subject budget = Subject.of("budget-2026").ownedBy("maya").visibleAs(Visibility.TEAM);
 * }</pre>
 * An item's own visibility, or when it has none the policy's default for its kind, is resolved
 * when the finding is reported ({@link #visibility(Policy)}).
 *
 * <p><b>Invariants.</b> A null id, person id or visibility fails with a
 * {@link NullPointerException} naming it; nothing else is checked. The id need not name an item of
 * the snapshot: it is what waivers match.
 *
 * <p><b>Equality:</b> two subjects are equal when id, person and visibility (or kind and own
 * visibility, when the policy's default decides) are equal.
 */
public final class Subject {
  private final String id;
  private final @Nullable String personId;
  /** The kind whose policy default applies when {@link #own} is empty; null for a fixed visibility. */
  private final @Nullable VisibleKind kind;
  private final Optional<Visibility> own;

  private Subject(String id, @Nullable String personId, @Nullable VisibleKind kind, Optional<Visibility> own) {
    this.id = requireNonNull(id, "id");
    this.personId = personId;
    this.kind = kind;
    this.own = own;
  }

  /**
   * An item that belongs to no person and that everyone may see, such as a ladder.
   *
   * @param id the id waivers match; not null
   */
  public static Subject of(String id) {
    return new Subject(id, null, null, Optional.of(Visibility.PUBLIC));
  }

  /** An objective: its id, its owner if a person, its visibility (else the policy's for objectives). */
  public static Subject objective(Objective objective) {
    return new Subject(objective.id(), personOwnerOf(objective), VisibleKind.OBJECTIVE, objective.visibility());
  }

  /**
   * A key result (or one of its check-ins): its id, the person accountable for it
   * ({@link Objective#ownerIdOf(KeyResult)}: its own owner, else the objective's when a person)
   * and the visibility of its objective. The built-in rules attribute findings about a key result
   * whose own owner names no person of the snapshot to the objective's owner instead
   * ({@code okr.key-result.unknown-owner} reports that owner).
   */
  public static Subject keyResult(Objective objective, KeyResult keyResult) {
    return new Subject(keyResult.id(), objective.ownerIdOf(keyResult).orElse(null), VisibleKind.OBJECTIVE,
        objective.visibility());
  }

  /**
   * A key result whose own owner names no person ({@code okr.key-result.unknown-owner}): its id,
   * the objective's owner when a person, who can set the right owner, and the visibility of its
   * objective. Attributed to the unknown owner, the finding would be listed under no one.
   */
  static Subject keyResultOfObjectiveOwner(Objective objective, KeyResult keyResult) {
    return new Subject(keyResult.id(), personOwnerOf(objective), VisibleKind.OBJECTIVE, objective.visibility());
  }

  /**
   * An initiative of {@code objective}: the initiative's id, the objective's owner when a person,
   * and the visibility of the objective, which the initiative shares.
   */
  public static Subject initiative(Objective objective, Initiative initiative) {
    return new Subject(initiative.id(), personOwnerOf(objective), VisibleKind.OBJECTIVE, objective.visibility());
  }

  private static @Nullable String personOwnerOf(Objective objective) {
    return objective.owner().kind() == OwnerKind.PERSON ? objective.owner().id().orElse(null) : null;
  }

  /** A person, with the policy's visibility of organization data. */
  public static Subject person(Person person) {
    return new Subject(person.id(), person.id(), VisibleKind.ORGANIZATION, Optional.empty());
  }

  /** An owner's objectives as a whole: the owner's id ({@code organization} for the organization), PUBLIC. */
  public static Subject owner(Owner owner) {
    Subject subject = of(owner.id().orElse("organization"));
    return owner.kind() == OwnerKind.PERSON ? subject.ownedBy(owner.id().orElseThrow()) : subject;
  }

  /** A development plan: its id, its person, its visibility. */
  public static Subject plan(DevelopmentPlan plan) {
    return new Subject(plan.id(), plan.personId(), VisibleKind.DEVELOPMENT_PLAN, plan.visibility());
  }

  /** A goal of {@code plan}: the goal's id, the plan's person, the goal's visibility. */
  public static Subject goal(DevelopmentPlan plan, DevelopmentGoal goal) {
    return new Subject(goal.id(), plan.personId(), VisibleKind.DEVELOPMENT_GOAL, goal.visibility());
  }

  /** A GROW session: its id, its person, its visibility. */
  public static Subject growSession(GrowSession session) {
    return new Subject(session.id(), session.personId(), VisibleKind.GROW_SESSION, session.visibility());
  }

  /** A career vision: its id, its person, its visibility. */
  public static Subject vision(CareerVision vision) {
    return new Subject(vision.id(), vision.personId(), VisibleKind.CAREER_VISION, vision.visibility());
  }

  /**
   * An assessment in the profile of {@code personId}: the person's id (waivers match the person,
   * whose profile it is), the person, the assessment's visibility.
   */
  public static Subject assessment(String personId, Assessment assessment) {
    return new Subject(personId, personId, VisibleKind.ASSESSMENT, assessment.visibility());
  }

  /**
   * This subject as belonging to {@code personId}; a blank id says that it belongs to no one,
   * so only what everyone may see is shown to people (see {@code dev.alignkit.privacy.Privacy}).
   */
  public Subject ownedBy(String personId) {
    return new Subject(id, requireNonNull(personId, "personId"), kind, own);
  }

  /** This subject with a fixed visibility, whatever the item or the policy say. */
  public Subject visibleAs(Visibility visibility) {
    return new Subject(id, personId, null, Optional.of(requireNonNull(visibility, "visibility")));
  }

  /** The id of the item, which waivers match. */
  public String id() {
    return id;
  }

  /** The person the item belongs to, if any. */
  public Optional<String> personId() {
    return Optional.ofNullable(personId);
  }

  /** Who may see the item under {@code policy}: its own visibility, else the policy's default for its kind. */
  public Visibility visibility(Policy policy) {
    return kind == null ? own.orElseThrow() : policy.visibilityOf(kind, own);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof Subject)) {
      return false;
    }
    Subject that = (Subject) other;
    return id.equals(that.id) && Objects.equals(personId, that.personId) && kind == that.kind
        && own.equals(that.own);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, personId, kind, own);
  }

  /** {@code Subject{id, person, visibility}}, for logs. */
  @Override
  public String toString() {
    return "Subject{" + id + ", person " + (personId == null ? "none" : personId) + ", "
        + (kind == null ? own.orElseThrow() : kind + " " + own.map(Visibility::name).orElse("by default")) + "}";
  }
}
