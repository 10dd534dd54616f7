package dev.alignkit.rules;

import static java.util.Objects.requireNonNull;

import dev.alignkit.okr.Owner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where in a snapshot a finding points: a field, or an item of a collection, such as
 * {@code objectives[o-42].keyResults[kr-3].target}. Collections are indexed by item id, not by
 * position, so a path stays true when items are reordered. Immutable and thread-safe.
 *
 * <p><b>Create</b> one with the factory of the item kind ({@link #keyResult(String, String)},
 * {@link #goal(String, String)} ...) and add a field with {@link #field(String)}, or read one
 * with {@link #parse(String)}:
 * <pre>{@code
 * ItemPath target = ItemPath.keyResult("o-42", "kr-3").field("target");
 * ItemPath same = ItemPath.parse("objectives[o-42].keyResults[kr-3].target");
 * }</pre>
 * An application rule with items of its own uses {@link #item(String, String)},
 * {@link #root(String)} and {@link #child(String, String)}.
 *
 * <p>A path is a list of {@link Segment segments}, each a name ({@code target}) or a name with an
 * item id ({@code keyResults[kr-3]}); {@link #segments()} and {@link #ids()} read them without
 * parsing text. Names are words chosen by code and must not contain {@code .}, {@code [},
 * {@code ]} or {@code \}; ids are data and may contain anything.
 *
 * <p><b>Text form.</b> {@link #toString()} joins the segments with {@code .} and writes an item
 * as {@code name[id]}. Inside the brackets each {@code \}, {@code [}, {@code ]} and {@code .} of
 * the id is written with a backslash before it, so an unescaped one is always structure: the id
 * {@code o-sales[eu]} is written {@code objectives[o-sales\[eu\]]}, and {@code v1.2} as
 * {@code skills[v1\.2]}. Ids without those characters read as they are. {@link #parse(String)}
 * reads exactly this form back: {@code parse(p.toString())} equals {@code p}, and
 * {@code parse(text).toString()} equals {@code text}.
 *
 * <p><b>Invariants.</b> A name that is empty or holds one of {@code . [ ] \} fails with an
 * {@link IllegalArgumentException} ({@code a path name must not contain '.': a.b}); a null name or
 * id with a {@link NullPointerException}. Text that is not in the text form fails to parse, naming
 * the position ({@code not an item path: "a[b" (at 3: ']' is expected)}). A path need not point
 * at an item of the snapshot.
 *
 * <p><b>Equality:</b> two paths are equal when their segments are equal, which is when their texts
 * are; paths sort by text.
 */
public final class ItemPath implements Comparable<ItemPath> {
  /**
   * The segments, or null until first asked for: a path made by the factories or by extending
   * another keeps only its text, and most findings' paths are never taken apart. Parsed from the text on first use; a
   * race parses twice and either equal list may be kept (the lists are immutable).
   */
  private @Nullable List<Segment> segments;
  private final String text;

  private ItemPath(List<Segment> segments) {
    this.segments = List.copyOf(segments);
    StringBuilder out = new StringBuilder();
    for (Segment segment : segments) {
      if (out.length() > 0) {
        out.append('.');
      }
      segment.appendTo(out);
    }
    this.text = out.toString();
  }

  /** A path known by its text alone, which its segments wrote. */
  private ItemPath(String text) {
    this.text = text;
  }

  // --- generic -------------------------------------------------------------------------------

  /**
   * The path of a top-level field of the snapshot, such as {@code organization}.
   *
   * @param field a name; not null or empty, without {@code . [ ] \}
   * @throws IllegalArgumentException if the name is empty or holds one of those characters
   */
  public static ItemPath root(String field) {
    return first(new Segment(field, null));
  }

  /**
   * The path of an item of a top-level collection: {@code collection[id]}.
   *
   * @param collection a name; not null or empty, without {@code . [ ] \}
   * @param id any text; not null
   * @throws IllegalArgumentException if the collection's name is empty or holds one of those characters
   */
  public static ItemPath item(String collection, String id) {
    return first(new Segment(collection, requireNonNull(id, "id")));
  }

  /**
   * This path followed by a field: {@code this.field}.
   *
   * @param name a name; not null or empty, without {@code . [ ] \}
   * @throws IllegalArgumentException if the name is empty or holds one of those characters
   */
  public ItemPath field(String name) {
    // Every finding of a field is made through here: no segment, one string.
    return new ItemPath(text + '.' + Segment.checkName(name));
  }

  /**
   * This path followed by an item of a nested collection: {@code this.collection[id]}.
   *
   * @param collection a name; not null or empty, without {@code . [ ] \}
   * @param id any text; not null
   * @throws IllegalArgumentException if the collection's name is empty or holds one of those characters
   */
  public ItemPath child(String collection, String id) {
    return then(new Segment(collection, requireNonNull(id, "id")));
  }

  /** The path of one segment, known by its text like an extended one. */
  private static ItemPath first(Segment segment) {
    StringBuilder out = new StringBuilder(32);
    segment.appendTo(out);
    return new ItemPath(out.toString());
  }

  /**
   * {@link #item} for the collections of the item kinds below, whose names are constants known to
   * be names: none is checked and no segment made, as every finding builds its path here.
   */
  private static ItemPath known(String collection, String id) {
    requireNonNull(id, "id");
    StringBuilder out = new StringBuilder(collection.length() + id.length() + 32).append(collection).append('[');
    return new ItemPath(ItemPathText.appendId(id, out).append(']').toString());
  }

  /** {@link #child} for the nested collections of the item kinds below; see {@link #known}. */
  private ItemPath knownChild(String collection, String id) {
    requireNonNull(id, "id");
    StringBuilder out = new StringBuilder(text.length() + collection.length() + id.length() + 24)
        .append(text).append('.').append(collection).append('[');
    return new ItemPath(ItemPathText.appendId(id, out).append(']').toString());
  }

  private ItemPath then(Segment segment) {
    // Every finding builds its path through here: extend the parent's text rather than writing
    // every segment again, and keep no segment list (findings of a large organization are
    // millions, held until the report is read).
    StringBuilder out = new StringBuilder(text.length() + 24).append(text).append('.');
    segment.appendTo(out);
    return new ItemPath(out.toString());
  }

  // --- item kinds, in the order of the snapshot's lists ------------------------------------

  /** {@code organization}: the snapshot's organization-wide data. */
  public static ItemPath organization() {
    return root("organization");
  }

  /** {@code people[personId]}. */
  public static ItemPath person(String personId) {
    return known("people", personId);
  }

  /** {@code teams[teamId]}. */
  public static ItemPath team(String teamId) {
    return known("teams", teamId);
  }

  /** {@code people[id]}, {@code teams[id]} or {@code organization}: where an owner's data lives. */
  public static ItemPath owner(Owner owner) {
    switch (owner.kind()) {
      case PERSON:
        return person(owner.id().orElseThrow());
      case TEAM:
        return team(owner.id().orElseThrow());
      default:
        return organization();
    }
  }

  /** {@code people[id].cycles[cycleId]} and the like: one owner's objectives in one cycle. */
  public static ItemPath ownerCycle(Owner owner, String cycleId) {
    return owner(owner).knownChild("cycles", cycleId);
  }

  /** {@code cycles[cycleId]}. */
  public static ItemPath cycle(String cycleId) {
    return known("cycles", cycleId);
  }

  /** {@code objectives[objectiveId]}. */
  public static ItemPath objective(String objectiveId) {
    return known("objectives", objectiveId);
  }

  /** {@code objectives[objectiveId].keyResults[keyResultId]}. */
  public static ItemPath keyResult(String objectiveId, String keyResultId) {
    return objective(objectiveId).knownChild("keyResults", keyResultId);
  }

  /** {@code objectives[objectiveId].keyResults[keyResultId].checkIns[date]}: check-ins have no id but their date. */
  public static ItemPath checkIn(String objectiveId, String keyResultId, LocalDate date) {
    return keyResult(objectiveId, keyResultId).knownChild("checkIns", date.toString());
  }

  /** {@code objectives[objectiveId].initiatives[initiativeId]}. */
  public static ItemPath initiative(String objectiveId, String initiativeId) {
    return objective(objectiveId).knownChild("initiatives", initiativeId);
  }

  /** {@code waivers[waiverId]}. */
  public static ItemPath waiver(String waiverId) {
    return known("waivers", waiverId);
  }

  /** {@code ladders[ladderId]}. */
  public static ItemPath ladder(String ladderId) {
    return known("ladders", ladderId);
  }

  /** {@code ladders[ladderId].levels[levelId]}. */
  public static ItemPath level(String ladderId, String levelId) {
    return ladder(ladderId).knownChild("levels", levelId);
  }

  /** {@code ladders[ladderId].levels[levelId].expectations[skillId]}. */
  public static ItemPath expectation(String ladderId, String levelId, String skillId) {
    return level(ladderId, levelId).knownChild("expectations", skillId);
  }

  /** {@code lateralMoves[moveId]}. */
  public static ItemPath lateralMove(String moveId) {
    return known("lateralMoves", moveId);
  }

  /** {@code openings[openingId]}. */
  public static ItemPath opening(String openingId) {
    return known("openings", openingId);
  }

  /** {@code profiles[personId]}: a person's skill profile. */
  public static ItemPath profile(String personId) {
    return known("profiles", personId);
  }

  /** {@code profiles[personId].assessments[skillId]}. */
  public static ItemPath assessment(String personId, String skillId) {
    return profile(personId).knownChild("assessments", skillId);
  }

  /** {@code plans[planId]}. */
  public static ItemPath plan(String planId) {
    return known("plans", planId);
  }

  /** {@code plans[planId].goals[goalId]}. */
  public static ItemPath goal(String planId, String goalId) {
    return plan(planId).knownChild("goals", goalId);
  }

  /** {@code plans[planId].goals[goalId].measures[measureId]}. */
  public static ItemPath measure(String planId, String goalId, String measureId) {
    return goal(planId, goalId).knownChild("measures", measureId);
  }

  /** {@code visions[visionId]}. */
  public static ItemPath vision(String visionId) {
    return known("visions", visionId);
  }

  /** {@code growSessions[sessionId]}. */
  public static ItemPath growSession(String sessionId) {
    return known("growSessions", sessionId);
  }

  /** {@code growSessions[sessionId].steps[index]}: way-forward steps have no id but their position. */
  public static ItemPath growStep(String sessionId, int index) {
    return growSession(sessionId).knownChild("steps", Integer.toString(index));
  }

  /**
   * {@code objectives[objectiveId].alignments[index]}: an objective's links have no id but their
   * position in {@link dev.alignkit.okr.Objective#alignments()}.
   */
  public static ItemPath alignment(String objectiveId, int index) {
    return objective(objectiveId).knownChild("alignments", Integer.toString(index));
  }

  // --- reading -------------------------------------------------------------------------------

  /** The segments, first to last; never empty. */
  public List<Segment> segments() {
    List<Segment> parsed = segments;
    if (parsed == null) {
      parsed = List.copyOf(ItemPathText.parse(text));
      segments = parsed;
    }
    return parsed;
  }

  /** The ids of the items along the path, first to last, such as {@code [o-42, kr-3]}. */
  public List<String> ids() {
    List<Segment> all = segments();
    List<String> ids = new ArrayList<>(all.size());
    for (Segment segment : all) {
      if (segment.id != null) {
        ids.add(segment.id);
      }
    }
    return List.copyOf(ids);
  }

  /**
   * Reads the {@linkplain ItemPath text form}: segments joined by {@code .}, each a name or
   * {@code name[id]}, with {@code \ [ ] .} in an id escaped by a backslash.
   *
   * @param text not null
   * @throws IllegalArgumentException if the text is not in that form, naming the position
   */
  public static ItemPath parse(String text) {
    return new ItemPath(ItemPathText.parse(requireNonNull(text, "text")));
  }

  @Override
  public int compareTo(ItemPath other) {
    return text.compareTo(other.text);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ItemPath && ((ItemPath) other).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The text form, such as {@code objectives[o-42].keyResults[kr-3].target}; {@link #parse} reads it back. */
  @Override
  public String toString() {
    return text;
  }

  /**
   * One step of a path: a name, such as {@code target}, or a name with an item id, such as
   * {@code keyResults[kr-3]}. Immutable and thread-safe; equal when name and id are.
   */
  public static final class Segment {
    private final String name;
    private final @Nullable String id;

    Segment(String name, @Nullable String id) {
      this.name = checkName(name);
      this.id = id;
    }

    /** {@code name}, if it is one: not null or empty, without {@code . [ ] \}. */
    static String checkName(String name) {
      requireNonNull(name, "name");
      if (name.isEmpty()) {
        throw new IllegalArgumentException("a path name must not be empty");
      }
      for (int i = 0; i < name.length(); i++) {
        if (ItemPathText.isStructure(name.charAt(i))) {
          throw new IllegalArgumentException("a path name must not contain '" + name.charAt(i) + "': " + name);
        }
      }
      return name;
    }

    /** The field's or the collection's name, such as {@code keyResults}. */
    public String name() {
      return name;
    }

    /** The item's id, unescaped; empty for a field. */
    public Optional<String> id() {
      return Optional.ofNullable(id);
    }

    private void appendTo(StringBuilder out) {
      out.append(name);
      if (id != null) {
        ItemPathText.appendId(id, out.append('[')).append(']');
      }
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Segment && ((Segment) other).name.equals(name)
          && java.util.Objects.equals(((Segment) other).id, id);
    }

    @Override
    public int hashCode() {
      return 31 * name.hashCode() + (id == null ? 0 : id.hashCode() + 1);
    }

    /** The segment's text form, such as {@code keyResults[kr-3]}. */
    @Override
    public String toString() {
      StringBuilder out = new StringBuilder();
      appendTo(out);
      return out.toString();
    }
  }
}
