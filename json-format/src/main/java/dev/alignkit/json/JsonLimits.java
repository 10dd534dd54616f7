package dev.alignkit.json;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How much input a reader accepts before it gives up. A document or line over a limit fails with
 * an {@link AlignkitJsonException} whose problem names the limit, such as
 * {@code string length 1048577 exceeds the limit maxStringLength 1048576}. Immutable and
 * thread-safe.
 *
 * <p>The defaults let a 1,000,000-person organization through (see {@code docs/concepts.md},
 * "JSON"): documents up to 4 GiB, JSON Lines lines up to 64 MiB, nesting up to 64 levels, strings
 * up to 1 MiB characters and numbers up to 100 characters. A service that reads documents
 * from people it does not trust should lower the document length to what it expects.
 *
 * <p><b>Create</b> them from {@link #defaults()} with a {@code with...} method per limit, or with
 * {@link #of} for every value, and read with them through {@code AlignkitJson.withLimits} or
 * {@code JsonLinesReader} of either binding ({@code dev.alignkit.jackson} for Jackson 2,
 * {@code dev.alignkit.jackson3} for Jackson 3):
 * <pre>{@code
 * JsonLimits limits = JsonLimits.defaults().withMaxDocumentLength(50_000_000);
 * OrganizationSnapshot snapshot = AlignkitJson.withLimits(limits).read(Path.of("organization.json"));
 * }</pre>
 *
 * <p><b>Invariants.</b> Every limit is at least 1; a lower one fails with an
 * {@link IllegalArgumentException} naming it ({@code maxDocumentLength must be at least 1: 0}).
 *
 * <p><b>Equality:</b> two limits are equal when all five values are equal.
 */
public final class JsonLimits {
  /** 4 GiB: the 40-person sample is 1.7 KB per person, so a 1M-person document is about 1.7 GB. */
  static final long DEFAULT_MAX_DOCUMENT_LENGTH = 4L << 30;
  /** 64 MiB: a person or team line is a few KB; the organization line holds no people and no teams. */
  static final int DEFAULT_MAX_LINE_LENGTH = 64 << 20;
  /** 64: the format nests 9 levels deep (document, plans, plan, goals, goal, measures, ...); attributes get the rest. */
  static final int DEFAULT_MAX_NESTING_DEPTH = 64;
  /** 1 MiB characters: titles and notes are short; a vendor attribute may carry a small embedded document. */
  static final int DEFAULT_MAX_STRING_LENGTH = 1 << 20;
  /** 100 characters: a double needs at most 24; attributes may keep the digits of a big integer. */
  static final int DEFAULT_MAX_NUMBER_LENGTH = 100;

  private static final JsonLimits DEFAULTS = new JsonLimits(DEFAULT_MAX_DOCUMENT_LENGTH, DEFAULT_MAX_LINE_LENGTH,
      DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_NUMBER_LENGTH);

  private final long maxDocumentLength;
  private final int maxLineLength;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;

  private JsonLimits(long maxDocumentLength, int maxLineLength, int maxNestingDepth, int maxStringLength,
      int maxNumberLength) {
    this.maxDocumentLength = requirePositive(maxDocumentLength, "maxDocumentLength");
    this.maxLineLength = (int) requirePositive(maxLineLength, "maxLineLength");
    this.maxNestingDepth = (int) requirePositive(maxNestingDepth, "maxNestingDepth");
    this.maxStringLength = (int) requirePositive(maxStringLength, "maxStringLength");
    this.maxNumberLength = (int) requirePositive(maxNumberLength, "maxNumberLength");
  }

  private static long requirePositive(long value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1: " + value);
    }
    return value;
  }

  /** The default limits, sized for a 1,000,000-person export. */
  public static JsonLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Limits with every value given.
   *
   * @param maxDocumentLength the longest JSON document, in bytes of UTF-8; at least 1
   * @param maxLineLength the longest line of a JSON Lines file, in bytes; at least 1
   * @param maxNestingDepth the most arrays and objects open at once; at least 1
   * @param maxStringLength the longest string value, in characters; at least 1
   * @param maxNumberLength the longest number, in characters; at least 1
   * @throws IllegalArgumentException if a value is below 1
   */
  public static JsonLimits of(long maxDocumentLength, int maxLineLength, int maxNestingDepth, int maxStringLength,
      int maxNumberLength) {
    return new JsonLimits(maxDocumentLength, maxLineLength, maxNestingDepth, maxStringLength, maxNumberLength);
  }

  /** The longest JSON document, in bytes (a string is read as its UTF-8 bytes); default 4 GiB. */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /** The longest line of a JSON Lines file, in bytes, its line end excluded; default 64 MiB. */
  public int maxLineLength() {
    return maxLineLength;
  }

  /** The most arrays and objects open at once; default 64. */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** The longest string value, in characters; default 1 MiB (1,048,576). Field names are limited apart, to 50,000. */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** The longest number, in characters, sign, fraction and exponent included; default 100. */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * These limits with another document length.
   *
   * @throws IllegalArgumentException if {@code maxDocumentLength} is below 1
   */
  public JsonLimits withMaxDocumentLength(long maxDocumentLength) {
    return of(maxDocumentLength, maxLineLength, maxNestingDepth, maxStringLength, maxNumberLength);
  }

  /**
   * These limits with another line length.
   *
   * @throws IllegalArgumentException if {@code maxLineLength} is below 1
   */
  public JsonLimits withMaxLineLength(int maxLineLength) {
    return of(maxDocumentLength, maxLineLength, maxNestingDepth, maxStringLength, maxNumberLength);
  }

  /**
   * These limits with another nesting depth.
   *
   * @throws IllegalArgumentException if {@code maxNestingDepth} is below 1
   */
  public JsonLimits withMaxNestingDepth(int maxNestingDepth) {
    return of(maxDocumentLength, maxLineLength, maxNestingDepth, maxStringLength, maxNumberLength);
  }

  /**
   * These limits with another string length.
   *
   * @throws IllegalArgumentException if {@code maxStringLength} is below 1
   */
  public JsonLimits withMaxStringLength(int maxStringLength) {
    return of(maxDocumentLength, maxLineLength, maxNestingDepth, maxStringLength, maxNumberLength);
  }

  /**
   * These limits with another number length.
   *
   * @throws IllegalArgumentException if {@code maxNumberLength} is below 1
   */
  public JsonLimits withMaxNumberLength(int maxNumberLength) {
    return of(maxDocumentLength, maxLineLength, maxNestingDepth, maxStringLength, maxNumberLength);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof JsonLimits)) {
      return false;
    }
    JsonLimits that = (JsonLimits) other;
    return maxDocumentLength == that.maxDocumentLength && maxLineLength == that.maxLineLength
        && maxNestingDepth == that.maxNestingDepth && maxStringLength == that.maxStringLength
        && maxNumberLength == that.maxNumberLength;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxDocumentLength, maxLineLength, maxNestingDepth, maxStringLength, maxNumberLength);
  }

  @Override
  public String toString() {
    return "JsonLimits{maxDocumentLength=" + maxDocumentLength + ", maxLineLength=" + maxLineLength
        + ", maxNestingDepth=" + maxNestingDepth + ", maxStringLength=" + maxStringLength
        + ", maxNumberLength=" + maxNumberLength + "}";
  }
}
