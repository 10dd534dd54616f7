package dev.alignkit.development;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.common.Visibility;
import dev.alignkit.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A GROW coaching session: the Goal, the Reality (where the person is, what they have done, how far
 * there is to go), the Options weighed and the Way forward ({@code docs/concepts.md}, "Career
 * visions and GROW sessions"). Personal data, PRIVATE by default. Immutable and thread-safe.
 *
 * <p><b>Create</b> one with {@link #builder()}:
 * <pre>{@code
 * GrowSession session = GrowSession.builder().id("grow-1").personId("maya").coachId("mo")
 *     .goal("Lead a product team").whereNow("Support specialist, knows the product well")
 *     .addOption(GrowOption.of("Pair with the product manager"))
 *     .addStep(WayForwardStep.of("Ask to join the roadmap review", Horizon.THIS_WEEK))
 *     .build();
 * }</pre>
 *
 * <p><b>Invariants.</b> Building fails with an {@link IllegalArgumentException} naming the field
 * and the value when the id or the person id is blank ({@code GROW session 'grow-1': personId must
 * not be blank: ' '}) or an attribute name is blank. Two sessions with one id fail when the snapshot
 * is built ({@link dev.alignkit.common.DuplicateIdException}). The rules report the rest: a missing
 * part ({@code dev.grow.incomplete}), a step no goal or measure tracks
 * ({@code dev.grow.steps-untracked}), a session made PUBLIC ({@code privacy.visibility.widened}).
 *
 * <p><b>Equality:</b> two sessions are equal when all their fields are equal: options and steps in
 * order, attributes included.
 */
@Value.Immutable
public abstract class GrowSession implements HasAttributes {
  GrowSession() {}

  /** The session's id. */
  public abstract String id();

  /** The person coached. */
  public abstract String personId();

  /** The coach's person id. */
  public abstract Optional<String> coachId();

  /** The day of the session. */
  public abstract Optional<LocalDate> date();

  /** G: what the person wants. */
  public abstract Optional<String> goal();

  /** R: where the person is now. */
  public abstract Optional<String> whereNow();

  /** R: what the person has done so far. */
  public abstract Optional<String> doneSoFar();

  /** R: how far there is to go. */
  public abstract Optional<String> distance();

  /** O: the options weighed. */
  public abstract List<GrowOption> options();

  /** W: the way forward. */
  public abstract List<WayForwardStep> steps();

  /** The session's own visibility; empty means the policy's default (PRIVATE). */
  public abstract Optional<Visibility> visibility();

  /** Whether any part of the Reality is written down. */
  public final boolean hasReality() {
    return whereNow().isPresent() || doneSoFar().isPresent() || distance().isPresent();
  }

  /** Returns a builder; id and person id are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.requireId(id(), "GROW session id");
    Checks.requireId(personId(), "GROW session '%s': personId", id());
    Checks.requireAttributeNames(attributes(), "GROW session '%s'", id());
  }

  /** Builds a {@link GrowSession}. */
  public static final class Builder extends ImmutableGrowSession.Builder {
    Builder() {}
  }
}
