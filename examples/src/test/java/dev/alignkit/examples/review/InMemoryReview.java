package dev.alignkit.examples.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.org.OrganizationSnapshot;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The review command run on a snapshot built in a test, as of 2026-08-15 unless told, and reading its output. */
final class InMemoryReview {
  private InMemoryReview() {}

  /** The review's standard output for {@code snapshot} with {@code options}; fails unless it exits with 0. */
  static String review(OrganizationSnapshot snapshot, String... options) {
    return reviewAsOf(LocalDate.of(2026, 8, 15), snapshot, options);
  }

  /** As {@link #review}, as of {@code asOf}. */
  static String reviewAsOf(LocalDate asOf, OrganizationSnapshot snapshot, String... options) {
    List<String> args = new ArrayList<>(List.of("in-memory.json", "--as-of", asOf.toString()));
    args.addAll(List.of(options));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new ReviewCommand(path -> snapshot).run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Terminal.piped());
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The part of {@code text} from the first {@code from} up to the next {@code to}; fails when either is missing. */
  static String between(String text, String from, String to) {
    int start = text.indexOf(from);
    assertTrue(start >= 0, "no '" + from + "' in\n" + text);
    int end = text.indexOf(to, start);
    assertTrue(end >= 0, "no '" + to + "' after '" + from + "' in\n" + text);
    return text.substring(start, end);
  }
}
