package dev.alignkit.json.format;

import java.time.LocalDate;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * One shared instance for each repeated reference and date read from a document, so that a
 * snapshot holds, for example, one {@code "2026-Q3"} for all its objectives' cycle ids and one
 * {@code LocalDate} per distinct day instead of one per check-in.
 *
 * <p>In a large document most references (cycle, skill, person and team ids, units, dates)
 * repeat, and their copies were about a fifth of a read snapshot's heap. The table is looked up
 * with the characters the parser holds ({@link #string(char[], int, int)}, {@link #date(char[], int, int)}),
 * so that a repeated value makes no string at all; only the first of each is made. The table is
 * bounded: past {@link #MAX_ENTRIES} it starts again, which only costs sharing, so that a reader
 * that streams an endless file keeps bounded memory. Not thread-safe.
 */
public final class Canonical {
  public static final int MAX_ENTRIES = 1 << 18;
  private static final int INITIAL_SLOTS = 1 << 10;
  private static final int RECENT_SLOTS = 1 << 9;

  /** The strings, open addressing with linear probing, at most half full, and the hash of each. */
  private String[] strings = new String[INITIAL_SLOTS];
  private int[] hashes = new int[INITIAL_SLOTS];
  private int stringCount;
  /**
   * A small direct-mapped table in front of {@link #strings}, by hash: the few values that most
   * of a document's references are (units, skills, cycles, sources) are found here while it stays
   * in the processor's cache, instead of in the large table that every distinct id fills.
   */
  private final String[] recent = new String[RECENT_SLOTS];
  private final int[] recentHashes = new int[RECENT_SLOTS];
  /** The characters being looked up. */
  private final Chars looked = new Chars();
  /** The dates by {@link #dateKey}, 0 for a free slot, and the date of each key. */
  private int[] dateKeys = new int[INITIAL_SLOTS];
  private LocalDate[] dates = new LocalDate[INITIAL_SLOTS];
  private int dateCount;

  /** An empty table, for one document or for every line of one JSON Lines file. */
  public Canonical() {}

  /** The first string equal to {@code text} that this table saw (or {@code text} itself). */
  public String string(String text) {
    int hash = text.hashCode();
    int mask = strings.length - 1;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      String known = strings[slot];
      if (known == null) {
        return add(slot, hash, text);
      }
      if (hashes[slot] == hash && known.equals(text)) {
        return known;
      }
    }
  }

  /**
   * The first string this table saw with the {@code length} characters of {@code chars} from
   * {@code offset}; a new string of them only when it saw none.
   */
  public String string(char[] chars, int offset, int length) {
    // String.hashCode's formula, so that strings added either way find each other.
    int hash = 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      hash = 31 * hash + chars[i];
    }
    looked.set(chars, offset, length);
    int near = hash & (RECENT_SLOTS - 1);
    String hot = recent[near];
    if (hot != null && recentHashes[near] == hash && hot.contentEquals(looked)) {
      return hot;
    }
    String found = find(hash, chars, offset, length);
    recent[near] = found;
    recentHashes[near] = hash;
    return found;
  }

  private String find(int hash, char[] chars, int offset, int length) {
    int mask = strings.length - 1;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      String known = strings[slot];
      if (known == null) {
        return add(slot, hash, new String(chars, offset, length));
      }
      if (hashes[slot] == hash && known.contentEquals(looked)) {
        return known;
      }
    }
  }

  /** The date written {@code text}, shared with earlier equal texts; null when it is not a plain {@code yyyy-MM-dd}. */
  public @Nullable LocalDate date(String text) {
    return date(text.toCharArray(), 0, text.length());
  }

  /**
   * The date written by the {@code length} characters of {@code chars} from {@code offset},
   * shared with earlier equal dates; null when they are not a plain {@code yyyy-MM-dd} of a real
   * day (see {@link Scalars#plainDate}).
   */
  public @Nullable LocalDate date(char[] chars, int offset, int length) {
    int key = dateKey(chars, offset, length);
    if (key == 0) {
      return null;
    }
    int mask = dateKeys.length - 1;
    int slot = spread(key) & mask;
    for (; dateKeys[slot] != 0; slot = (slot + 1) & mask) {
      if (dateKeys[slot] == key) {
        return dates[slot];
      }
    }
    LocalDate date = day(key);
    if (dateCount >= MAX_ENTRIES) {
      Arrays.fill(dateKeys, 0);
      Arrays.fill(dates, null);
      dateCount = 0;
      slot = spread(key) & mask;
    }
    dateKeys[slot] = key;
    dates[slot] = date;
    if (++dateCount * 2 > dateKeys.length) {
      growDates();
    }
    return date;
  }

  /**
   * The day of a plain {@code yyyy-MM-dd} packed as year, month and day bits (never 0), or 0 when
   * the characters are not one or name no real day.
   */
  static int dateKey(char[] chars, int offset, int length) {
    if (length != 10 || chars[offset + 4] != '-' || chars[offset + 7] != '-') {
      return 0;
    }
    int year = digits(chars, offset, offset + 4);
    int month = digits(chars, offset + 5, offset + 7);
    int day = digits(chars, offset + 8, offset + 10);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
      return 0;
    }
    return year << 9 | month << 5 | day;
  }

  /** The day of a {@link #dateKey}. */
  static LocalDate day(int key) {
    return LocalDate.of(key >>> 9, (key >>> 5) & 0xf, key & 0x1f);
  }

  private static int lengthOfMonth(int year, int month) {
    switch (month) {
      case 2:
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  /** The number written by the ASCII digits of {@code chars} in [from, to), or -1. */
  private static int digits(char[] chars, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = chars[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** Whether {@code known} is the {@code length} characters of {@code chars} from {@code offset}. */
  static boolean equal(String known, char[] chars, int offset, int length) {
    if (known.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (known.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Characters in a buffer as a {@link CharSequence}, which {@link String#contentEquals(CharSequence)}
   * compares with the string's own bytes, without a string of them.
   */
  private static final class Chars implements CharSequence {
    private char[] chars = new char[0];
    private int offset;
    private int length;

    void set(char[] chars, int offset, int length) {
      this.chars = chars;
      this.offset = offset;
      this.length = length;
    }

    @Override
    public int length() {
      return length;
    }

    @Override
    public char charAt(int index) {
      return chars[offset + index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new String(chars, offset + start, end - start);
    }

    @Override
    public String toString() {
      return new String(chars, offset, length);
    }
  }

  /** Mixes the high bits of a hash into the low ones that pick a slot. */
  private static int spread(int hash) {
    int mixed = hash * 0x9e3779b9;
    return mixed ^ (mixed >>> 16);
  }

  private String add(int slot, int hash, String text) {
    if (stringCount >= MAX_ENTRIES) {
      Arrays.fill(strings, null);
      Arrays.fill(recent, null);
      stringCount = 0;
      return string(text);
    }
    strings[slot] = text;
    hashes[slot] = hash;
    if (++stringCount * 2 > strings.length) {
      growStrings();
    }
    return text;
  }

  private void growStrings() {
    String[] oldStrings = strings;
    int[] oldHashes = hashes;
    strings = new String[oldStrings.length * 2];
    hashes = new int[oldStrings.length * 2];
    int mask = strings.length - 1;
    for (int i = 0; i < oldStrings.length; i++) {
      if (oldStrings[i] != null) {
        int slot = spread(oldHashes[i]) & mask;
        while (strings[slot] != null) {
          slot = (slot + 1) & mask;
        }
        strings[slot] = oldStrings[i];
        hashes[slot] = oldHashes[i];
      }
    }
  }

  private void growDates() {
    int[] oldKeys = dateKeys;
    LocalDate[] oldDates = dates;
    dateKeys = new int[oldKeys.length * 2];
    dates = new LocalDate[oldKeys.length * 2];
    int mask = dateKeys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int slot = spread(oldKeys[i]) & mask;
        while (dateKeys[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        dateKeys[slot] = oldKeys[i];
        dates[slot] = oldDates[i];
      }
    }
  }
}
