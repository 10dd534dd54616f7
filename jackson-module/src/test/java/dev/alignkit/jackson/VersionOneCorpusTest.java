package dev.alignkit.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.alignkit.org.OrganizationSnapshot;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A version 1 document reads into the same snapshot as before format version 2 existed: every
 * document of the committed corpus {@code dev/alignkit/jackson/v1} (test resources) reads as the
 * reader of version 1 read it, or fails as it failed.
 *
 * <p><b>The corpus.</b> The samples as they were in version 1 ({@code small.json},
 * {@code organization-40.json}, the tests' {@code base.json}, the complete document and the JSON
 * Lines example of {@code docs/json-format.md}); {@code every-field.json}, which uses every type
 * and field of version 1, vendor attributes on most objects, {@code null} for optional fields and
 * numbers in every form; {@code field-order.json}, whose fields come in reverse order with
 * {@code formatVersion} last; five documents that the version 1 generators made and the version 1
 * writer wrote ({@code generated-*.json}); documents whose vendor attributes are named like fields
 * new in version 2 ({@code promoted-*}); and documents that version 1 rejects ({@code rejected-*}).
 *
 * <p><b>How "before" is pinned.</b> The reader of version 1 is that of commit 8997d80, the last
 * before version 2. It was built from that commit in a temporary worktree ({@code mvn -o package
 * -DskipTests -pl core,jackson-module -am}, nothing installed), and a small main run with those
 * jars read each corpus document ({@code AlignkitJson.fromJson}, or
 * {@code JsonLinesReader.readSnapshot} for {@code .jsonl}) and recorded what it produced in
 * {@code v1/expected}: for a document it read, its own writer's output of that reading
 * ({@code name.json}, a version 1 document); for one it rejected, the error's pointer, line,
 * column and problem ({@code name.error.json}). {@code v1/README.md} holds that main and the
 * commands. The records are never written by the current code.
 *
 * <p><b>What is compared.</b> For a document the old reader read: the current reader's snapshot
 * of it equals its snapshot of the recorded old output; and, since that alone would not notice a
 * field both readings lost, the current writer's output of the current reading equals the
 * recorded old output as a JSON tree, but for the two differences version 2 makes on purpose:
 * {@code formatVersion} is 2, and an initiative's {@code done} is written even when false (the
 * default, which version 1 did not have). A promoted attribute (see {@code promoted-*}) compares
 * equal as a tree too: it left the attributes for the field of the same name and value. For a
 * document the old reader rejected: the same pointer, line, column and problem, but for the
 * unsupported-version message, which now names both versions read.
 */
class VersionOneCorpusTest {
  private static final ObjectMapper TREES = new ObjectMapper();

  private static Path corpus() {
    try {
      return Path.of(VersionOneCorpusTest.class.getResource("v1").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Path> documents() throws IOException {
    List<Path> documents = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(corpus(), "*.{json,jsonl}")) {
      files.forEach(documents::add);
    }
    Collections.sort(documents);
    return documents;
  }

  private static String baseName(Path document) {
    String name = document.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }

  /** What the current readers make of a corpus document: a whole document, or a JSON Lines file. */
  static OrganizationSnapshot read(Path document) {
    try {
      byte[] bytes = Files.readAllBytes(document);
      return document.toString().endsWith(".jsonl")
          ? JsonLinesReader.readSnapshot(new ByteArrayInputStream(bytes), JsonLimits.defaults(), ErrorMode.STOP_AT_FIRST)
              .snapshot()
          : AlignkitJson.fromJson(new String(bytes, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode tree(String json) {
    try {
      return TREES.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The current writer's output of {@code snapshot} in the form the version 1 writer would give:
   * {@code formatVersion} 1, and no {@code "done": false} on an initiative whose old form has no
   * {@code done}.
   */
  private static JsonNode asVersionOne(OrganizationSnapshot snapshot, JsonNode old) {
    ObjectNode written = (ObjectNode) tree(AlignkitJson.toJson(snapshot));
    assertEquals(2, written.get("formatVersion").asInt());
    written.put("formatVersion", 1);
    JsonNode objectives = written.path("objectives");
    for (int o = 0; o < objectives.size(); o++) {
      JsonNode initiatives = objectives.get(o).path("initiatives");
      for (int i = 0; i < initiatives.size(); i++) {
        ObjectNode initiative = (ObjectNode) initiatives.get(i);
        boolean oldHasDone = old.path("objectives").path(o).path("initiatives").path(i).has("done");
        assertTrue(initiative.has("done"), "every initiative's done is written");
        if (!oldHasDone && !initiative.get("done").asBoolean()) {
          initiative.remove("done");
        }
      }
    }
    return written;
  }

  @Test
  void theCorpusHoldsEveryKindOfDocumentAndARecordOfEach() throws IOException {
    List<Path> documents = documents();
    assertEquals(24, documents.size(), documents.toString());
    int rejected = 0;
    for (Path document : documents) {
      boolean read = Files.exists(corpus().resolve("expected").resolve(baseName(document) + ".json"));
      boolean failed = Files.exists(corpus().resolve("expected").resolve(baseName(document) + ".error.json"));
      assertTrue(read != failed, document + " has exactly one record of the old reading");
      assertEquals(baseName(document).startsWith("rejected-"), failed, document.toString());
      rejected += failed ? 1 : 0;
    }
    assertEquals(10, rejected);
  }

  @TestFactory
  Stream<DynamicTest> eachDocumentReadsAsTheVersionOneReaderReadIt() throws IOException {
    return documents().stream().filter(document -> !baseName(document).startsWith("rejected-"))
        .map(document -> DynamicTest.dynamicTest(document.getFileName().toString(), () -> {
          String old = Files.readString(corpus().resolve("expected").resolve(baseName(document) + ".json"),
              StandardCharsets.UTF_8);
          JsonNode oldTree = tree(old);
          assertEquals(1, oldTree.get("formatVersion").asInt(), "the record is the version 1 writer's");
          OrganizationSnapshot snapshot = read(document);
          assertEquals(AlignkitJson.fromJson(old), snapshot);
          assertEquals(oldTree, asVersionOne(snapshot, oldTree));
        }));
  }

  @TestFactory
  Stream<DynamicTest> eachDocumentTheVersionOneReaderRejectedFailsAtTheSamePlace() throws IOException {
    return documents().stream().filter(document -> baseName(document).startsWith("rejected-"))
        .map(document -> DynamicTest.dynamicTest(document.getFileName().toString(), () -> {
          JsonNode old = tree(Files.readString(corpus().resolve("expected").resolve(baseName(document) + ".error.json"),
              StandardCharsets.UTF_8));
          AlignkitJsonException e = assertThrows(AlignkitJsonException.class, () -> read(document));
          String problem = old.get("problem").asText()
              .replace("this reader reads formatVersion 1", "this reader reads formatVersion 1 and 2");
          assertEquals(old.get("pointer").asText() + " " + old.get("line").asInt() + ":" + old.get("column").asInt()
              + " " + problem, e.pointer() + " " + e.line() + ":" + e.column() + " " + e.problem());
        }));
  }
}
