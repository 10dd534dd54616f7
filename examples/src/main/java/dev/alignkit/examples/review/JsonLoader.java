package dev.alignkit.examples.review;

import dev.alignkit.jackson.AlignkitJson;
import dev.alignkit.jackson.ErrorMode;
import dev.alignkit.jackson.JsonLimits;
import dev.alignkit.jackson.JsonLinesReader;
import dev.alignkit.org.OrganizationSnapshot;
import java.nio.file.Path;

/** Reads the review's input with the Jackson module: a JSON document, or JSON Lines for {@code .jsonl} files. */
final class JsonLoader {
  private JsonLoader() {}

  /**
   * Reads an organization document.
   *
   * @throws dev.alignkit.jackson.AlignkitJsonException naming the JSON Pointer, line and column of the problem
   */
  static OrganizationSnapshot load(Path path) {
    if (path.getFileName() != null && path.getFileName().toString().endsWith(".jsonl")) {
      return JsonLinesReader.readSnapshot(path, JsonLimits.defaults(), ErrorMode.STOP_AT_FIRST).snapshot();
    }
    return AlignkitJson.read(path);
  }
}
