package dev.alignkit.testing;

/** Functions of more arguments than {@code java.util.function} and QuickTheories offer, for {@link Gens#combine}. */
public final class Functions {
  private Functions() {}

  /** A function of six arguments. */
  @FunctionalInterface
  public interface F6<A, B, C, D, E, F, R> {
    R apply(A a, B b, C c, D d, E e, F f);
  }

  /** A function of seven arguments. */
  @FunctionalInterface
  public interface F7<A, B, C, D, E, F, G, R> {
    R apply(A a, B b, C c, D d, E e, F f, G g);
  }

  /** A function of eight arguments. */
  @FunctionalInterface
  public interface F8<A, B, C, D, E, F, G, H, R> {
    R apply(A a, B b, C c, D d, E e, F f, G g, H h);
  }
}
