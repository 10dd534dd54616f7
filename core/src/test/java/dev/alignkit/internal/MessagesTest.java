package dev.alignkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Templates are looked up from the most specific locale to the base file, and their {@code {name}}
 * placeholders are found and filled in exactly. The files are {@code greetings*.properties} next to this class.
 */
class MessagesTest {
  private final Messages greetings = Messages.nextTo(MessagesTest.class, "greetings");

  @Test
  void aCountryFileComesBeforeItsLanguageFileAndTheBaseFile() {
    Locale swissGerman = Locale.forLanguageTag("de-CH");
    assertEquals(Optional.of("Grüezi {name}"), greetings.template("greeting", swissGerman));
    assertEquals(Optional.of("Tschüss {name}"), greetings.template("farewell", swissGerman));
    assertEquals(Optional.of("Thank you, {name}"), greetings.template("thanks", swissGerman));
    assertEquals(Optional.of("Hallo {name}"), greetings.template("greeting", Locale.GERMANY));
    assertEquals(Optional.of("Hello {name}"), greetings.template("greeting", Locale.ROOT));
    assertEquals(Optional.empty(), greetings.template("apology", swissGerman));
  }

  @Test
  void keysAreThoseOfTheFileForExactlyThatLocale() {
    assertEquals(List.of("greeting"), greetings.keys(Locale.forLanguageTag("de-CH")));
  }

  @Test
  void adjacentPlaceholdersAreEachReplaced() {
    assertEquals("12", Messages.format("{a}{b}", Map.of("a", "1", "b", "2")));
  }

  @Test
  void anUnclosedBraceStaysAsItIs() {
    assertEquals("a 1 {c", Messages.format("a {b} {c", Map.of("b", "1", "c", "2")));
    assertEquals(List.of("b"), Messages.placeholders("a {b} {c"));
  }

  @Test
  void placeholdersAreListedOnceInOrderOfFirstUse() {
    assertEquals(List.of("b", "a"), Messages.placeholders("{b} and {a}, then {b}{a}"));
  }
}
