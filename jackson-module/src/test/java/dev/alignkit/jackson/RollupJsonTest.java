package dev.alignkit.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OrdinalZone;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.progress.Forecast;
import dev.alignkit.progress.Grade;
import dev.alignkit.progress.KeyResultProgress;
import dev.alignkit.progress.KeyResultRollup;
import dev.alignkit.progress.ObjectiveRollup;
import dev.alignkit.progress.PaceStatus;
import dev.alignkit.progress.RiskReason;
import dev.alignkit.progress.Rollup;
import dev.alignkit.progress.Undefined;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The roll-ups of an objective and of a key result as result documents, exactly, and what reading refuses. */
class RollupJsonTest {
  private static final Binding BINDING = Binding.current();
  private static final LocalDate AS_OF = LocalDate.of(2026, 8, 15);

  /** One INCREASE key result, 120 to 200 teams, at 140 and 160 a month apart: on pace, with a forecast. */
  static Rollup rollup() {
    Cycle q3 = Cycle.of("2026-Q3", "2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
    KeyResult teams = KeyResult.increase("kr-1", "Weekly active teams", 120, 200, "teams")
        .withCheckIn(CheckIn.of(LocalDate.of(2026, 7, 15), 140, 0.8))
        .withCheckIn(CheckIn.of(LocalDate.of(2026, 8, 15), 160, 0.8));
    Objective objective = Objective.builder().id("o-1").title("Adoption").owner(Owner.organization())
        .cycleId("2026-Q3").addKeyResult(teams).build();
    return Rollup.of(OrganizationSnapshot.builder().addCycle(q3).addObjective(objective).build(), AS_OF);
  }

  @Test
  void aKeyResultsRollupIsWrittenWithItsProgressInItsOwnObject() {
    KeyResultRollup teams = rollup().keyResult("kr-1").orElseThrow();
    assertEquals("""
        {
          "resultFormatVersion": 1,
          "keyResultId": "kr-1",
          "value": 160.0,
          "rawProgress": 0.5,
          "progress": 0.5,
          "status": "ON_TRACK",
          "expectation": 1.0,
          "expected": %s,
          "gap": %s,
          "forecast": {
            "projectedValue": %s,
            "projectedProgress": %s
          },
          "riskReason": "TREND"
        }
        """.formatted(teams.expected().getAsDouble(), teams.gap().getAsDouble(),
            teams.forecast().orElseThrow().projectedValue().getAsDouble(),
            teams.forecast().orElseThrow().projectedProgress()), BINDING.resultToJson(teams));
    assertEquals(teams, BINDING.resultFromJson(BINDING.resultToJson(teams), KeyResultRollup.class));
  }

  @Test
  void anObjectivesRollupReadsBackEqual() {
    ObjectiveRollup adoption = rollup().objective("o-1").orElseThrow();
    String json = BINDING.resultToJson(adoption);
    assertEquals(adoption, BINDING.resultFromJson(json, ObjectiveRollup.class));
    assertEquals(0.5, BINDING.resultFromJson(json, ObjectiveRollup.class).progress().getAsDouble());
  }

  static final ObjectiveRollup ENDED = ObjectiveRollup.builder().objectiveId("o-2").progress(0.75).rawProgress(0.75)
      .partial(true).expectation(0.7).status(PaceStatus.ENDED).atRiskBelow(2).atRiskByTrend(false)
      .grade(Grade.GREEN).met(true).build();

  @Test
  void anObjectivesRollupIsWrittenWithEveryFieldItHas() {
    assertEquals("""
        {
          "resultFormatVersion": 1,
          "objectiveId": "o-2",
          "progress": 0.75,
          "rawProgress": 0.75,
          "partial": true,
          "expectation": 0.7,
          "status": "ENDED",
          "atRiskBelow": 2,
          "atRiskByTrend": false,
          "grade": "GREEN",
          "met": true
        }
        """, BINDING.resultToJson(ENDED));
  }

  @Test
  void aRollupKeyResultsProgressWithoutAValueReadsBackAsRolledUp() {
    KeyResultRollup rolled = KeyResultRollup.builder().keyResultId("kr-nrr")
        .progress(KeyResultProgress.of(OptionalDouble.empty(), OptionalDouble.of(0.75), OptionalDouble.of(0.5),
            Optional.empty(), Optional.empty()))
        .status(PaceStatus.AT_RISK).expectation(1.0).riskReason(RiskReason.BEHIND_PACE)
        .forecast(Forecast.projected(OptionalDouble.empty(), 0.6)).build();
    KeyResultRollup read = BINDING.resultFromJson(BINDING.resultToJson(rolled), KeyResultRollup.class);
    assertEquals(rolled, read);
    assertEquals(OptionalDouble.of(0.5), read.progress().progress());
    assertEquals(OptionalDouble.of(0.75), read.progress().raw());
  }

  @Test
  void anUndefinedProgressKeepsItsReasonAndZonesTheirZone() {
    KeyResultRollup noData = KeyResultRollup.builder().keyResultId("kr-2")
        .progress(KeyResultProgress.of(OptionalDouble.of(7), OptionalDouble.empty(), OptionalDouble.empty(),
            Optional.empty(), Optional.of(Undefined.INVALID_ZONE)))
        .status(PaceStatus.NO_DATA).expectation(0.7).build();
    assertEquals(noData, BINDING.resultFromJson(BINDING.resultToJson(noData), KeyResultRollup.class));
    KeyResultRollup zoned = KeyResultRollup.builder().from(noData)
        .progress(KeyResultProgress.of(OptionalDouble.of(2), OptionalDouble.of(0.7), OptionalDouble.of(0.7),
            Optional.of(OrdinalZone.TARGET), Optional.empty())).status(PaceStatus.ON_TRACK).build();
    assertEquals(zoned, BINDING.resultFromJson(BINDING.resultToJson(zoned), KeyResultRollup.class));
  }

  @Test
  void aProgressThatIsNotItsRawProgressClampedIsRefusedAtTheRollup() {
    String json = BINDING.resultToJson(rollup().keyResult("kr-1").orElseThrow())
        .replace("\"progress\": 0.5", "\"progress\": 0.4");
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class,
        () -> BINDING.resultFromJson(json, KeyResultRollup.class));
    assertEquals("", e.pointer());
    assertEquals("not a valid key result roll-up: the progress of a key result with a value is its raw progress"
        + " clamped to [0, 1]: progress 0.4, raw 0.5", e.problem());
  }

  @Test
  void aProgressAboveOneIsRefused() {
    String json = BINDING.resultToJson(ENDED).replace("\"progress\": 0.75", "\"progress\": 1.25");
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class,
        () -> BINDING.resultFromJson(json, ObjectiveRollup.class));
    assertEquals("not a valid objective roll-up: objective roll-up progress must be within [0, 1]: 1.25",
        e.problem());
  }

  @Test
  void aStatusThatIsNoPaceStatusIsRefusedAtIt() {
    String json = BINDING.resultToJson(ENDED).replace("\"ENDED\"", "\"LATE\"");
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class,
        () -> BINDING.resultFromJson(json, ObjectiveRollup.class));
    assertEquals("/status", e.pointer());
    assertEquals("expected one of ENDED, NO_DATA, NOT_STARTED, DONE, ON_TRACK, BEHIND, AT_RISK, got a string \"LATE\"",
        e.problem());
  }
}
