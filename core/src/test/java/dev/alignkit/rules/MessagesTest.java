package dev.alignkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.internal.Messages;
import dev.alignkit.policy.Severity;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every built-in code has a message and a suggestion, and every argument they name is one the rule gives. */
class MessagesTest {
  private final FindingFormatter formatter = FindingFormatter.standard();

  @Test
  void everyBuiltInCodeHasAMessageAndASuggestionUsingOnlyItsArguments() {
    for (RuleDescriptor rule : Validator.builtInRules()) {
      String message = formatter.template(rule.code(), Locale.ENGLISH).orElseThrow(
          () -> new AssertionError("no message for " + rule.code()));
      String suggestion = formatter.template(rule.code() + ".suggestion", Locale.ENGLISH).orElseThrow(
          () -> new AssertionError("no suggestion for " + rule.code()));
      for (String name : Messages.placeholders(message + suggestion)) {
        assertTrue(rule.arguments().contains(name), rule.code() + " names {" + name + "}, not an argument");
      }
    }
  }

  @Test
  void messageIsRenderedWithTheFindingsArguments() {
    Finding finding = Finding.builder().code(RuleCodes.KEY_RESULT_COUNT).severity(Severity.WARNING)
        .path(ItemPath.parse("objectives[o-1].keyResults")).subjectId("o-1")
        .arguments(Map.of("objective", "Delight customers", "count", "6", "limit", "5"))
        .suggestionKey(RuleCodes.KEY_RESULT_COUNT + ".suggestion")
        .build();
    assertEquals("Objective \"Delight customers\" has 6 key results; at most 5 keep it readable.",
        formatter.message(finding, Locale.ENGLISH));
    assertEquals(Optional.of("Keep the key results that best show the outcome; turn the others into initiatives."),
        formatter.suggestion(finding, Locale.ENGLISH));
  }

  @Test
  void unknownLocaleFallsBackToTheBaseMessagesNotTheJvmDefault() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.JAPANESE);
      assertEquals(formatter.template(RuleCodes.WEIGHT, Locale.ENGLISH),
          formatter.template(RuleCodes.WEIGHT, Locale.forLanguageTag("pt-BR")));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void codeWithoutATemplateRendersAsCodeAndArguments() {
    Finding finding = Finding.builder().code("acme.custom").severity(Severity.INFO).path(ItemPath.parse("people[p]"))
        .subjectId("p").arguments(Map.of("n", "1")).build();
    assertEquals("acme.custom {n=1}", formatter.message(finding, Locale.ENGLISH));
    assertEquals(Optional.empty(), formatter.suggestion(finding, Locale.ENGLISH));
  }

  @Test
  void applicationSourcesComeBeforeBuiltInMessages() {
    FindingFormatter custom = FindingFormatter.withSources(
        (key, locale) -> key.equals(RuleCodes.WEIGHT) ? Optional.of("Weight {weight}!") : Optional.empty());
    Finding finding = Finding.builder().code(RuleCodes.WEIGHT).severity(Severity.ERROR).path(ItemPath.parse("x")).subjectId("x")
        .arguments(Map.of("item", "KR", "weight", "0")).build();
    assertEquals("Weight 0!", custom.message(finding, Locale.ENGLISH));
    assertEquals(formatter.template(RuleCodes.ALIGNMENT_MISSING_PARENT, Locale.ENGLISH),
        custom.template(RuleCodes.ALIGNMENT_MISSING_PARENT, Locale.ENGLISH));
  }

  @Test
  void placeholdersWithoutArgumentsStayVisible() {
    assertEquals("a 1 {b}", Messages.format("a {a} {b}", Map.of("a", "1")));
  }
}
