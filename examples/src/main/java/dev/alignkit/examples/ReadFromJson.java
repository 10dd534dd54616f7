package dev.alignkit.examples;

import dev.alignkit.Alignkit;
import dev.alignkit.jackson.AlignkitJson;
import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.org.OrganizationSnapshot;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads an organization from a JSON document, the way an HR system that exports JSON feeds
 * Alignkit, and prints what it holds and its validation report as of {@link SampleOrganization#AS_OF}.
 * Run it with the path of a document, or without one to read {@code examples/data/small.json}.
 */
public final class ReadFromJson {
  private ReadFromJson() {}

  /** {@code examples/data/small.json} from the project root, or {@code data/small.json} from the examples module. */
  static Path defaultDocument() {
    Path fromRoot = Path.of("examples", "data", "small.json");
    return Files.exists(fromRoot) ? fromRoot : Path.of("data", "small.json");
  }

  /**
   * Reads {@code document} and prints its counts and validation report to {@code out}, or what is
   * wrong with it to {@code err}.
   *
   * @return whether the document could be read
   */
  public static boolean run(Path document, PrintStream out, PrintStream err) {
    OrganizationSnapshot snapshot;
    try {
      snapshot = AlignkitJson.read(document);
    } catch (AlignkitJsonException e) {
      // The message names the JSON Pointer, line and column of what to fix.
      err.println("Cannot read " + document + ": " + e.getMessage());
      return false;
    }
    int keyResults = 0;
    int backlog = 0;
    for (var objective : snapshot.objectives()) {
      keyResults += objective.keyResults().size();
      backlog += objective.isInBacklog() ? 1 : 0;
    }
    out.println("Read " + document);
    // Drafts without a cycle are the backlog: counted apart, as the review lists them.
    out.printf(Locale.ROOT, "  people %d, teams %d, cycles %d, objectives %d%s, key results %d%n",
        snapshot.people().size(), snapshot.teams().size(), snapshot.cycles().size(),
        snapshot.objectives().size() - backlog, backlog > 0 ? " (" + backlog + " more in the backlog)" : "", keyResults);
    out.printf(Locale.ROOT, "  skills %d, ladders %d, profiles %d, plans %d, waivers %d%n",
        snapshot.skillCatalog().skills().size(), snapshot.ladders().size(), snapshot.profiles().size(),
        snapshot.plans().size(), snapshot.waivers().size());
    out.println();
    SampleOrganization.printReport(Alignkit.validate(snapshot, SampleOrganization.AS_OF), Locale.ENGLISH, out);
    return true;
  }

  /** Runs the example; takes an optional path of a document. */
  public static void main(String[] args) {
    Path document = args.length > 0 ? Path.of(args[0]) : defaultDocument();
    if (!run(document, System.out, System.err)) {
      System.exit(1);
    }
  }
}
