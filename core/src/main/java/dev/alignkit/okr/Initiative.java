package dev.alignkit.okr;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.internal.Checks;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Work planned to move an objective's key results, such as "attend weekly product feedback
 * sessions". An initiative never counts in progress. Immutable and thread-safe.
 *
 * <p><b>Create</b> one with {@link #of(String, String)}, or with {@link #builder()} for tags,
 * skills or a woven goal, and add it with {@code Objective.Builder.addInitiative}:
 * <pre>{@code
 * Initiative feedback = Initiative.builder().id("i-1").title("Run the partner feedback sessions")
 *     .addTag("cross-functional").addSkill("stakeholder-influence").build();
 * }</pre>
 *
 * <p><b>Invariants.</b> Building fails with an {@link IllegalArgumentException} naming the field
 * and the value when the id is blank ({@code initiative id must not be blank: ' '}) or an attribute
 * name is blank. Initiative ids are unique across the snapshot: two initiatives with one id, even
 * in different objectives, fail when the snapshot is built
 * ({@link dev.alignkit.common.DuplicateIdException}). A woven goal id that names no goal is
 * representable.
 *
 * <p><b>Equality:</b> two initiatives are equal when id, title, status, tags, skills, woven goal
 * and attributes are equal.
 */
@Value.Immutable
public abstract class Initiative implements HasAttributes {
  Initiative() {}

  /** The initiative's id; unique among the initiatives of a snapshot. */
  public abstract String id();

  /** What will be done. */
  public abstract String title();

  /** More about the work, in plain text. */
  public abstract Optional<String> description();

  /**
   * The id of the key result of the same objective that this work moves, if any; one that names no
   * key result of the objective is reported by {@code okr.initiative.unknown-key-result}.
   */
  public abstract Optional<String> keyResultId();

  /** Whether the work is done; false unless set. */
  @Value.Default
  public boolean done() {
    return false;
  }

  /** The status; {@link OkrStatus#ACTIVE} unless set. */
  @Value.Default
  public OkrStatus status() {
    return OkrStatus.ACTIVE;
  }

  /** Tags such as {@code cross-functional}, in the order given. */
  public abstract Set<String> tags();

  /** Ids of the skills the work exercises, in the order given. */
  public abstract Set<String> skills();

  /** The id of a development goal woven into this work, if any. */
  public abstract Optional<String> wovenGoalId();

  /**
   * An active initiative with a title only.
   *
   * @param id the initiative's id; not null or blank
   * @param title what will be done; not null
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws NullPointerException if an argument is null
   */
  public static Initiative of(String id, String title) {
    return builder().id(id).title(title).build();
  }

  /** Returns a builder; {@code id} and {@code title} are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.requireId(id(), "initiative id");
    if (keyResultId().isPresent()) {
      Checks.requireId(keyResultId().get(), "initiative '%s': keyResultId", id());
    }
    Checks.requireAttributeNames(attributes(), "initiative '%s'", id());
  }

  /** Builds an {@link Initiative}. */
  public static final class Builder extends ImmutableInitiative.Builder {
    Builder() {}
  }
}
