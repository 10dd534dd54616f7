package dev.alignkit.json;

import static java.util.Objects.requireNonNull;

import dev.alignkit.policy.Severity;
import dev.alignkit.rules.Finding;
import dev.alignkit.rules.Report;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The answer to send when a document cannot be read or an organization fails validation, as an
 * RFC 9457 problem ({@code application/problem+json}):
 * {@code ProblemDetails.of(e).toJson()} for an {@link AlignkitJsonException e}, or
 * {@code ProblemDetails.of(report)} for a {@link Report} with errors. Immutable and thread-safe.
 *
 * <p>It knows no HTTP stack: answer with {@link #status()}, the content type {@link #MEDIA_TYPE}
 * and the body {@link #toJson()}, or copy
 * the members into the stack's own problem type (Spring's {@code ProblemDetail}).
 * <pre>{@code
 * try {
 *   snapshot = AlignkitJson.read(request.body());
 * } catch (AlignkitJsonException e) {
 *   ProblemDetails problem = ProblemDetails.of(e).withInstance(request.uri());
 *   return respond(problem.status(), ProblemDetails.MEDIA_TYPE, problem.toJson());
 * }
 * }</pre>
 *
 * <p><b>Kinds.</b> Each kind of problem has its own {@link #type()} under
 * {@code https://alignkit.dev/problems/}, a fixed {@link #title()} and a {@link #status()}:
 * <ul>
 *   <li>{@code malformed-json}, 400: {@link AlignkitJsonException.Kind#MALFORMED_JSON};</li>
 *   <li>{@code limit-exceeded}, 413: {@link AlignkitJsonException.Kind#LIMIT_EXCEEDED};</li>
 *   <li>{@code invalid-value}, 422: {@link AlignkitJsonException.Kind#INVALID_VALUE};</li>
 *   <li>{@code unsupported-version}, 422: {@link AlignkitJsonException.Kind#UNSUPPORTED_VERSION};</li>
 *   <li>{@code validation-failed}, 422: a {@link Report} with an ERROR;</li>
 *   <li>{@code io-failure}, 500: {@link AlignkitJsonException.Kind#IO_FAILURE};</li>
 *   <li>{@code not-writable}, 500: {@link AlignkitJsonException.Kind#NOT_WRITABLE}.</li>
 * </ul>
 *
 * <p><b>Members.</b> Besides {@code type}, {@code title}, {@code status}, {@code detail} and the
 * optional {@code instance}, a problem of the document has the extension members {@code pointer}
 * (the JSON Pointer of the value to fix, {@code ""} for the whole document), {@code line} and
 * {@code column} (when known); a failed validation has {@code asOf} and {@code errors}, the code and
 * path of each finding of severity ERROR. A 500 problem says nothing but its title and a fixed
 * detail, since its exception may name the server's files or data: log the exception instead.
 *
 * <p><b>Equality:</b> two problems are equal when all their members are equal, the whole findings
 * of {@link #errors()} included.
 */
public final class ProblemDetails {
  /** The media type of the body, {@code application/problem+json}. */
  public static final String MEDIA_TYPE = "application/problem+json";

  private static final String TYPE_BASE = "https://alignkit.dev/problems/";

  private final URI type;
  private final String title;
  private final int status;
  private final String detail;
  private final @Nullable URI instance;
  private final @Nullable String pointer;
  private final int line;
  private final int column;
  private final @Nullable LocalDate asOf;
  private final List<Finding> errors;

  private ProblemDetails(String kind, String title, int status, String detail, @Nullable URI instance,
      @Nullable String pointer, int line, int column, @Nullable LocalDate asOf, List<Finding> errors) {
    this(URI.create(TYPE_BASE + kind), title, status, detail, instance, pointer, line, column, asOf, errors);
  }

  private ProblemDetails(URI type, String title, int status, String detail, @Nullable URI instance,
      @Nullable String pointer, int line, int column, @Nullable LocalDate asOf, List<Finding> errors) {
    this.type = type;
    this.title = title;
    this.status = status;
    this.detail = detail;
    this.instance = instance;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.asOf = asOf;
    this.errors = errors;
  }

  /**
   * The problem of a document that cannot be read, or of a value that cannot be written: its type,
   * title and status by {@link AlignkitJsonException#kind()}; for a document its sender can fix
   * (400, 413, 422) the detail is {@link AlignkitJsonException#problem()}, with the pointer, line
   * and column of the exception.
   *
   * @param e not null
   */
  public static ProblemDetails of(AlignkitJsonException e) {
    requireNonNull(e, "e");
    // A switch expression, so that a new kind does not compile until it has its problem type.
    return switch (e.kind()) {
      case MALFORMED_JSON -> ofDocument(e, "malformed-json", "Malformed JSON", 400);
      case LIMIT_EXCEEDED -> ofDocument(e, "limit-exceeded", "Document over a limit", 413);
      case INVALID_VALUE -> ofDocument(e, "invalid-value", "Invalid value", 422);
      case UNSUPPORTED_VERSION -> ofDocument(e, "unsupported-version", "Unsupported format version", 422);
      case IO_FAILURE -> new ProblemDetails("io-failure", "Input or output failure", 500,
          "the server could not read or write a document", null, null, -1, -1, null, List.of());
      case NOT_WRITABLE -> new ProblemDetails("not-writable", "Value not writable as JSON", 500,
          "the server could not write a value as JSON", null, null, -1, -1, null, List.of());
    };
  }

  private static ProblemDetails ofDocument(AlignkitJsonException e, String kind, String title, int status) {
    boolean placed = e.line() > 0 && e.column() > 0;
    return new ProblemDetails(kind, title, status, e.problem(), null, e.pointer(), placed ? e.line() : -1,
        placed ? e.column() : -1, null, List.of());
  }

  /**
   * The problem of an organization (or a person's part of it) that failed validation: status 422,
   * the date of the report, and its findings of severity ERROR in report order. Warnings, notes and
   * waived findings are left out, since they do not make a report fail.
   *
   * @param report a report with at least one ERROR; not null
   * @throws IllegalArgumentException if the report {@link Report#isValid() is valid}
   */
  public static ProblemDetails of(Report report) {
    requireNonNull(report, "report");
    List<Finding> errors = report.ofSeverity(Severity.ERROR);
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("report must have an error to be a problem: it is valid as of "
          + report.asOf());
    }
    String detail = "validation as of " + report.asOf() + " found " + errors.size()
        + (errors.size() == 1 ? " error" : " errors");
    return new ProblemDetails("validation-failed", "Validation failed", 422, detail, null, null, -1, -1,
        report.asOf(), errors);
  }

  /**
   * This problem with an {@code instance}: the URI of this occurrence, such as the request's path
   * {@code /organizations/acme/validate}.
   *
   * @param instance a URI, usually relative; not null
   */
  public ProblemDetails withInstance(URI instance) {
    requireNonNull(instance, "instance");
    return new ProblemDetails(type, title, status, detail, instance, pointer, line, column, asOf, errors);
  }

  /** The kind of problem, such as {@code https://alignkit.dev/problems/invalid-value}. */
  public URI type() {
    return type;
  }

  /** The short summary of the {@link #type()}, the same for every problem of it, such as {@code Invalid value}. */
  public String title() {
    return title;
  }

  /** The HTTP status to answer with: 400, 413, 422 or 500. */
  public int status() {
    return status;
  }

  /**
   * What is wrong in this occurrence, in English, such as
   * {@code confidence must be within [0, 1]: 1.4}; for a failed validation
   * {@code validation as of 2026-08-15 found 2 errors}.
   */
  public String detail() {
    return detail;
  }

  /** The URI of this occurrence, if {@link #withInstance given}. */
  public Optional<URI> instance() {
    return Optional.ofNullable(instance);
  }

  /**
   * The JSON Pointer of the value to fix, such as {@code /people/0/name}; {@code ""} for the whole
   * document, empty for a failed validation or a 500 problem.
   */
  public Optional<String> pointer() {
    return Optional.ofNullable(pointer);
  }

  /** The 1-based line of the value to fix (in a JSON Lines file, the line's number), when known. */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /** The 1-based column of the value to fix, when known. */
  public OptionalInt column() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }

  /** The date the failed validation was made as of; empty for a problem of the document. */
  public Optional<LocalDate> asOf() {
    return Optional.ofNullable(asOf);
  }

  /**
   * The findings of severity ERROR that failed the validation, in report order; empty for a problem
   * of the document. The JSON gives the {@code code} and {@code path} of each.
   */
  public List<Finding> errors() {
    return errors;
  }

  /**
   * The problem as compact JSON text, the body of an {@code application/problem+json} answer, such as
   * {@code {"type":"https://alignkit.dev/problems/malformed-json","title":"Malformed JSON","status":400,...}}.
   * Members in this order: {@code type}, {@code title}, {@code status}, {@code detail},
   * {@code instance}, {@code pointer}, {@code line}, {@code column}, {@code asOf}, {@code errors}; a
   * member without a value is left out. Text is escaped as the Jackson bindings escape it, so the
   * same problem gives the same bytes whichever binding an application uses.
   */
  public String toJson() {
    StringBuilder json = new StringBuilder(256);
    json.append("{\"type\":");
    JsonText.appendString(json, type.toString());
    json.append(",\"title\":");
    JsonText.appendString(json, title);
    json.append(",\"status\":").append(status).append(",\"detail\":");
    JsonText.appendString(json, detail);
    if (instance != null) {
      json.append(",\"instance\":");
      JsonText.appendString(json, instance.toString());
    }
    if (pointer != null) {
      json.append(",\"pointer\":");
      JsonText.appendString(json, pointer);
    }
    if (line > 0) {
      json.append(",\"line\":").append(line).append(",\"column\":").append(column);
    }
    if (asOf != null) {
      json.append(",\"asOf\":\"").append(asOf).append("\",\"errors\":[");
      String separator = "";
      for (Finding error : errors) {
        json.append(separator).append("{\"code\":");
        JsonText.appendString(json, error.code());
        json.append(",\"path\":");
        JsonText.appendString(json, error.path().toString());
        json.append('}');
        separator = ",";
      }
      json.append(']');
    }
    return json.append('}').toString();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ProblemDetails)) {
      return false;
    }
    ProblemDetails that = (ProblemDetails) other;
    return type.equals(that.type) && title.equals(that.title) && status == that.status
        && detail.equals(that.detail) && Objects.equals(instance, that.instance)
        && Objects.equals(pointer, that.pointer) && line == that.line && column == that.column
        && Objects.equals(asOf, that.asOf) && errors.equals(that.errors);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, title, status, detail, instance, pointer, line, column, asOf, errors);
  }

  /** The {@link #toJson() JSON text}. */
  @Override
  public String toString() {
    return toJson();
  }
}
