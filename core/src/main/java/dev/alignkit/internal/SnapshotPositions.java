package dev.alignkit.internal;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The ids of one snapshot resolved to positions in its lists, once, when the snapshot is built:
 * for code that keeps per-item data in arrays (the roll-up, the validator's rules) and would
 * otherwise look each id up in a hash map every time it meets it. Immutable once built; the arrays
 * it hands out are shared and must not be written. Thread-safe.
 *
 * <p>Positions are those of the snapshot's lists ({@code objectives()}, {@code cycles()},
 * {@code people()}, {@code profiles()}, {@code plans()}); -1 means "none or does not resolve". The links of objective {@code i} are {@code linkTargets()[e]} for
 * {@code e} from {@code linkStarts()[i]} to {@code linkStarts()[i + 1] - 1}, one per alignment in
 * its order: the position of the objective the link reaches (for a link to a key result, that key
 * result's objective: {@code docs/concepts.md}, "Several parents"), or -1 when its parent does not
 * resolve. A parent reached twice appears twice.
 *
 * <p>Code outside the model reaches a snapshot's positions through {@link #of(Object)}, which the
 * snapshot's class wires up when it is loaded: the model cannot depend on the packages that read
 * it, and this type stays out of every public signature.
 */
public final class SnapshotPositions {
  private static volatile @Nullable Function<Object, SnapshotPositions> reader;

  private final int[] cycleOfObjective;
  private final int[] linkStarts;
  private final int[] linkTargets;
  private final int[] profileOfPerson;
  private final int[] personOfPlan;
  private final int[] cycleOfPlan;

  /**
   * Positions over arrays the caller hands over and no longer writes.
   *
   * @param cycleOfObjective per objective, the position of its cycle, or -1
   * @param linkStarts one more than there are objectives: where each one's links start, then the end
   * @param linkTargets per link, the position of the objective it reaches, or -1
   * @param profileOfPerson per person, the position of their skill profile, or -1
   * @param personOfPlan per development plan, the position of its person, or -1
   * @param cycleOfPlan per development plan, the position of its cycle, or -1
   */
  public SnapshotPositions(int[] cycleOfObjective, int[] linkStarts, int[] linkTargets, int[] profileOfPerson,
      int[] personOfPlan, int[] cycleOfPlan) {
    if (linkStarts.length != cycleOfObjective.length + 1
        || linkStarts[cycleOfObjective.length] != linkTargets.length) {
      throw new IllegalArgumentException("linkStarts must have one entry per objective and end at "
          + linkTargets.length + ": " + linkStarts.length + " entries for " + cycleOfObjective.length
          + " objectives");
    }
    this.cycleOfObjective = cycleOfObjective;
    this.linkStarts = linkStarts;
    this.linkTargets = linkTargets;
    this.profileOfPerson = profileOfPerson;
    this.personOfPlan = personOfPlan;
    this.cycleOfPlan = cycleOfPlan;
  }

  /**
   * The positions of {@code snapshot}, an {@code OrganizationSnapshot}: taken from its index, never
   * computed here.
   *
   * @throws ClassCastException if {@code snapshot} is not an {@code OrganizationSnapshot}
   */
  public static SnapshotPositions of(Object snapshot) {
    Function<Object, SnapshotPositions> read = reader;
    // A snapshot exists only once its class is initialized, and initializing it installs the reader.
    if (read == null) {
      throw new IllegalStateException("no snapshot class has been initialized");
    }
    return read.apply(requireNonNull(snapshot, "snapshot"));
  }

  /**
   * Installs how {@link #of(Object)} reads a snapshot's positions; called once, by the snapshot's
   * class when it is initialized.
   *
   * @throws IllegalStateException if a reader is installed already
   */
  public static synchronized void install(Function<Object, SnapshotPositions> read) {
    if (reader != null) {
      throw new IllegalStateException("the snapshot positions reader is installed already");
    }
    reader = requireNonNull(read, "read");
  }

  /** How many objectives the snapshot holds. */
  public int objectiveCount() {
    return cycleOfObjective.length;
  }

  /** The position of the cycle of the objective at {@code objective}, or -1 (a backlog objective, or a cycle id that does not resolve). */
  public int cycleOf(int objective) {
    return cycleOfObjective[objective];
  }

  /** How many links the objective at {@code objective} has (all its alignments, resolving or not). */
  public int linkCount(int objective) {
    return linkStarts[objective + 1] - linkStarts[objective];
  }

  /** The position the {@code link}-th alignment of the objective at {@code objective} reaches, or -1. */
  public int linkTarget(int objective, int link) {
    return linkTargets[linkStarts[objective] + link];
  }

  /** The position of the skill profile of the person at {@code person}, or -1 when they have none. */
  public int profileOf(int person) {
    return profileOfPerson[person];
  }

  /** The position of the person of the development plan at {@code plan}, or -1 when the person id does not resolve. */
  public int personOfPlan(int plan) {
    return personOfPlan[plan];
  }

  /** The position of the cycle of the development plan at {@code plan}, or -1 when the cycle id does not resolve. */
  public int cycleOfPlan(int plan) {
    return cycleOfPlan[plan];
  }

  /** Where each objective's links start in {@link #linkTargets()}, then their end: shared, not to be written. */
  public int[] linkStarts() {
    return linkStarts;
  }

  /** The position each link reaches, or -1, objective after objective: shared, not to be written. */
  public int[] linkTargets() {
    return linkTargets;
  }
}
