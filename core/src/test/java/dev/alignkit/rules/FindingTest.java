package dev.alignkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.policy.Severity;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A finding prints itself for logs and reports. */
class FindingTest {
  @Test
  void findingPrintsSeverityCodeAndPathThenItsArgumentsIfAny() {
    Finding bare = Finding.builder().code("acme.budget").severity(Severity.INFO).path(ItemPath.parse("teams[support]"))
        .subjectId("support").build();
    assertEquals("INFO acme.budget at teams[support]", bare.toString());
    assertEquals("INFO acme.budget at teams[support] {quarter=Q3}",
        Finding.builder().from(bare).arguments(Map.of("quarter", "Q3")).build().toString());
  }
}
