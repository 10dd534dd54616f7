package dev.alignkit.json.format;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where each object and field value of one document started, kept as a compact tree so that an
 * error found only when a whole snapshot is built can still name the value's JSON Pointer, line and
 * column.
 *
 * <p>Reading records an entry for every object and every field value, so recording must cost
 * next to nothing: an entry is a few slots in parallel arrays (its parent entry, its field name or
 * array index, its packed location, and for an array element the key that model places name it
 * by), and no pointer text is built. Pointers are put together, and looked up by a linear walk,
 * only on the error path. Not thread-safe.
 */
public final class Places {
  /** The index slot of a field value. */
  private static final int FIELD = -1;
  /** The index slot of a base entry, whose name slot holds its whole pointer. */
  private static final int BASE = -2;

  private int[] parents = new int[64];
  private int[] indexes = new int[64];
  private @Nullable String[] names = new String[64];
  private long[] locations = new long[64];
  private int size;

  /** Records a value whose pointer is {@code pointer} as a whole, such as the document's root. */
  int base(String pointer, long location) {
    return add(-1, BASE, pointer, location);
  }

  /** Records the value of field {@code name} of the object recorded as {@code object}. */
  int field(int object, String name, long location) {
    return add(object, FIELD, name, location);
  }

  /** Records element {@code index} of the array recorded as {@code array}. */
  int element(int array, int index, long location) {
    return add(array, index, null, location);
  }

  /** Names the element recorded as {@code element} by {@code key}, as model places such as {@code objectives[o-1]} do. */
  void key(int element, String key) {
    if (indexes[element] >= 0) {
      names[element] = key;
    }
  }

  /** Where the value recorded as {@code entry} started. */
  long location(int entry) {
    return locations[entry];
  }

  /** The JSON Pointer of the value recorded as {@code entry}. */
  String pointer(int entry) {
    int depth = 0;
    for (int at = entry; indexes[at] != BASE; at = parents[at]) {
      depth++;
    }
    String[] segments = new String[depth];
    int at = entry;
    for (int i = depth - 1; i >= 0; i--, at = parents[at]) {
      segments[i] = indexes[at] == FIELD ? Strings.escapeSegment(names[at]) : Integer.toString(indexes[at]);
    }
    StringBuilder pointer = new StringBuilder(names[at]);
    for (String segment : segments) {
      pointer.append('/').append(segment);
    }
    return pointer.toString();
  }

  /** The fields recorded below {@code object}, in document order, with where their values started. */
  Map<String, Long> fieldsOf(int object) {
    Map<String, Long> fields = new LinkedHashMap<>();
    for (int at = object + 1; at < size; at++) {
      if (parents[at] == object && indexes[at] == FIELD) {
        fields.put(names[at], locations[at]);
      }
    }
    return fields;
  }

  /** Where the value at {@code pointer} started, if it was recorded. */
  @Nullable Long locationOf(String pointer) {
    int entry = find(pointer);
    return entry < 0 ? null : locations[entry];
  }

  /** The index of the first element with {@code key} in the array at {@code arrayPointer}, if recorded. */
  @Nullable Integer indexOfKey(String arrayPointer, String key) {
    int array = find(arrayPointer);
    if (array < 0) {
      return null;
    }
    for (int at = array + 1; at < size; at++) {
      if (parents[at] == array && indexes[at] >= 0 && key.equals(names[at])) {
        return indexes[at];
      }
    }
    return null;
  }

  /** The entry of the value at {@code pointer}, or -1; a walk from a base entry down, one step per segment. */
  private int find(String pointer) {
    for (int base = 0; base < size; base++) {
      if (indexes[base] != BASE || !isPrefix(names[base], pointer)) {
        continue;
      }
      String rest = pointer.substring(names[base].length());
      int at = base;
      int from = rest.isEmpty() ? -1 : 1;
      while (at >= 0 && from > 0) {
        int end = rest.indexOf('/', from);
        String segment = unescape(rest.substring(from, end < 0 ? rest.length() : end));
        at = child(at, segment);
        from = end < 0 ? -1 : end + 1;
      }
      if (at >= 0) {
        return at;
      }
    }
    return -1;
  }

  private static boolean isPrefix(String base, String pointer) {
    return pointer.startsWith(base) && (pointer.length() == base.length() || pointer.charAt(base.length()) == '/');
  }

  /** The entry below {@code parent} named {@code segment} (a field name or an array index), or -1. */
  private int child(int parent, String segment) {
    for (int at = parent + 1; at < size; at++) {
      if (parents[at] != parent) {
        continue;
      }
      if (indexes[at] == FIELD ? segment.equals(names[at]) : segment.equals(Integer.toString(indexes[at]))) {
        return at;
      }
    }
    return -1;
  }

  private static String unescape(String segment) {
    return segment.indexOf('~') < 0 ? segment : segment.replace("~1", "/").replace("~0", "~");
  }

  private int add(int parent, int index, @Nullable String name, long location) {
    if (size == parents.length) {
      int capacity = size * 2;
      parents = Arrays.copyOf(parents, capacity);
      indexes = Arrays.copyOf(indexes, capacity);
      names = Arrays.copyOf(names, capacity);
      locations = Arrays.copyOf(locations, capacity);
    }
    parents[size] = parent;
    indexes[size] = index;
    names[size] = name;
    locations[size] = location;
    return size++;
  }
}
