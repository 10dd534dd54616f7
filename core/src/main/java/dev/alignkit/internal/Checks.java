package dev.alignkit.internal;

import com.google.common.base.Strings;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Construction checks shared by the value types. Each failure names the field and the value, so
 * that an application can show the message to whoever typed the value.
 *
 * <p>Every value read from a large document passes through these checks, so the variants that
 * name the field with a template ({@code "check-in of %s: value"} and its arguments) put the
 * text together only when the check fails.
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

  /** As {@link #requireId(String, String)}, the field named by {@code template} with {@code arg} for its {@code %s}. */
  public static String requireId(@Nullable String id, String template, Object arg) {
    if (id == null || id.isBlank()) {
      requireId(id, Strings.lenientFormat(template, arg));
    }
    return id;
  }

  /** As {@link #requireFinite(double, String)}, the field named by {@code template} with {@code arg} for its {@code %s}. */
  public static double requireFinite(double value, String template, Object arg) {
    if (!Double.isFinite(value)) {
      requireFinite(value, Strings.lenientFormat(template, arg));
    }
    return value;
  }

  /** As {@link #requireFinite(double, String)}, the field named by {@code template} with two arguments. */
  public static double requireFinite(double value, String template, Object arg1, Object arg2) {
    if (!Double.isFinite(value)) {
      requireFinite(value, Strings.lenientFormat(template, arg1, arg2));
    }
    return value;
  }

  /** As {@link #requireUnitInterval(double, String)}, the field named by {@code template} with {@code arg} for its {@code %s}. */
  public static double requireUnitInterval(double value, String template, Object arg) {
    if (!(value >= 0.0 && value <= 1.0)) {
      requireUnitInterval(value, Strings.lenientFormat(template, arg));
    }
    return value;
  }

  /** As {@link #requireAttributeNames(Map, String)}, the owner named by {@code template} with {@code arg} for its {@code %s}. */
  public static void requireAttributeNames(Map<String, String> attributes, String template, Object arg) {
    if (hasBlankName(attributes)) {
      requireAttributeNames(attributes, Strings.lenientFormat(template, arg));
    }
  }

  /** As {@link #requireAttributeNames(Map, String)}, the owner named by {@code template} with two arguments. */
  public static void requireAttributeNames(Map<String, String> attributes, String template, Object arg1, Object arg2) {
    if (hasBlankName(attributes)) {
      requireAttributeNames(attributes, Strings.lenientFormat(template, arg1, arg2));
    }
  }

  private static boolean hasBlankName(Map<String, String> attributes) {
    for (String name : attributes.keySet()) {
      if (name.isBlank()) {
        return true;
      }
    }
    return false;
  }
}
