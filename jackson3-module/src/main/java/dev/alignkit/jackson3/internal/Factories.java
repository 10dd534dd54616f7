package dev.alignkit.jackson3.internal;

import dev.alignkit.json.JsonLimits;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * The Jackson 3 factories behind every reader and writer, set up as the Jackson 2 module's: strict
 * JSON only (no NaN or Infinity, no comments, no single quotes, no leading zeros), the caller's
 * streams left open, the {@link JsonLimits} enforced by Jackson's {@link StreamReadConstraints}, and
 * what is written written as Jackson 2 writes it.
 *
 * <p>Repeated field names are rejected by the codecs, which know every object's fields anyway,
 * not by Jackson's {@code STRICT_DUPLICATE_DETECTION}, which keeps a set of names per object.
 */
public final class Factories {
  private Factories() {}

  /** A factory for whole documents: one document may be {@link JsonLimits#maxDocumentLength()} long. */
  public static JsonFactory forDocuments(JsonLimits limits) {
    return build(limits, limits.maxDocumentLength());
  }

  /** A factory for the lines of a JSON Lines file: one line may be {@link JsonLimits#maxLineLength()} long. */
  public static JsonFactory forLines(JsonLimits limits) {
    return build(limits, limits.maxLineLength());
  }

  private static JsonFactory build(JsonLimits limits, long maxDocumentLength) {
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxDocumentLength(maxDocumentLength)
        .maxNestingDepth(limits.maxNestingDepth())
        .maxStringLength(limits.maxStringLength())
        .maxNumberLength(limits.maxNumberLength())
        .build();
    return JsonFactory.builder()
        .streamReadConstraints(constraints)
        // Off by default; stated here so that no change of default can turn them on.
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
        .disable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
        .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
        .disable(JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        // Jackson 3 writes a character outside the Basic Multilingual Plane (an emoji) to UTF-8
        // as its four bytes, Jackson 2 as the escapes of its surrogate pair ("\uD83D\uDE80"):
        // the documents are Jackson 2's, byte for byte, whichever Jackson writes them.
        .disable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .build();
  }
}
