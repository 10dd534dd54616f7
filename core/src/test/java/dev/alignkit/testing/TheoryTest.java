package dev.alignkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;
import org.opentest4j.AssertionFailedError;

/**
 * The entry point of every property: a property over a deliberately wrong function fails with the
 * seed and the shrunk example, and the seed replays the failure; seeds derive from names; the system
 * properties replay and scale.
 */
class TheoryTest {
  private static final String NAME = "dev.alignkit.testing.TheoryTest#percentOfAnyScoreLiesWithinZeroAndHundred";
  private static final Pattern SEED = Pattern.compile("Seed: (-?\\d+) \\(replay with -Dalignkit\\.pbt\\.seed=(-?\\d+)\\)");
  private static final Pattern SHRUNK = Pattern.compile("Shrunk example: (-?\\d+)");

  /** Meant to clamp a score to a percentage, but forgets the upper bound. */
  private static int wrongPercentOf(int score) {
    return Math.max(0, score);
  }

  private static void percentOfAnyScoreLiesWithinZeroAndHundred(Theory theory) {
    theory.forAll(Gens.ints(-1000, 1000)).check(score -> {
      int percent = wrongPercentOf(score);
      if (percent < 0 || percent > 100) {
        throw new AssertionFailedError("percent " + percent + " of " + score);
      }
    });
  }

  @Test
  void propertyOverAWrongFunctionFailsWithItsSeedAndTheSmallestFailingExample() {
    Theory theory = Theory.named(NAME, 200, null, null);

    AssertionError failure = assertThrows(AssertionError.class, () -> percentOfAnyScoreLiesWithinZeroAndHundred(theory));

    String message = failure.getMessage();
    assertTrue(message.startsWith("Property " + NAME + " falsified after "), message);
    Matcher seed = SEED.matcher(message);
    assertTrue(seed.find(), message);
    assertEquals(Theory.seedOf(NAME), Long.parseLong(seed.group(1)), message);
    assertEquals(seed.group(1), seed.group(2), message);
    Matcher shrunk = SHRUNK.matcher(message);
    assertTrue(shrunk.find(), message);
    assertEquals(101, Integer.parseInt(shrunk.group(1)), "101 is the smallest score the wrong function fails on: " + message);
    AssertionFailedError cause = assertInstanceOf(AssertionFailedError.class, failure.getCause());
    assertEquals("percent 101 of 101", cause.getMessage());
  }

  @Test
  void replayingTheSeedOfAFailureFailsTheSameWay() {
    AssertionError first = assertThrows(AssertionError.class,
        () -> percentOfAnyScoreLiesWithinZeroAndHundred(Theory.named(NAME, 200, null, null)));
    Matcher seed = SEED.matcher(first.getMessage());
    assertTrue(seed.find(), first.getMessage());

    // A replay runs under another name, as when the test is run alone: the seed alone decides.
    Theory replay = Theory.named("replay of " + NAME, 200, seed.group(1), null);
    AssertionError second = assertThrows(AssertionError.class, () -> percentOfAnyScoreLiesWithinZeroAndHundred(replay));

    assertEquals(first.getMessage().replace(NAME, "replay of " + NAME), second.getMessage());
  }

  @Test
  void aPassingPropertyTriesAsManyExamplesAsItAsks() {
    List<Long> seen = new ArrayList<>();
    Gen<Long> anyLong = in -> in.next(Constraint.none());
    Theory.named(NAME, 300, null, null).forAll(anyLong).check(seen::add);

    // QuickTheories skips a draw it has already tried; over all longs no draw repeats.
    assertEquals(300, seen.size());
  }

  @Test
  void theSameNameTriesTheSameExamplesAndAnotherNameOthers() {
    List<Integer> first = new ArrayList<>();
    List<Integer> again = new ArrayList<>();
    List<Integer> other = new ArrayList<>();
    Theory.named(NAME, 50, null, null).forAll(Gens.ints(0, 1_000_000)).check(first::add);
    Theory.named(NAME, 50, null, null).forAll(Gens.ints(0, 1_000_000)).check(again::add);
    Theory.named(NAME + "2", 50, null, null).forAll(Gens.ints(0, 1_000_000)).check(other::add);

    assertEquals(first, again);
    assertNotEquals(first, other);
  }

  @Test
  void seedDerivesFromTheNameUnlessOneIsGiven() {
    assertEquals(Theory.seedOf(NAME), Theory.named(NAME, 10, null, null).seed());
    assertNotEquals(Theory.seedOf(NAME), Theory.seedOf(NAME + "2"));
    assertEquals(-4711L, Theory.named(NAME, 10, "-4711", null).seed());
    assertEquals(42L, Theory.named(NAME, 10, null, null).withSeed(42).seed());
  }

  @Test
  void scaleMultipliesTheExamplesAndKeepsAtLeastOne() {
    assertEquals(1000, Theory.named(NAME, 1000, null, null).examples());
    assertEquals(10_000, Theory.named(NAME, 1000, null, "10").examples());
    assertEquals(100, Theory.named(NAME, 1000, null, "0.1").examples());
    assertEquals(1, Theory.named(NAME, 3, null, "0.01").examples());
  }

  @Test
  void badSettingsAreRejectedNamingTheSystemProperty() {
    IllegalArgumentException seed = assertThrows(IllegalArgumentException.class,
        () -> Theory.named(NAME, 10, "twelve", null));
    assertEquals("alignkit.pbt.seed must be a whole number: twelve", seed.getMessage());
    IllegalArgumentException scale = assertThrows(IllegalArgumentException.class,
        () -> Theory.named(NAME, 10, null, "0"));
    assertEquals("alignkit.pbt.scale must be a positive number: 0", scale.getMessage());
    IllegalArgumentException examples = assertThrows(IllegalArgumentException.class,
        () -> Theory.named(NAME, 0, null, null));
    assertEquals("examples must be positive: 0", examples.getMessage());
  }

  @Property(examples = 25)
  void aPropertyMethodReceivesATheoryNamedAfterIt(Theory theory) {
    assertEquals("dev.alignkit.testing.TheoryTest#aPropertyMethodReceivesATheoryNamedAfterIt", theory.name());
    // As a theory named so with 25 examples, whatever the system properties of this run say.
    Theory expected = Theory.named(theory.name(), 25);
    assertEquals(expected.seed(), theory.seed());
    assertEquals(expected.examples(), theory.examples());
  }
}
