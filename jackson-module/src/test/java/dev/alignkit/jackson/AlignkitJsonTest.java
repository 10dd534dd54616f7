package dev.alignkit.jackson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.org.OrganizationSnapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade reads and writes strings, streams and files as UTF-8, and wraps every failure. */
class AlignkitJsonTest {
  private static final OrganizationSnapshot BASE = AlignkitJson.fromJson(ReadErrorsTest.BASE);

  @Test
  void pathStreamAndStringGiveTheSameBytes(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("organization.json");
    AlignkitJson.write(BASE, file);
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    AlignkitJson.write(BASE, stream);
    byte[] string = AlignkitJson.toJson(BASE).getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(string, Files.readAllBytes(file));
    assertArrayEquals(string, stream.toByteArray());
    assertEquals(BASE, AlignkitJson.read(file));
    assertEquals(BASE, AlignkitJson.read(new ByteArrayInputStream(string)));
  }

  @Test
  void documentsAreUtf8WithUnixLineEndsAndAFinalNewline() {
    OrganizationSnapshot snapshot = AlignkitJson.fromJson(ReadErrorsTest.base("Maya Chen", "Maïa Chén 陳"));
    byte[] bytes = new ByteArrayOutputStream() {
      {
        AlignkitJson.write(snapshot, this);
      }
    }.toByteArray();
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(text.contains("\"name\": \"Maïa Chén 陳\""), text);
    assertFalse(text.contains("\r"));
    assertTrue(text.endsWith("}\n"));
    assertEquals(snapshot, AlignkitJson.read(new ByteArrayInputStream(bytes)));
  }

  @Test
  void streamsAreLeftOpen() {
    boolean[] closed = new boolean[2];
    InputStream in = new ByteArrayInputStream(ReadErrorsTest.BASE.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    OutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        closed[1] = true;
      }
    };
    AlignkitJson.read(in);
    AlignkitJson.write(BASE, out);
    assertFalse(closed[0]);
    assertFalse(closed[1]);
  }

  @Test
  void aFailingStreamIsWrapped() {
    IOException broken = new IOException("disk on fire");
    InputStream in = new InputStream() {
      @Override
      public int read() throws IOException {
        throw broken;
      }
    };
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class, () -> AlignkitJson.read(in));
    assertEquals("cannot read the document: disk on fire", e.getMessage());
    assertSame(broken, e.getCause());
    OutputStream out = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw broken;
      }
    };
    AlignkitJsonException written = assertThrows(AlignkitJsonException.class, () -> AlignkitJson.write(BASE, out));
    assertEquals("cannot write the document: disk on fire", written.getMessage());
  }

  @Test
  void aSnapshotCannotBeWrittenIntoAMissingDirectory(@TempDir Path dir) {
    Path file = dir.resolve("missing").resolve("organization.json");
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class, () -> AlignkitJson.write(BASE, file));
    assertEquals("cannot write " + file + ": no such file", e.getMessage());
  }

  @Test
  void newObjectMapperRejectsTrailingContentWithJacksonsOwnExceptionWhichTheFacadeTranslates() {
    String trailing = ReadErrorsTest.BASE + "{}";
    assertThrows(MismatchedInputException.class,
        () -> AlignkitJson.newObjectMapper().readValue(trailing, OrganizationSnapshot.class));
    assertEquals("unexpected content after the end of the document",
        assertThrows(AlignkitJsonException.class, () -> AlignkitJson.fromJson(trailing)).problem());
  }

  @Test
  void duplicateKeysInsideAnAttributeValueAreRejected() {
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class, () -> AlignkitJson.fromJson(
        ReadErrorsTest.base("\"teamId\": \"support\"", "\"x-a\": {\"b\": 1, \"b\": 2}")));
    assertEquals("/people/0/x-a/b", e.pointer());
    assertEquals("duplicate field \"b\"", e.problem());
  }
}
