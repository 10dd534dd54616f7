package dev.alignkit.internal;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Construction checks shared by the value types. Each failure names the field and the value, so
 * that an application can show the message to whoever typed the value.
 */
public final class Checks {
  private Checks() {}

  /** Returns {@code id} when it is neither null nor blank. */
  public static String requireId(@Nullable String id, String field) {
    Objects.requireNonNull(id, field);
    if (id.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank: '" + id + "'");
    }
    return id;
  }

  /** Returns {@code value} when it is a finite number (not NaN, not infinite). */
  public static double requireFinite(double value, String field) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(field + " must be a finite number: " + value);
    }
    return value;
  }

  /** Returns {@code value} when it lies within [0, 1]. */
  public static double requireUnitInterval(double value, String field) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(field + " must be within [0, 1]: " + value);
    }
    return value;
  }

  /** Checks that every attribute has a non-blank name. */
  public static void requireAttributeNames(Map<String, String> attributes, String owner) {
    for (String name : attributes.keySet()) {
      if (name.isBlank()) {
        throw new IllegalArgumentException(owner + ": attribute names must not be blank: '" + name + "'");
      }
    }
  }
}
