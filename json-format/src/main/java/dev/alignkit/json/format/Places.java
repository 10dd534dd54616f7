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

  /**
   * Entries are kept in blocks of this many (2^18), so that growing never copies what was
   * recorded. A block's arrays are 1 to 2 MB: G1 (with the 2 MB regions of a 4 GB heap) places
   * such arrays outside the young generation, so the collections that run while a large document
   * is read do not copy the places recorded so far, which are live until the snapshot is built. A
   * small document never gets past its first block, which grows by doubling.
   */
  private static final int BLOCK_SHIFT = 18;
  private static final int BLOCK = 1 << BLOCK_SHIFT;
  private static final int IN_BLOCK = BLOCK - 1;
  /** The capacity of a new table's first block, which doubles up to a whole block (a line of JSON Lines is small). */
  private static final int FIRST_CAPACITY = 64;

  private int[][] parents = {new int[FIRST_CAPACITY]};
  private int[][] indexes = {new int[FIRST_CAPACITY]};
  private @Nullable String[][] names = {new String[FIRST_CAPACITY]};
  private long[][] locations = {new long[FIRST_CAPACITY]};
  private int capacity = FIRST_CAPACITY;
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
    if (index(element) >= 0) {
      names[element >>> BLOCK_SHIFT][element & IN_BLOCK] = key;
    }
  }

  /** Where the value recorded as {@code entry} started. */
  long location(int entry) {
    return locations[entry >>> BLOCK_SHIFT][entry & IN_BLOCK];
  }

  /** The JSON Pointer of the value recorded as {@code entry}. */
  String pointer(int entry) {
    int depth = 0;
    for (int at = entry; index(at) != BASE; at = parent(at)) {
      depth++;
    }
    String[] segments = new String[depth];
    int at = entry;
    for (int i = depth - 1; i >= 0; i--, at = parent(at)) {
      segments[i] = index(at) == FIELD ? Strings.escapeSegment(name(at)) : Integer.toString(index(at));
    }
    StringBuilder pointer = new StringBuilder(name(at));
    for (String segment : segments) {
      pointer.append('/').append(segment);
    }
    return pointer.toString();
  }

  /** The fields recorded below {@code object}, in document order, with where their values started. */
  Map<String, Long> fieldsOf(int object) {
    Map<String, Long> fields = new LinkedHashMap<>();
    for (int at = object + 1; at < size; at++) {
      if (parent(at) == object && index(at) == FIELD) {
        fields.put(name(at), location(at));
      }
    }
    return fields;
  }

  /** Where the value at {@code pointer} started, if it was recorded. */
  @Nullable Long locationOf(String pointer) {
    int entry = find(pointer);
    return entry < 0 ? null : location(entry);
  }

  /** The index of the first element with {@code key} in the array at {@code arrayPointer}, if recorded. */
  @Nullable Integer indexOfKey(String arrayPointer, String key) {
    int array = find(arrayPointer);
    if (array < 0) {
      return null;
    }
    for (int at = array + 1; at < size; at++) {
      if (parent(at) == array && index(at) >= 0 && key.equals(name(at))) {
        return index(at);
      }
    }
    return null;
  }

  /** The entry of the value at {@code pointer}, or -1; a walk from a base entry down, one step per segment. */
  private int find(String pointer) {
    for (int base = 0; base < size; base++) {
      if (index(base) != BASE || !isPrefix(name(base), pointer)) {
        continue;
      }
      String rest = pointer.substring(name(base).length());
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
      if (parent(at) != parent) {
        continue;
      }
      if (index(at) == FIELD ? segment.equals(name(at)) : segment.equals(Integer.toString(index(at)))) {
        return at;
      }
    }
    return -1;
  }

  private static String unescape(String segment) {
    return segment.indexOf('~') < 0 ? segment : segment.replace("~1", "/").replace("~0", "~");
  }

  private int add(int parent, int index, @Nullable String name, long location) {
    if (size == capacity) {
      grow();
    }
    int block = size >>> BLOCK_SHIFT;
    int at = size & IN_BLOCK;
    parents[block][at] = parent;
    indexes[block][at] = index;
    names[block][at] = name;
    locations[block][at] = location;
    return size++;
  }

  /**
   * Makes room for more entries: the first block doubles until it is whole, then a new block is
   * added. A 100 MB document records a few million entries, and copying them at every doubling
   * was as much again in garbage.
   */
  private void grow() {
    if (capacity < BLOCK) {
      capacity *= 2;
      parents[0] = Arrays.copyOf(parents[0], capacity);
      indexes[0] = Arrays.copyOf(indexes[0], capacity);
      names[0] = Arrays.copyOf(names[0], capacity);
      locations[0] = Arrays.copyOf(locations[0], capacity);
      return;
    }
    int block = capacity >>> BLOCK_SHIFT;
    if (block == parents.length) {
      parents = Arrays.copyOf(parents, block * 2);
      indexes = Arrays.copyOf(indexes, block * 2);
      names = Arrays.copyOf(names, block * 2);
      locations = Arrays.copyOf(locations, block * 2);
    }
    parents[block] = new int[BLOCK];
    indexes[block] = new int[BLOCK];
    names[block] = new String[BLOCK];
    locations[block] = new long[BLOCK];
    capacity += BLOCK;
  }

  private int parent(int entry) {
    return parents[entry >>> BLOCK_SHIFT][entry & IN_BLOCK];
  }

  private int index(int entry) {
    return indexes[entry >>> BLOCK_SHIFT][entry & IN_BLOCK];
  }

  private @Nullable String name(int entry) {
    return names[entry >>> BLOCK_SHIFT][entry & IN_BLOCK];
  }
}
