package dev.alignkit.examples.review;

import dev.alignkit.policy.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The review command's options, parsed from its arguments.
 *
 * <pre>
 * review [FILE] [--as-of DATE] [--format text|json|markdown|mermaid|html] [--out FILE] [--person ID]
 *        [--viewer ID] [--locale TAG] [--fail-on error|warning] [--color|--no-color] [-h|--help]
 * </pre>
 *
 * @param out the file the review is written to, in UTF-8, in place of standard output
 * @param viewer the person whose view of the organization the review shows ({@code docs/privacy.md})
 * @param help whether {@code --help} or {@code -h} asked for {@link #HELP}; the options after it are
 *     not read, and the others keep what was given before it
 */
public record ReviewOptions(Path input, Optional<LocalDate> asOf, Format format, Optional<Path> out,
    Optional<String> person, Optional<String> viewer, Locale locale, Optional<Severity> failOn, Optional<Boolean> color, boolean help) {

  /** The sample the command reviews when no file is given. */
  public static final Path DEFAULT_INPUT = Path.of("examples", "data", "organization-40.json");

  /** Output formats. */
  public enum Format { TEXT, JSON, MARKDOWN, MERMAID, HTML }

  /** Thrown for arguments the command cannot use; its message is the one line the user sees. */
  public static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** The usage line. */
  public static final String USAGE = "usage: review [FILE|FILE.jsonl] [--as-of YYYY-MM-DD] "
      + "[--format text|json|markdown|mermaid|html] [--out FILE] [--person ID] [--viewer ID] [--locale TAG] "
      + "[--fail-on error|warning] [--color|--no-color] [-h|--help]";

  /** What {@code --help} prints: the usage line, what each option does, and the exit codes. */
  public static final String HELP = USAGE + "\n\n" + """
      Reviews an organization's alignment: the progress of the running cycles, a scorecard of each
      ended one, the backlog, what needs attention, readiness, the findings by person and the advice
      on tangential goals.

        FILE                     the organization, a JSON document, or JSON Lines when it ends in .jsonl
                                 (default: examples/data/organization-40.json)
        --as-of YYYY-MM-DD       the day of the review (default: the day of the latest check-in)
        --format FORMAT          text (default), json, markdown, mermaid for the alignment graph, or
                                 html for one self-contained page (no script; inline CSS and SVG)
        --out FILE               write the review to FILE (UTF-8) instead of standard output
        --person ID              only this person's objectives, key results, findings and readiness
        --viewer ID              only what this person may see (their own items, their team's, their
                                 reports'; see docs/privacy.md)
        --locale TAG             the language of findings and advice: en (default) or de
        --fail-on error|warning  exit with 1 when a finding is at or above this severity
        --color, --no-color      colour the text or not (default: on a terminal, unless NO_COLOR is set)
        -h, --help               print this help

      Exit codes: 0 reviewed; 1 a finding at or above --fail-on; 2 bad usage or unreadable input.
      """;

  /**
   * Parses the arguments.
   *
   * @throws UsageException with one line naming what is wrong
   */
  public static ReviewOptions parse(List<String> args) {
    Path input = null;
    LocalDate asOf = null;
    Format format = Format.TEXT;
    Path out = null;
    String person = null;
    String viewer = null;
    Locale locale = Locale.ENGLISH;
    Severity failOn = null;
    Boolean color = null;
    boolean help = false;
    for (int i = 0; i < args.size() && !help; i++) {
      String arg = args.get(i);
      switch (arg) {
        case "--as-of":
          String date = value(args, ++i, arg);
          try {
            asOf = LocalDate.parse(date);
          } catch (DateTimeParseException e) {
            throw new UsageException("--as-of takes a date like 2026-08-15, not '" + date + "'");
          }
          break;
        case "--format":
          String name = value(args, ++i, arg);
          try {
            format = Format.valueOf(name.toUpperCase(Locale.ROOT));
          } catch (IllegalArgumentException e) {
            throw new UsageException("--format takes text, json, markdown, mermaid or html, not '" + name + "'");
          }
          break;
        case "--out":
          out = Path.of(value(args, ++i, arg));
          break;
        case "--person":
          person = value(args, ++i, arg);
          break;
        case "--viewer":
          viewer = value(args, ++i, arg);
          break;
        case "--locale":
          locale = Locale.forLanguageTag(value(args, ++i, arg));
          break;
        case "--fail-on":
          String level = value(args, ++i, arg);
          if (level.equals("error")) {
            failOn = Severity.ERROR;
          } else if (level.equals("warning")) {
            failOn = Severity.WARNING;
          } else {
            throw new UsageException("--fail-on takes error or warning, not '" + level + "'");
          }
          break;
        case "--color":
          color = true;
          break;
        case "--no-color":
          color = false;
          break;
        case "--help":
        case "-h":
          help = true;
          break;
        default:
          if (arg.startsWith("--")) {
            throw new UsageException("unknown option " + arg + "; " + USAGE);
          }
          if (input != null) {
            throw new UsageException("one input file only, got '" + input + "' and '" + arg + "'");
          }
          input = Path.of(arg);
      }
    }
    return new ReviewOptions(input != null ? input : DEFAULT_INPUT, Optional.ofNullable(asOf), format,
        Optional.ofNullable(out), Optional.ofNullable(person), Optional.ofNullable(viewer), locale, Optional.ofNullable(failOn), Optional.ofNullable(color), help);
  }

  private static String value(List<String> args, int index, String option) {
    if (index >= args.size() || args.get(index).startsWith("--")) {
      throw new UsageException(option + " needs a value");
    }
    return args.get(index);
  }
}
