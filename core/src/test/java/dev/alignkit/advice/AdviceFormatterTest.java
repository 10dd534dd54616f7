package dev.alignkit.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How {@link AdviceFormatter} finds a suggestion's sentence, and what it shows when none is found. */
class AdviceFormatterTest {
  private static Suggestion suggestion(String messageKey) {
    return new Suggestion.Draft(SuggestionKind.TWEAK, messageKey).argument("skill", "Go").argument("instead", "Rust")
        .build(1);
  }

  @Test
  void aKeyWithoutATemplateRendersAsTheKeyAndItsArguments() {
    assertEquals("advice.unheard-of {skill=Go, instead=Rust}",
        AdviceFormatter.standard().sentence(suggestion("advice.unheard-of"), Locale.ENGLISH));
  }

  @Test
  void anApplicationsSourceComesBeforeTheBuiltInSentences() {
    AdviceFormatter formatter = AdviceFormatter.withSources(
        (key, locale) -> key.equals("advice.tweak") ? Optional.of("Try {skill}.") : Optional.empty());
    assertEquals("Try Go.", formatter.sentence(suggestion("advice.tweak"), Locale.ENGLISH));
    assertEquals("advice.unheard-of {skill=Go, instead=Rust}",
        formatter.sentence(suggestion("advice.unheard-of"), Locale.ENGLISH));
  }
}
