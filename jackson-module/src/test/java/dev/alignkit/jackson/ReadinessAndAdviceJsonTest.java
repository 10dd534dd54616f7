package dev.alignkit.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.advice.AlignmentClass;
import dev.alignkit.advice.GoalAdvice;
import dev.alignkit.advice.GoalAlignment;
import dev.alignkit.advice.Suggestion;
import dev.alignkit.advice.SuggestionKind;
import dev.alignkit.career.Assessment;
import dev.alignkit.career.AssessmentSource;
import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.Expectation;
import dev.alignkit.career.ExpectationResolution;
import dev.alignkit.career.Level;
import dev.alignkit.career.ProficiencyScale;
import dev.alignkit.career.RoleRef;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.policy.Policy;
import dev.alignkit.progress.Readiness;
import dev.alignkit.progress.RoleOption;
import dev.alignkit.progress.RoleOptionKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A readiness with its gap report, a role option and advice on a goal as result documents. */
class ReadinessAndAdviceJsonTest {
  private static final Binding BINDING = Binding.current();
  private static final LocalDate AS_OF = LocalDate.of(2026, 8, 15);

  /** The worked example of {@code Readiness}: sql 3 of 3.8 and design 4 of 3, both essential, on 1..5. */
  static Readiness maya() {
    CareerLadder ladder = CareerLadder.of("eng", "Engineering (IC)", Level.of("E4", "Senior engineer", 4,
        Expectation.essential("sql", 3.8), Expectation.essential("design", 3)));
    SkillProfile maya = SkillProfile.of("maya", List.of(
        Assessment.of("sql", 3, AS_OF, AssessmentSource.MANAGER),
        Assessment.of("design", 4, AS_OF, AssessmentSource.MANAGER)));
    return Readiness.of(ExpectationResolution.of(ladder, "E4").orElseThrow().expectations(), Optional.of(maya),
        ProficiencyScale.defaultScale(), AS_OF, Policy.defaults());
  }

  @Test
  void aReadinessIsWrittenWithItsGapReport() {
    assertEquals("""
        {
          "resultFormatVersion": 1,
          "readiness": 0.8571428571428572,
          "ready": false,
          "gaps": [
            {
              "category": "UNDER",
              "skillId": "sql",
              "required": 3.8,
              "assessed": 3.0,
              "importance": "ESSENTIAL",
              "shortfall": 0.7999999999999998,
              "stale": false
            },
            {
              "category": "MET",
              "skillId": "design",
              "required": 3.0,
              "assessed": 4.0,
              "importance": "ESSENTIAL",
              "shortfall": 0.0,
              "stale": false
            }
          ]
        }
        """, BINDING.resultToJson(maya()));
    assertEquals(maya(), BINDING.resultFromJson(BINDING.resultToJson(maya()), Readiness.class));
  }

  @Test
  void aRoleOptionReadsBackEqual() {
    RoleOption next = RoleOption.builder().role(RoleRef.of("eng", "E4")).addKinds(RoleOptionKind.NEXT_LEVEL,
        RoleOptionKind.OPENING).addOpeningIds("op-7").readiness(maya()).build();
    String json = BINDING.resultToJson(next);
    assertTrue(json.contains("\"kinds\": [\n    \"NEXT_LEVEL\",\n    \"OPENING\"\n  ],"), json);
    assertEquals(next, BINDING.resultFromJson(json, RoleOption.class));
  }

  @Test
  void aReadinessWithoutAValueOrAReasonIsRefused() {
    String json = BINDING.resultToJson(maya()).replace("  \"readiness\": 0.8571428571428572,\n", "");
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class, () -> BINDING.resultFromJson(json,
        Readiness.class));
    assertEquals("", e.pointer());
    assertEquals("not a valid readiness: a readiness has either a value or a reason there is none: readiness"
        + " OptionalDouble.empty, noReadinessReason Optional.empty", e.problem());
  }

  @Test
  void adviceOnAGoalReadsBackEqualAndRendersItsSentences() {
    GoalAdvice advice = GoalAdvice.builder().planId("p-eli").alignment(GoalAlignment.builder().goalId("g-rust")
            .alignmentClass(AlignmentClass.TANGENTIAL).skillId("rust")
            .reason("rust is expected by no role, target role or work of the organization").build())
        .addSuggestion(Suggestion.builder().kind(SuggestionKind.TWEAK).rank(1).messageKey("advice.tweak")
            .putArgument("skill", "negotiation").putArgument("instead", "rust").addSkill("negotiation").build())
        .build();
    assertEquals(advice, BINDING.resultFromJson(BINDING.resultToJson(advice), GoalAdvice.class));
    String german = BINDING.resultToJson(advice, Locale.GERMAN);
    assertTrue(german.contains("\"sentence\": \"Könntest du statt rust auf negotiation hinarbeiten?"), german);
    assertEquals(advice, BINDING.resultFromJson(german, GoalAdvice.class));
  }
}
