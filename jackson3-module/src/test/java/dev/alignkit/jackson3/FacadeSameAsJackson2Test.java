package dev.alignkit.jackson3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.json.JsonLimits;
import dev.alignkit.org.OrganizationSnapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The Jackson 3 facade fails as the Jackson 2 one does, also where Jackson 3's mapper refuses the
 * document before the module reads it: the same kind, pointer, line, column and problem.
 */
class FacadeSameAsJackson2Test {
  private static final String SMALL = small();
  private static final JsonLimits TIGHT = JsonLimits.of(2000, 2000, 4, 12, 6);

  private static String small() {
    try {
      return Files.readString(Path.of("..", "examples", "data", "small.json"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String describe(AlignkitJsonException e) {
    return e.kind() + " " + e.pointer() + " " + e.line() + ":" + e.column() + " " + e.problem();
  }

  private static void assertSameFailure(String json, JsonLimits limits) {
    AlignkitJsonException jackson2 = assertThrows(AlignkitJsonException.class,
        () -> dev.alignkit.jackson.AlignkitJson.withLimits(limits).fromJson(json));
    AlignkitJsonException jackson3 = assertThrows(AlignkitJsonException.class,
        () -> AlignkitJson.withLimits(limits).fromJson(json));
    assertEquals(describe(jackson2), describe(jackson3), json);
    AlignkitJsonException jackson2Stream = assertThrows(AlignkitJsonException.class,
        () -> dev.alignkit.jackson.AlignkitJson.withLimits(limits).read(stream(json)));
    AlignkitJsonException jackson3Stream = assertThrows(AlignkitJsonException.class,
        () -> AlignkitJson.withLimits(limits).read(stream(json)));
    assertEquals(describe(jackson2Stream), describe(jackson3Stream), json);
  }

  private static ByteArrayInputStream stream(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anEmptyDocumentFailsAsUnderJackson2() {
    assertSameFailure("", JsonLimits.defaults());
    assertSameFailure("  \n ", JsonLimits.defaults());
  }

  @Test
  void contentAfterTheDocumentFailsAsUnderJackson2() {
    assertSameFailure(SMALL + "{}", JsonLimits.defaults());
    assertSameFailure(SMALL + "\n 1", JsonLimits.defaults());
  }

  @Test
  void eachLimitFailsAsUnderJackson2() {
    assertSameFailure(SMALL, TIGHT);
    assertSameFailure(SMALL, JsonLimits.defaults().withMaxNestingDepth(2));
    assertSameFailure(SMALL, JsonLimits.defaults().withMaxStringLength(5));
    assertSameFailure(SMALL.replace("\"formatVersion\": 2", "\"formatVersion\": 2, \"x\": 12345678901"),
        JsonLimits.defaults().withMaxNumberLength(10));
    assertSameFailure(SMALL, JsonLimits.defaults().withMaxDocumentLength(100));
  }

  @Test
  void aRepeatedFieldNameFailsAsUnderJackson2() {
    assertSameFailure(SMALL.replace("\"formatVersion\": 2", "\"formatVersion\": 2, \"formatVersion\": 2"),
        JsonLimits.defaults());
  }

  @Test
  void malformedJsonFailsAsUnderJackson2() {
    assertSameFailure(SMALL.substring(0, SMALL.length() / 2), JsonLimits.defaults());
    assertSameFailure("null", JsonLimits.defaults());
    assertSameFailure("[]", JsonLimits.defaults());
    assertSameFailure("{\"formatVersion\": NaN}", JsonLimits.defaults());
  }

  @Test
  void aDocumentIsWrittenToTheBytesJackson2Writes() {
    OrganizationSnapshot snapshot = AlignkitJson.fromJson(SMALL);
    assertEquals(dev.alignkit.jackson.AlignkitJson.toJson(snapshot), AlignkitJson.toJson(snapshot));
    ByteArrayOutputStream jackson3 = new ByteArrayOutputStream();
    AlignkitJson.write(snapshot, jackson3);
    ByteArrayOutputStream jackson2 = new ByteArrayOutputStream();
    dev.alignkit.jackson.AlignkitJson.write(snapshot, jackson2);
    assertArrayEquals(jackson2.toByteArray(), jackson3.toByteArray());
  }

  @Test
  void aCharacterOutsideTheBasicPlaneIsWrittenAsJackson2WritesIt() {
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder()
        .addPeople(dev.alignkit.org.Person.of("maya", "Maya \uD83D\uDE80")).build();
    String jackson3 = AlignkitJson.toJson(snapshot);
    assertEquals(dev.alignkit.jackson.AlignkitJson.toJson(snapshot), jackson3);
    assertTrue(jackson3.contains("\"Maya \\uD83D\\uDE80\""), jackson3);
  }
}
