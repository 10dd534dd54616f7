package dev.alignkit.jackson.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.alignkit.json.JsonLimits;
import dev.alignkit.json.format.LineTokens;
import dev.alignkit.json.format.TokenReader;
import dev.alignkit.json.format.TokenWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;
import java.util.function.Function;

/** The lines of a JSON Lines file, each read by a Jackson 2 parser within the limits of a line and written by its generator. */
public final class JacksonLines implements LineTokens {
  private final JsonFactory factory;

  /** Reads each line within {@code limits}. */
  public JacksonLines(JsonLimits limits) {
    this.factory = Factories.forLines(limits);
  }

  @Override
  public <T> T read(byte[] bytes, int length, Function<TokenReader, T> read) {
    try (JsonParser parser = factory.createParser(bytes, 0, length)) {
      return read.apply(new JacksonReader(parser));
    } catch (JsonProcessingException e) {
      throw JacksonReader.syntax(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void write(Writer out, Consumer<TokenWriter> write) {
    try (JsonGenerator generator = factory.createGenerator(out)) {
      write.accept(new JacksonWriter(generator));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
