package dev.alignkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.testing.Gens;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.math.BigDecimal;
import org.quicktheories.core.Gen;

/** A double argument of a finding reads as its plain decimal, without trailing zeros, whatever its size. */
class FindingTextProperties {
  /**
   * Doubles of every kind: any bit pattern (tiny, huge, negative, subnormal, infinite, NaN), HR-form
   * decimals, whole numbers, and the edges of {@link Double#toString}'s plain notation.
   */
  private static Gen<Double> doubles() {
    return Gens.oneOf(
        Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE).map(Double::longBitsToDouble),
        Gens.decimals(-1_000_000, 1_000_000, 4),
        Gens.longs(-100_000_000L, 100_000_000L).map(Long::doubleValue),
        Gens.of(0.0, -0.0, 0.001, 0.00099999, 9_999_999.0, 10_000_000.0, 1e7 - 0.5, 1e-3, 1e21, 1e22, 0.1 + 0.2));
  }

  @Property(examples = 5000)
  void aDoubleReadsAsItsPlainDecimal(Theory theory) {
    theory.forAll(doubles()).check(d -> {
      String expected = Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
          : String.valueOf(d);

      assertEquals(expected, Findings.text(d), () -> Double.toString(d));
      assertEquals(expected, Findings.text((Object) d), () -> Double.toString(d));
    });
  }
}
