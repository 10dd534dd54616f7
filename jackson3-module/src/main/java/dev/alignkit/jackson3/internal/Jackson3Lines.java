package dev.alignkit.jackson3.internal;

import dev.alignkit.json.JsonLimits;
import dev.alignkit.json.format.LineTokens;
import dev.alignkit.json.format.TokenReader;
import dev.alignkit.json.format.TokenWriter;
import java.io.Writer;
import java.util.function.Consumer;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** The lines of a JSON Lines file, each read by a Jackson 3 parser within the limits of a line and written by its generator. */
public final class Jackson3Lines implements LineTokens {
  private final JsonFactory factory;

  /** Reads each line within {@code limits}. */
  public Jackson3Lines(JsonLimits limits) {
    this.factory = Factories.forLines(limits);
  }

  @Override
  public <T> T read(byte[] bytes, int length, Function<TokenReader, T> read) {
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), bytes, 0, length)) {
      return read.apply(new Jackson3Reader(parser));
    } catch (JacksonException e) {
      throw Jackson3Reader.failure(e, null);
    }
  }

  @Override
  public void write(Writer out, Consumer<TokenWriter> write) {
    try (JsonGenerator generator = factory.createGenerator(ObjectWriteContext.empty(), out)) {
      write.accept(new Jackson3Writer(generator));
    }
  }
}
