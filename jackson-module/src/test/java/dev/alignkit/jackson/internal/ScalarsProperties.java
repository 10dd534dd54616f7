package dev.alignkit.jackson.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;

import dev.alignkit.json.JsonLimits;
import dev.alignkit.json.format.FormatException;
import dev.alignkit.json.format.JsonIn;
import dev.alignkit.json.format.Scalars;
import dev.alignkit.testing.Gens;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ScalarsProperties {

  @Property(examples = 3000)
  void aPlainDateReadsAsTheDayLocalDateParses(Theory theory) {
    theory.forAll(Gens.ints(0, 9999), Gens.ints(1, 12), Gens.ints(1, 31)).check((year, month, day) -> {
      String text = String.format("%04d-%02d-%02d", year, month, day);
      LocalDate parsed = parseOrNull(text);
      assertEquals(parsed, Scalars.plainDate(text), text);
    });
  }

  @Property(examples = 3000)
  void aTextPlainDateAcceptsIsOneLocalDateParsesTheSame(Theory theory) {
    theory.forAll(dateLike()).check(text -> {
      LocalDate plain = Scalars.plainDate(text);
      if (plain != null) {
        assertEquals(LocalDate.parse(text), plain, text);
      }
    });
  }

  @Property(examples = 3000)
  void aNumberReadsAsTheDoubleDoubleParseDoubleGives(Theory theory) {
    JsonFactory factory = Factories.forDocuments(JsonLimits.defaults());
    theory.forAll(numbers()).check(text -> {
      try (JsonParser parser = factory.createParser(text)) {
        JsonIn in = new JsonIn(new JacksonReader(parser));
        in.next();
        double expected = Double.parseDouble(text);
        if (Double.isFinite(expected)) {
          assertEquals(expected, Scalars.DOUBLE.read(in), text);
        } else {
          assertThrows(FormatException.class, () -> Scalars.DOUBLE.read(in), text);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Numbers as JSON writes them: written by hand, as Java prints a double, or from any finite bit pattern. */
  private static Gen<String> numbers() {
    String digitChars = "0123456789";
    // No leading zero but in "0" itself: built so, since a filter would make QuickTheories give up.
    Gen<String> digits = Gens.frequency(
        Gens.weighted(1, Gens.constant("0")),
        Gens.weighted(9, Gens.combine(Gens.strings("123456789", 1, 1), Gens.strings(digitChars, 0, 24), String::concat)));
    Gen<String> fractions = Gens.strings(digitChars, 1, 25);
    Gen<String> written = Gens.combine(Gens.of("", "-"), digits,
        Gens.orNull(fractions.map(f -> "." + f), 0.5), Gens.orNull(Gens.ints(-340, 320).map(e -> "e" + e), 0.5),
        (sign, whole, fraction, exponent) -> sign + whole + (fraction == null ? "" : fraction)
            + (exponent == null ? "" : exponent));
    Gen<String> shortest = Gens.oneOf(Gens.decimals(-1e12, 1e12, 2), Gens.decimals(-1e6, 1e6, 6))
        .map(d -> Double.toString(d).replace("E", "e"));
    // Any finite double: a sign, an exponent below the all-ones of infinity and NaN, any fraction.
    Gen<String> bits = Gens.combine(Gens.longs(0, 1), Gens.longs(0, 0x7fe), Gens.longs(0, (1L << 52) - 1),
        (sign, exponent, fraction) -> Double.longBitsToDouble(sign << 63 | exponent << 52 | fraction))
        .map(d -> Double.toString(d).replace("E", "e"));
    return Gens.oneOf(written, shortest, bits);
  }

  @Test
  void datesOutsideThePlainShapeAreLeftToLocalDateParse() {
    assertNull(Scalars.plainDate("+12026-01-01"));
    assertNull(Scalars.plainDate("2026-1-01"));
    assertNull(Scalars.plainDate("2026-02-30"));
    assertNull(Scalars.plainDate("2026/01/01"));
    assertNull(Scalars.plainDate("2026-0a-01"));
    assertEquals(LocalDate.of(2024, 2, 29), Scalars.plainDate("2024-02-29"));
  }

  private static Gen<String> dateLike() {
    return Gens.strings("0123456789-+/ a", 10, 10);
  }

  private static LocalDate parseOrNull(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
