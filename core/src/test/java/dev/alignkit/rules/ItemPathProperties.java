package dev.alignkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.okr.Owner;
import dev.alignkit.testing.Gens;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;

/**
 * The text form of {@link ItemPath} round-trips for paths whose ids are hostile: made of the
 * characters the text form uses for structure ({@code [ ] . \}) among ordinary ones.
 * The factories of the item kinds give the paths the generic factories build.
 */
class ItemPathProperties {
  private static final String NAME_CHARS = "abcxyzKR";
  private static final String HOSTILE_ID_CHARS = "[].\\\\[]..ab-1 ";

  /** An item's id, or none for a field, half and half. */
  private static Gen<Optional<String>> ids() {
    return Gens.optional(Gens.strings(HOSTILE_ID_CHARS, 0, 8), 0.5);
  }

  /** One to five segments: names, and the ids of those that are items. */
  private static Gen<Parts> parts() {
    return Gens.combine(Gens.lists(Gens.strings(NAME_CHARS, 1, 6), 5, 5), Gens.lists(ids(), 1, 5), Parts::new);
  }

  private record Parts(List<String> names, List<Optional<String>> ids) {
    /** The text form written by hand, escaping every {@code [ ] . \} of an id. */
    String text() {
      StringBuilder out = new StringBuilder();
      for (int k = 0; k < ids.size(); k++) {
        out.append(k == 0 ? "" : ".").append(names.get(k));
        ids.get(k).ifPresent(id -> out.append('[').append(id.replaceAll("([\\\\\\[\\].])", "\\\\$1")).append(']'));
      }
      return out.toString();
    }
  }

  private static Gen<ItemPath> paths() {
    return parts().map(ItemPathProperties::built);
  }

  /** The path {@code parts} name, built by the factories and extensions the rules use. */
  private static ItemPath built(Parts parts) {
    List<String> n = parts.names();
    List<Optional<String>> i = parts.ids();
    ItemPath path = i.get(0).map(id -> ItemPath.item(n.get(0), id)).orElseGet(() -> ItemPath.root(n.get(0)));
    for (int k = 1; k < i.size(); k++) {
      String name = n.get(k);
      path = i.get(k).isPresent() ? path.child(name, i.get(k).get()) : path.field(name);
    }
    return path;
  }

  /** An extended path keeps only its text; the segments read back from it are the ones it was built of. */
  @Property
  void aBuiltPathHasTheSegmentsItWasBuiltOf(Theory theory) {
    theory.forAll(parts()).check(parts -> {
      ItemPath path = built(parts);

      List<ItemPath.Segment> segments = path.segments();

      assertEquals(parts.ids().size(), segments.size(), path::toString);
      for (int k = 0; k < segments.size(); k++) {
        assertEquals(parts.names().get(k), segments.get(k).name(), path::toString);
        assertEquals(parts.ids().get(k), segments.get(k).id(), path::toString);
      }
      assertEquals(parts.text(), path.toString());
    });
  }

  @Property
  void textParsesBackToAnEqualPath(Theory theory) {
    theory.forAll(paths()).check(path -> {
      ItemPath parsed = ItemPath.parse(path.toString());

      assertEquals(path, parsed, path::toString);
      assertEquals(path.segments(), parsed.segments(), path::toString);
    });
  }

  @Property
  void parsedTextPrintsAsTheSameText(Theory theory) {
    theory.forAll(parts()).check(parts -> {
      String text = parts.text();

      ItemPath parsed = ItemPath.parse(text);

      assertEquals(text, parsed.toString());
      assertEquals(parts.ids().stream().flatMap(Optional::stream).toList(), parsed.ids(), text);
    });
  }

  /**
   * The factories of the item kinds write their paths without checking their constant names; each
   * gives the path that the generic factories, which check them, build from the same names.
   */
  @Property
  void theItemKindsAreTheirGenericPaths(Theory theory) {
    Gen<String> id = Gens.strings(HOSTILE_ID_CHARS, 0, 8);
    theory.forAll(id, id, id).check((a, b, c) -> {
      assertEquals(ItemPath.item("people", a), ItemPath.person(a));
      assertEquals(ItemPath.item("teams", a), ItemPath.team(a));
      assertEquals(ItemPath.item("teams", nonBlank(a)).child("cycles", b), ItemPath.ownerCycle(Owner.team(nonBlank(a)), b));
      assertEquals(ItemPath.item("people", nonBlank(a)).child("cycles", b),
          ItemPath.ownerCycle(Owner.person(nonBlank(a)), b));
      assertEquals(ItemPath.item("cycles", a), ItemPath.cycle(a));
      assertEquals(ItemPath.item("objectives", a), ItemPath.objective(a));
      assertEquals(ItemPath.item("objectives", a).child("keyResults", b), ItemPath.keyResult(a, b));
      assertEquals(ItemPath.item("objectives", a).child("keyResults", b).child("checkIns", "2026-08-15"),
          ItemPath.checkIn(a, b, LocalDate.of(2026, 8, 15)));
      assertEquals(ItemPath.item("objectives", a).child("keyResults", b).field("checkIns"),
          ItemPath.keyResult(a, b).field("checkIns"));
      assertEquals(ItemPath.item("objectives", a).child("initiatives", b), ItemPath.initiative(a, b));
      assertEquals(ItemPath.item("objectives", a).child("alignments", "3"), ItemPath.alignment(a, 3));
      assertEquals(ItemPath.item("waivers", a), ItemPath.waiver(a));
      assertEquals(ItemPath.item("ladders", a).child("levels", b).child("expectations", c), ItemPath.expectation(a, b, c));
      assertEquals(ItemPath.item("lateralMoves", a), ItemPath.lateralMove(a));
      assertEquals(ItemPath.item("openings", a), ItemPath.opening(a));
      assertEquals(ItemPath.item("profiles", a).child("assessments", b), ItemPath.assessment(a, b));
      assertEquals(ItemPath.item("plans", a).child("goals", b).child("measures", c), ItemPath.measure(a, b, c));
      assertEquals(ItemPath.item("visions", a), ItemPath.vision(a));
      assertEquals(ItemPath.item("growSessions", a).child("steps", "2"), ItemPath.growStep(a, 2));
    });
  }

  /** An id an owner accepts: not blank. */
  private static String nonBlank(String id) {
    return id.isBlank() ? "t" + id : id;
  }
}
