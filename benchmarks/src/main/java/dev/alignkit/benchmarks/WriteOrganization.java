package dev.alignkit.benchmarks;

import dev.alignkit.jackson.JsonLinesWriter;
import java.nio.file.Path;

/**
 * Writes a generated organization as JSON Lines, for runs outside JMH such as the HR service's
 * loading timing (docs/embedding.md, "HR service"):
 * {@code java -cp benchmarks/target/benchmarks.jar dev.alignkit.benchmarks.WriteOrganization 10000 org.jsonl}.
 */
public final class WriteOrganization {
  private WriteOrganization() {}

  /**
   * Writes the organization.
   *
   * @param args how many people, then the file to write
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: WriteOrganization PEOPLE FILE.jsonl");
      System.exit(2);
    }
    int people = Integer.parseInt(args[0]);
    Path file = Path.of(args[1]);
    JsonLinesWriter.write(OrganizationGenerator.organization(people, OrganizationGenerator.SEED), file);
    System.out.println("wrote " + people + " people to " + file);
  }
}
