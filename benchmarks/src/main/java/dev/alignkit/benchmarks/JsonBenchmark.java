package dev.alignkit.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.alignkit.jackson.AlignkitJson;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.rules.Report;
import dev.alignkit.rules.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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

/**
 * P4: reading and validating a 10k-person document with {@link AlignkitJson}, against a bare
 * Jackson {@link JsonParser} that only walks the tokens of the same bytes. The document is the one
 * {@link AlignkitJson#write} writes (two-space indentation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class JsonBenchmark {
  static final int PEOPLE = 10_000;

  private byte[] document;
  private JsonFactory factory;

  /** Writes the document; not timed. */
  @Setup(Level.Trial)
  public void setUp() {
    OrganizationSnapshot snapshot = OrganizationGenerator.organization(PEOPLE, OrganizationGenerator.SEED);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AlignkitJson.write(snapshot, out);
    document = out.toByteArray();
    factory = JsonFactory.builder().build();
    if (!AlignkitJson.read(new ByteArrayInputStream(document)).equals(snapshot)) {
      throw new IllegalStateException("the document does not read back to the snapshot");
    }
    System.out.println("P4 document: " + document.length + " bytes for " + PEOPLE + " people");
  }

  /** The P4 operation: read the document into a snapshot and validate it with the default rules. */
  @Benchmark
  public Report readAndValidate() {
    OrganizationSnapshot snapshot = AlignkitJson.read(new ByteArrayInputStream(document));
    return Validator.defaults().validate(snapshot, OrganizationGenerator.AS_OF);
  }

  /** Breakdown: reading alone. */
  @Benchmark
  public OrganizationSnapshot read() {
    return AlignkitJson.read(new ByteArrayInputStream(document));
  }

  /** The baseline: every token of the same bytes, and nothing else. */
  @Benchmark
  public int tokenScan() throws IOException {
    int tokens = 0;
    try (JsonParser parser = factory.createParser(document)) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }

  /** Context: the token walk that also materializes every name and scalar, as any reader must. */
  @Benchmark
  public int tokenScanWithValues() throws IOException {
    int length = 0;
    try (JsonParser parser = factory.createParser(document)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.FIELD_NAME || token == JsonToken.VALUE_STRING) {
          length += parser.getText().length();
        } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
          length += (int) parser.getDoubleValue();
        }
      }
    }
    return length;
  }
}
