package dev.alignkit.json.format;

import dev.alignkit.career.SkillCatalog;
import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.json.AlignkitJsonException.Kind;
import dev.alignkit.json.JsonLimits;
import dev.alignkit.org.OrganizationSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Parses the input of a JSON Lines reader one line at a time and places every failure, of the
 * input or of a line, on its line of the file; a binding gives it only a {@link LineTokens}.
 *
 * <p>Only the current line is held (see {@link LineSource}), and each line gets a {@link JsonIn} of
 * its own, so a file of any length reads in bounded memory; one {@link Canonical} table serves
 * every line, so that references and dates repeated across lines are shared as in one document.
 * Team and person lines are read in the organization line's format version and zone. Not
 * thread-safe.
 */
public final class LineParser {
  private final InputStream in;
  private final boolean ownsInput;
  private final LineSource lines;
  private final LineTokens tokens;
  private final int maxLineLength;
  /** Shares repeated references and dates across lines, as one document does. */
  private final Canonical canonical = new Canonical();
  /** The version and zone the organization line gave, which every later line is read in. */
  private ReadContext organizationContext = new ReadContext();

  private LineParser(InputStream in, boolean ownsInput, JsonLimits limits, LineTokens tokens) {
    this.in = in;
    this.ownsInput = ownsInput;
    this.lines = new LineSource(in, limits.maxLineLength());
    this.tokens = tokens;
    this.maxLineLength = limits.maxLineLength();
  }

  /**
   * Opens {@code file}, which {@link #close()} closes; {@code tokens} reads each line within {@code limits}.
   *
   * @throws AlignkitJsonException if the file cannot be read
   */
  public static LineParser open(Path file, JsonLimits limits, LineTokens tokens) {
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw new AlignkitJsonException(Kind.IO_FAILURE, "", -1, -1, "cannot read " + file + ": " + reason(e), e);
    }
    return new LineParser(in, true, limits, tokens);
  }

  /** Reads from {@code in}, which {@link #close()} leaves open; {@code tokens} reads each line within {@code limits}. */
  public static LineParser of(InputStream in, JsonLimits limits, LineTokens tokens) {
    return new LineParser(in, false, limits, tokens);
  }

  /**
   * Moves to the next line that is not blank; false at the end.
   *
   * @throws AlignkitJsonException if the input fails, on the line it was reading
   */
  public boolean next() {
    try {
      while (lines.next()) {
        if (!lines.isBlank()) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      long number = lines.number() + 1;
      throw new AlignkitJsonException(Kind.IO_FAILURE, "", number > Integer.MAX_VALUE ? -1 : (int) number, 1,
          "cannot read the line: " + reason(e), e);
    }
  }

  /** The number of the current line, blank lines included. */
  public long number() {
    return lines.number();
  }

  /**
   * Reads the current line as the organization line.
   *
   * @throws AlignkitJsonException if it is bad, on this line
   */
  public OrganizationSnapshot organization() {
    ReadContext context = new ReadContext();
    OrganizationSnapshot organization = parse(Lines::readOrganization, context);
    organizationContext = ReadContext.known(context.version(), organization.zone());
    return organization;
  }

  /**
   * Reads the current line as a team or person line.
   *
   * @param catalog the organization's skill catalog, whose scale proficiencies must lie on
   * @param teamsAllowed whether a team line may come here; team lines come before the first person line
   * @param ids the ids of earlier lines, checked and extended; null to skip the check
   * @throws AlignkitJsonException if it is bad, on this line
   */
  public Line teamOrPerson(SkillCatalog catalog, boolean teamsAllowed, @Nullable IdRegistry ids) {
    long number = lines.number();
    return parse(in -> Lines.readLine(in, catalog, teamsAllowed, ids, number), organizationContext);
  }

  private interface LineCodec<T> {
    T read(JsonIn in);
  }

  /**
   * Reads the current line with {@code codec} in {@code context}; every failure names the line's
   * number in the file.
   */
  private <T> T parse(LineCodec<T> codec, ReadContext context) {
    long number = lines.number();
    if (lines.tooLong()) {
      throw onLine(new AlignkitJsonException(Kind.LIMIT_EXCEEDED, "", 1, 1,
          "line length exceeds the limit maxLineLength " + maxLineLength, null), number);
    }
    try {
      return tokens.read(lines.bytes(), lines.length(), reader -> {
        JsonIn in = new JsonIn(reader, canonical, context);
        in.next();
        T value = codec.read(in);
        if (in.next() != null) {
          throw in.error(FormatException.Kind.MALFORMED_JSON, "unexpected content after the end of the line's value");
        }
        return value;
      });
    } catch (AlignkitJsonException e) {
      throw onLine(e, number);
    } catch (FormatException e) {
      throw onLine(Errors.of(e), number);
    } catch (UncheckedIOException e) {
      throw onLine(new AlignkitJsonException(Kind.IO_FAILURE, "", 1, 1, "cannot read the line: " + e.getMessage(), e),
          number);
    }
  }

  /** {@code e}, which counted lines within the line, placed on line {@code number} of the file. */
  private static AlignkitJsonException onLine(AlignkitJsonException e, long number) {
    int line = number > Integer.MAX_VALUE ? -1 : (int) number;
    return new AlignkitJsonException(e.kind(), e.pointer(), line, e.column() > 0 ? e.column() : 1, e.problem(),
        e.getCause() != null ? e.getCause() : e);
  }

  /**
   * Closes the file that {@link #open} opened; a stream given to {@link #of} is left open.
   *
   * @throws AlignkitJsonException if the file cannot be closed
   */
  public void close() {
    try {
      closeInput();
    } catch (IOException e) {
      throw new AlignkitJsonException(Kind.IO_FAILURE, "", -1, -1, "cannot close the file: " + reason(e), e);
    }
  }

  /**
   * Closes the input as {@link #close()} does, for when opening a reader failed: {@code failure}
   * stays the error to throw, and a failure to close is added to it as suppressed.
   */
  public void closeAfter(RuntimeException failure) {
    try {
      closeInput();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  private void closeInput() throws IOException {
    if (ownsInput) {
      in.close();
    }
  }

  private static String reason(IOException e) {
    return e instanceof NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
  }
}
