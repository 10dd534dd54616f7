package dev.alignkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.testing.Gens;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;

/**
 * The text form of {@link ItemPath} round-trips for paths whose ids are hostile: made of the
 * characters the text form uses for structure ({@code [ ] . \}) among ordinary ones.
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
}
