package dev.alignkit.jackson;

/**
 * A stand-in for a deserialization gadget: a class that does harm when initialized. Documents in
 * {@code GadgetTest} name it as a polymorphic type id; reading them must never initialize it. No
 * code refers to this class but its own: a literal {@code GadgetProbe.class} would load it.
 */
public final class GadgetProbe {
  static {
    GadgetFlags.probeLoaded = true;
  }

  /** A public constructor, so that nothing but the type id stands between Jackson and an instance. */
  public GadgetProbe() {}
}
