package dev.alignkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Keeps the README's tour true: it is the code of {@link Tour}, and it prints what it says. */
class ReadmeTourTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path TOUR = Path.of("src", "main", "java", "dev", "alignkit", "examples", "Tour.java");

  @Test
  void readmeTourIsTheCodeOfTheTourClass() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("<!-- tour:start -->\\s*```java\\n(.*?)```\\s*<!-- tour:end -->", Pattern.DOTALL)
        .matcher(readme);
    assertTrue(block.find(), "README.md has a java block between <!-- tour:start --> and <!-- tour:end -->");
    assertEquals(tourSource(), block.group(1).strip());
  }

  @Test
  void tourPrintsTheProgressAndFindingsItPromises() {
    assertEquals(String.join("\n",
            "kr-2 progress: 0.5",
            "WARNING okr.alignment.unaligned at objectives[o-3].alignments",
            "WARNING okr.check-in.stale at objectives[o-3].keyResults[kr-3].checkIns",
            "ERROR okr.key-result.activity at objectives[o-3].keyResults[kr-3].title",
            "WARNING acme.objective.skills at objectives[o-3].skills",
            "Key result \"Attend 6 customer calls\" describes an activity (\"attend\"), not a result."),
        Tour.run());
  }

  private static String tourSource() throws IOException {
    String source = Files.readString(TOUR, StandardCharsets.UTF_8);
    int start = source.indexOf("// tour:start\n") + "// tour:start\n".length();
    int end = source.lastIndexOf("    // tour:end");
    StringBuilder out = new StringBuilder();
    for (String line : source.substring(start, end).split("\n", -1)) {
      out.append(line.startsWith("    ") ? line.substring(4) : line).append('\n');
    }
    return out.toString().strip();
  }
}
