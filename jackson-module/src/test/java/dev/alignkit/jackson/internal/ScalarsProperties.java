package dev.alignkit.jackson.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.alignkit.jackson.AlignkitJsonException;
import dev.alignkit.jackson.JsonLimits;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ScalarsProperties {

  @Property(tries = 3000)
  void aPlainDateReadsAsTheDayLocalDateParses(@ForAll @IntRange(min = 0, max = 9999) int year,
      @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1, max = 31) int day) {
    String text = String.format("%04d-%02d-%02d", year, month, day);
    LocalDate parsed = parseOrNull(text);
    assertEquals(parsed, Scalars.plainDate(text), text);
  }

  @Property(tries = 3000)
  void aTextPlainDateAcceptsIsOneLocalDateParsesTheSame(@ForAll("dateLike") String text) {
    LocalDate plain = Scalars.plainDate(text);
    if (plain != null) {
      assertEquals(LocalDate.parse(text), plain, text);
    }
  }

  @Property(tries = 3000)
  void aNumberReadsAsTheDoubleDoubleParseDoubleGives(@ForAll("numbers") String text) throws IOException {
    JsonFactory factory = Factories.forDocuments(JsonLimits.defaults());
    try (JsonParser parser = factory.createParser(text)) {
      JsonIn in = new JsonIn(parser);
      in.next();
      double expected = Double.parseDouble(text);
      if (Double.isFinite(expected)) {
        assertEquals(expected, Scalars.DOUBLE.read(in), text);
      } else {
        assertThrows(AlignkitJsonException.class, () -> Scalars.DOUBLE.read(in), text);
      }
    }
  }

  @Provide
  Arbitrary<String> numbers() {
    Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(25)
        .filter(d -> d.length() == 1 || d.charAt(0) != '0');
    Arbitrary<String> fractions = Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(25);
    Arbitrary<String> written = Combinators.combine(Arbitraries.of("", "-"), digits,
        fractions.map(f -> "." + f).injectNull(0.5), Arbitraries.integers().between(-340, 320)
            .map(e -> "e" + e).injectNull(0.5))
        .as((sign, whole, fraction, exponent) -> sign + whole + (fraction == null ? "" : fraction)
            + (exponent == null ? "" : exponent));
    Arbitrary<String> shortest = Arbitraries.doubles().map(d -> Double.toString(d).replace("E", "e"));
    Arbitrary<String> bits = Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite)
        .map(d -> Double.toString(d).replace("E", "e"));
    return Arbitraries.oneOf(written, shortest, bits);
  }

  @Example
  void datesOutsideThePlainShapeAreLeftToLocalDateParse() {
    assertNull(Scalars.plainDate("+12026-01-01"));
    assertNull(Scalars.plainDate("2026-1-01"));
    assertNull(Scalars.plainDate("2026-02-30"));
    assertNull(Scalars.plainDate("2026/01/01"));
    assertNull(Scalars.plainDate("2026-0a-01"));
    assertEquals(LocalDate.of(2024, 2, 29), Scalars.plainDate("2024-02-29"));
  }

  @Provide
  Arbitrary<String> dateLike() {
    return Arbitraries.strings().withChars("0123456789-+/ a").ofLength(10);
  }

  private static LocalDate parseOrNull(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
