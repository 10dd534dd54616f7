package dev.alignkit.json.format;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One shared instance for each repeated reference and date read from a document, so that a
 * snapshot holds, for example, one {@code "2026-Q3"} for all its objectives' cycle ids and one
 * {@code LocalDate} per distinct day instead of one per check-in.
 *
 * <p>A parser makes a new string for every value it reads; in a large document most references
 * (cycle, skill, person and team ids, units, dates) repeat, and their copies were about a fifth of
 * a read snapshot's heap. The table is bounded: past {@link #MAX_ENTRIES} it starts again, which
 * only costs sharing, so that a reader that streams an endless file keeps bounded memory. Not
 * thread-safe.
 */
public final class Canonical {
  public static final int MAX_ENTRIES = 1 << 18;

  private final Map<String, String> strings = new HashMap<>();
  private final Map<String, LocalDate> dates = new HashMap<>();

  /** An empty table, for one document or for every line of one JSON Lines file. */
  public Canonical() {}

  /** The first string equal to {@code text} that this table saw (or {@code text} itself). */
  public String string(String text) {
    String known = strings.putIfAbsent(text, text);
    if (known != null) {
      return known;
    }
    if (strings.size() > MAX_ENTRIES) {
      strings.clear();
    }
    return text;
  }

  /** The date written {@code text}, shared with earlier equal texts; null when it is not a plain {@code yyyy-MM-dd}. */
  public @Nullable LocalDate date(String text) {
    LocalDate known = dates.get(text);
    if (known != null) {
      return known;
    }
    LocalDate date = Scalars.plainDate(text);
    if (date != null) {
      if (dates.size() >= MAX_ENTRIES) {
        dates.clear();
      }
      dates.put(text, date);
    }
    return date;
  }
}
