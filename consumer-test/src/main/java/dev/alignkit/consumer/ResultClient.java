package dev.alignkit.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * Sends and receives Alignkit's results as a service on the module path would: through a plain
 * Jackson mapper that finds the Alignkit module by {@code findAndRegisterModules()}, with no
 * Alignkit class named. Thread-safe.
 */
public final class ResultClient {
  private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

  /** A client with a mapper of its own. */
  public ResultClient() {}

  /** The names of the Jackson modules the mapper found and registered. */
  public Set<Object> registeredModules() {
    return mapper.getRegisteredModuleIds();
  }

  /** {@code result} as JSON. */
  public String send(Object result) {
    try {
      return mapper.writeValueAsString(result);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code type} that {@code json} holds. */
  public <T> T receive(String json, Class<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
