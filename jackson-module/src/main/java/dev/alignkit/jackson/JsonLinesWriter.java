package dev.alignkit.jackson;

import static java.util.Objects.requireNonNull;

import dev.alignkit.jackson.internal.JacksonLines;
import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.json.JsonLimits;
import dev.alignkit.json.PersonBundle;
import dev.alignkit.json.format.LinesOut;
import dev.alignkit.org.OrganizationSnapshot;
import java.io.Closeable;
import java.io.Flushable;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Writes an organization as JSON Lines, one line at a time, so that a million people never make
 * one tree in memory:
 *
 * <pre>{@code
 * try (JsonLinesWriter writer = JsonLinesWriter.open(path)) {
 *   writer.writeOrganization(organization);        // line 1, then a line per team
 *   for (Employee employee : hris.employees()) {
 *     writer.writePerson(bundleOf(employee));      // a line per person
 *   }
 * }
 * }</pre>
 *
 * <p>The format is in {@code docs/concepts.md}, "JSON" (JSON Lines). Lines are compact UTF-8
 * JSON ended by {@code \n}; writing the same snapshot always gives the same bytes. A line that
 * cannot be written (an attribute that is not one JSON value) fails with an
 * {@link AlignkitJsonException} before any of it is written. Not thread-safe.
 */
public final class JsonLinesWriter implements Closeable, Flushable {
  private static final JacksonLines TOKENS = new JacksonLines(JsonLimits.defaults());

  private final LinesOut lines;

  private JsonLinesWriter(LinesOut lines) {
    this.lines = lines;
  }

  /**
   * Creates or replaces {@code file}; {@link #close()} closes it.
   *
   * @param file not null
   * @throws AlignkitJsonException if the file cannot be opened
   */
  public static JsonLinesWriter open(Path file) {
    return new JsonLinesWriter(LinesOut.open(file, TOKENS));
  }

  /**
   * Writes UTF-8 to {@code out}; {@link #close()} flushes it and leaves it open.
   *
   * @param out not null
   */
  public static JsonLinesWriter of(OutputStream out) {
    return new JsonLinesWriter(LinesOut.of(out, TOKENS));
  }

  /**
   * Writes to {@code out}, which should encode UTF-8 if it becomes bytes; {@link #close()} flushes
   * it and leaves it open.
   *
   * @param out not null
   */
  public static JsonLinesWriter of(Writer out) {
    return new JsonLinesWriter(LinesOut.of(out, TOKENS));
  }

  /**
   * Writes a whole snapshot to {@code file}, replacing it: what {@link #writeSnapshot} writes.
   *
   * @param snapshot not null
   * @param file not null
   * @throws AlignkitJsonException if a line cannot be written or the file cannot be written
   */
  public static void write(OrganizationSnapshot snapshot, Path file) {
    requireNonNull(snapshot, "snapshot");
    try (JsonLinesWriter writer = open(file)) {
      writer.writeSnapshot(snapshot);
    }
  }

  /**
   * Writes the organization line and a line for each team with the objectives it owns. Call it
   * first, once. The organization line takes everything else: the zone, cycles, waivers, the skill
   * catalog, ladders, lateral moves, openings, the attributes of the snapshot, and the objectives,
   * profiles, plans, visions and GROW sessions of owners that get no line of their own. Lines are
   * written in format version 3.
   *
   * @param organization a snapshot without people; not null
   * @throws IllegalArgumentException if {@code organization} has people: they have lines of their own
   * @throws IllegalStateException if the organization was already written
   * @throws AlignkitJsonException if a line cannot be written
   */
  public void writeOrganization(OrganizationSnapshot organization) {
    lines.writeOrganization(organization);
  }

  /**
   * Writes a whole snapshot: the organization line, a line per team and a line per person, each
   * person with what is theirs. Call it instead of {@link #writeOrganization}.
   *
   * @param snapshot not null
   * @throws IllegalStateException if the organization was already written
   * @throws AlignkitJsonException if a line cannot be written
   */
  public void writeSnapshot(OrganizationSnapshot snapshot) {
    lines.writeSnapshot(snapshot);
  }

  /**
   * Writes a person line.
   *
   * @param bundle not null
   * @throws IllegalStateException if the organization was not written first
   * @throws AlignkitJsonException if the line cannot be written
   */
  public void writePerson(PersonBundle bundle) {
    lines.writePerson(bundle);
  }

  /** How many lines were written. */
  public long lines() {
    return lines.lines();
  }

  /**
   * Flushes what was written.
   *
   * @throws AlignkitJsonException if the output fails
   */
  @Override
  public void flush() {
    lines.flush();
  }

  /**
   * Flushes, and closes the file that {@link #open(Path)} opened; a stream or writer given to
   * {@code of} is left open.
   *
   * @throws AlignkitJsonException if the output fails
   */
  @Override
  public void close() {
    lines.close();
  }
}
