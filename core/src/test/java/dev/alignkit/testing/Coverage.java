package dev.alignkit.testing;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Counts how often each case of a property occurred over its examples, so that a property fails
 * when its generators drift away from the cases it is meant to test ("at least 10 % of the examples
 * have progress").
 *
 * <pre>{@code
 * Coverage coverage = new Coverage("progress present");
 * theory.forAll(keyResults()).check(keyResult -> {
 *   coverage.count(progress.isPresent());
 *   ...
 * });
 * coverage.assertPercentAtLeast(true, 10);
 * }</pre>
 *
 * <p>Count inside the check and assert after it: a failing check throws before the counts are
 * read, and a passing one has counted each example once. Not thread-safe; properties run their
 * examples on the test's thread.
 *
 * <p>Under a {@linkplain Theory#scale() scale} below 1, as in mutation testing, nothing is asserted:
 * a tenth of the examples cannot show a share reliably, and every full run checks it.
 */
public final class Coverage {
  private final String label;
  private final Map<Object, Integer> counts = new LinkedHashMap<>();
  private int total;

  /** A coverage of the cases of {@code label}, none counted yet. */
  public Coverage(String label) {
    this.label = label;
  }

  /** Counts one example of {@code value}, the case it fell in ({@code true}/{@code false}, an enum, a label). */
  public void count(Object value) {
    counts.merge(value, 1, Integer::sum);
    total++;
  }

  /** How many examples were counted. */
  public int total() {
    return total;
  }

  /** How many examples fell in {@code value}. */
  public int countOf(Object value) {
    return counts.getOrDefault(value, 0);
  }

  /**
   * Fails unless at least {@code percent} percent of the counted examples fell in {@code value};
   * see the class comment for runs at a scale below 1.
   *
   * @throws AssertionError naming the label, the case and every count
   */
  public void assertPercentAtLeast(Object value, double percent) {
    if (Theory.scale() < 1) {
      return;
    }
    double share = total == 0 ? 0 : 100.0 * countOf(value) / total;
    if (share < percent) {
      throw new AssertionError(String.format(Locale.ROOT,
          "coverage of %s: %s in %.1f %% of %d examples, expected at least %s %%; counts %s",
          label, value, share, total, percent, counts));
    }
  }

  /**
   * Fails unless at least {@code minimum} of the counted examples fell in {@code value}; see the
   * class comment for runs at a scale below 1.
   *
   * @throws AssertionError naming the label, the case and every count
   */
  public void assertCountAtLeast(Object value, int minimum) {
    if (Theory.scale() < 1) {
      return;
    }
    if (countOf(value) < minimum) {
      throw new AssertionError(String.format(Locale.ROOT,
          "coverage of %s: %s in %d of %d examples, expected at least %d; counts %s",
          label, value, countOf(value), total, minimum, counts));
    }
  }

  @Override
  public String toString() {
    return "Coverage[" + label + ": " + counts + " of " + total + "]";
  }
}
