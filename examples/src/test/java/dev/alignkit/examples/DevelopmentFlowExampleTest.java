package dev.alignkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DevelopmentFlowExampleTest {
  private static String walked() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DevelopmentFlowExample.walk(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void proposalIsFlaggedThenRefinedThenAgreedClean() {
    String[] steps = walked().split("\n\n");
    assertEquals(3, steps.length);
    assertTrue(steps[0].contains("ERROR   Development goal \"Move toward sales\" cannot be measured: it lacks a measure."),
        steps[0]);
    assertEquals(7, steps[0].lines().filter(l -> l.startsWith("   ERROR") || l.startsWith("   WARNING")).count());
    assertTrue(steps[1].contains("goal g-demo     DROPPED"), steps[1]);
    assertTrue(steps[1].contains(
        "WARNING Maya Chen's development plan for 2026-Q3 has 0 agreed or active goals; it needs at least 1."), steps[1]);
    assertEquals(1, steps[1].lines().filter(l -> l.startsWith("   WARNING") || l.startsWith("   ERROR")).count());
    assertTrue(steps[2].contains("goal g-sales    ACTIVE"), steps[2]);
    assertTrue(steps[2].contains("no findings on the plan"), steps[2]);
  }
}
