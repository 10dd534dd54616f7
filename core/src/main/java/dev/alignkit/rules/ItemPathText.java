package dev.alignkit.rules;

import dev.alignkit.rules.ItemPath.Segment;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The text form of an {@link ItemPath}: segments joined by {@code .}, each a name or
 * {@code name[id]}, with each {@code \ [ ] .} of an id escaped by a backslash. Reading accepts
 * exactly what writing gives, so the two round-trip.
 */
final class ItemPathText {
  private static final char ESCAPE = '\\';

  private ItemPathText() {}

  /** Whether {@code c} is one of the characters that give the text its structure: {@code . [ ] \}. */
  static boolean isStructure(char c) {
    return c == '.' || c == '[' || c == ']' || c == ESCAPE;
  }

  /** Appends {@code id} escaped; returns {@code out}. */
  static StringBuilder appendId(String id, StringBuilder out) {
    int length = id.length();
    int first = 0;
    while (first < length && !isStructure(id.charAt(first))) {
      first++;
    }
    // Most ids need no escape: append them whole rather than a character at a time.
    out.append(id, 0, first);
    for (int i = first; i < length; i++) {
      char c = id.charAt(i);
      if (isStructure(c)) {
        out.append(ESCAPE);
      }
      out.append(c);
    }
    return out;
  }

  /**
   * The segments of {@code text}.
   *
   * @throws IllegalArgumentException if the text is not a path, naming the position
   */
  static List<Segment> parse(String text) {
    List<Segment> segments = new ArrayList<>();
    int i = 0;
    while (true) {
      int start = i;
      while (i < text.length() && !isStructure(text.charAt(i))) {
        i++;
      }
      if (i == start) {
        throw notAPath(text, i, "a name is expected");
      }
      String name = text.substring(start, i);
      @Nullable String id = null;
      if (i < text.length() && text.charAt(i) == '[') {
        StringBuilder out = new StringBuilder();
        i = readId(text, i + 1, out);
        id = out.toString();
      }
      segments.add(new Segment(name, id));
      if (i == text.length()) {
        return segments;
      }
      if (text.charAt(i) != '.') {
        throw notAPath(text, i, "'.' or the end is expected");
      }
      i++;
    }
  }

  /**
   * Reads an escaped id into {@code out} from {@code i}, just after its {@code [}; returns the index
   * after its {@code ]}.
   */
  private static int readId(String text, int i, StringBuilder out) {
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == ']') {
        return i + 1;
      }
      if (c == ESCAPE) {
        if (i + 1 == text.length() || !isStructure(text.charAt(i + 1))) {
          throw notAPath(text, i, "'\\' must escape one of \\ [ ] .");
        }
        out.append(text.charAt(i + 1));
        i += 2;
      } else if (c == '[' || c == '.') {
        throw notAPath(text, i, "'" + c + "' in an id must be escaped");
      } else {
        out.append(c);
        i++;
      }
    }
    throw notAPath(text, i, "']' is expected");
  }

  private static IllegalArgumentException notAPath(String text, int index, String reason) {
    return new IllegalArgumentException("not an item path: \"" + text + "\" (at " + index + ": " + reason + ")");
  }
}
