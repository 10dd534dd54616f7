package dev.alignkit.jackson;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * The one exception of the JSON module: a document that cannot be read, or a snapshot that cannot
 * be written. It names where (a JSON Pointer such as {@code /objectives/3/keyResults/0/target},
 * and the line and column when reading) and what a person can do about it, for example
 * {@code /cycles/0/endInclusive: endInclusive 2026-06-30 is before startInclusive 2026-07-01 (line 7, column 23)}.
 *
 * <p>It covers malformed JSON, a document over one of the {@link JsonLimits}, a value of the wrong
 * JSON type, a missing required field, a value the model rejects, duplicate ids, an unsupported
 * {@code formatVersion}, and input or output failures. Reading JSON Lines, the line is the line's
 * number in the file and the pointer is within that line. Unchecked, like the model's own
 * construction errors.
 *
 * <p><b>Data.</b> The parts of the message are kept apart, so that an application can point at
 * the value without parsing text: {@link #pointer()}, {@link #line()}, {@link #column()} and
 * {@link #problem()}.
 * <pre>{@code
 * try {
 *   snapshot = AlignkitJson.read(Path.of("organization.json"));
 * } catch (AlignkitJsonException e) {
 *   // such as "/people/0", 1, 30, "missing required field id"
 *   show(e.pointer(), e.line(), e.column(), e.problem());
 * }
 * }</pre>
 *
 * <p><b>Equality:</b> as every exception, equal only to itself.
 */
public final class AlignkitJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final int line;
  private final int column;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param pointer the JSON Pointer of the offending value; {@code ""} for the whole document; not null
   * @param line the 1-based line of the offending value, or -1 when unknown (always when writing)
   * @param column the 1-based column, or -1 when unknown
   * @param problem what is wrong, in a sentence without the location; not null
   * @param cause the underlying exception, if any
   * @throws NullPointerException if {@code pointer} or {@code problem} is null
   */
  public AlignkitJsonException(String pointer, int line, int column, String problem, @Nullable Throwable cause) {
    super(format(requireNonNull(pointer, "pointer"), line, column, requireNonNull(problem, "problem")), cause);
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  private static String format(String pointer, int line, int column, String problem) {
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

  /** The JSON Pointer (RFC 6901) of the offending value, such as {@code /people/2/name}; empty for the document. */
  public String pointer() {
    return pointer;
  }

  /** The 1-based line where the offending value starts; -1 when unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column where the offending value starts; -1 when unknown. */
  public int column() {
    return column;
  }

  /** What is wrong, without the pointer and location, such as {@code missing required field id}. */
  public String problem() {
    return problem;
  }
}
