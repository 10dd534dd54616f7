package dev.alignkit.json.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlacesTest {
  private final Places places = new Places();

  @Test
  void aPointerIsPutTogetherFromFieldNamesAndIndexesWithEscapes() {
    int root = places.base("", JsonIn.pack(1, 1));
    int objectives = places.field(root, "objectives", JsonIn.pack(2, 17));
    int third = places.element(objectives, 2, JsonIn.pack(9, 5));
    int odd = places.field(third, "x-a/b~c", JsonIn.pack(10, 7));
    assertEquals("", places.pointer(root));
    assertEquals("/objectives/2", places.pointer(third));
    assertEquals("/objectives/2/x-a~1b~0c", places.pointer(odd));
  }

  @Test
  void aRecordedPointerResolvesToItsLocationAndAnUnrecordedOneToNothing() {
    int root = places.base("", JsonIn.pack(1, 1));
    int people = places.field(root, "people", JsonIn.pack(2, 13));
    places.element(people, 0, JsonIn.pack(3, 5));
    int second = places.element(people, 1, JsonIn.pack(7, 5));
    places.field(second, "name", JsonIn.pack(8, 15));
    assertEquals(JsonIn.pack(8, 15), places.locationOf("/people/1/name"));
    assertEquals(JsonIn.pack(7, 5), places.locationOf("/people/1"));
    assertEquals(JsonIn.pack(1, 1), places.locationOf(""));
    assertNull(places.locationOf("/people/2"));
    assertNull(places.locationOf("/people/0/name"));
    assertNull(places.locationOf("/teams"));
  }

  @Test
  void aBaseBelowTheDocumentRootAnswersOnlyForPointersUnderIt() {
    int base = places.base("/data/snapshot", JsonIn.pack(4, 12));
    places.field(base, "cycles", JsonIn.pack(5, 15));
    assertEquals(JsonIn.pack(5, 15), places.locationOf("/data/snapshot/cycles"));
    assertEquals("/data/snapshot/cycles", places.pointer(1));
    assertNull(places.locationOf("/data/snapshotX/cycles"));
    assertNull(places.locationOf("/cycles"));
  }

  @Test
  void theIndexOfAKeyIsItsFirstElementInThatArray() {
    int root = places.base("", JsonIn.pack(1, 1));
    int objectives = places.field(root, "objectives", JsonIn.pack(2, 1));
    int teams = places.field(root, "teams", JsonIn.pack(3, 1));
    places.key(places.element(objectives, 0, JsonIn.pack(2, 3)), "o-1");
    places.key(places.element(objectives, 1, JsonIn.pack(2, 9)), "o-2");
    places.key(places.element(objectives, 2, JsonIn.pack(2, 15)), "o-1");
    places.key(places.element(teams, 0, JsonIn.pack(3, 3)), "o-2");
    places.key(teams, "ignored on a field");
    assertEquals(0, places.indexOfKey("/objectives", "o-1"));
    assertEquals(1, places.indexOfKey("/objectives", "o-2"));
    assertEquals(0, places.indexOfKey("/teams", "o-2"));
    assertNull(places.indexOfKey("/objectives", "o-3"));
    assertNull(places.indexOfKey("/cycles", "o-1"));
    assertNull(places.indexOfKey("", "ignored on a field"));
  }

  @Test
  void theFieldsOfAnObjectComeInDocumentOrderWithoutThoseOfNestedObjects() {
    int root = places.base("", JsonIn.pack(1, 1));
    places.field(root, "formatVersion", JsonIn.pack(2, 20));
    int people = places.field(root, "people", JsonIn.pack(3, 13));
    places.field(places.element(people, 0, JsonIn.pack(4, 5)), "id", JsonIn.pack(4, 12));
    places.field(root, "cycles", JsonIn.pack(9, 13));
    assertEquals(List.of("formatVersion", "people", "cycles"), List.copyOf(places.fieldsOf(root).keySet()));
    assertEquals(JsonIn.pack(9, 13), places.fieldsOf(root).get("cycles"));
  }

  @Test
  void recordingKeepsGoingPastTheInitialCapacity() {
    int root = places.base("", JsonIn.pack(1, 1));
    int items = places.field(root, "items", JsonIn.pack(1, 10));
    for (int i = 0; i < 1000; i++) {
      places.element(items, i, JsonIn.pack(2 + i, 3));
    }
    assertEquals(JsonIn.pack(1001, 3), places.locationOf("/items/999"));
    assertEquals("/items/999", places.pointer(1001));
  }

  @Test
  void entriesInLaterBlocksKeepTheirParentsNamesAndKeys() {
    int root = places.base("", JsonIn.pack(1, 1));
    int items = places.field(root, "items", JsonIn.pack(1, 10));
    int last = -1;
    // Two entries an item: 600,002 entries, past two blocks of 2^18.
    for (int i = 0; i < 300_000; i++) {
      last = places.element(items, i, JsonIn.pack(2 + i, 3));
      places.key(last, "k" + i);
      places.field(last, "v", JsonIn.pack(2 + i, 9));
    }
    assertEquals(600_000, last);
    assertEquals("/items/299999", places.pointer(last));
    assertEquals("/items/299999/v", places.pointer(last + 1));
    assertEquals(JsonIn.pack(300_001, 9), places.locationOf("/items/299999/v"));
    assertEquals(JsonIn.pack(150_001, 3), places.locationOf("/items/149999"));
    assertEquals(277_777, places.indexOfKey("/items", "k277777"));
    assertEquals(List.of("v"), List.copyOf(places.fieldsOf(last).keySet()));
  }
}
