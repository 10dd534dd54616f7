package dev.alignkit.json;

/** JSON text for the few values this package writes without a Jackson binding. */
final class JsonText {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private JsonText() {}

  /**
   * Appends {@code text} as a JSON string, escaped as Jackson's generators escape by default: the
   * quote, the backslash and the control characters below U+0020 ({@code \b \t \n \f \r} by their
   * short escapes, the others as a backslash, {@code u00} and two hex digits); everything else as it is.
   */
  static void appendString(StringBuilder json, String text) {
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\b' -> json.append("\\b");
        case '\t' -> json.append("\\t");
        case '\n' -> json.append("\\n");
        case '\f' -> json.append("\\f");
        case '\r' -> json.append("\\r");
        default -> {
          if (c < 0x20) {
            json.append("\\").append("u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          } else {
            json.append(c);
          }
        }
      }
    }
    json.append('"');
  }
}
