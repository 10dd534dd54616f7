package dev.alignkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AdviceExampleTest {
  private static String run() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AdviceExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void seed000GetsExpectationsCostTweakAndAnotherRoleInThatOrder() {
    String eli = run().split("\n\n")[0];
    assertTrue(eli.contains("WARNING Development goal \"Learn Rust\" (Rust) does not serve"), eli);
    assertEquals(4, eli.lines().filter(l -> l.matches("     \\d\\. .*")).count(), eli);
    assertTrue(eli.contains("     2. OPPORTUNITY_COST About 20% of your working time"), eli);
    assertTrue(eli.contains("     3. TWEAK            Could you aim at Go instead of Rust?"), eli);
    assertTrue(eli.contains("     4. CHANGE_ROLE      If Rust is where you want to grow, Data engineering DE3 expects it; "
        + "you are 50% ready for it today."), eli);
  }

  @Test
  void seed002IsWovenAndThenNoLongerTangential() {
    String[] parts = run().split("\n\n");
    assertTrue(parts[1].contains("     3. WEAVE            You could grow this inside \"Launch the partner program\""),
        parts[1]);
    assertTrue(parts[2].contains("goal g-influence is WOVEN: woven into objective o-partners"), parts[2]);
    assertTrue(parts[2].lines().noneMatch(l -> l.contains("WARNING")), parts[2]);
  }
}
