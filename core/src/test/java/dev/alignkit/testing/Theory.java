package dev.alignkit.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.AsString;
import org.quicktheories.api.QuadConsumer;
import org.quicktheories.api.TriConsumer;
import org.quicktheories.core.Configuration;
import org.quicktheories.core.Gen;
import org.quicktheories.core.NoGuidance;
import org.quicktheories.core.Reporter;
import org.quicktheories.core.Strategy;

/**
 * The one way Alignkit's properties run: a named check of an assertion over generated examples,
 * with a seed derived from the name so that every run, on every machine, tries the same examples.
 *
 * <p>A {@link Property} method receives its theory; elsewhere {@link #named(String, int)} makes
 * one. Two system properties change a run:
 * <ul>
 *   <li>{@value #SEED_PROPERTY} replays a seed, as printed by a failure, in place of the derived
 *       one: {@code mvn -pl core test -Dtest='RollupProperties#objectiveProgressIsTheWeightedMeanOfItsCountedItems'
 *       -Dalignkit.pbt.seed=-4711};
 *   <li>{@value #SCALE_PROPERTY} multiplies every property's number of examples (at least one
 *       stays): 10 for a long run, 0.1 for mutation testing.
 * </ul>
 *
 * <p>A failing property throws an {@link AssertionError} whose message names the property, the
 * seed, the command-line switch that replays it and the shrunk example, with the assertion that
 * failed on the shrunk example as its cause. Shrinking is deterministic, so replaying the seed fails
 * on the same shrunk example.
 *
 * <p>This is the only class that calls QuickTheories' {@code qt()}; an architecture rule keeps it so.
 */
public final class Theory {
  /** How many examples a property tries unless it says otherwise. */
  public static final int DEFAULT_EXAMPLES = 1000;

  /** The system property that replays a seed. */
  public static final String SEED_PROPERTY = "alignkit.pbt.seed";

  /** The system property that scales the number of examples of every property. */
  public static final String SCALE_PROPERTY = "alignkit.pbt.scale";

  /** How many shrinking steps a failure may take: enough for the snapshots, bounded for slow properties. */
  static final int SHRINK_CYCLES = 1000;

  /** Draws that fail an assumption before a run gives up; generators never filter, so one is plenty. */
  private static final int GENERATE_ATTEMPTS = 10;

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private final String name;
  private final long seed;
  private final int examples;

  private Theory(String name, long seed, int examples) {
    this.name = name;
    this.seed = seed;
    this.examples = examples;
  }

  /**
   * A theory named {@code name} that tries {@code examples} examples, as changed by the system
   * properties {@value #SEED_PROPERTY} and {@value #SCALE_PROPERTY}.
   *
   * @throws IllegalArgumentException if {@code examples} is not positive, or a system property is
   *     not a number of its kind
   */
  public static Theory named(String name, int examples) {
    return named(name, examples, System.getProperty(SEED_PROPERTY), System.getProperty(SCALE_PROPERTY));
  }

  /** {@link #named(String, int)} with the system properties' values given; null when not set. */
  static Theory named(String name, int examples, @Nullable String seedProperty, @Nullable String scaleProperty) {
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    if (examples < 1) {
      throw new IllegalArgumentException("examples must be positive: " + examples);
    }
    long seed = seedProperty == null ? seedOf(name) : parseSeed(seedProperty);
    double scale = scaleProperty == null ? 1.0 : parseScale(scaleProperty);
    return new Theory(name, seed, Math.max(1, (int) Math.round(examples * scale)));
  }

  /**
   * The scale of this run's examples, from {@value #SCALE_PROPERTY}: 1 unless set.
   *
   * @throws IllegalArgumentException if the property is not a positive number
   */
  public static double scale() {
    String value = System.getProperty(SCALE_PROPERTY);
    return value == null ? 1.0 : parseScale(value);
  }

  /** This theory with {@code seed} in place of its own, as {@value #SEED_PROPERTY} would give. */
  public Theory withSeed(long seed) {
    return new Theory(name, seed, examples);
  }

  /** The seed a theory named {@code name} runs with: FNV-1a over the name's UTF-8 bytes. */
  public static long seedOf(String name) {
    long hash = FNV_OFFSET;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= FNV_PRIME;
    }
    return hash;
  }

  /** The name, {@code ClassName#methodName} for a {@link Property}. */
  public String name() {
    return name;
  }

  /** The seed of this run. */
  public long seed() {
    return seed;
  }

  /** How many examples this run tries, scale applied. */
  public int examples() {
    return examples;
  }

  /** The examples of {@code a}. */
  public <A> Check1<A> forAll(Gen<A> a) {
    return new Check1<>(a);
  }

  /** The examples of {@code a} and {@code b}, drawn in that order. */
  public <A, B> Check2<A, B> forAll(Gen<A> a, Gen<B> b) {
    return new Check2<>(a, b);
  }

  /** The examples of {@code a}, {@code b} and {@code c}, drawn in that order. */
  public <A, B, C> Check3<A, B, C> forAll(Gen<A> a, Gen<B> b, Gen<C> c) {
    return new Check3<>(a, b, c);
  }

  /**
   * The examples of four generators, drawn in order; for more, generate a record of the parts
   * with {@link Gens#combine}.
   */
  public <A, B, C, D> Check4<A, B, C, D> forAll(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d) {
    return new Check4<>(a, b, c, d);
  }

  /** The examples of one generator, ready to check. */
  public final class Check1<A> {
    private final Gen<A> a;

    private Check1(Gen<A> a) {
      this.a = a;
    }

    /** Runs {@code assertion} on every example; throws on the first failure, shrunk. */
    public void check(Consumer<A> assertion) {
      quickTheory().forAll(a).checkAssert(assertion);
    }
  }

  /** The examples of two generators, ready to check. */
  public final class Check2<A, B> {
    private final Gen<A> a;
    private final Gen<B> b;

    private Check2(Gen<A> a, Gen<B> b) {
      this.a = a;
      this.b = b;
    }

    /** Runs {@code assertion} on every example; throws on the first failure, shrunk. */
    public void check(BiConsumer<A, B> assertion) {
      quickTheory().forAll(a, b).checkAssert(assertion);
    }
  }

  /** The examples of three generators, ready to check. */
  public final class Check3<A, B, C> {
    private final Gen<A> a;
    private final Gen<B> b;
    private final Gen<C> c;

    private Check3(Gen<A> a, Gen<B> b, Gen<C> c) {
      this.a = a;
      this.b = b;
      this.c = c;
    }

    /** Runs {@code assertion} on every example; throws on the first failure, shrunk. */
    public void check(TriConsumer<A, B, C> assertion) {
      quickTheory().forAll(a, b, c).checkAssert(assertion);
    }
  }

  /** The examples of four generators, ready to check. */
  public final class Check4<A, B, C, D> {
    private final Gen<A> a;
    private final Gen<B> b;
    private final Gen<C> c;
    private final Gen<D> d;

    private Check4(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d) {
      this.a = a;
      this.b = b;
      this.c = c;
      this.d = d;
    }

    /** Runs {@code assertion} on every example; throws on the first failure, shrunk. */
    public void check(QuadConsumer<A, B, C, D> assertion) {
      quickTheory().forAll(a, b, c, d).checkAssert(assertion);
    }
  }

  private QuickTheory quickTheory() {
    return QuickTheory.qt(() -> new Strategy(Configuration.defaultPRNG(seed), examples, -1, SHRINK_CYCLES,
        GENERATE_ATTEMPTS, new FailureReporter(), prng -> new NoGuidance()));
  }

  /** Turns QuickTheories' report of a falsified property into a message that says how to replay it. */
  private final class FailureReporter implements Reporter {
    @Override
    public void falisification(long usedSeed, int count, Object smallest, Throwable cause, List<Object> examples,
        AsString<Object> toString) {
      throw new AssertionError(message(usedSeed, count, toString.asString(smallest), cause.toString()), cause);
    }

    @Override
    public void falisification(long usedSeed, int count, Object smallest, List<Object> examples,
        AsString<Object> toString) {
      throw new AssertionError(message(usedSeed, count, toString.asString(smallest), "the check returned false"));
    }

    @Override
    public void valuesExhausted(int completedExamples) {
      throw new AssertionError(String.format(Locale.ROOT,
          "Property %s gave up after %d examples: its generators rejected too many draws (seed %d)",
          name, completedExamples, seed));
    }

    private String message(long usedSeed, int count, String shrunk, String cause) {
      return String.format(Locale.ROOT,
          "Property %s falsified after %d of %d examples%n"
              + "Seed: %d (replay with -D%s=%d)%n"
              + "Shrunk example: %s%n"
              + "Failure on the shrunk example: %s",
          name, count, Theory.this.examples, usedSeed, SEED_PROPERTY, usedSeed, shrunk, cause);
    }
  }

  private static long parseSeed(String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(SEED_PROPERTY + " must be a whole number: " + value, e);
    }
  }

  private static double parseScale(String value) {
    double scale;
    try {
      scale = Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(SCALE_PROPERTY + " must be a positive number: " + value, e);
    }
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException(SCALE_PROPERTY + " must be a positive number: " + value);
    }
    return scale;
  }

  @Override
  public String toString() {
    return "Theory[" + name + ", seed " + seed + ", " + examples + " examples]";
  }
}
