package dev.alignkit.json;

import static java.util.Objects.requireNonNull;

import dev.alignkit.org.OrganizationSnapshot;
import java.util.List;

/**
 * A JSON Lines file read into one snapshot, with the errors of the lines that were set aside.
 * Immutable and thread-safe.
 *
 * <p><b>Get</b> one from {@code JsonLinesReader.readSnapshot} of either binding; {@link #of} is for another reader that collects the same:
 * <pre>{@code
 * JsonLinesResult result = JsonLinesReader.readSnapshot(Path.of("organization.jsonl"),
 *     JsonLimits.defaults(), ErrorMode.COLLECT_AND_CONTINUE);
 * if (!result.isComplete()) {
 *   result.errors().forEach(error -> System.err.println(error.getMessage()));
 * }
 * OrganizationSnapshot snapshot = result.snapshot();
 * }</pre>
 *
 * <p><b>Invariants.</b> A null snapshot, error list or error fails with a
 * {@link NullPointerException}; the line count is kept as given.
 *
 * <p><b>Equality:</b> a result is not a value: it is equal only to itself. Compare its snapshot.
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
   * @throws NullPointerException if {@code snapshot}, {@code errors} or an error is null
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
