package dev.alignkit.examples.review;

import dev.alignkit.common.PlainText;
import dev.alignkit.org.OrganizationSnapshot;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * {@code review}: one command that shows a whole organization's alignment. It reads an
 * organization (a JSON document, or JSON Lines), reviews it as of a date, and prints the
 * bird's-eye progress tree, the backlog (drafts without a cycle, apart from the cycle's
 * roll-up), what needs attention, readiness highlights, the findings by person and severity, and
 * the advice on tangential goals; as text, JSON, Markdown, a Mermaid graph or one self-contained
 * HTML page ({@link HtmlReview}), on standard output or into the file {@code --out} names, for
 * everyone or as one viewer may see it ({@code --viewer}).
 *
 * <p>Exit codes: 0 (always, without {@code --fail-on}, and for {@code --help}, which prints
 * {@link ReviewOptions#HELP} on standard output); 1 when {@code --fail-on} is given and a finding is
 * at or above it; 2 for bad usage or unreadable input, with one clear line on standard error.
 */
public final class ReviewCommand {
  /** Reads an organization from a file; the JSON module provides the real one. */
  @FunctionalInterface
  public interface Loader {
    /**
     * Reads the file.
     *
     * @throws RuntimeException with a message that says what is wrong and where in the file, such as
     *     {@code no such file} or {@code /people/0/name: ... (line 1, column 50)}; the command names the
     *     path before it
     */
    OrganizationSnapshot load(Path path);
  }

  private final Loader loader;

  /** A command that reads input with {@code loader}. */
  public ReviewCommand(Loader loader) {
    this.loader = loader;
  }

  /**
   * Runs the command.
   *
   * @param terminal where {@code out} goes, which decides colour unless the options do
   * @return the exit code
   */
  public int run(List<String> args, PrintStream out, PrintStream err, Terminal terminal) {
    ReviewOptions options;
    try {
      options = ReviewOptions.parse(args);
    } catch (ReviewOptions.UsageException e) {
      return failed(err, e.getMessage());
    }
    if (options.help()) {
      out.print(ReviewOptions.HELP);
      out.flush();
      return 0;
    }
    OrganizationSnapshot snapshot;
    try {
      snapshot = loader.load(options.input());
    } catch (RuntimeException e) {
      return failed(err, "cannot read " + options.input() + ": " + e.getMessage());
    }
    Review review;
    try {
      review = Review.of(snapshot, options.asOf(), options.person(), options.viewer());
    } catch (IllegalArgumentException e) {
      return failed(err, e.getMessage());
    }
    // A file is no terminal: it gets no colour unless --color asks for it.
    boolean color = options.out().isPresent() ? options.color().orElse(false) : terminal.color(options.color());
    String rendered = switch (options.format()) {
      case JSON -> JsonReview.render(review, options.locale());
      case MARKDOWN -> MarkdownReview.render(review, options.locale());
      case MERMAID -> MermaidReview.render(review);
      case HTML -> HtmlReview.render(review, options.locale());
      case TEXT -> TextReview.render(review, options.locale(), color);
    };
    if (options.out().isPresent()) {
      try {
        Files.writeString(options.out().get(), rendered, StandardCharsets.UTF_8);
      } catch (IOException | RuntimeException e) {
        return failed(err, "cannot write " + options.out().get() + ": "
            + (e instanceof NoSuchFileException ? "no such directory" : e.getMessage()));
      }
    } else {
      out.print(rendered);
      out.flush();
    }
    return options.failOn().map(level -> review.hasFindingsAtOrAbove(level) ? 1 : 0).orElse(0);
  }

  /**
   * Prints {@code message} as the one line of a failed run and gives its exit code, 2. The message
   * may quote the input (a value the JSON module rejects, a person's id), so it goes through
   * {@link PlainText#line}: no escape reaches the terminal, and no line break splits the line.
   */
  private static int failed(PrintStream err, String message) {
    err.println("review: " + PlainText.line(message));
    return 2;
  }

  /** Runs the command on the JVM's standard streams; exits with its code when that is not 0. */
  public static void main(String[] args) {
    int code = new ReviewCommand(JsonLoader::load)
        .run(Arrays.asList(args), System.out, System.err, Terminal.detect());
    if (code != 0) {
      System.exit(code);
    }
  }
}
