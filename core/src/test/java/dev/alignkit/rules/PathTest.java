package dev.alignkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Paths are values: equal by their text, however they were built, and ordered by it. */
class PathTest {
  @Test
  void pathsBuiltDifferentlyToOneFieldAreEqual() {
    Path viaKeyResult = Path.keyResult("o-42", "kr-3").field("target");
    Path viaItems = Path.item("objectives", "o-42").then("keyResults", "kr-3").field("target");
    assertEquals(viaItems, viaKeyResult);
    assertEquals(viaItems.hashCode(), viaKeyResult.hashCode());
    assertEquals("objectives[o-42].keyResults[kr-3].target", viaKeyResult.toString());
  }

  @Test
  void pathsToDifferentFieldsDifferAndHashApart() {
    Path target = Path.keyResult("o-42", "kr-3").field("target");
    Path start = Path.keyResult("o-42", "kr-3").field("start");
    assertNotEquals(target, start);
    assertNotEquals(target.hashCode(), start.hashCode());
    assertNotEquals(Path.root("organization"), "organization", "a path is not its text");
  }

  @Test
  void pathsSortByTheirText() {
    TreeSet<Path> sorted = new TreeSet<>(List.of(Path.person("maya"), Path.objective("o-b"),
        Path.objective("o-a").field("title"), Path.objective("o-a")));
    assertEquals(List.of("objectives[o-a]", "objectives[o-a].title", "objectives[o-b]", "people[maya]"),
        sorted.stream().map(Path::toString).toList());
    assertTrue(Path.objective("o-a").compareTo(Path.objective("o-b")) < 0);
    assertTrue(Path.person("maya").compareTo(Path.objective("o-b")) > 0);
  }
}
