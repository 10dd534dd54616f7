package dev.alignkit.rules;

import static java.util.Objects.requireNonNull;

/**
 * A structured path to the field a finding is about, such as
 * {@code objectives[o-42].keyResults[kr-3].target}. Collections are indexed by item id, not by
 * position, so a path stays true when items are reordered. Immutable and thread-safe.
 */
public final class Path implements Comparable<Path> {
  private final String text;

  private Path(String text) {
    this.text = text;
  }

  /** The top-level path of a field of the snapshot, such as {@code organization}. */
  public static Path root(String field) {
    return new Path(requireNonNull(field, "field"));
  }

  /** The path of an item of a top-level collection: {@code collection[id]}. */
  public static Path item(String collection, String id) {
    return new Path(requireNonNull(collection, "collection") + "[" + requireNonNull(id, "id") + "]");
  }

  /** {@code objectives[id]}. */
  public static Path objective(String objectiveId) {
    return item("objectives", objectiveId);
  }

  /** {@code objectives[objectiveId].keyResults[keyResultId]}. */
  public static Path keyResult(String objectiveId, String keyResultId) {
    return objective(objectiveId).then("keyResults", keyResultId);
  }

  /** {@code people[id]}. */
  public static Path person(String personId) {
    return item("people", personId);
  }

  /** This path followed by a field: {@code this.field}. */
  public Path field(String field) {
    return new Path(text + "." + requireNonNull(field, "field"));
  }

  /** This path followed by an item of a nested collection: {@code this.collection[id]}. */
  public Path then(String collection, String id) {
    return new Path(text + "." + requireNonNull(collection, "collection") + "[" + requireNonNull(id, "id") + "]");
  }

  @Override
  public int compareTo(Path other) {
    return text.compareTo(other.text);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Path && ((Path) other).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The path as text, such as {@code objectives[o-42].keyResults[kr-3].target}. */
  @Override
  public String toString() {
    return text;
  }
}
