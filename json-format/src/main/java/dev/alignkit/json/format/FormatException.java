package dev.alignkit.json.format;

import static java.util.Objects.requireNonNull;

import dev.alignkit.json.AlignkitJsonException;
import org.jspecify.annotations.Nullable;

/**
 * A document the format refuses or a value it cannot write, as the codecs see it: where (a JSON
 * Pointer, and the line and column when reading) and what. Each binding turns it into its own
 * public exception at its boundary, keeping every part: Jackson 2's {@code AlignkitJsonException}.
 */
public final class FormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What kind of failure it is; each binding's public exception has a kind of the same name. */
  public enum Kind {
    MALFORMED_JSON,
    LIMIT_EXCEEDED,
    INVALID_VALUE,
    UNSUPPORTED_VERSION,
    IO_FAILURE,
    NOT_WRITABLE
  }

  private final Kind kind;
  private final String pointer;
  private final int line;
  private final int column;
  private final String problem;

  /** A failure of {@code kind} at {@code pointer}, line and column ({@code -1} when unknown). */
  public FormatException(Kind kind, String pointer, int line, int column, String problem, @Nullable Throwable cause) {
    super(format(requireNonNull(pointer, "pointer"), line, column, requireNonNull(problem, "problem")), cause);
    this.kind = requireNonNull(kind, "kind");
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  /** The message a binding's public exception gives too, such as {@code /people/0: missing required field id (line 1, column 30)}. */
  public static String format(String pointer, int line, int column, String problem) {
    StringBuilder message = new StringBuilder();
    if (!pointer.isEmpty()) {
      message.append(pointer).append(": ");
    }
    message.append(problem);
    if (line > 0) {
      message.append(" (line ").append(line).append(", column ").append(column).append(')');
    }
    return message.toString();
  }

  public Kind kind() {
    return kind;
  }

  public String pointer() {
    return pointer;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public String problem() {
    return problem;
  }
}
