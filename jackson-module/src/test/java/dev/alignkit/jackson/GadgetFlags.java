package dev.alignkit.jackson;

/**
 * Records which gadget classes were initialized. It lives apart from the gadgets so that a test
 * can read it without touching (and so loading) them.
 */
final class GadgetFlags {
  /** Set by {@link GadgetProbe}'s static initializer: the module must never let input load it. */
  static volatile boolean probeLoaded;
  /** Set by {@link GadgetControlProbe}'s static initializer: the control shows that loading is seen. */
  static volatile boolean controlLoaded;

  private GadgetFlags() {}
}
