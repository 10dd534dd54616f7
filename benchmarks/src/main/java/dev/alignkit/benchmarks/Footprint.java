package dev.alignkit.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.alignkit.jackson.AlignkitJson;
import dev.alignkit.jackson3.AlignkitModule;
import dev.alignkit.org.OrganizationSnapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.Locale;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * M1: the retained heap of a snapshot per person, against the size of the same data as compact
 * JSON. Not a JMH benchmark: run it with {@code java -XX:+UseSerialGC
 * -XX:SoftRefLRUPolicyMSPerMB=0 -cp benchmarks.jar
 * dev.alignkit.benchmarks.Footprint [people...]}.
 *
 * <p>Method: GC-settled heap difference. The heap in use is read after full collections until two
 * readings agree; the snapshot is then built (read from the compact document, so that no string
 * is shared with anything else) and held, and the heap is settled and read again. The difference
 * is everything the snapshot retains: its values, their strings and collections, and the id index
 * built with it. Compact JSON is what {@link AlignkitJson#newObjectMapper()} writes without a
 * pretty printer; the same snapshot built by the generator is measured too, and the same document
 * read through Jackson 3 ({@code alignkit-jackson3}), which must retain what Jackson 2's reading does.
 */
public final class Footprint {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
  /** The same compact document read through Jackson 3 and {@code alignkit-jackson3}'s module. */
  private static final ObjectReader JACKSON3 =
      JsonMapper.builder().addModule(new AlignkitModule()).build().readerFor(OrganizationSnapshot.class);

  private Footprint() {}

  /**
   * Measures each size given (default 1000 and 10000 people) and prints one line per size.
   *
   * @param args sizes in people
   */
  public static void main(String[] args) throws JsonProcessingException, InterruptedException {
    int[] sizes = args.length == 0 ? new int[] {1_000, 10_000} : new int[args.length];
    for (int i = 0; i < args.length; i++) {
      sizes[i] = Integer.parseInt(args[i]);
    }
    System.out.println("M1 footprint (GC-settled heap difference; "
        + ManagementFactory.getRuntimeMXBean().getInputArguments() + ")");
    System.out.println("people | compact JSON B/person | pretty JSON B/person | heap read B/person | ratio"
        + " | heap generated B/person | ratio");
    for (int people : sizes) {
      measure(people);
    }
  }

  private static void measure(int people) throws JsonProcessingException, InterruptedException {
    OrganizationSnapshot generated = OrganizationGenerator.organization(people, OrganizationGenerator.SEED);
    byte[] compact = AlignkitJson.newObjectMapper().writeValueAsBytes(generated);
    ByteArrayOutputStream pretty = new ByteArrayOutputStream();
    AlignkitJson.write(generated, pretty);
    if (!AlignkitJson.read(new ByteArrayInputStream(compact)).equals(generated)) {
      throw new IllegalStateException("the compact document does not read back to the snapshot");
    }
    int prettySize = pretty.size();
    generated = null;
    pretty = null;

    long before = settledHeap();
    OrganizationSnapshot read = AlignkitJson.read(new ByteArrayInputStream(compact));
    long afterRead = settledHeap();
    Reference.reachabilityFence(read);
    read = null;

    long beforeJackson3 = settledHeap();
    OrganizationSnapshot read3 = JACKSON3.readValue(compact);
    long afterJackson3 = settledHeap();
    Reference.reachabilityFence(read3);
    read3 = null;

    long beforeGenerated = settledHeap();
    OrganizationSnapshot again = OrganizationGenerator.organization(people, OrganizationGenerator.SEED);
    long afterGenerated = settledHeap();
    Reference.reachabilityFence(again);

    double jsonPerPerson = compact.length / (double) people;
    double readPerPerson = (afterRead - before) / (double) people;
    double generatedPerPerson = (afterGenerated - beforeGenerated) / (double) people;
    System.out.println(String.format(Locale.ROOT, "%d | %.0f | %.0f | %.0f | %.2f | %.0f | %.2f", people,
        jsonPerPerson, prettySize / (double) people, readPerPerson, readPerPerson / jsonPerPerson,
        generatedPerPerson, generatedPerPerson / jsonPerPerson));
    System.out.println(String.format(Locale.ROOT, "M1 at %d people: heap of the snapshot read / compact JSON = %.2f"
        + " (goal <= 2): %s", people, readPerPerson / jsonPerPerson, readPerPerson <= 2 * jsonPerPerson ? "met" : "missed"));
    double read3PerPerson = (afterJackson3 - beforeJackson3) / (double) people;
    System.out.println(String.format(Locale.ROOT, "M1 on Jackson 3 at %d people: heap of the snapshot read / compact"
        + " JSON = %.2f (goal <= 2): %s", people, read3PerPerson / jsonPerPerson,
        read3PerPerson <= 2 * jsonPerPerson ? "met" : "missed"));
  }

  /**
   * The heap in use once full collections stop freeing anything: three readings in a row that
   * agree within 0.1%, at least five collections in. {@link FloorBenchmark} measures its snapshot
   * with it too.
   */
  static long settledHeap() throws InterruptedException {
    long[] last = new long[3];
    for (int i = 0; i < 30; i++) {
      System.gc();
      Thread.sleep(100);
      last[i % 3] = MEMORY.getHeapMemoryUsage().getUsed();
      long min = Math.min(last[0], Math.min(last[1], last[2]));
      long max = Math.max(last[0], Math.max(last[1], last[2]));
      if (i >= 4 && max - min <= max / 1000) {
        return last[i % 3];
      }
    }
    throw new IllegalStateException("the heap did not settle: " + java.util.Arrays.toString(last));
  }
}
