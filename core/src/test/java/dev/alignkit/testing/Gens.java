package dev.alignkit.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.quicktheories.api.Function3;
import org.quicktheories.api.Function4;
import org.quicktheories.api.Function5;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * The small vocabulary every Alignkit generator is written in: constants, picks, numbers with
 * their edge values, weighted choices, optionals, lists, subsets and combinations of up to eight
 * parts, on top of QuickTheories' {@link Gen}.
 *
 * <p>QuickTheories shrinks by shrinking the random draws a value was made from, so every generator
 * here draws through the {@link RandomnessSource} it is given and nothing else: a value made by
 * {@code map}, {@link #combine} or {@code flatMap} shrinks with its parts. Draws shrink towards
 * their simplest choice: the first of the values, the smaller list, the empty optional, zero or the
 * bound nearest to it.
 *
 * <p>QuickTheories injects no edge cases of its own beyond the first three examples of a run (all
 * draws at their shrink targets, at their minima, at their maxima). The number generators here
 * therefore draw an edge value (the bounds, zero, the steps next to the bounds) in a fixed share
 * of {@link #EDGE_PERCENT} percent, and {@link #withEdgeCases} adds chosen values to any
 * generator. Nothing here filters: QuickTheories gives up after a few rejected draws, so
 * generators are built from valid parts.
 */
public final class Gens {
  /** The share, in percent, of draws that the number generators spend on their edge values. */
  public static final int EDGE_PERCENT = 5;

  private Gens() {}

  // ---------------------------------------------------------------------------------------------
  // Constants and choices

  /** Always {@code value}. */
  public static <T> Gen<T> constant(T value) {
    return in -> value;
  }

  /** One of {@code values}, uniformly; shrinks towards the first. */
  @SafeVarargs
  public static <T> Gen<T> of(T... values) {
    return of(Arrays.asList(values));
  }

  /** One of {@code values}, uniformly; shrinks towards the first. */
  public static <T> Gen<T> of(List<T> values) {
    List<T> copy = List.copyOf(requireSome(values, "values"));
    if (copy.size() == 1) {
      return constant(copy.get(0));
    }
    return in -> copy.get((int) in.next(Constraint.between(0, copy.size() - 1)));
  }

  /** One of the constants of {@code type}, in declaration order; shrinks towards the first. */
  public static <E extends Enum<E>> Gen<E> of(Class<E> type) {
    return of(type.getEnumConstants());
  }

  /** A value of one of {@code gens}, each chosen equally often; shrinks towards the first. */
  @SafeVarargs
  public static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    return oneOf(Arrays.asList(gens));
  }

  /** A value of one of {@code gens}, each chosen equally often; shrinks towards the first. */
  public static <T> Gen<T> oneOf(List<? extends Gen<? extends T>> gens) {
    List<Gen<? extends T>> copy = List.copyOf(requireSome(gens, "gens"));
    return in -> copy.get((int) in.next(Constraint.between(0, copy.size() - 1))).generate(in);
  }

  /** A generator chosen {@code weight} times in the sum of the weights, for {@link #frequency}. */
  public record Weighted<T>(int weight, Gen<? extends T> gen) {
    public Weighted {
      if (weight <= 0) {
        throw new IllegalArgumentException("weight must be positive: " + weight);
      }
    }
  }

  /** {@code gen}, chosen {@code weight} times in the sum of the weights of a {@link #frequency}. */
  public static <T> Weighted<T> weighted(int weight, Gen<? extends T> gen) {
    return new Weighted<>(weight, gen);
  }

  /** A value of one of the weighted generators, each in proportion to its weight; shrinks towards the first. */
  @SafeVarargs
  public static <T> Gen<T> frequency(Weighted<? extends T>... choices) {
    List<Weighted<? extends T>> copy = List.copyOf(requireSome(Arrays.asList(choices), "choices"));
    int total = 0;
    for (Weighted<? extends T> choice : copy) {
      total = Math.addExact(total, choice.weight);
    }
    int last = total - 1;
    return in -> {
      long drawn = in.next(Constraint.between(0, last));
      for (Weighted<? extends T> choice : copy) {
        if (drawn < choice.weight) {
          return choice.gen.generate(in);
        }
        drawn -= choice.weight;
      }
      throw new AssertionError("a draw of at most " + last + " falls beyond the weights");
    };
  }

  /** True once in {@code n} draws; shrinks towards false. */
  public static Gen<Boolean> oneIn(int n) {
    if (n < 2) {
      throw new IllegalArgumentException("n must be at least 2: " + n);
    }
    return in -> in.next(Constraint.between(0, n - 1)) == n - 1;
  }

  /** False or true, equally often; shrinks towards false. */
  public static Gen<Boolean> booleans() {
    return in -> in.next(Constraint.zeroToOne()) == 1;
  }

  // ---------------------------------------------------------------------------------------------
  // Numbers and days

  /**
   * A whole number from {@code minInclusive} to {@code maxInclusive}: uniform, with the bounds,
   * zero and the numbers next to the bounds in {@link #EDGE_PERCENT} percent of draws; shrinks
   * towards zero or the bound nearest to it.
   */
  public static Gen<Integer> ints(int minInclusive, int maxInclusive) {
    return longs(minInclusive, maxInclusive).map(Long::intValue);
  }

  /** Like {@link #ints}, for longs. */
  public static Gen<Long> longs(long minInclusive, long maxInclusive) {
    if (minInclusive > maxInclusive) {
      throw new IllegalArgumentException("min " + minInclusive + " is above max " + maxInclusive);
    }
    Constraint range = Constraint.between(minInclusive, maxInclusive);
    if (maxInclusive == minInclusive || maxInclusive == minInclusive + 1) {
      return in -> in.next(range);
    }
    List<Long> edges = edgesOf(minInclusive, maxInclusive);
    return withEdgeCases(in -> in.next(range), EDGE_PERCENT, edges);
  }

  /**
   * A decimal from {@code min} to {@code max} with at most {@code scale} digits after the point,
   * as an HR form would hold it: uniform over those steps, with the bounds, zero and the steps next
   * to the bounds in {@link #EDGE_PERCENT} percent of draws; shrinks towards zero or the bound
   * nearest to it.
   *
   * @throws IllegalArgumentException if {@code min} or {@code max} has more than {@code scale}
   *     digits after the point, or {@code min > max}
   */
  public static Gen<Double> decimals(double min, double max, int scale) {
    if (scale < 0 || scale > 9) {
      throw new IllegalArgumentException("scale must be within [0, 9]: " + scale);
    }
    long low = unscaled(min, scale);
    long high = unscaled(max, scale);
    double unit = Math.pow(10, scale);
    return longs(low, high).map(steps -> steps / unit);
  }

  /** A day from {@code fromInclusive} to {@code toInclusive}, edges included as by {@link #ints}; shrinks towards the first. */
  public static Gen<LocalDate> days(LocalDate fromInclusive, LocalDate toInclusive) {
    long span = ChronoUnit.DAYS.between(fromInclusive, toInclusive);
    if (span < 0) {
      throw new IllegalArgumentException("from " + fromInclusive + " is after to " + toInclusive);
    }
    return longs(0, span).map(fromInclusive::plusDays);
  }

  // ---------------------------------------------------------------------------------------------
  // Edge cases, optionals and nulls

  /**
   * A value of {@code gen}, or in {@code percent} percent of draws one of {@code edges}; shrinking
   * moves away from the edges, so that a failure found on an edge value still shrinks within
   * {@code gen}.
   */
  public static <T> Gen<T> withEdgeCases(Gen<T> gen, int percent, List<? extends T> edges) {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("percent must be within [0, 100]: " + percent);
    }
    List<? extends T> copy = List.copyOf(requireSome(edges, "edges"));
    Constraint share = Constraint.between(0, 99).withShrinkPoint(99);
    Constraint edge = Constraint.between(0, copy.size() - 1);
    return in -> in.next(share) < percent ? copy.get((int) in.next(edge)) : gen.generate(in);
  }

  /** A value of {@code gen} with probability {@code presence}, else empty; shrinks towards empty. */
  public static <T> Gen<Optional<T>> optional(Gen<T> gen, double presence) {
    int emptyPercent = percent(1 - presence, "presence");
    Constraint draw = Constraint.between(0, 99);
    return in -> in.next(draw) < emptyPercent ? Optional.empty() : Optional.of(gen.generate(in));
  }

  /** A value of {@code gen}, or null with probability {@code nullProbability}; shrinks towards null. */
  public static <T> Gen<@Nullable T> orNull(Gen<T> gen, double nullProbability) {
    int nullPercent = percent(nullProbability, "nullProbability");
    Constraint draw = Constraint.between(0, 99);
    return in -> in.next(draw) < nullPercent ? null : gen.generate(in);
  }

  // ---------------------------------------------------------------------------------------------
  // Collections and strings

  /**
   * A list of {@code minSize} to {@code maxSize} values of {@code gen}: sizes uniform, with the
   * smallest size in {@link #EDGE_PERCENT} percent of draws; shrinks towards fewer and simpler
   * elements.
   */
  public static <T> Gen<List<T>> lists(Gen<T> gen, int minSize, int maxSize) {
    Gen<Integer> sizes = sizes(minSize, maxSize);
    return in -> {
      int size = sizes.generate(in);
      List<T> list = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        list.add(gen.generate(in));
      }
      return Collections.unmodifiableList(list);
    };
  }

  /** A list of up to {@code maxSize} values of {@code gen}; see {@link #lists(Gen, int, int)}. */
  public static <T> Gen<List<T>> lists(Gen<T> gen, int maxSize) {
    return lists(gen, 0, maxSize);
  }

  /**
   * A set of {@code minSize} to {@code maxSize} of {@code values}, sizes uniform, in the order of
   * {@code values}; shrinks towards fewer and earlier values.
   */
  public static <T> Gen<Set<T>> subsets(Collection<T> values, int minSize, int maxSize) {
    List<T> distinct = List.copyOf(new LinkedHashSet<>(values));
    if (maxSize > distinct.size()) {
      throw new IllegalArgumentException("maxSize " + maxSize + " is above the " + distinct.size() + " values");
    }
    Gen<Integer> sizes = sizes(minSize, maxSize);
    return in -> {
      int size = sizes.generate(in);
      List<Integer> remaining = new ArrayList<>(distinct.size());
      for (int i = 0; i < distinct.size(); i++) {
        remaining.add(i);
      }
      List<Integer> chosen = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        chosen.add(remaining.remove((int) in.next(Constraint.between(0, remaining.size() - 1))));
      }
      Collections.sort(chosen);
      Set<T> subset = new LinkedHashSet<>();
      for (int index : chosen) {
        subset.add(distinct.get(index));
      }
      return Collections.unmodifiableSet(subset);
    };
  }

  /** The {@code values} in a random order; shrinks towards their given order. */
  public static <T> Gen<List<T>> shuffled(List<T> values) {
    List<T> copy = List.copyOf(values);
    return in -> {
      List<T> remaining = new ArrayList<>(copy);
      List<T> shuffled = new ArrayList<>(copy.size());
      while (!remaining.isEmpty()) {
        shuffled.add(remaining.remove((int) in.next(Constraint.between(0, remaining.size() - 1))));
      }
      return Collections.unmodifiableList(shuffled);
    };
  }

  /** A string of {@code minLength} to {@code maxLength} characters of {@code chars}; shrinks towards shorter strings of earlier characters. */
  public static Gen<String> strings(String chars, int minLength, int maxLength) {
    if (chars.isEmpty()) {
      throw new IllegalArgumentException("chars must not be empty");
    }
    Gen<Integer> lengths = sizes(minLength, maxLength);
    Constraint pick = Constraint.between(0, chars.length() - 1);
    return in -> {
      int length = lengths.generate(in);
      StringBuilder text = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        text.append(chars.charAt((int) in.next(pick)));
      }
      return text.toString();
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Combinations

  /** {@code f} of a value of each generator, drawn in order. */
  public static <A, B, R> Gen<R> combine(Gen<A> a, Gen<B> b, BiFunction<? super A, ? super B, ? extends R> f) {
    return in -> f.apply(a.generate(in), b.generate(in));
  }

  /** {@code f} of a value of each generator, drawn in order. */
  public static <A, B, C, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, Function3<A, B, C, R> f) {
    return in -> f.apply(a.generate(in), b.generate(in), c.generate(in));
  }

  /** {@code f} of a value of each generator, drawn in order. */
  public static <A, B, C, D, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d,
      Function4<A, B, C, D, R> f) {
    return in -> f.apply(a.generate(in), b.generate(in), c.generate(in), d.generate(in));
  }

  /** {@code f} of a value of each generator, drawn in order. */
  public static <A, B, C, D, E, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d, Gen<E> e,
      Function5<A, B, C, D, E, R> f) {
    return in -> f.apply(a.generate(in), b.generate(in), c.generate(in), d.generate(in), e.generate(in));
  }

  /** {@code f} of a value of each generator, drawn in order. */
  public static <A, B, C, D, E, F, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d, Gen<E> e,
      Gen<F> f, Functions.F6<A, B, C, D, E, F, R> function) {
    return in -> function.apply(a.generate(in), b.generate(in), c.generate(in), d.generate(in), e.generate(in),
        f.generate(in));
  }

  /** {@code f} of a value of each generator, drawn in order. */
  public static <A, B, C, D, E, F, G, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d, Gen<E> e,
      Gen<F> f, Gen<G> g, Functions.F7<A, B, C, D, E, F, G, R> function) {
    return in -> function.apply(a.generate(in), b.generate(in), c.generate(in), d.generate(in), e.generate(in),
        f.generate(in), g.generate(in));
  }

  /** {@code f} of a value of each generator, drawn in order. */
  public static <A, B, C, D, E, F, G, H, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d, Gen<E> e,
      Gen<F> f, Gen<G> g, Gen<H> h, Functions.F8<A, B, C, D, E, F, G, H, R> function) {
    return in -> function.apply(a.generate(in), b.generate(in), c.generate(in), d.generate(in), e.generate(in),
        f.generate(in), g.generate(in), h.generate(in));
  }

  // ---------------------------------------------------------------------------------------------

  /** Sizes from {@code min} to {@code max}, uniform, with {@code min} in {@link #EDGE_PERCENT} percent of draws. */
  private static Gen<Integer> sizes(int min, int max) {
    if (min < 0 || min > max) {
      throw new IllegalArgumentException("sizes must satisfy 0 <= min <= max: " + min + ", " + max);
    }
    Constraint range = Constraint.between(min, max);
    Gen<Integer> uniform = in -> (int) in.next(range);
    return max == min ? uniform : withEdgeCases(uniform, EDGE_PERCENT, List.of(min));
  }

  /** The bounds, zero when within them, and the numbers next to the bounds, without repeats. */
  private static List<Long> edgesOf(long min, long max) {
    Set<Long> edges = new LinkedHashSet<>();
    if (min <= 0 && 0 <= max) {
      edges.add(0L);
    }
    edges.add(min);
    edges.add(max);
    edges.add(min + 1);
    edges.add(max - 1);
    return List.copyOf(edges);
  }

  private static long unscaled(double value, int scale) {
    BigDecimal exact = new BigDecimal(Double.toString(value));
    try {
      return exact.movePointRight(scale).longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(value + " has more than " + scale + " digits after the point", e);
    }
  }

  private static int percent(double probability, String name) {
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException(name + " must be within [0, 1]: " + probability);
    }
    return (int) Math.round(probability * 100);
  }

  private static <C extends Collection<?>> C requireSome(C items, String name) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    return items;
  }
}
