package dev.alignkit.jackson.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.alignkit.json.format.Canonical;
import dev.alignkit.json.format.Scalars;
import dev.alignkit.testing.Gens;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.util.HashMap;
import java.util.Map;

class CanonicalProperties {

  @Property(examples = 500)
  void aTextLookedUpByItsCharactersIsTheSharedStringOfThatText(Theory theory) {
    // A small alphabet and short texts, so that texts repeat and hashes collide within a list.
    theory.forAll(Gens.lists(Gens.combine(Gens.strings("ab-1é", 0, 6), Gens.booleans(), Gens.ints(0, 3),
        (text, byChars, padding) -> new Lookup(text, byChars, padding)), 1, 60)).check(lookups -> {
          Canonical canonical = new Canonical();
          Map<String, String> first = new HashMap<>();
          for (Lookup lookup : lookups) {
            String shared = lookup.in(canonical);
            assertEquals(lookup.text, shared);
            assertSame(first.computeIfAbsent(lookup.text, text -> shared), shared, lookup.text);
          }
        });
  }

  @Property(examples = 3000)
  void aDateLookedUpByItsCharactersIsTheDayOfItsText(Theory theory) {
    theory.forAll(Gens.oneOf(Gens.strings("0123456789-", 10, 10),
        Gens.combine(Gens.ints(0, 9999), Gens.ints(0, 13), Gens.ints(0, 32),
            (year, month, day) -> String.format("%04d-%02d-%02d", year, month, day))), Gens.ints(0, 3))
        .check((text, padding) -> {
          Canonical canonical = new Canonical();
          char[] buffer = padded(text, padding);
          assertEquals(Scalars.plainDate(text), canonical.date(buffer, padding, text.length()), text);
          assertSame(canonical.date(text), canonical.date(buffer, padding, text.length()), text);
        });
  }

  /** {@code text} with {@code padding} characters of other text before and after it. */
  private static char[] padded(String text, int padding) {
    String pad = "x-9".repeat(padding).substring(0, padding);
    return (pad + text + pad).toCharArray();
  }

  /** One lookup: by the characters of a larger buffer, or by a string. */
  private static final class Lookup {
    final String text;
    final boolean byChars;
    final int padding;

    Lookup(String text, boolean byChars, int padding) {
      this.text = text;
      this.byChars = byChars;
      this.padding = padding;
    }

    String in(Canonical canonical) {
      return byChars ? canonical.string(padded(text, padding), padding, text.length())
          : canonical.string(new String(text.toCharArray()));
    }

    @Override
    public String toString() {
      return (byChars ? "chars " : "string ") + text + " +" + padding;
    }
  }
}
