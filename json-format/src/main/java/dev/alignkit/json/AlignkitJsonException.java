package dev.alignkit.json;

import static java.util.Objects.requireNonNull;

import dev.alignkit.json.format.FormatException;
import org.jspecify.annotations.Nullable;

/**
 * The one exception of Alignkit's JSON bindings, Jackson 2 ({@code alignkit-jackson}) and Jackson 3
 * ({@code alignkit-jackson3}) alike: a document that cannot be read, or a snapshot that cannot
 * be written. It names where (a JSON Pointer such as {@code /objectives/3/keyResults/0/target},
 * and the line and column when reading) and what a person can do about it, for example
 * {@code /cycles/0/endInclusive: endInclusive 2026-06-30 is before startInclusive 2026-07-01 (line 7, column 23)}.
 *
 * <p>It covers malformed JSON, a document over one of the {@link JsonLimits}, a value of the wrong
 * JSON type, a missing required field, a value the model rejects, duplicate ids, an unsupported
 * {@code formatVersion}, and input or output failures, each of its {@link Kind}. Reading JSON
 * Lines, the line is the line's number in the file and the pointer is within that line. Unchecked,
 * like the model's own construction errors.
 *
 * <p><b>Data.</b> The parts of the message are kept apart, so that an application can point at
 * the value without parsing text: {@link #kind()}, {@link #pointer()}, {@link #line()},
 * {@link #column()} and {@link #problem()}. {@link ProblemDetails#of(AlignkitJsonException)} turns
 * them into an RFC 9457 problem for an HTTP answer.
 * <pre>{@code
 * try {
 *   snapshot = AlignkitJson.read(Path.of("organization.json"));
 * } catch (AlignkitJsonException e) {
 *   // such as INVALID_VALUE, "/people/0", 1, 30, "missing required field id"
 *   show(e.kind(), e.pointer(), e.line(), e.column(), e.problem());
 * }
 * }</pre>
 *
 * <p><b>Equality:</b> as every exception, equal only to itself.
 */
public final class AlignkitJsonException extends RuntimeException {
  private static final long serialVersionUID = 2L;

  /**
   * What kind of failure it is, to tell a document its sender can fix from a failure of the
   * reading or writing side, without parsing the problem's text.
   */
  public enum Kind {
    /**
     * The text is not one standard JSON value: a syntax error, an empty document, content after
     * the document, {@code NaN} or {@code Infinity}, or a field name repeated in one object.
     */
    MALFORMED_JSON,
    /** The document, a line, the nesting, a string or a number is over one of the {@link JsonLimits}. */
    LIMIT_EXCEEDED,
    /**
     * Well-formed JSON whose content the format or the model refuses: a value of the wrong JSON
     * type, a missing required field or line, a value the model rejects, two items with one id,
     * an unknown time zone, a field of another format version, a refused {@code "@class"}.
     */
    INVALID_VALUE,
    /** The document's {@code formatVersion} is not one this reader reads. */
    UNSUPPORTED_VERSION,
    /** Reading or writing a file or stream failed; the document itself may be fine. */
    IO_FAILURE,
    /**
     * A value cannot be written as JSON: an attribute that is not one JSON value or has the name
     * of a field, a number that is not finite.
     */
    NOT_WRITABLE
  }

  private final Kind kind;
  private final String pointer;
  private final int line;
  private final int column;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param kind what kind of failure it is; not null
   * @param pointer the JSON Pointer of the offending value; {@code ""} for the whole document; not null
   * @param line the 1-based line of the offending value, or -1 when unknown (always when writing)
   * @param column the 1-based column, or -1 when unknown
   * @param problem what is wrong, in a sentence without the location; not null
   * @param cause the underlying exception, if any
   * @throws NullPointerException if {@code kind}, {@code pointer} or {@code problem} is null
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

  /** What kind of failure it is, such as {@link Kind#INVALID_VALUE} for a confidence of 1.4. */
  public Kind kind() {
    return kind;
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
