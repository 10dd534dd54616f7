package dev.alignkit.jackson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attributes that could not be read back unambiguously are refused when writing, and nothing is written. */
class WriteErrorsTest {
  private static final Binding BINDING = Binding.current();

  private static OrganizationSnapshot withPerson(Person person) {
    return OrganizationSnapshot.builder().addPerson(Person.of("lena", "Lena")).addPerson(person).build();
  }

  @Test
  void anAttributeNamedLikeAFieldIsRefused() {
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class, () -> BINDING.toJson(
        withPerson(Person.builder().id("maya").name("Maya").putAttribute("teamId", "\"support\"").build())));
    assertEquals("/people/1", e.pointer());
    assertEquals(-1, e.line());
    assertEquals("attribute \"teamId\" of the person has the name of a field; field names are reserved:"
        + " [id, name, teamId, otherTeamIds, managerId, role, hrAdministrator]", e.problem());
  }

  @Test
  void anAttributeNamedFormatVersionIsRefusedOnTheSnapshotOnly() {
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder().putAttribute("formatVersion", "2").build();
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class, () -> BINDING.toJson(snapshot));
    assertEquals("", e.pointer());
    assertTrue(e.problem().startsWith("attribute \"formatVersion\" of the organization snapshot has the name of a field"));
    Person person = Person.builder().id("maya").name("Maya").putAttribute("formatVersion", "2").build();
    assertEquals("2", BINDING.fromJson(BINDING.toJson(withPerson(person))).people().get(1)
        .attributes().get("formatVersion"));
  }

  @Test
  void anAttributeOnANestedValueIsCheckedAgainstThatValuesFields() {
    Objective objective = Objective.builder().id("o-1").title("t").cycleId("c")
        .owner(Owner.builder().from(Owner.team("support")).putAttribute("kind", "\"x\"").build()).build();
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class,
        () -> BINDING.toJson(OrganizationSnapshot.builder().addObjective(objective).build()));
    assertEquals("/objectives/0/owner", e.pointer());
  }

  @Test
  void anAttributeThatIsNotOneJsonValueIsRefused() {
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class, () -> BINDING.toJson(
        withPerson(Person.builder().id("maya").name("Maya").putAttribute("x-a", "{\"oops\"").build())));
    assertEquals("/people/1", e.pointer());
    assertTrue(e.problem().startsWith("attribute \"x-a\" of the person is not one JSON value: "), e.problem());
    assertThrows(AlignkitJsonException.class, () -> BINDING.toJson(
        withPerson(Person.builder().id("maya").name("Maya").putAttribute("x-a", "1 2").build())));
    assertThrows(AlignkitJsonException.class, () -> BINDING.toJson(
        withPerson(Person.builder().id("maya").name("Maya").putAttribute("x-a", "").build())));
  }

  @Test
  void aRefusedSnapshotLeavesTheStreamAndTheFileUntouched(@TempDir Path dir) throws IOException {
    OrganizationSnapshot bad = withPerson(Person.builder().id("maya").name("Maya").putAttribute("name", "1").build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThrows(AlignkitJsonException.class, () -> BINDING.write(bad, out));
    assertEquals(0, out.size());
    Path file = dir.resolve("organization.json");
    Files.writeString(file, "previous", StandardCharsets.UTF_8);
    assertThrows(AlignkitJsonException.class, () -> BINDING.write(bad, file));
    assertArrayEquals("previous".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
  }
}
