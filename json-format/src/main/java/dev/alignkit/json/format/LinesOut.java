package dev.alignkit.json.format;

import static java.util.Objects.requireNonNull;

import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.json.AlignkitJsonException.Kind;
import dev.alignkit.json.PersonBundle;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * What each binding's public {@code JsonLinesWriter} does, in one place: it cuts a snapshot into
 * lines and writes each through the binding's {@link LineTokens}; the public class adds nothing
 * but its javadoc. Not thread-safe.
 */
public final class LinesOut {
  private final LineTokens tokens;
  private final Writer out;
  private final boolean ownsOutput;
  private final StringWriter line = new StringWriter(4096);
  private boolean organizationWritten;
  private boolean closed;
  private long lines;

  private LinesOut(LineTokens tokens, Writer out, boolean ownsOutput) {
    this.tokens = tokens;
    this.out = out;
    this.ownsOutput = ownsOutput;
  }

  /**
   * Creates or replaces {@code file}; {@link #close()} closes it.
   *
   * @param file not null
   * @throws AlignkitJsonException if the file cannot be opened
   */
  public static LinesOut open(Path file, LineTokens tokens) {
    requireNonNull(file, "file");
    try {
      return new LinesOut(tokens, Files.newBufferedWriter(file, StandardCharsets.UTF_8), true);
    } catch (IOException e) {
      throw new AlignkitJsonException(Kind.IO_FAILURE, "", -1, -1, "cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes UTF-8 to {@code out}; {@link #close()} flushes it and leaves it open.
   *
   * @param out not null
   */
  public static LinesOut of(OutputStream out, LineTokens tokens) {
    return new LinesOut(tokens, new BufferedWriter(new OutputStreamWriter(requireNonNull(out, "out"),
        StandardCharsets.UTF_8), 64 * 1024), false);
  }

  /**
   * Writes to {@code out}, which should encode UTF-8 if it becomes bytes; {@link #close()} flushes
   * it and leaves it open.
   *
   * @param out not null
   */
  public static LinesOut of(Writer out, LineTokens tokens) {
    return new LinesOut(tokens, requireNonNull(out, "out"), false);
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
    requireNonNull(organization, "organization");
    if (!organization.people().isEmpty()) {
      throw new IllegalArgumentException("the organization has " + organization.people().size()
          + " people: write each with writePerson, or the whole snapshot with writeSnapshot");
    }
    writeSplit(new LineSplit(organization));
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
    requireNonNull(snapshot, "snapshot");
    LineSplit split = new LineSplit(snapshot);
    writeSplit(split);
    for (Person person : split.people()) {
      writePerson(split.bundleOf(person));
    }
  }

  private void writeSplit(LineSplit split) {
    if (organizationWritten) {
      throw new IllegalStateException("the organization line was already written");
    }
    writeLine(out -> LineWriter.writeOrganization(split.organizationLine(), out));
    organizationWritten = true;
    for (Team team : split.teams()) {
      writeLine(out -> LineWriter.writeTeam(team, split.objectivesOf(team), out));
    }
  }

  /**
   * Writes a person line.
   *
   * @param bundle not null
   * @throws IllegalStateException if the organization was not written first
   * @throws AlignkitJsonException if the line cannot be written
   */
  public void writePerson(PersonBundle bundle) {
    requireNonNull(bundle, "bundle");
    if (!organizationWritten) {
      throw new IllegalStateException("write the organization first: it is the first line");
    }
    writeLine(out -> LineWriter.writePerson(bundle, out));
  }

  /** How many lines were written. */
  public long lines() {
    return lines;
  }

  private void writeLine(Consumer<JsonOut> content) {
    if (closed) {
      throw new IllegalStateException("the writer is closed");
    }
    line.getBuffer().setLength(0);
    try {
      tokens.write(line, writer -> content.accept(new JsonOut(writer)));
    } catch (FormatException e) {
      throw Errors.of(e);
    } catch (UncheckedIOException e) {
      throw new AlignkitJsonException(Kind.IO_FAILURE, "", -1, -1, "cannot write line " + (lines + 1) + ": "
          + e.getCause().getMessage(), e.getCause());
    }
    try {
      StringBuffer text = line.getBuffer();
      text.append('\n');
      out.append(text);
    } catch (IOException e) {
      throw new AlignkitJsonException(Kind.IO_FAILURE, "", -1, -1,
          "cannot write line " + (lines + 1) + ": " + e.getMessage(), e);
    }
    lines++;
  }

  /**
   * Flushes what was written.
   *
   * @throws AlignkitJsonException if the output fails
   */
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new AlignkitJsonException(Kind.IO_FAILURE, "", -1, -1, "cannot write the lines: " + e.getMessage(), e);
    }
  }

  /**
   * Flushes, and closes the file that {@link #open} opened; a stream or writer given to
   * {@code of} is left open.
   *
   * @throws AlignkitJsonException if the output fails
   */
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (ownsOutput) {
        out.close();
      } else {
        out.flush();
      }
    } catch (IOException e) {
      throw new AlignkitJsonException(Kind.IO_FAILURE, "", -1, -1, "cannot write the lines: " + e.getMessage(), e);
    }
  }
}
