package dev.alignkit.jackson;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.career.Assessment;
import dev.alignkit.career.AssessmentSource;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.development.CareerVision;
import dev.alignkit.development.CoachingCheckIn;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GrowSession;
import dev.alignkit.development.PerformanceStanding;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.privacy.Privacy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Erasure answers a deletion request: nothing of the person remains in the JSON an HR system keeps. */
class ErasureJsonTest {
  private static final Binding BINDING = Binding.current();
  private static final LocalDate DAY = LocalDate.of(2026, 8, 1);

  private static OrganizationSnapshot snapshot() {
    CheckIn authored = CheckIn.builder().date(DAY).value(3).note("tokNOTE note by the person").authorId("tokPERSON")
        .build();
    return OrganizationSnapshot.builder()
        .addCycle(Cycle.of("q3", "2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)))
        .addPerson(Person.builder().id("boss").name("Boss").build())
        .addPerson(Person.builder().id("tokPERSON").name("tokNAME Person").managerId("boss")
            .putAttribute("hrisId", "\"tokHRIS\"").build())
        .addPerson(Person.builder().id("peer").name("Peer").managerId("tokPERSON").build())
        .addObjective(Objective.builder().id("o-1").title("Ship the thing").owner(Owner.person("tokPERSON"))
            .cycleId("q3").addKeyResult(KeyResult.increase("kr-1", "Raise usage", 0, 10, "teams").withCheckIn(authored))
            .build())
        .addProfile(SkillProfile.of("tokPERSON", List.of(Assessment.of("sql", 3, DAY, AssessmentSource.SELF))))
        .addPlan(DevelopmentPlan.builder().id("plan-tok").personId("tokPERSON").cycleId("q3")
            .standing(PerformanceStanding.BELOW)
            .addGoal(DevelopmentGoal.propose("g-tok", "tokGOAL become great", "tokPERSON"))
            .addCoachingCheckIn(CoachingCheckIn.builder().date(DAY).coachId("boss").note("tokCOACH talk").build())
            .build())
        .addVision(CareerVision.builder().id("v-tok").personId("tokPERSON").longTermVision("tokVISION lead").build())
        .addGrowSession(GrowSession.builder().id("grow-tok").personId("tokPERSON").goal("tokGROW goal").build())
        .build();
  }

  @Test
  void nothingOfAnErasedPersonRemainsInTheJson() {
    String before = BINDING.toJson(snapshot());
    for (String token : List.of("tokPERSON", "tokNAME", "tokHRIS", "tokNOTE", "tokGOAL", "tokVISION", "tokGROW",
        "tokCOACH", "BELOW")) {
      assertTrue(before.contains(token), token + " is in the document before erasure");
    }
    String after = BINDING.toJson(Privacy.erase(snapshot(), "tokPERSON"));
    for (String token : List.of("tokPERSON", "tokNAME", "tokHRIS", "tokNOTE", "tokGOAL", "tokVISION", "tokGROW",
        "tokCOACH", "BELOW")) {
      assertFalse(after.contains(token), token + " remains after erasure:\n" + after);
    }
    assertTrue(after.contains("\"Ship the thing\""), "business data stays");
    assertTrue(BINDING.fromJson(after).people().size() == 3, "the erased document reads back");
  }
}
