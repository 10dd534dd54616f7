package dev.alignkit.jackson;

import static dev.alignkit.jackson.ReadErrorsTest.BASE;
import static dev.alignkit.jackson.ReadErrorsTest.base;
import static dev.alignkit.jackson.ReadErrorsTest.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.json.JsonLimits;
import dev.alignkit.org.OrganizationSnapshot;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Reading is strict and bounded by default: no NaN or Infinity, no repeated field names, and each
 * of the {@link JsonLimits} refuses a document over it with a problem that names the limit.
 */
class SafeReadingTest {
  private static final Binding BINDING = Binding.current();

  /** {@code BASE} with a vendor attribute {@code "x-v"} of {@code value} on the first person. */
  private static String withAttribute(String value) {
    return base("\"teamId\": \"support\"", "\"teamId\": \"support\", \"x-v\": " + value);
  }

  private static String nested(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  @Test
  void theDefaultsFitAMillionPersonExport() {
    JsonLimits limits = JsonLimits.defaults();
    assertEquals(4L * 1024 * 1024 * 1024, limits.maxDocumentLength());
    assertEquals(64 * 1024 * 1024, limits.maxLineLength());
    assertEquals(64, limits.maxNestingDepth());
    assertEquals(1024 * 1024, limits.maxStringLength());
    assertEquals(100, limits.maxNumberLength());
  }

  @Test
  void eachWitherChangesOneLimit() {
    JsonLimits defaults = JsonLimits.defaults();
    assertEquals(JsonLimits.of(10, 64 << 20, 64, 1 << 20, 100), defaults.withMaxDocumentLength(10));
    assertEquals(JsonLimits.of(4L << 30, 10, 64, 1 << 20, 100), defaults.withMaxLineLength(10));
    assertEquals(JsonLimits.of(4L << 30, 64 << 20, 10, 1 << 20, 100), defaults.withMaxNestingDepth(10));
    assertEquals(JsonLimits.of(4L << 30, 64 << 20, 64, 10, 100), defaults.withMaxStringLength(10));
    assertEquals(JsonLimits.of(4L << 30, 64 << 20, 64, 1 << 20, 10), defaults.withMaxNumberLength(10));
    assertNotEquals(defaults, defaults.withMaxNumberLength(10));
    assertEquals(defaults.hashCode(), JsonLimits.of(4L << 30, 64 << 20, 64, 1 << 20, 100).hashCode());
  }

  @Test
  void aLimitBelowOneIsRejectedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> JsonLimits.defaults().withMaxNestingDepth(0));
    assertEquals("maxNestingDepth must be at least 1: 0", e.getMessage());
  }

  @Test
  void aDocumentOverMaxDocumentLengthIsRefusedNamingTheLimit() {
    Binding.Reader reader = BINDING.withLimits(JsonLimits.defaults().withMaxDocumentLength(1000));
    AlignkitJsonException fromString = assertThrows(AlignkitJsonException.class, () -> reader.fromJson(BASE));
    assertTrue(fromString.problem().startsWith("document length "), fromString.problem());
    assertTrue(fromString.problem().endsWith(" exceeds the limit maxDocumentLength 1000"), fromString.problem());
    AlignkitJsonException fromStream = assertThrows(AlignkitJsonException.class,
        () -> reader.read(new ByteArrayInputStream(BASE.getBytes(StandardCharsets.UTF_8))));
    assertTrue(fromStream.getMessage().contains("exceeds the limit maxDocumentLength 1000"), fromStream.getMessage());
    OrganizationSnapshot read = BINDING.withLimits(JsonLimits.defaults().withMaxDocumentLength(BASE.length()))
        .fromJson(BASE);
    assertEquals(BINDING.fromJson(BASE), read);
  }

  @Test
  void nestingDeeperThanMaxNestingDepthIsRefusedNamingTheLimit() {
    // The attribute sits in the root object, the people array and a person: three levels.
    BINDING.fromJson(withAttribute(nested(61)));
    AlignkitJsonException e = failure(withAttribute(nested(62)));
    assertEquals("nesting depth 65 exceeds the limit maxNestingDepth 64", e.problem());
    assertTrue(e.pointer().startsWith("/people/0/x-v"), e.pointer());
    assertEquals(4, e.line());
    AlignkitJsonException tight = assertThrows(AlignkitJsonException.class,
        () -> BINDING.withLimits(JsonLimits.defaults().withMaxNestingDepth(5)).fromJson(BASE));
    assertEquals("nesting depth 6 exceeds the limit maxNestingDepth 5", tight.problem());
    assertEquals("/objectives/0/keyResults/0/checkIns", tight.pointer());
  }

  @Test
  void aStringLongerThanMaxStringLengthIsRefusedNamingTheLimit() {
    String longest = "a".repeat(1 << 20);
    assertEquals(longest, BINDING.fromJson(base("\"Lena Ortiz\"", "\"" + longest + "\""))
        .person("lena").orElseThrow().name());
    AlignkitJsonException e = failure(base("\"Lena Ortiz\"", "\"" + longest + "b\""));
    assertEquals("string length 1048577 exceeds the limit maxStringLength 1048576", e.problem());
    assertEquals("/people/1/name", e.pointer());
    AlignkitJsonException tight = assertThrows(AlignkitJsonException.class,
        () -> BINDING.withLimits(JsonLimits.defaults().withMaxStringLength(20)).fromJson(BASE));
    assertEquals("string length 22 exceeds the limit maxStringLength 20", tight.problem());
    assertEquals("/objectives/0/title", tight.pointer());
  }

  @Test
  void aNumberLongerThanMaxNumberLengthIsRefusedNamingTheLimit() {
    String hundredDigits = "1".repeat(100);
    assertEquals(hundredDigits, BINDING.fromJson(withAttribute(hundredDigits)).person("maya").orElseThrow()
        .attributes().get("x-v"));
    AlignkitJsonException attribute = failure(withAttribute(hundredDigits + "1"));
    assertEquals("number length 101 exceeds the limit maxNumberLength 100", attribute.problem());
    AlignkitJsonException value = failure(base("\"value\": 38", "\"value\": 0." + "3".repeat(100)));
    assertEquals("number length 101 exceeds the limit maxNumberLength 100", value.problem());
    assertEquals("/objectives/0/keyResults/0/checkIns/0/value", value.pointer());
  }

  @Test
  void nanAndInfinityAreRefused() {
    for (String token : new String[] {"NaN", "Infinity", "-Infinity"}) {
      AlignkitJsonException e = failure(base("\"value\": 38", "\"value\": " + token));
      assertEquals("invalid JSON: " + token + " is not a JSON value; JSON has no NaN or Infinity", e.problem());
      assertEquals("/objectives/0/keyResults/0/checkIns/0/value", e.pointer());
      assertEquals("invalid JSON: " + token + " is not a JSON value; JSON has no NaN or Infinity",
          failure(withAttribute("[" + token + "]")).problem());
    }
  }

  @Test
  void aNumberTooLargeForADoubleIsNotReadAsInfinity() {
    assertEquals("number 1e309 is too large: it must be a finite double",
        failure(base("\"start\": 32", "\"start\": 1e309")).problem());
  }

  @Test
  void aRepeatedFieldIsRefusedAtEveryLevel() {
    assertEquals("duplicate field \"formatVersion\"",
        failure(base("\"formatVersion\": 3,", "\"formatVersion\": 3, \"formatVersion\": 3,")).problem());
    assertEquals("duplicate field \"kind\"",
        failure(base("{\"kind\": \"ORGANIZATION\"}", "{\"kind\": \"ORGANIZATION\", \"kind\": \"TEAM\"}")).problem());
    assertEquals("duplicate field \"x-v\"", failure(base("\"teamId\": \"support\"",
        "\"x-v\": 1, \"x-v\": 2")).problem());
    AlignkitJsonException inAttribute = failure(base("\"teamId\": \"support\"", "\"x-v\": {\"a\": 1, \"a\": 2}"));
    assertEquals("/people/0/x-v/a", inAttribute.pointer());
    assertEquals("duplicate field \"a\"", inAttribute.problem());
  }

  @Test
  void theLimitsApplyToAMapperMadeByTheReader() {
    Binding.Reader reader = BINDING.withLimits(JsonLimits.defaults().withMaxNestingDepth(3));
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class,
        () -> reader.readWithMapper(BASE, OrganizationSnapshot.class));
    assertEquals("nesting depth 4 exceeds the limit maxNestingDepth 3", e.problem());
  }

  @Test
  void theSchemaIsOfferedAsText() {
    String schema = BINDING.jsonSchema();
    assertTrue(schema.contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""), schema);
  }
}
