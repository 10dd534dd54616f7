package dev.alignkit.org;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.Level;
import dev.alignkit.career.RoleRef;
import dev.alignkit.career.Skill;
import dev.alignkit.career.SkillCatalog;
import dev.alignkit.okr.Owner;
import org.junit.jupiter.api.Test;

class DisplayNamesTest {
  private static final OrganizationSnapshot SNAPSHOT = OrganizationSnapshot.builder()
      .addPerson(Person.of("lara", "Lara Novak"))
      .addPerson(Person.of("alex-k", "Alex Kim"))
      .addPerson(Person.of("alex-kim", "alex kim "))
      .addPerson(Person.of("sam", "Platform"))
      .addTeam(Team.of("support", "Customer support"))
      .addTeam(Team.of("platform", "Platform"))
      .skillCatalog(SkillCatalog.builder()
          .addSkill(Skill.of("system-design", "System design", "engineering"))
          .addSkill(Skill.of("go", "Go", "engineering"))
          .addSkill(Skill.of("go-to-market", "Go", "sales"))
          .build())
      .addLadder(CareerLadder.of("eng", "Engineering", Level.of("E3", "Engineer", 3), Level.of("E4", "Senior engineer", 4)))
      .addLadder(CareerLadder.of("eng-2", "Engineering", Level.of("E4", "Senior engineer", 4)))
      .build();
  private static final DisplayNames NAMES = DisplayNames.of(SNAPSHOT);

  @Test
  void peopleTeamsSkillsAndRolesShowByName() {
    assertEquals("Lara Novak", NAMES.person("lara"));
    assertEquals("Customer support", NAMES.team("support"));
    assertEquals("System design", NAMES.skill("system-design"));
    assertEquals("Engineer", NAMES.role(RoleRef.of("eng", "E3")));
  }

  @Test
  void namesThatCollideIgnoringCaseAndSpaceCarryTheirIds() {
    assertEquals("Alex Kim (alex-k)", NAMES.person("alex-k"));
    assertEquals("alex kim  (alex-kim)", NAMES.person("alex-kim"));
    assertEquals("Platform (sam)", NAMES.person("sam"));
    assertEquals("Platform (platform)", NAMES.team("platform"));
    assertEquals("Go (go)", NAMES.skill("go"));
    assertEquals("Go (go-to-market)", NAMES.skill("go-to-market"));
    assertEquals("Senior engineer (eng-2/E4)", NAMES.role(RoleRef.of("eng-2", "E4")));
    assertEquals("Senior engineer (eng/E4)", NAMES.role(RoleRef.of("eng", "E4")));
  }

  @Test
  void ownersAreNamedAndWhatTheSnapshotDoesNotHoldShowsAsWritten() {
    assertEquals("Organization", NAMES.owner(Owner.organization()));
    assertEquals("Customer support", NAMES.owner(Owner.team("support")));
    assertEquals("Lara Novak", NAMES.owner(Owner.person("lara")));
    assertEquals("team:sales", NAMES.owner(Owner.team("sales")));
    assertEquals("person:ty", NAMES.owner(Owner.person("ty")));
    assertEquals("ty", NAMES.person("ty"));
    assertEquals("sales", NAMES.team("sales"));
    assertEquals("rust", NAMES.skill("rust"));
    assertEquals("eng/E9", NAMES.role(RoleRef.of("eng", "E9")));
    assertEquals("x/E4", NAMES.role(RoleRef.of("x", "E4")));
  }
}
