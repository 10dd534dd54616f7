package dev.alignkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.okr.Owner;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Paths are values: equal by their segments, however they were built, ordered by their text, which parses back. */
class ItemPathTest {
  @Test
  void pathsBuiltDifferentlyToOneFieldAreEqual() {
    ItemPath viaKeyResult = ItemPath.keyResult("o-42", "kr-3").field("target");
    ItemPath viaItems = ItemPath.item("objectives", "o-42").child("keyResults", "kr-3").field("target");
    assertEquals(viaItems, viaKeyResult);
    assertEquals(viaItems.hashCode(), viaKeyResult.hashCode());
    assertEquals("objectives[o-42].keyResults[kr-3].target", viaKeyResult.toString());
  }

  @Test
  void pathsToDifferentFieldsDifferAndHashApart() {
    ItemPath target = ItemPath.keyResult("o-42", "kr-3").field("target");
    ItemPath start = ItemPath.keyResult("o-42", "kr-3").field("start");
    assertNotEquals(target, start);
    assertNotEquals(target.hashCode(), start.hashCode());
    assertNotEquals(ItemPath.root("organization"), "organization", "a path is not its text");
  }

  @Test
  void pathsSortByTheirText() {
    TreeSet<ItemPath> sorted = new TreeSet<>(List.of(ItemPath.person("maya"), ItemPath.objective("o-b"),
        ItemPath.objective("o-a").field("title"), ItemPath.objective("o-a")));
    assertEquals(List.of("objectives[o-a]", "objectives[o-a].title", "objectives[o-b]", "people[maya]"),
        sorted.stream().map(ItemPath::toString).toList());
    assertTrue(ItemPath.objective("o-a").compareTo(ItemPath.objective("o-b")) < 0);
    assertTrue(ItemPath.person("maya").compareTo(ItemPath.objective("o-b")) > 0);
  }

  @Test
  void eachItemKindHasTheTextFormOfItsPlaceInTheSnapshot() {
    assertEquals(List.of(
            "organization",
            "objectives[o]", "objectives[o].keyResults[kr]", "objectives[o].keyResults[kr].checkIns[2026-08-15]",
            "objectives[o].initiatives[i]", "people[p]", "teams[t]", "cycles[c]",
            "people[p].cycles[c]", "teams[t].cycles[c]", "organization.cycles[c]",
            "plans[pl]", "plans[pl].goals[g]", "plans[pl].goals[g].measures[m]",
            "growSessions[s]", "growSessions[s].steps[2]",
            "ladders[l]", "ladders[l].levels[lv]", "ladders[l].levels[lv].expectations[sk]",
            "lateralMoves[mv]", "openings[op]", "profiles[p]", "profiles[p].assessments[sk]", "visions[v]",
            "waivers[w]"),
        List.of(ItemPath.organization(),
            ItemPath.objective("o"), ItemPath.keyResult("o", "kr"), ItemPath.checkIn("o", "kr", LocalDate.of(2026, 8, 15)),
            ItemPath.initiative("o", "i"), ItemPath.person("p"), ItemPath.team("t"), ItemPath.cycle("c"),
            ItemPath.ownerCycle(Owner.person("p"), "c"), ItemPath.ownerCycle(Owner.team("t"), "c"),
            ItemPath.ownerCycle(Owner.organization(), "c"),
            ItemPath.plan("pl"), ItemPath.goal("pl", "g"), ItemPath.measure("pl", "g", "m"),
            ItemPath.growSession("s"), ItemPath.growStep("s", 2),
            ItemPath.ladder("l"), ItemPath.level("l", "lv"), ItemPath.expectation("l", "lv", "sk"),
            ItemPath.lateralMove("mv"), ItemPath.opening("op"), ItemPath.profile("p"), ItemPath.assessment("p", "sk"),
            ItemPath.vision("v"), ItemPath.waiver("w"))
            .stream().map(ItemPath::toString).toList());
  }

  @Test
  void segmentsAndIdsAreReadWithoutParsingText() {
    ItemPath path = ItemPath.measure("plan[1]", "g.2", "m\\3").field("target");
    assertEquals(List.of("plans", "goals", "measures", "target"),
        path.segments().stream().map(ItemPath.Segment::name).toList());
    assertEquals(List.of(Optional.of("plan[1]"), Optional.of("g.2"), Optional.of("m\\3"), Optional.empty()),
        path.segments().stream().map(ItemPath.Segment::id).toList());
    assertEquals(List.of("plan[1]", "g.2", "m\\3"), path.ids());
  }

  @Test
  void segmentsAreValuesWhoseTextIsTheirPartOfThePath() {
    ItemPath.Segment item = ItemPath.objective("o[1]").segments().get(0);
    ItemPath.Segment field = ItemPath.objective("o").field("title").segments().get(1);
    assertEquals("objectives[o\\[1\\]]", item.toString());
    assertEquals("title", field.toString());
    assertEquals(item, ItemPath.parse("objectives[o\\[1\\]]").segments().get(0));
    assertEquals(item.hashCode(), ItemPath.parse("objectives[o\\[1\\]]").segments().get(0).hashCode());
    assertNotEquals(field, ItemPath.root("o").child("title", "").segments().get(1));
  }

  @Test
  void idsWithStructureCharactersAreEscapedWithABackslashAndParseBack() {
    ItemPath path = ItemPath.objective("o-sales[eu]").child("links", "v1.2\\x");
    assertEquals("objectives[o-sales\\[eu\\]].links[v1\\.2\\\\x]", path.toString());
    assertEquals(path, ItemPath.parse(path.toString()));
    assertEquals(List.of("o-sales[eu]", "v1.2\\x"), ItemPath.parse(path.toString()).ids());
  }

  @Test
  void anEmptyIdIsAnItemWithAnEmptyId() {
    assertEquals(List.of(""), ItemPath.parse("tags[]").ids());
    assertEquals("tags[].name", ItemPath.item("tags", "").field("name").toString());
  }

  @Test
  void parseRejectsTextOutsideTheTextFormNamingThePosition() {
    for (String malformed : List.of("", ".a", "a.", "a..b", "[id]", "a[id", "a[id]b", "a[x]]", "a]", "a[b[c]]",
        "a[b.c]", "a[b\\c]", "a[b\\", "a\\b", "plans[plan-maya].note[unclosed")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ItemPath.parse(malformed),
          malformed);
      assertTrue(e.getMessage().startsWith("not an item path: \"" + malformed + "\" (at "), e.getMessage());
    }
  }

  @Test
  void aNameWithAStructureCharacterOrNoCharacterIsRejected() {
    assertEquals("a path name must not contain '[': steps[0]",
        assertThrows(IllegalArgumentException.class, () -> ItemPath.growSession("s").field("steps[0]")).getMessage());
    assertEquals("a path name must not be empty",
        assertThrows(IllegalArgumentException.class, () -> ItemPath.root("")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> ItemPath.item("a.b", "x"));
    assertThrows(IllegalArgumentException.class, () -> ItemPath.person("p").child("x\\", "y"));
  }
}
