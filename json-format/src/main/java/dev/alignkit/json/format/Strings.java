package dev.alignkit.json.format;

/** Small text helpers for messages and pointers. */
public final class Strings {
  private Strings() {}

  /** {@code text} in double quotes, with quotes and backslashes escaped, shortened when long. */
  public static String quote(String text) {
    String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
    return '"' + shown.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  /** One JSON Pointer reference token (RFC 6901): {@code ~} becomes {@code ~0}, {@code /} becomes {@code ~1}. */
  public static String escapeSegment(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }
}
