package dev.alignkit.okr;

import dev.alignkit.common.HasAttributes;
import dev.alignkit.internal.Checks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A measurable result of an objective, such as "Raise weekly active teams from 120 to 200".
 * Immutable and thread-safe.
 *
 * <p><b>Create</b> one with the factory named for its kind ({@link #increase increase},
 * {@link #decrease decrease}, {@link #stayAtLeast stayAtLeast}, {@link #stayAtMost stayAtMost},
 * {@link #achieve achieve}, {@link #ordinal ordinal}, {@link #rollup rollup}), or with {@link #builder()} for data read
 * from elsewhere:
 * <pre>{@code
 * KeyResult teams = KeyResult.increase("kr-1", "Weekly active teams", 120, 200, "teams")
 *     .withCheckIn(CheckIn.of(LocalDate.of(2026, 7, 15), 140, 0.8));
 * KeyResult signups = KeyResult.builder()
 *     .from(KeyResult.increase("kr-3", "Grow sign-ups", 0, 20, "k")).commit(10).stretch(50).build();
 * KeyResult launch = KeyResult.builder().id("kr-2").title("Launch in Spain")
 *     .kind(KeyResultKind.ACHIEVE).target(1).weight(2)
 *     .addCheckIn(CheckIn.of(LocalDate.of(2026, 8, 1), 0, 0.6))
 *     .build();
 * }</pre>
 *
 * <p><b>Invariants.</b> Building fails with an {@link IllegalArgumentException} naming the field
 * and the value when the id is blank ({@code key result id must not be blank: ' '}), a
 * {@link KeyResultKind#ROLLUP} key result has check-ins, the start,
 * target, commit, stretch, current value or weight is NaN or infinite ({@code key result 'kr-1': weight must be a
 * finite number: NaN}) or an attribute name is blank. Key-result ids are unique across the
 * snapshot: two with one id fail when the snapshot is built
 * ({@link dev.alignkit.common.DuplicateIdException}). What a person can fix is reported by the
 * rules instead: a missing kind, target, start, unit or zone text
 * ({@code okr.key-result.not-measurable}), an owner who is nobody in the snapshot
 * ({@code okr.key-result.unknown-owner}), a percentage outside [0, 100]
 * ({@code okr.key-result.unit-range}), a start equal to the target or on the wrong side of it,
 * or start, commit, target and stretch out of order along the direction
 * ({@code okr.key-result.direction}), a weight not above 0 ({@code okr.weight}), a title that names
 * an activity ({@code okr.key-result.activity}), late or missing check-ins
 * ({@code okr.check-in.date}, {@code okr.check-in.stale}).
 *
 * <p><b>Equality:</b> two key results are equal when all their fields are equal: check-ins in
 * order, zone texts and attributes included.
 */
@Value.Immutable
public abstract class KeyResult implements HasAttributes {
  KeyResult() {}

  /** The key result's id; unique among the key results of a snapshot. */
  public abstract String id();

  /** What is measured, such as "Raise weekly active teams from 120 to 200". */
  public abstract String title();

  /** More about the key result, in plain text: how it is measured, where the data comes from. */
  public abstract Optional<String> description();

  /**
   * The id of the person accountable for this key result, when it is not the objective's owner.
   * Empty means the objective's owner when that is a person
   * ({@link Objective#ownerIdOf(KeyResult)} resolves it). The owner may see the key result and its
   * objective whatever their visibility; the right is theirs alone. One that names no person is
   * reported by {@code okr.key-result.unknown-owner}.
   */
  public abstract Optional<String> ownerId();

  /** How it is measured; empty when the source data does not say. */
  public abstract Optional<KeyResultKind> kind();

  /** The value at the start of the cycle (INCREASE, DECREASE). */
  public abstract OptionalDouble start();

  /**
   * The value to reach (INCREASE, DECREASE), the threshold (STAY_AT_LEAST, STAY_AT_MOST),
   * 1 for ACHIEVE, or the TARGET zone index 2 for ORDINAL.
   */
  public abstract OptionalDouble target();

  /**
   * The value that scores the policy's COMMIT zone score (default 0.3) on an INCREASE or DECREASE
   * key result, if set: between the start and the target. A key result with a commit or a
   * {@link #stretch()} is <i>zoned</i>: its progress runs piecewise linear through (start, 0),
   * (commit, COMMIT), (target, TARGET) and (stretch, STRETCH), and it reports its zone
   * ({@code docs/concepts.md}, "Three-level targets"). Values out of order along the direction are
   * reported by {@code okr.key-result.direction}.
   */
  public abstract OptionalDouble commit();

  /**
   * The value that scores the policy's STRETCH zone score (default 1.0) on an INCREASE or DECREASE
   * key result, if set: beyond the target. With a stretch, reaching the target scores the TARGET
   * zone score (default 0.7); without one, it scores 1 as for any key result.
   */
  public abstract OptionalDouble stretch();

  /** The unit of the values, such as "teams" or "%". */
  public abstract Optional<String> unit();

  /** The value known without a check-in, used when no check-in is dated on or before the as-of date. */
  public abstract OptionalDouble current();

  /** The weight of this key result in its objective's progress; 1 unless set. */
  @Value.Default
  public double weight() {
    return 1.0;
  }

  /** The check-ins, in the order given; on a shared date the later one wins. */
  public abstract List<CheckIn> checkIns();

  /** The status; {@link OkrStatus#ACTIVE} unless set. */
  @Value.Default
  public OkrStatus status() {
    return OkrStatus.ACTIVE;
  }

  /** The texts of the COMMIT, TARGET and STRETCH zones of an ORDINAL key result. */
  public abstract Map<OrdinalZone, String> zoneTexts();

  /**
   * A number that should rise from {@code start} to {@code target}.
   *
   * @param id the key result's id; not null or blank
   * @param title what is measured; not null
   * @param start the value at the start of the cycle; finite
   * @param target the value to reach; finite, and above {@code start}, else
   *     {@code okr.key-result.direction} reports it
   * @param unit the unit, such as {@code "teams"}; not null
   * @throws IllegalArgumentException if {@code id} is blank, or {@code start} or {@code target} is NaN
   *     or infinite
   * @throws NullPointerException if an argument is null
   */
  public static KeyResult increase(String id, String title, double start, double target, String unit) {
    return builder().id(id).title(title).kind(KeyResultKind.INCREASE)
        .start(start).target(target).unit(unit).build();
  }

  /**
   * A number that should fall from {@code start} to {@code target}.
   *
   * @param id the key result's id; not null or blank
   * @param title what is measured; not null
   * @param start the value at the start of the cycle; finite
   * @param target the value to reach; finite, and below {@code start}, else
   *     {@code okr.key-result.direction} reports it
   * @param unit the unit, such as {@code "hours"}; not null
   * @throws IllegalArgumentException if {@code id} is blank, or {@code start} or {@code target} is NaN
   *     or infinite
   * @throws NullPointerException if an argument is null
   */
  public static KeyResult decrease(String id, String title, double start, double target, String unit) {
    return builder().id(id).title(title).kind(KeyResultKind.DECREASE)
        .start(start).target(target).unit(unit).build();
  }

  /**
   * A number that should stay at or above {@code threshold}.
   *
   * @param id the key result's id; not null or blank
   * @param title what is measured; not null
   * @param threshold the lowest value that holds; finite
   * @param unit the unit; not null
   * @throws IllegalArgumentException if {@code id} is blank or {@code threshold} is NaN or infinite
   * @throws NullPointerException if an argument is null
   */
  public static KeyResult stayAtLeast(String id, String title, double threshold, String unit) {
    return builder().id(id).title(title).kind(KeyResultKind.STAY_AT_LEAST).target(threshold).unit(unit).build();
  }

  /**
   * A number that should stay at or below {@code threshold}.
   *
   * @param id the key result's id; not null or blank
   * @param title what is measured; not null
   * @param threshold the highest value that holds; finite
   * @param unit the unit; not null
   * @throws IllegalArgumentException if {@code id} is blank or {@code threshold} is NaN or infinite
   * @throws NullPointerException if an argument is null
   */
  public static KeyResult stayAtMost(String id, String title, double threshold, String unit) {
    return builder().id(id).title(title).kind(KeyResultKind.STAY_AT_MOST).target(threshold).unit(unit).build();
  }

  /**
   * A milestone, done when a check-in reports a value of at least 1.
   *
   * @param id the key result's id; not null or blank
   * @param title what is measured; not null
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws NullPointerException if an argument is null
   */
  public static KeyResult achieve(String id, String title) {
    return builder().id(id).title(title).kind(KeyResultKind.ACHIEVE).target(1.0).build();
  }

  /**
   * A key result measured by zone, each zone described by a text; its target is the TARGET zone.
   *
   * @param id the key result's id; not null or blank
   * @param title what is measured; not null
   * @param commit what the COMMIT zone means; not null
   * @param target what the TARGET zone means; not null
   * @param stretch what the STRETCH zone means; not null
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws NullPointerException if an argument is null
   */
  public static KeyResult ordinal(String id, String title, String commit, String target, String stretch) {
    return builder().id(id).title(title).kind(KeyResultKind.ORDINAL).target(OrdinalZone.TARGET.index())
        .putZoneText(OrdinalZone.COMMIT, commit)
        .putZoneText(OrdinalZone.TARGET, target)
        .putZoneText(OrdinalZone.STRETCH, stretch)
        .build();
  }

  /**
   * A key result measured by the objectives that contribute to it
   * ({@link Alignment#contributesToKeyResult}): its progress is the weighted mean of theirs.
   *
   * @param id the key result's id; not null or blank
   * @param title what is measured; not null
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws NullPointerException if an argument is null
   */
  public static KeyResult rollup(String id, String title) {
    return builder().id(id).title(title).kind(KeyResultKind.ROLLUP).build();
  }

  /** Whether this key result is measured by its contributors ({@link KeyResultKind#ROLLUP}). */
  public final boolean isRollup() {
    return kind().orElse(null) == KeyResultKind.ROLLUP;
  }

  /**
   * Whether this key result is <i>zoned</i>: ORDINAL, or with a {@link #commit()} or a
   * {@link #stretch()} set. A zoned key result reports its zone (FAIL, COMMIT, TARGET, STRETCH)
   * and is expected to reach the policy's TARGET zone score by the end of its cycle, whatever its
   * objective's type ({@code docs/concepts.md}, "Three-level targets"). Commit and stretch apply
   * to INCREASE and DECREASE only; on another kind they are reported by
   * {@code okr.key-result.direction}.
   */
  public final boolean isZoned() {
    return kind().orElse(null) == KeyResultKind.ORDINAL || commit().isPresent() || stretch().isPresent();
  }

  /** Returns a builder; {@code id} and {@code title} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a copy with {@code checkIn} appended to the check-ins.
   *
   * @throws IllegalArgumentException on a {@link KeyResultKind#ROLLUP} key result, which has no check-ins
   */
  public final KeyResult withCheckIn(CheckIn checkIn) {
    return builder().from(this).addCheckIn(checkIn).build();
  }

  @Value.Check
  final void check() {
    // Messages are formatted only on failure: a large import checks millions of key results.
    String id = Checks.requireId(id(), "key result id");
    finite(start(), "key result '%s': start", id);
    finite(target(), "key result '%s': target", id);
    finite(commit(), "key result '%s': commit", id);
    finite(stretch(), "key result '%s': stretch", id);
    finite(current(), "key result '%s': current", id);
    Checks.requireFinite(weight(), "key result '%s': weight", id);
    if (isRollup() && !checkIns().isEmpty()) {
      throw new IllegalArgumentException("key result '" + id + "': checkIns must be empty on a ROLLUP key result,"
          + " which its contributors measure: " + checkIns().size() + " given");
    }
    if (ownerId().isPresent()) {
      Checks.requireId(ownerId().get(), "key result '%s': ownerId", id);
    }
    Checks.requireAttributeNames(attributes(), "key result '%s'", id);
  }

  private static void finite(OptionalDouble value, String template, String id) {
    if (value.isPresent()) {
      Checks.requireFinite(value.getAsDouble(), template, id);
    }
  }

  /** Builds a {@link KeyResult}. */
  public static final class Builder extends ImmutableKeyResult.Builder {
    Builder() {}
  }
}
