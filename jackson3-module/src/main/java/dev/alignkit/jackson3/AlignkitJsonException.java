package dev.alignkit.jackson3;

import static java.util.Objects.requireNonNull;

import dev.alignkit.json.format.FormatException;
import org.jspecify.annotations.Nullable;

/**
 * The one exception of the Jackson 3 module: a document that cannot be read, or a value that cannot
 * be written, with the same kind, JSON Pointer, line, column and problem as the Jackson 2 module's
 * {@code dev.alignkit.jackson.AlignkitJsonException} gives for the same input (see
 * {@code docs/json-format.md}, "Errors"). Unchecked, like Jackson 3's own exceptions.
 *
 * <p><b>Equality:</b> as every exception, equal only to itself.
 */
public final class AlignkitJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What kind of failure it is; the kinds are those of the Jackson 2 module. */
  public enum Kind {
    /** The text is not one standard JSON value. */
    MALFORMED_JSON,
    /** The document is over one of the limits. */
    LIMIT_EXCEEDED,
    /** Well-formed JSON whose content the format or the model refuses. */
    INVALID_VALUE,
    /** A {@code formatVersion} this module does not read. */
    UNSUPPORTED_VERSION,
    /** The input or output failed. */
    IO_FAILURE,
    /** A value cannot be written as JSON. */
    NOT_WRITABLE
  }

  private final Kind kind;
  private final String pointer;
  private final int line;
  private final int column;
  private final String problem;

  /**
   * A failure of {@code kind} at {@code pointer} ({@code ""} for the whole document), at
   * {@code line} and {@code column} (both {@code -1} when unknown, as when writing).
   */
  public AlignkitJsonException(Kind kind, String pointer, int line, int column, String problem,
      @Nullable Throwable cause) {
    super(FormatException.format(requireNonNull(pointer, "pointer"), line, column, requireNonNull(problem, "problem")),
        cause);
    this.kind = requireNonNull(kind, "kind");
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  /** What kind of failure it is. */
  public Kind kind() {
    return kind;
  }

  /** The JSON Pointer of the value, such as {@code /people/0}; empty for the whole document. */
  public String pointer() {
    return pointer;
  }

  /** The line where the value starts, from 1; -1 when unknown. */
  public int line() {
    return line;
  }

  /** The column where the value starts, from 1; -1 when unknown. */
  public int column() {
    return column;
  }

  /** What is wrong, without the place. */
  public String problem() {
    return problem;
  }
}
