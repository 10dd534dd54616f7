package dev.alignkit.jackson;

/** Like {@link GadgetProbe}, for the control that shows a mapper with default typing would initialize it. */
public final class GadgetControlProbe {
  static {
    GadgetFlags.controlLoaded = true;
  }

  /** A public constructor, so that Jackson can make one. */
  public GadgetControlProbe() {}
}
