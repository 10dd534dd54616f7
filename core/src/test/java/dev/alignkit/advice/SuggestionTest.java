package dev.alignkit.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.alignkit.career.RoleRef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuggestionTest {
  private static Suggestion.Builder expectations() {
    return Suggestion.builder().kind(SuggestionKind.EXPECTATIONS).rank(1).messageKey("advice.expectations.gaps")
        .putArgument("role", "eng/E4").putArgument("gaps", "sql").addRole(RoleRef.of("eng", "E4")).addGap("sql");
  }

  @Test
  void aBuiltSuggestionHoldsWhatItWasGiven() {
    Suggestion suggestion = expectations().build();
    assertEquals(SuggestionKind.EXPECTATIONS, suggestion.kind());
    assertEquals(Map.of("role", "eng/E4", "gaps", "sql"), suggestion.arguments());
    assertEquals(List.of(RoleRef.of("eng", "E4")), suggestion.roles());
    assertEquals(List.of("sql"), suggestion.gaps());
    assertEquals(suggestion, expectations().build());
  }

  @Test
  void aRankBelowOneIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> expectations().rank(0).build());
    assertEquals("suggestion rank must be at least 1: 0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> expectations().build().withRank(-3));
  }

  @Test
  void aBlankMessageKeyIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> expectations().messageKey(" ").build());
    assertEquals("suggestion message key must not be blank: ' '", e.getMessage());
  }

  @Test
  void withoutGapsStillDropsTheGapsOfABuiltSuggestion() {
    Suggestion shown = expectations().build().withoutGaps();
    assertEquals("advice.expectations", shown.messageKey());
    assertEquals(List.of(), shown.gaps());
    assertEquals(Map.of("role", "eng/E4"), shown.arguments());
  }
}
