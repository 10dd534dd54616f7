package dev.alignkit.jackson.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Vendor fields as raw JSON text in compact form. Numbers keep their exact digits ({@code 1.50}
 * stays {@code 1.50}, big integers stay whole), so that a round trip changes nothing but
 * whitespace.
 */
final class Attributes {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
      .build();
  /** Reads one value in the middle of a document, so what follows it is not an error. */
  private static final ObjectReader SUBTREE = MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private Attributes() {}

  /** Reads the value at the reader's current token and returns it as compact JSON text. */
  static String read(JsonIn in) {
    try {
      JsonNode node = SUBTREE.readTree(in.parser());
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw JsonIn.syntax(e, in.parser());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The compact form of {@code json}.
   *
   * @throws IllegalArgumentException if {@code json} is not one JSON value
   */
  static String normalize(String json) {
    try {
      JsonNode node = MAPPER.readTree(json);
      if (node.isMissingNode()) {
        throw new IllegalArgumentException("no JSON value in " + Strings.quote(json));
      }
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e.getOriginalMessage(), e);
    }
  }
}
