package dev.alignkit.benchmarks;

import dev.alignkit.jackson.AlignkitJson;
import dev.alignkit.jackson3.AlignkitModule;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.rules.Report;
import dev.alignkit.rules.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * P4 on Jackson 3: the document of {@link JsonBenchmark} (the same 10k people, the same bytes) read
 * and validated through a Jackson 3 {@code JsonMapper} with {@code alignkit-jackson3}'s module,
 * against a bare Jackson 3 parser that only walks the tokens of the same bytes. Same settings as
 * {@link JsonBenchmark}, so the two ratios stand side by side.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class Jackson3JsonBenchmark {
  private byte[] document;
  private JsonFactory factory;
  private ObjectReader reader;

  /** Writes the document with the Jackson 2 facade, as {@link JsonBenchmark} does; not timed. */
  @Setup(Level.Trial)
  public void setUp() {
    OrganizationSnapshot snapshot = OrganizationGenerator.organization(JsonBenchmark.PEOPLE, OrganizationGenerator.SEED);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AlignkitJson.write(snapshot, out);
    document = out.toByteArray();
    factory = JsonFactory.builder().build();
    reader = JsonMapper.builder().addModule(new AlignkitModule()).build().readerFor(OrganizationSnapshot.class);
    if (!read().equals(snapshot)) {
      throw new IllegalStateException("the document does not read back to the snapshot under Jackson 3");
    }
  }

  /** The P4 operation on Jackson 3: read the document into a snapshot and validate it. */
  @Benchmark
  public Report readAndValidate() {
    return Validator.defaults().validate(read(), OrganizationGenerator.AS_OF);
  }

  /** Breakdown: reading alone. */
  @Benchmark
  public OrganizationSnapshot read() {
    return reader.readValue(new ByteArrayInputStream(document));
  }

  /** The baseline: every token of the same bytes with Jackson 3's parser, and nothing else. */
  @Benchmark
  public int tokenScan() {
    int tokens = 0;
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), document)) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }

  /** Context: the token walk that also materializes every name and scalar, as any reader must. */
  @Benchmark
  public int tokenScanWithValues() {
    int length = 0;
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), document)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.PROPERTY_NAME || token == JsonToken.VALUE_STRING) {
          length += parser.getString().length();
        } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
          length += (int) parser.getDoubleValue();
        }
      }
    }
    return length;
  }
}
