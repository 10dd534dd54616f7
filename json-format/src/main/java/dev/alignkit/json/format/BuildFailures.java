package dev.alignkit.json.format;

import dev.alignkit.common.DuplicateIdException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns what a model type's {@code build()} rejects into an error at the JSON value to fix.
 *
 * <p>The model names the offending field in words ({@code check-in of 2026-08-10: confidence must
 * be within [0, 1]: 1.4}); the error then points at that field of the object just read, and drops
 * the prefix the pointer already says. Duplicate ids and off-scale proficiencies are found when a
 * whole ladder, plan or snapshot is built, and the model names them by places such as
 * {@code objectives[o-1].keyResults[2]} or {@code ladders[eng].levels[E3].expectations[go].required};
 * those places are resolved against the indexes and ids remembered while reading. A place that
 * does not resolve leaves the error on the object being built, with the model's own words.
 */
public final class BuildFailures {
  private static final Pattern MISSING = Pattern.compile("some of required attributes are not set \\[([^,\\]]+)");
  private static final Pattern PLACE_START = Pattern.compile("^[A-Za-z]+[\\[.]");
  private static final Pattern QUOTED = Pattern.compile("'[^']*'");

  private BuildFailures() {}

  /** A name and an optional key, one step of a model place such as {@code keyResults[2]}. */
  private static final class Segment {
    final String name;
    final @Nullable String key;

    Segment(String name, @Nullable String key) {
      this.name = name;
      this.key = key;
    }
  }

  public static FormatException duplicate(DuplicateIdException e, JsonIn in, String pointer, long start, boolean root) {
    String second = resolveIds(in, pointer, parse(e.secondPlace(), null), root);
    String first = resolveIds(in, pointer, parse(e.firstPlace(), null), root);
    String problem = "duplicate " + e.kind() + " id '" + e.id() + "', first used at "
        + (first != null ? first : e.firstPlace());
    if (second == null) {
      return JsonIn.error(pointer, start, problem + " and again at " + e.secondPlace(), e);
    }
    Long location = in.locationOf(second);
    return JsonIn.error(second, location != null ? location : start, problem, e);
  }

  static FormatException rejected(RuntimeException e, JsonIn in, String pointer, long start,
      Map<String, Long> seen, boolean root) {
    return rejected(e, e.getMessage() == null ? "a required value is missing" : e.getMessage(), in, pointer, start,
        seen, root);
  }

  /** As {@link #rejected(RuntimeException, JsonIn, String, long, Map, boolean)}, with the model's message reworded. */
  public static FormatException rejected(RuntimeException e, String message, JsonIn in, String pointer, long start,
      Map<String, Long> seen, boolean root) {
    Matcher missing = MISSING.matcher(message);
    if (missing.find()) {
      return JsonIn.error(pointer, start, "missing required field " + missing.group(1).trim(), e);
    }
    if (root && PLACE_START.matcher(message).find()) {
      int[] end = new int[1];
      List<Segment> place = parse(message, end);
      String resolved = place.isEmpty() ? null : resolveKeys(in, pointer, place);
      if (resolved != null) {
        Long location = in.locationOf(resolved);
        String field = place.get(place.size() - 1).name;
        return JsonIn.error(resolved, location != null ? location : start, field + message.substring(end[0]), e);
      }
    }
    if (message.contains("attribute names")) {
      for (Map.Entry<String, Long> entry : seen.entrySet()) {
        if (entry.getKey().isBlank()) {
          return JsonIn.error(pointer + "/" + Strings.escapeSegment(entry.getKey()), entry.getValue(),
              "field names must not be blank: " + Strings.quote(entry.getKey()), e);
        }
      }
    }
    String masked = QUOTED.matcher(message).replaceAll(m -> " ".repeat(m.group().length()));
    String field = null;
    int at = Integer.MAX_VALUE;
    for (String name : seen.keySet()) {
      if (name.isBlank()) {
        continue;
      }
      Matcher word = Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(name) + "(?![A-Za-z0-9_])").matcher(masked);
      if (word.find() && word.start() < at) {
        at = word.start();
        field = name;
      }
    }
    if (field == null) {
      return JsonIn.error(pointer, start, message, e);
    }
    String problem = at >= 2 && message.startsWith(": ", at - 2) ? message.substring(at) : message;
    return JsonIn.error(pointer + "/" + Strings.escapeSegment(field), seen.get(field), problem, e);
  }

  /**
   * Parses a model place: {@code name} or {@code name[key]} steps joined by dots. A key runs to the
   * first {@code ]} that is followed by a dot, a space or the end. When {@code end} is given it
   * receives the index just after the place; otherwise the whole text must be a place.
   */
  private static List<Segment> parse(String text, int @Nullable [] end) {
    List<Segment> segments = new ArrayList<>();
    int i = 0;
    while (true) {
      int nameStart = i;
      while (i < text.length() && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i == nameStart) {
        return List.of();
      }
      String name = text.substring(nameStart, i);
      String key = null;
      if (i < text.length() && text.charAt(i) == '[') {
        int close = i + 1;
        while (close < text.length() && !(text.charAt(close) == ']'
            && (close + 1 == text.length() || text.charAt(close + 1) == '.' || text.charAt(close + 1) == ' '))) {
          close++;
        }
        if (close == text.length()) {
          return List.of();
        }
        key = text.substring(i + 1, close);
        i = close + 1;
      }
      segments.add(new Segment(name, key));
      if (i < text.length() && text.charAt(i) == '.') {
        i++;
        continue;
      }
      if (end != null) {
        end[0] = i;
        return segments;
      }
      return i == text.length() ? segments : List.of();
    }
  }

  /**
   * Resolves a duplicate's place. From the root, a place of several steps names its first item by
   * id ({@code objectives[o-1].keyResults[2]}); below the root, the first step is the object being
   * built itself ({@code ladders[eng].levels[3]} while building that ladder). Later keys are indexes.
   */
  private static @Nullable String resolveIds(JsonIn in, String base, List<Segment> place, boolean root) {
    if (place.isEmpty()) {
      return null;
    }
    List<Segment> steps = root ? place : place.subList(1, place.size());
    StringBuilder pointer = new StringBuilder(base);
    for (int i = 0; i < steps.size(); i++) {
      Segment step = steps.get(i);
      pointer.append('/').append(Strings.escapeSegment(step.name));
      if (step.key != null) {
        Integer index = root && i == 0 && steps.size() > 1
            ? in.indexOfKey(pointer.toString(), step.key) : parseIndex(step.key);
        if (index == null) {
          return null;
        }
        pointer.append('/').append(index);
      }
    }
    return pointer.toString();
  }

  /** Resolves a place whose every key is an item's key ({@code levels[E3].expectations[go].required}). */
  private static @Nullable String resolveKeys(JsonIn in, String base, List<Segment> place) {
    StringBuilder pointer = new StringBuilder(base);
    for (Segment step : place) {
      pointer.append('/').append(Strings.escapeSegment(step.name));
      if (step.key != null) {
        Integer index = in.indexOfKey(pointer.toString(), step.key);
        if (index == null) {
          return null;
        }
        pointer.append('/').append(index);
      }
    }
    return pointer.toString();
  }

  private static @Nullable Integer parseIndex(String key) {
    try {
      return Integer.parseInt(key);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
