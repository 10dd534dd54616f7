package dev.alignkit.okr;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.common.Visibility;
import dev.alignkit.internal.Checks;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A qualitative outcome of one owner in one cycle, measured by its key results and, through
 * {@link AlignmentKind#CONTRIBUTES} links, by its children. It may align to several parents
 * ({@link #alignments()}), objectives or key results. Immutable and thread-safe.
 *
 * <p><b>Create</b> one with {@link #builder()}:
 * <pre>{@code
 * Objective objective = Objective.builder()
 *     .id("o-1").title("Delight new customers")
 *     .owner(Owner.team("support")).cycleId("2026-Q3")
 *     .addAlignment(Alignment.contributes("o-company", 1))
 *     .addKeyResult(KeyResult.decrease("kr-1", "Cut first-reply time", 12, 4, "hours"))
 *     .build();
 * }</pre>
 * and, once its cycle is over, record how it went:
 * <pre>{@code
 * Objective closed = Objective.builder().from(objective).status(OkrStatus.CLOSED)
 *     .outcome(ObjectiveOutcome.PARTIAL).retrospective("Replies got faster; weekends did not.")
 *     .build();
 * }</pre>
 *
 * <p><b>Invariants.</b> Building fails with an {@link IllegalArgumentException} naming the field
 * and the value when the id, or a cycle id that is set, is blank ({@code objective 'o-1': cycleId
 * must not be blank: ' '}) or an attribute name is blank. Two objectives with one id fail when the snapshot is
 * built ({@link dev.alignkit.common.DuplicateIdException}). A cycle id that names no cycle is
 * representable; rules that need the cycle skip the objective. The texts (title, description,
 * retrospective) are plain text kept as given, a blank one included: an export's empty field is no
 * broken value. An {@link #outcome()} is representable whatever the status and the cycle: it is a
 * person's judgement, and nothing checks it against the objective's progress. The rules report the
 * rest: no cycle on an objective that is not a draft ({@code okr.objective.no-cycle}), no key result
 * ({@code okr.objective.no-key-results}), too many objectives per owner and cycle
 * ({@code okr.objective.count}) or key results ({@code okr.key-result.count}), and the alignment
 * rules ({@code okr.alignment.*}).
 *
 * <p><b>Equality:</b> two objectives are equal when all their fields are equal: key results and
 * initiatives in order, outcome, retrospective and attributes included.
 */
@Value.Immutable
public abstract class Objective implements HasAttributes {
  Objective() {}

  /** The objective's id; unique among the objectives of a snapshot. */
  public abstract String id();

  /** The outcome, in words. */
  public abstract String title();

  /** More about the objective, in plain text: the why, the context, the scope. */
  public abstract Optional<String> description();

  /** Whom the objective belongs to. */
  public abstract Owner owner();

  /**
   * The id of the cycle the objective belongs to; empty for an objective in the backlog, which
   * only a {@link OkrStatus#DRAFT} objective may be ({@code okr.objective.no-cycle} reports any
   * other). One that names no cycle of the snapshot is representable, and no built-in rule reports
   * it. The rules that need the cycle ({@code okr.objective.count}, {@code okr.check-in.date},
   * {@code okr.check-in.stale}, {@code okr.alignment.time-frame}) skip an objective without one or
   * whose cycle does not resolve, and its roll-up has no expected progress and no grade.
   */
  public abstract Optional<String> cycleId();

  /**
   * Whether the objective waits in the backlog: a {@link OkrStatus#DRAFT} without a cycle. A
   * backlog objective is part of no cycle's roll-up and no owner-and-cycle limit; an objective
   * without a cycle that is not a draft is no backlog, and {@code okr.objective.no-cycle} reports it.
   */
  public final boolean isInBacklog() {
    return cycleId().isEmpty() && status() == OkrStatus.DRAFT;
  }

  /**
   * The person accountable for {@code keyResult}: its own {@link KeyResult#ownerId()}, else this
   * objective's owner when that is a person; empty for a key result of a team or organization
   * objective without an owner of its own.
   */
  public final Optional<String> ownerIdOf(KeyResult keyResult) {
    if (keyResult.ownerId().isPresent()) {
      return keyResult.ownerId();
    }
    return owner().kind() == OwnerKind.PERSON ? owner().id() : Optional.empty();
  }

  /** Committed or aspirational; {@link ObjectiveType#COMMITTED} unless set. */
  @Value.Default
  public ObjectiveType type() {
    return ObjectiveType.COMMITTED;
  }

  /** The status; {@link OkrStatus#ACTIVE} unless set. */
  @Value.Default
  public OkrStatus status() {
    return OkrStatus.ACTIVE;
  }

  /**
   * How the objective's owners judge it once its cycle is over; empty until someone records it. It
   * is a person's judgement, recorded and never computed: it may differ from the grade that
   * progress gives, and changes neither the grade nor progress ({@code docs/concepts.md}, "Real OKR
   * data").
   */
  public abstract Optional<ObjectiveOutcome> outcome();

  /**
   * What the owners learned from the objective, in plain text, as written when its cycle ended:
   * what worked, what did not, what to do differently. Like {@link #description()}, any text is
   * kept as given, a blank one included. It is a text of the objective: a viewer who may not see the
   * objective is never shown it ({@code docs/concepts.md}, "Privacy").
   */
  public abstract Optional<String> retrospective();

  /** Tags such as {@code cross-functional} or {@code executive-sponsored}, in the order given. */
  public abstract Set<String> tags();

  /** Ids of the skills the objective exercises, in the order given. */
  public abstract Set<String> skills();

  /**
   * The links to parents (objectives or key results), in the order given; empty for a top-level
   * objective. A second link to the same parent (same id and parent kind) counts once and is
   * reported by {@code okr.alignment.duplicate}.
   */
  public abstract List<Alignment> alignments();

  /** The key results, in the order given. */
  public abstract List<KeyResult> keyResults();

  /** The initiatives, in the order given. */
  public abstract List<Initiative> initiatives();

  /** The objective's own visibility; empty means the policy's default for objectives. */
  public abstract Optional<Visibility> visibility();

  /**
   * Returns a builder; {@code id}, {@code title} and {@code owner} are required, and
   * {@code cycleId} is for every objective but a backlog draft.
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.requireId(id(), "objective id");
    if (cycleId().isPresent()) {
      Checks.requireId(cycleId().get(), "objective '%s': cycleId", id());
    }
    Checks.requireAttributeNames(attributes(), "objective '%s'", id());
  }

  /** Builds an {@link Objective}. */
  public static final class Builder extends ImmutableObjective.Builder {
    Builder() {}
  }
}
