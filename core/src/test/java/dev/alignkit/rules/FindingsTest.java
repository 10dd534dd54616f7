package dev.alignkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.alignkit.policy.Policy;
import dev.alignkit.policy.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A rule's findings carry its arguments as a map in the order given, as {@link Findings.Draft} documents. */
class FindingsTest {
  private static final RuleDescriptor BUDGET = RuleDescriptor.of("acme.budget", Severity.INFO, "team", "quarter", "limit");

  private final List<Finding> reported = new ArrayList<>();
  private final Findings findings = new Findings(BUDGET, Policy.defaults(), reported::add);

  @Test
  void argumentsKeepTheOrderTheyAreGivenInNotTheDescriptors() {
    findings.at(ItemPath.team("support"), Subject.of("support"))
        .argument("limit", 3)
        .argument("team", "Support")
        .report();

    assertEquals(List.of("limit", "team"), List.copyOf(only().arguments().keySet()));
    assertEquals(Map.of("limit", "3", "team", "Support"), only().arguments());
  }

  @Test
  void anArgumentGivenAgainKeepsItsPlaceWithTheLastValue() {
    findings.at(ItemPath.team("support"), Subject.of("support"))
        .argument("quarter", "Q2")
        .argument("team", "Support")
        .argument("quarter", "Q3")
        .report();

    assertEquals(List.of("quarter", "team"), List.copyOf(only().arguments().keySet()));
    assertEquals("Q3", only().arguments().get("quarter"));
  }

  @Test
  void anArgumentTheDescriptorDoesNotDeclareIsRejected() {
    Findings.Draft draft = findings.at(ItemPath.team("support"), Subject.of("support"));

    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> draft.argument("owner", "x"));
    assertEquals("rule acme.budget reports the argument 'owner', which its descriptor does not declare: "
        + "[team, quarter, limit]", thrown.getMessage());
  }

  private Finding only() {
    assertEquals(1, reported.size(), reported::toString);
    return reported.get(0);
  }
}
