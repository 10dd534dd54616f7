package dev.alignkit.examples.review;

import dev.alignkit.jackson.AlignkitJson;
import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.json.ErrorMode;
import dev.alignkit.json.JsonLimits;
import dev.alignkit.jackson.JsonLinesReader;
import dev.alignkit.org.OrganizationSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the review's input with the Jackson module: a JSON document, or JSON Lines for {@code .jsonl} files. */
final class JsonLoader {
  private JsonLoader() {}

  /**
   * Reads an organization document. The file is opened here, not by the module, so that no message
   * names the path: the command names it once, before the message.
   *
   * @throws UncheckedIOException saying why the file cannot be opened: {@code no such file},
   *     {@code permission denied}, {@code is a directory}
   * @throws dev.alignkit.json.AlignkitJsonException naming the JSON Pointer, line and column of the problem
   */
  static OrganizationSnapshot load(Path path) {
    try (InputStream in = open(path)) {
      if (path.getFileName() != null && path.getFileName().toString().endsWith(".jsonl")) {
        return JsonLinesReader.readSnapshot(in, JsonLimits.defaults(), ErrorMode.STOP_AT_FIRST).snapshot();
      }
      return AlignkitJson.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(reason(e), e);
    }
  }

  /** The file's bytes; a directory, which some systems let one open, is refused as the others refuse it. */
  private static InputStream open(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      throw new FileSystemException(path.toString(), null, "is a directory");
    }
    return Files.newInputStream(path);
  }

  /** Why a file cannot be read, in a few words and without its path, which the exception's message repeats. */
  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
      return fileSystem.getReason();
    }
    return String.valueOf(e.getMessage());
  }
}
