package dev.alignkit.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.json.ErrorMode;
import dev.alignkit.json.JsonLimits;
import dev.alignkit.org.OrganizationSnapshot;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A committed corpus of documents of an older format version (test resources
 * {@code dev/alignkit/jackson/v1}, {@code v2}): each document, and in {@code expected/} the record
 * of what the reader of that version made of it, {@code name.json} (its snapshot as that
 * version's writer wrote it) or {@code name.error.json} (the pointer, line, column and problem of
 * the document it rejected). The records are never written by the current code.
 */
final class Corpus {
  private static final Binding BINDING = Binding.current();

  private final Path directory;

  private Corpus(Path directory) {
    this.directory = directory;
  }

  /** The corpus in the test resources' folder {@code name}. */
  static Corpus named(String name) {
    return new Corpus(resource(name));
  }

  /**
   * The test resource {@code name} next to this class: a file of the test classes, or, when
   * {@code alignkit-jackson3} runs these tests from this module's test-jar, an entry of the jar.
   */
  static Path resource(String name) {
    try {
      URI uri = Corpus.class.getResource(name).toURI();
      if (uri.getScheme().equals("jar")) {
        try {
          FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
          FileSystems.newFileSystem(uri, Map.of());
        }
      }
      return Path.of(uri);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path directory() {
    return directory;
  }

  /** The documents, {@code .json} and {@code .jsonl}, by name. */
  List<Path> documents() {
    List<Path> documents = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.{json,jsonl}")) {
      files.forEach(documents::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Collections.sort(documents);
    return documents;
  }

  static String baseName(Path document) {
    String name = document.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }

  static boolean isRejected(Path document) {
    return baseName(document).startsWith("rejected-");
  }

  /** The record of a document the old reader read: its snapshot as the old writer wrote it. */
  String readRecord(Path document) {
    return text(directory.resolve("expected").resolve(baseName(document) + ".json"));
  }

  /** The record of a document the old reader rejected: pointer, line, column and problem. */
  JsonNode errorRecord(Path document) {
    return FormatMigration.tree(text(directory.resolve("expected").resolve(baseName(document) + ".error.json")));
  }

  /** Asserts that each document has exactly one record, a rejection exactly for the {@code rejected-} ones. */
  void assertOneRecordEach() {
    for (Path document : documents()) {
      boolean read = Files.exists(directory.resolve("expected").resolve(baseName(document) + ".json"));
      boolean failed = Files.exists(directory.resolve("expected").resolve(baseName(document) + ".error.json"));
      assertTrue(read != failed, document + " has exactly one record of the old reading");
      assertEquals(isRejected(document), failed, document.toString());
    }
  }

  /**
   * Asserts that the current reader reads {@code document} as the old reader did: into the
   * snapshot it reads from the old writer's record, and, since that alone would not notice a field
   * both readings lost, that the current writer writes the record migrated to the current version
   * ({@link FormatMigration}), as a JSON tree.
   */
  void assertReadsAsRecorded(Path document, int oldVersion) {
    String old = readRecord(document);
    JsonNode oldTree = FormatMigration.tree(old);
    assertEquals(oldVersion, oldTree.get("formatVersion").asInt(), "the record is the old writer's");
    OrganizationSnapshot snapshot = read(document);
    assertEquals(BINDING.fromJson(old), snapshot);
    JsonNode written = FormatMigration.tree(BINDING.toJson(snapshot));
    assertEquals(FormatMigration.CURRENT, written.get("formatVersion").asInt());
    assertEquals(FormatMigration.toCurrent(oldTree), written);
  }

  /**
   * Asserts that the current reader rejects {@code document} at the recorded pointer, line and
   * column with the recorded problem, in which {@code oldVersions} (such as "1") is replaced by the
   * versions read now.
   */
  void assertRejectedAsRecorded(Path document, String oldVersions) {
    JsonNode old = errorRecord(document);
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class, () -> read(document));
    String problem = old.get("problem").asText()
        .replace("this reader reads formatVersion " + oldVersions, "this reader reads formatVersion 1, 2 and 3");
    assertEquals(old.get("pointer").asText() + " " + old.get("line").asInt() + ":" + old.get("column").asInt()
        + " " + problem, e.pointer() + " " + e.line() + ":" + e.column() + " " + e.problem());
  }

  /** What the current readers make of a corpus document: a whole document, or a JSON Lines file. */
  static OrganizationSnapshot read(Path document) {
    try {
      byte[] bytes = Files.readAllBytes(document);
      return document.toString().endsWith(".jsonl")
          ? BINDING.readLines(new ByteArrayInputStream(bytes), JsonLimits.defaults(), ErrorMode.STOP_AT_FIRST)
              .snapshot()
          : BINDING.fromJson(new String(bytes, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
