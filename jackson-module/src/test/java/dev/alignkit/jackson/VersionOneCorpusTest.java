package dev.alignkit.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.org.OrganizationSnapshot;
import java.nio.file.Path;
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
 * commands. The records are never written by the current code. {@link Corpus} reads the corpus
 * and makes the comparisons.
 *
 * <p><b>What is compared.</b> For a document the old reader read: the current reader's snapshot
 * of it equals its snapshot of the recorded old output; and, since that alone would not notice a
 * field both readings lost, the current writer's output of the current reading equals the
 * recorded old output migrated to the current version as a JSON tree ({@link FormatMigration}:
 * the differences the later versions make on purpose, such as an initiative's {@code done} written
 * even when false, and an objective's {@code alignment} written as the one element of
 * {@code alignments}). A promoted attribute (see {@code promoted-*}) compares equal as a tree too:
 * it left the attributes for the field of the same name and value. For a document the old reader
 * rejected: the same pointer, line, column and problem, but for the unsupported-version message,
 * which now names every version read, and for {@code rejected-version-3.json}: version 3 exists
 * now, and that document reads as the empty snapshot it is.
 */
class VersionOneCorpusTest {
  private static final Corpus V1 = Corpus.named("v1");
  /** The document the version 1 reader rejected for its version, 3, which is read now. */
  private static final String NOW_A_VERSION = "rejected-version-3";

  @Test
  void theDocumentOfAVersionThatExistsNowReadsAsTheEmptySnapshotItIs() {
    Path document = V1.directory().resolve(NOW_A_VERSION + ".json");
    assertEquals("unsupported formatVersion 3: this reader reads formatVersion 1",
        V1.errorRecord(document).get("problem").asText());
    assertEquals(OrganizationSnapshot.empty(), Corpus.read(document));
  }

  @Test
  void theCorpusHoldsEveryKindOfDocumentAndARecordOfEach() {
    List<Path> documents = V1.documents();
    assertEquals(24, documents.size(), documents.toString());
    V1.assertOneRecordEach();
    assertEquals(10, documents.stream().filter(Corpus::isRejected).count());
  }

  @TestFactory
  Stream<DynamicTest> eachDocumentReadsAsTheVersionOneReaderReadIt() {
    return V1.documents().stream().filter(document -> !Corpus.isRejected(document))
        .map(document -> DynamicTest.dynamicTest(document.getFileName().toString(),
            () -> V1.assertReadsAsRecorded(document, 1)));
  }

  @TestFactory
  Stream<DynamicTest> eachDocumentTheVersionOneReaderRejectedFailsAtTheSamePlace() {
    return V1.documents().stream()
        .filter(document -> Corpus.isRejected(document) && !Corpus.baseName(document).equals(NOW_A_VERSION))
        .map(document -> DynamicTest.dynamicTest(document.getFileName().toString(),
            () -> V1.assertRejectedAsRecorded(document, "1")));
  }
}
