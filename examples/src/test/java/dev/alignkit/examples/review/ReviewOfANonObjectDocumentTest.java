package dev.alignkit.examples.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review command on a document that holds no organization object: exit code 2 and where the problem is. */
class ReviewOfANonObjectDocumentTest {
  @Test
  void aDocumentThatIsJustNullExitsWithTwoNamingWhatWasExpected(@TempDir Path dir) throws IOException {
    for (String document : List.of("null\n", "42\n", "[]\n")) {
      Path file = Files.writeString(dir.resolve("organization.json"), document, StandardCharsets.UTF_8);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code = new ReviewCommand(JsonLoader::load).run(List.of(file.toString(), "--as-of", "2026-08-15"),
          new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
          Terminal.piped());
      String message = err.toString(StandardCharsets.UTF_8);
      assertEquals(2, code, message);
      assertEquals("", out.toString(StandardCharsets.UTF_8));
      assertTrue(message.startsWith("review: "), message);
      assertTrue(message.contains("expected an object (organization snapshot), got "), message);
      assertTrue(message.endsWith(" (line 1, column 1)\n"), message);
    }
  }
}
