package dev.alignkit.jackson;

import static java.util.Objects.requireNonNull;

import dev.alignkit.org.OrganizationSnapshot;
import java.util.List;

/**
 * A JSON Lines file read into one snapshot, with the errors of the lines that were set aside:
 * {@code JsonLinesReader.readSnapshot(path, JsonLimits.defaults(), ErrorMode.COLLECT_AND_CONTINUE)}.
 * Immutable and thread-safe.
 */
public final class JsonLinesResult {
  private final OrganizationSnapshot snapshot;
  private final List<AlignkitJsonException> errors;
  private final long lines;

  private JsonLinesResult(OrganizationSnapshot snapshot, List<AlignkitJsonException> errors, long lines) {
    this.snapshot = requireNonNull(snapshot, "snapshot");
    this.errors = List.copyOf(errors);
    this.lines = lines;
  }

  /**
   * Creates a result.
   *
   * @param snapshot the organization of every line read; not null
   * @param errors the errors of the lines set aside, in line order; not null
   * @param lines how many lines the file has, blank ones included
   */
  public static JsonLinesResult of(OrganizationSnapshot snapshot, List<AlignkitJsonException> errors, long lines) {
    return new JsonLinesResult(snapshot, errors, lines);
  }

  /** The organization of every line that was read; a line set aside contributes nothing. */
  public OrganizationSnapshot snapshot() {
    return snapshot;
  }

  /** The error of each line set aside, in line order; always empty when stopping at the first error. */
  public List<AlignkitJsonException> errors() {
    return errors;
  }

  /** Whether every line was read. */
  public boolean isComplete() {
    return errors.isEmpty();
  }

  /** How many lines the file has, blank ones included. */
  public long lines() {
    return lines;
  }

  @Override
  public String toString() {
    return "JsonLinesResult{lines=" + lines + ", people=" + snapshot.people().size() + ", errors=" + errors.size() + "}";
  }
}
