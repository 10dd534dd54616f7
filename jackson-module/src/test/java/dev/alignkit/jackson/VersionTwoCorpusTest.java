package dev.alignkit.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A version 2 document reads into the same snapshot as before format version 3 existed, and
 * writing it gives version 3: every document of the committed corpus
 * {@code dev/alignkit/jackson/v2} (test resources) reads as the reader of version 2 read it, or
 * fails as it failed.
 *
 * <p><b>The corpus.</b> The samples as they were in version 2 ({@code small.json},
 * {@code organization-40.json}, the tests' {@code base.json}, the complete document and the JSON
 * Lines example of {@code docs/json-format.md}, the document of {@link VersionTwoFieldsTest} that
 * uses every field new in version 2: {@code every-v2-field.json}); {@code field-order.json}, whose
 * fields come in reverse order with {@code formatVersion} last and an objective's
 * {@code alignment} before it; five documents that the version 2 generators made and the version 2
 * writer wrote ({@code generated-*.json}); documents whose vendor attributes are named like fields
 * new in version 3 ({@code promoted-*}: an objective's {@code alignments}, beside an
 * {@code alignment} or alone, and a link's {@code parentKind}); and documents that version 2
 * rejects at an objective's {@code alignment} or for their version ({@code rejected-*}).
 *
 * <p><b>How "before" is pinned.</b> The reader of version 2 is that of commit 4f50c47, the last
 * before version 3. It was built from that commit in a temporary copy, and a small main run with
 * those jars recorded in {@code v2/expected} what it made of each corpus document, as for the
 * version 1 corpus ({@link VersionOneCorpusTest}); {@code v2/README.md} holds the commands. The
 * records are never written by the current code.
 *
 * <p><b>What is compared</b> ({@link Corpus}): for a document the old reader read, the current
 * reader's snapshot of it equals its snapshot of the recorded old output, and the current writer's
 * output of it is the record migrated to version 3 as docs/json-format.md says ({@code alignment}
 * as the one element of {@code alignments}, each link with its {@code parentKind}, promoted
 * attributes as fields). For a document the old reader rejected: the same pointer, line, column and
 * problem, but for the unsupported-version message, which now names every version read.
 */
class VersionTwoCorpusTest {
  private static final Corpus V2 = Corpus.named("v2");

  @Test
  void theCorpusHoldsEveryKindOfDocumentAndARecordOfEach() {
    List<Path> documents = V2.documents();
    assertEquals(19, documents.size(), documents.toString());
    V2.assertOneRecordEach();
    assertEquals(5, documents.stream().filter(Corpus::isRejected).count());
  }

  @Test
  void everyReadDocumentIsOfVersionTwoAndTheGeneratedOnesHoldLinks() {
    for (Path document : V2.documents()) {
      if (!Corpus.isRejected(document) && document.toString().endsWith(".json")) {
        assertEquals(2, FormatMigration.versionOf(Corpus.text(document)), document.toString());
      }
    }
    assertEquals(10, Stream.of(1, 2, 3)
        .mapToLong(i -> Corpus.read(V2.directory().resolve("generated-okr-" + i + ".json")).objectives().stream()
            .filter(objective -> !objective.alignments().isEmpty()).count())
        .sum());
  }

  @TestFactory
  Stream<DynamicTest> eachDocumentReadsAsTheVersionTwoReaderReadItAndWritesAsVersionThree() {
    return V2.documents().stream().filter(document -> !Corpus.isRejected(document))
        .map(document -> DynamicTest.dynamicTest(document.getFileName().toString(),
            () -> V2.assertReadsAsRecorded(document, 2)));
  }

  @TestFactory
  Stream<DynamicTest> eachDocumentTheVersionTwoReaderRejectedFailsAtTheSamePlace() {
    return V2.documents().stream().filter(Corpus::isRejected)
        .map(document -> DynamicTest.dynamicTest(document.getFileName().toString(),
            () -> V2.assertRejectedAsRecorded(document, "1 and 2")));
  }
}
