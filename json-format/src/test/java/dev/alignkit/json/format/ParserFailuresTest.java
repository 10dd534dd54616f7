package dev.alignkit.json.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ParserFailuresTest {
  private static final String JACKSON_3_3 =
      "Unexpected character ('.' (code 46)) in numeric value: Cannot parse number with more than one decimal point";

  private static String problem(String message, boolean inArray) {
    FormatException e = ParserFailures.of(message, false, inArray, "/x", 3, 9, new IllegalStateException());
    return e.kind() + " " + e.pointer() + " " + e.line() + ":" + e.column() + " " + e.problem();
  }

  @Test
  void jackson33sSecondDecimalPointReadsAsTheOlderParsersSayIt() {
    assertEquals("MALFORMED_JSON /x 3:9 invalid JSON: Unexpected character ('.' (code 46)): "
        + "was expecting comma to separate Object entries", problem(JACKSON_3_3, false));
    assertEquals("MALFORMED_JSON /x 3:9 invalid JSON: Unexpected character ('.' (code 46)): "
        + "was expecting comma to separate Array entries", problem(JACKSON_3_3, true));
    assertEquals(problem("Unexpected character ('.' (code 46)): was expecting comma to separate Array entries", true),
        problem(JACKSON_3_3, true));
  }

  @Test
  void otherMessagesKeepTheirWordsWhereverTheParserStopped() {
    String other = "Unexpected character ('e' (code 101)) in numeric value: Decimal point not followed by a digit";
    assertEquals("MALFORMED_JSON /x 3:9 invalid JSON: " + other, problem(other, true));
    assertEquals(problem(other, false), problem(other, true));
  }
}
