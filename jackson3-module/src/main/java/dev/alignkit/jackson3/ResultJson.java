package dev.alignkit.jackson3;

import static java.util.Objects.requireNonNull;

import dev.alignkit.advice.AdviceFormatter;
import dev.alignkit.jackson3.internal.Jackson3Reader;
import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.json.JsonLimits;
import dev.alignkit.json.format.Documents;
import dev.alignkit.json.format.Errors;
import dev.alignkit.json.format.ResultCodec;
import dev.alignkit.json.format.Texts;
import dev.alignkit.rules.FindingFormatter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;

/**
 * Writes and reads Alignkit's results as JSON documents with Jackson 3, what a service sends to its
 * own front end: {@code String json = ResultJson.toJson(report)}, and back,
 * {@code Report report = ResultJson.fromJson(json, Report.class)}. The same methods and documents as
 * the Jackson 2 module's {@code dev.alignkit.jackson.ResultJson}.
 *
 * <p>The results are a validation's {@code Report} with its {@code Finding}s and
 * {@code WaivedFinding}s, the {@code Suggestion}s a finding may carry, the roll-ups of
 * objectives and key results ({@code ObjectiveRollup}, {@code KeyResultRollup}), a person's
 * {@code Readiness} for a role with its {@code GapEntry} lines and the {@code RoleOption} that holds
 * it, the {@code GoalAdvice} on a development goal with its {@code GoalAlignment}, and a review:
 * a {@code ReviewDocument} with its {@code AtRisk} objectives, {@code Scorecard}s and
 * {@code ReadinessLine}s (see {@link #resultTypes()}). Each is written with its codes, arguments and numbers, and read back
 * equal ({@code fromJson(toJson(x), type)} equals {@code x}). A document starts with
 * {@code "resultFormatVersion": 1}, the version of the result format, apart from the version of the
 * organization document; a result inside another value, such as a finding in a report, does not
 * repeat it. Rendered texts (a finding's {@code message} and {@code suggestion}, a suggestion's
 * {@code sentence}) are written only when a {@code Locale} is given, beside the codes and arguments
 * they are rendered from, never instead of them; reading drops them. Reading skips fields it does
 * not know, so that an application may add its own.
 *
 * <p>Any {@code ObjectMapper} with the {@link AlignkitModule} (registered, or found by
 * {@code JsonMapper.builder().findAndAddModules()}) writes and reads the same documents;
 * {@link #writer(ObjectMapper, Locale)} gives one of its writers that renders texts. Every failure
 * is an {@link AlignkitJsonException} naming the JSON Pointer, line and column. The documents'
 * JSON Schema is {@link #jsonSchema()}; {@code docs/json-format.md}, "Results", describes every
 * field. Thread-safe.
 */
public final class ResultJson {
  /** The version of the result format this module writes, and the only one it reads. */
  public static final int FORMAT_VERSION = ResultCodec.FORMAT_VERSION;

  private static final ObjectMapper MAPPER = AlignkitJson.newJsonMapper();
  private static final ObjectWriter WRITER = MAPPER.writer().with(AlignkitJson.prettyPrinter());

  private ResultJson() {}

  /** The result types, the ones {@link #toJson(Object) toJson} writes and {@link #fromJson fromJson} reads, in no particular order. */
  public static List<Class<?>> resultTypes() {
    return Documents.resultTypes();
  }

  /**
   * Writes {@code result} as a document, without rendered texts: two-space indentation, {@code \n}
   * line ends and a final newline, the same bytes for equal results.
   *
   * @param result a value of one of the {@link #resultTypes()}; not null
   * @throws IllegalArgumentException if it is of another type
   * @throws AlignkitJsonException if it holds a number JSON cannot write (NaN or an infinity)
   */
  public static String toJson(Object result) {
    return write(WRITER, result);
  }

  /**
   * Writes {@code result} as {@link #toJson(Object) toJson(result)} does, with its texts rendered in
   * {@code locale} by the built-in messages: a finding's {@code message} and {@code suggestion}, a
   * suggestion's {@code sentence}.
   *
   * @param result a value of one of the {@link #resultTypes()}; not null
   * @param locale not null
   * @throws IllegalArgumentException if the result is of another type
   * @throws AlignkitJsonException if it holds a number JSON cannot write (NaN or an infinity)
   */
  public static String toJson(Object result, Locale locale) {
    return write(WRITER.withAttribute(Texts.ATTRIBUTE,
        new Texts(locale, FindingFormatter.standard(), AdviceFormatter.standard())), result);
  }

  private static String write(ObjectWriter writer, Object result) {
    Documents.requireResultType(requireNonNull(result, "result").getClass());
    return new String(AlignkitJson.document(writer, result), StandardCharsets.UTF_8);
  }

  /**
   * A writer of {@code mapper} that renders the texts of results in {@code locale} by the built-in
   * messages, for an application that writes results inside its own values:
   * {@code ResultJson.writer(mapper, Locale.GERMAN).writeValueAsString(response)}.
   *
   * @param mapper a mapper with the {@link AlignkitModule}; not null
   * @param locale not null
   */
  public static ObjectWriter writer(ObjectMapper mapper, Locale locale) {
    return writer(mapper, locale, FindingFormatter.standard(), AdviceFormatter.standard());
  }

  /**
   * A writer of {@code mapper} that renders the texts of results in {@code locale} with these
   * formatters, such as ones that know the messages of an application's own rules.
   *
   * @param mapper a mapper with the {@link AlignkitModule}; not null
   * @param locale not null
   * @param findings renders a finding's message and suggestion; not null
   * @param advice renders a suggestion's sentence; not null
   */
  public static ObjectWriter writer(ObjectMapper mapper, Locale locale, FindingFormatter findings,
      AdviceFormatter advice) {
    Texts texts = new Texts(locale, findings, advice);
    return requireNonNull(mapper, "mapper").writer().withAttribute(Texts.ATTRIBUTE, texts);
  }

  /**
   * Reads a result document held in a string, within the {@link JsonLimits#defaults() default
   * limits}.
   *
   * @param json the document's text; not null
   * @param type one of the {@link #resultTypes()}; not null
   * @throws IllegalArgumentException if {@code type} is not a result type
   * @throws AlignkitJsonException if the text is not exactly one valid document of that type
   */
  public static <T> T fromJson(String json, Class<T> type) {
    requireNonNull(json, "json");
    Documents.requireResultType(type);
    try {
      return MAPPER.readValue(json.getBytes(StandardCharsets.UTF_8), type);
    } catch (JacksonException e) {
      throw Errors.of(Jackson3Reader.syntax(e));
    }
  }

  /**
   * The JSON Schema (draft 2020-12) of the result documents, as text; the same schema is the
   * resource {@code dev/alignkit/json/alignkit-results.schema.json} of {@code alignkit-json-format}.
   */
  public static String jsonSchema() {
    return Documents.resource(Documents.RESULT_SCHEMA);
  }
}
