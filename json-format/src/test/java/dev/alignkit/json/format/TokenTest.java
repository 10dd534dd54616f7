package dev.alignkit.json.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TokenTest {
  @Test
  void bothJacksonsNamesOfAFieldNameAreAFieldName() {
    assertEquals(Token.FIELD_NAME, Token.named("FIELD_NAME"));
    assertEquals(Token.FIELD_NAME, Token.named("PROPERTY_NAME"));
  }

  @Test
  void aValueTokenKeepsItsName() {
    assertEquals(Token.VALUE_NUMBER_FLOAT, Token.named("VALUE_NUMBER_FLOAT"));
    assertEquals(Token.END_ARRAY, Token.named("END_ARRAY"));
  }

  @Test
  void aTokenNoCodecReadsIsOther() {
    assertEquals(Token.OTHER, Token.named("VALUE_EMBEDDED_OBJECT"));
    assertEquals(Token.OTHER, Token.named("NOT_AVAILABLE"));
  }
}
