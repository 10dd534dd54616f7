package dev.alignkit.examples.review;

import dev.alignkit.jackson.AlignkitJson;
import dev.alignkit.org.OrganizationSnapshot;
import java.nio.file.Path;

/** Reads the review's input with the Jackson module. */
final class JsonLoader {
  private JsonLoader() {}

  /**
   * Reads an organization document.
   *
   * @throws dev.alignkit.jackson.AlignkitJsonException naming the JSON Pointer, line and column of the problem
   */
  static OrganizationSnapshot load(Path path) {
    return AlignkitJson.read(path);
  }
}
