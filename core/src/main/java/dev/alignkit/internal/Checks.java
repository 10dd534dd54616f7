package dev.alignkit.internal;

import com.google.common.base.Strings;
import java.util.Locale;
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

  /**
   * Returns {@code id} when it is an id as {@code docs/concepts.md} ("Ids") has it: not null, not
   * blank, and free of characters that do not show. Letters of any script, digits, punctuation
   * (an e-mail address) and spaces between them are fine. Refused are control characters
   * (Unicode Cc: tabs, line ends, the escape that starts terminal sequences), format characters
   * (Cf: zero-width spaces and joiners, bidirectional overrides, the byte order mark), line and
   * paragraph separators (Zl, Zp) and unpaired surrogates, anywhere in the id; and ids holding
   * nothing but spaces of any width, such as a non-breaking space. Two ids that look the same
   * would otherwise be different ids, and an id is shown in findings, reviews and logs.
   *
   * <p>The message shows such characters escaped, as <code>&#92;u200B</code>, and a backslash as
   * two: <code>person id must not contain a format character (&#92;u200B): 'ma&#92;u200Bya'</code>.
   *
   * @throws NullPointerException naming {@code field} if {@code id} is null
   * @throws IllegalArgumentException naming {@code field} and the value if it is refused
   */
  public static String requireId(@Nullable String id, String field) {
    Objects.requireNonNull(id, field);
    if (!isPlainAscii(id)) {
      String problem = idProblem(id);
      if (problem != null) {
        throw new IllegalArgumentException(field + problem);
      }
    }
    return id;
  }

  /**
   * Whether {@code id} is printable ASCII, spaces allowed, with at least one other character: the
   * ids of nearly every document, accepted without looking at code points.
   */
  private static boolean isPlainAscii(String id) {
    boolean visible = false;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c > ' ' && c < 0x7f) {
        visible = true;
      } else if (c != ' ') {
        return false;
      }
    }
    return visible;
  }

  /** What is wrong with {@code id}, as the end of a message after the field's name; null when nothing is. */
  private static @Nullable String idProblem(String id) {
    boolean visible = false;
    for (int i = 0; i < id.length(); ) {
      int c = id.codePointAt(i);
      String kind = refusedKind(c);
      if (kind != null) {
        return " must not contain " + kind + " (" + escaped(new String(Character.toChars(c))) + "): '"
            + escaped(id) + "'";
      }
      visible |= !Character.isSpaceChar(c);
      i += Character.charCount(c);
    }
    return visible ? null : " must not be blank: '" + escaped(id) + "'";
  }

  /** The kind of character {@code c} is in words, when an id may not hold it; else null. */
  private static @Nullable String refusedKind(int c) {
    switch (Character.getType(c)) {
      case Character.CONTROL:
        return "a control character";
      case Character.FORMAT:
        return "a format character";
      case Character.LINE_SEPARATOR:
        return "a line separator";
      case Character.PARAGRAPH_SEPARATOR:
        return "a paragraph separator";
      case Character.SURROGATE:
        return "an unpaired surrogate";
      default:
        return null;
    }
  }

  /**
   * {@code text} with every character that does not show as itself written <code>&#92;uXXXX</code> (all
   * that {@link #refusedKind} names, and every space but U+0020), and a backslash doubled.
   */
  private static String escaped(String text) {
    StringBuilder out = new StringBuilder(text.length() + 12);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        out.append("\\\\");
      } else if (c != ' ' && (Character.isSpaceChar(c) || refusedKind(c) != null)) {
        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
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
    if (attributes.isEmpty()) {
      return;
    }
    for (String name : attributes.keySet()) {
      if (name.isBlank()) {
        throw new IllegalArgumentException(owner + ": attribute names must not be blank: '" + name + "'");
      }
    }
  }

  /** As {@link #requireId(String, String)}, the field named by {@code template} with {@code arg} for its {@code %s}. */
  public static String requireId(@Nullable String id, String template, Object arg) {
    if (id == null || !isPlainAscii(id)) {
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
    if (attributes.isEmpty()) {
      return false;
    }
    for (String name : attributes.keySet()) {
      if (name.isBlank()) {
        return true;
      }
    }
    return false;
  }
}
