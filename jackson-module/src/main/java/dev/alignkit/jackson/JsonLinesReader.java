package dev.alignkit.jackson;

import dev.alignkit.jackson.internal.JacksonLines;
import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.json.ErrorMode;
import dev.alignkit.json.JsonLimits;
import dev.alignkit.json.JsonLinesResult;
import dev.alignkit.json.PersonBundle;
import dev.alignkit.json.format.LinesIn;
import dev.alignkit.org.OrganizationSnapshot;
import java.io.Closeable;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads a JSON Lines export one line at a time, so that a million people never make one tree in
 * memory:
 *
 * <pre>{@code
 * try (JsonLinesReader reader = JsonLinesReader.open(path, JsonLimits.defaults(), ErrorMode.COLLECT_AND_CONTINUE)) {
 *   OrganizationSnapshot organization = reader.organization();   // line 1 and the team lines
 *   reader.forEachPerson(bundle -> review(organization, bundle));  // one person line at a time
 *   reader.errors().forEach(e -> log(e.getMessage()));             // "... (line 3, column 12)"
 * }
 * }</pre>
 *
 * <p>The format is in {@code docs/concepts.md}, "JSON" (JSON Lines): the organization line, then
 * a line per team, then a line per person. Opening the reader reads the organization line and the
 * team lines, which make {@link #organization()}; the person lines are read as they are asked for.
 * Each line is checked on its own: its JSON, its limits, that what it holds belongs to its team or
 * person, and that it would make a valid snapshot with the organization's skill catalog. Ids are
 * checked across the organization and team lines; across person lines only
 * {@link #readSnapshot(Path, JsonLimits, ErrorMode)} checks them, since that needs every id in memory.
 * The organization line's {@code formatVersion} (1, 2 or 3) and {@code zone} hold for every line: a
 * check-in given only {@code at} on a person line is dated in that zone.
 *
 * <p>An error is an {@link AlignkitJsonException} whose {@link AlignkitJsonException#line() line}
 * is the line's number in the file and whose pointer is within that line. The {@link ErrorMode}
 * says whether the first one is thrown or each bad line is skipped and its error kept. Not
 * thread-safe; people can be read once.
 */
public final class JsonLinesReader implements Closeable {
  private final LinesIn lines;

  private JsonLinesReader(LinesIn lines) {
    this.lines = lines;
  }

  /**
   * Opens {@code file} within the default limits, stopping at the first error.
   *
   * @param file a UTF-8 JSON Lines file; not null
   * @throws AlignkitJsonException if the file cannot be read or its organization or team lines are bad
   */
  public static JsonLinesReader open(Path file) {
    return open(file, JsonLimits.defaults(), ErrorMode.STOP_AT_FIRST);
  }

  /**
   * Opens {@code file} and reads its organization and team lines; {@link #close()} closes the file.
   *
   * @param file a UTF-8 JSON Lines file; not null
   * @param limits the limits of each line; not null
   * @param mode what to do with a bad line; not null
   * @throws AlignkitJsonException if the file cannot be read, its organization line is bad, or, when
   *     stopping at the first error, a team line is bad
   */
  public static JsonLinesReader open(Path file, JsonLimits limits, ErrorMode mode) {
    return new JsonLinesReader(LinesIn.open(file, limits, mode, JacksonLines::new, false));
  }

  /**
   * Reads from {@code in}, which {@link #close()} leaves open, and reads its organization and team lines.
   *
   * @param in the file's UTF-8 bytes; not null
   * @param limits the limits of each line; not null
   * @param mode what to do with a bad line; not null
   * @throws AlignkitJsonException if the stream fails, its organization line is bad, or, when
   *     stopping at the first error, a team line is bad
   */
  public static JsonLinesReader of(InputStream in, JsonLimits limits, ErrorMode mode) {
    return new JsonLinesReader(LinesIn.of(in, limits, mode, JacksonLines::new, false));
  }

  /**
   * Reads a whole JSON Lines file into one snapshot, for when it fits in memory (a review, a
   * test). Ids are checked across all lines; in {@link ErrorMode#COLLECT_AND_CONTINUE} a line that
   * repeats an id of an earlier line is skipped like any bad line.
   *
   * @param file a UTF-8 JSON Lines file; not null
   * @param limits the limits of each line; not null
   * @param mode what to do with a bad line; not null
   * @throws AlignkitJsonException if the file cannot be read, its organization line is bad, or, when
   *     stopping at the first error, any line is bad
   */
  public static JsonLinesResult readSnapshot(Path file, JsonLimits limits, ErrorMode mode) {
    try (JsonLinesReader reader = new JsonLinesReader(LinesIn.open(file, limits, mode, JacksonLines::new, true))) {
      return reader.lines.readAll();
    }
  }

  /**
   * Reads a whole JSON Lines stream into one snapshot, as {@link #readSnapshot(Path, JsonLimits, ErrorMode)}
   * does; {@code in} is left open.
   *
   * @param in the file's UTF-8 bytes; not null
   * @param limits the limits of each line; not null
   * @param mode what to do with a bad line; not null
   * @throws AlignkitJsonException if the stream fails, its organization line is bad, or, when
   *     stopping at the first error, any line is bad
   */
  public static JsonLinesResult readSnapshot(InputStream in, JsonLimits limits, ErrorMode mode) {
    try (JsonLinesReader reader = new JsonLinesReader(LinesIn.of(in, limits, mode, JacksonLines::new, true))) {
      return reader.lines.readAll();
    }
  }

  /** The organization line with the team lines: everything but the people and what is theirs. */
  public OrganizationSnapshot organization() {
    return lines.organization();
  }

  /**
   * The people, one person line at a time, read as the stream is consumed; the stream can be
   * consumed once. In {@link ErrorMode#STOP_AT_FIRST} a bad line throws its
   * {@link AlignkitJsonException} from the stream; otherwise it is skipped and its error kept.
   *
   * @throws IllegalStateException if the people were already read or the reader is closed
   */
  public Stream<PersonBundle> people() {
    return lines.people();
  }

  /**
   * Gives each person line's bundle to {@code action}, in file order, as {@link #people()} does.
   *
   * @param action not null
   * @throws AlignkitJsonException when stopping at the first error, at the first bad line
   */
  public void forEachPerson(Consumer<? super PersonBundle> action) {
    lines.forEachPerson(action);
  }

  /** The errors of the lines skipped so far, in line order; empty when stopping at the first error. */
  public List<AlignkitJsonException> errors() {
    return lines.errors();
  }

  /** The number of the last line read, blank lines included. */
  public long lineNumber() {
    return lines.lineNumber();
  }

  /** Closes the file that {@link #open(Path)} opened; a stream given to {@link #of} is left open. */
  @Override
  public void close() {
    lines.close();
  }
}
