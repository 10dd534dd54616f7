package dev.alignkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.advice.AdviceFormatter;
import dev.alignkit.internal.Messages;
import dev.alignkit.policy.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every bundle has every message, and every argument a message names is one its rule gives. */
class TranslationsTest {
  private static final List<Locale> BUNDLES = List.of(Locale.ROOT, Locale.GERMAN);
  private static final Messages FINDINGS = Messages.nextTo(FindingFormatter.class, "messages");
  private static final Messages ADVICE = Messages.nextTo(AdviceFormatter.class, "advice");

  @Test
  void everyCodeHasAMessageAndASuggestionInEveryBundleUsingOnlyItsArguments() {
    for (Locale locale : BUNDLES) {
      Set<String> keys = new TreeSet<>(FINDINGS.keys(locale));
      for (RuleDescriptor rule : Validator.builtInRules()) {
        for (String key : List.of(rule.code(), rule.code() + ".suggestion")) {
          assertTrue(keys.contains(key), key + " is missing in the " + name(locale) + " bundle");
          String template = FINDINGS.template(key, locale).orElseThrow();
          for (String placeholder : Messages.placeholders(template)) {
            assertTrue(rule.arguments().contains(placeholder),
                key + " (" + name(locale) + ") names {" + placeholder + "}, which the rule does not give");
          }
        }
      }
    }
  }

  @Test
  void bundlesHaveTheSameKeysAndTheSamePlaceholders() {
    assertEquals(new TreeSet<>(FINDINGS.keys(Locale.ROOT)), new TreeSet<>(FINDINGS.keys(Locale.GERMAN)));
    assertEquals(new TreeSet<>(ADVICE.keys(Locale.ROOT)), new TreeSet<>(ADVICE.keys(Locale.GERMAN)));
    for (Messages messages : List.of(FINDINGS, ADVICE)) {
      for (String key : messages.keys(Locale.ROOT)) {
        assertEquals(new TreeSet<>(Messages.placeholders(messages.template(key, Locale.ROOT).orElseThrow())),
            new TreeSet<>(Messages.placeholders(messages.template(key, Locale.GERMAN).orElseThrow())),
            "placeholders of " + key);
      }
    }
  }

  @Test
  void germanFindingRendersInGermanAndSwissGermanFallsBackToGerman() {
    Finding finding = Finding.builder().code(RuleCodes.KEY_RESULT_COUNT).severity(Severity.WARNING)
        .path(ItemPath.parse("objectives[o-1].keyResults")).subjectId("o-1")
        .arguments(Map.of("objective", "Kunden begeistern", "count", "6", "limit", "5"))
        .suggestionKey(RuleCodes.KEY_RESULT_COUNT + ".suggestion").build();
    String german = FindingFormatter.standard().message(finding, Locale.GERMAN);
    assertEquals("Das Ziel „Kunden begeistern“ hat 6 Schlüsselergebnisse; höchstens 5 bleiben überschaubar.", german);
    assertEquals(german, FindingFormatter.standard().message(finding, Locale.forLanguageTag("de-CH")));
    assertFalse(FindingFormatter.standard().message(finding, Locale.ENGLISH).equals(german));
  }

  private static String name(Locale locale) {
    return locale.equals(Locale.ROOT) ? "base (English)" : locale.getDisplayLanguage(Locale.ENGLISH);
  }

}
