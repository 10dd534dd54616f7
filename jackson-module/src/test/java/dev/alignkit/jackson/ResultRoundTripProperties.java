package dev.alignkit.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.advice.AlignmentClass;
import dev.alignkit.advice.GoalAdvice;
import dev.alignkit.advice.SuggestionKind;
import dev.alignkit.progress.AtRisk;
import dev.alignkit.progress.GapCategory;
import dev.alignkit.progress.KeyResultProgress;
import dev.alignkit.progress.KeyResultRollup;
import dev.alignkit.progress.ObjectiveRollup;
import dev.alignkit.progress.Readiness;
import dev.alignkit.progress.RoleOption;
import dev.alignkit.progress.Scorecard;
import dev.alignkit.review.ReviewDocument;
import dev.alignkit.rules.Finding;
import dev.alignkit.rules.Report;
import dev.alignkit.testing.Coverage;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.util.Locale;

/**
 * Every result written and read back is equal to itself, with rendered texts or without, and
 * writing is a fixed point. The results are computed from the core's generated organizations.
 */
class ResultRoundTripProperties {
  private static final Binding BINDING = Binding.current();

  private static <T> void assertLossless(T result, Class<T> type) {
    String json = BINDING.resultToJson(result);
    T read = BINDING.resultFromJson(json, type);
    assertEquals(result, read);
    assertEquals(json, BINDING.resultToJson(read));
    assertEquals(result, BINDING.resultFromJson(BINDING.resultToJson(result, Locale.GERMAN), type));
  }

  @Property(examples = 300)
  void reportsSurviveARoundTrip(Theory theory) {
    Coverage shapes = new Coverage("report shapes");
    theory.forAll(ResultGenerators.reports()).check(report -> {
      shapes.count(report.findings().isEmpty() ? "no finding" : "findings");
      shapes.count(report.waived().isEmpty() ? "none waived" : "waived");
      shapes.count(report.findings().stream().anyMatch(f -> !f.advice().isEmpty()) ? "advice" : "no advice");
      shapes.count(report.findings().stream().anyMatch(f -> f.personId().isPresent()) ? "person" : "no person");
      assertLossless(report, Report.class);
    });
    for (String shape : new String[] {"findings", "waived", "advice", "person", "none waived"}) {
      shapes.assertCountAtLeast(shape, 15);
    }
  }

  @Property(examples = 200)
  void everyFindingOnItsOwnSurvivesARoundTrip(Theory theory) {
    theory.forAll(ResultGenerators.reports()).check(report -> {
      for (Finding finding : report.findings()) {
        assertLossless(finding, Finding.class);
      }
    });
  }

  @Property(examples = 300)
  void rollupsOfObjectivesAndKeyResultsSurviveARoundTrip(Theory theory) {
    Coverage shapes = new Coverage("roll-up shapes");
    theory.forAll(ResultGenerators.rollups()).check(rollup -> {
      for (ObjectiveRollup objective : rollup.objectives().values()) {
        shapes.count("objective " + objective.status());
        objective.noProgress().ifPresent(reason -> shapes.count("objective " + reason));
        assertLossless(objective, ObjectiveRollup.class);
      }
      for (KeyResultRollup keyResult : rollup.keyResults().values()) {
        KeyResultProgress progress = keyResult.progress();
        shapes.count(progress.undefined().map(Enum::name)
            .orElse(progress.value().isPresent() ? "measured" : "rolled up"));
        progress.zone().ifPresent(zone -> shapes.count("zone"));
        keyResult.forecast().ifPresent(forecast -> shapes.count("forecast"));
        keyResult.grade().ifPresent(grade -> shapes.count("graded"));
        assertLossless(keyResult, KeyResultRollup.class);
      }
    });
    for (String shape : new String[] {"objective ON_TRACK", "objective AT_RISK", "objective ENDED", "objective NO_DATA",
        "measured", "rolled up", "NO_DATA", "zone", "forecast", "graded"}) {
      shapes.assertCountAtLeast(shape, 15);
    }
  }

  @Property(examples = 300)
  void roleOptionsWithTheirReadinessSurviveARoundTrip(Theory theory) {
    Coverage shapes = new Coverage("readiness shapes");
    theory.forAll(ResultGenerators.roleOptions()).check(options -> {
      for (RoleOption option : options) {
        shapes.count(option.readiness().ready() ? "ready" : "not ready");
        shapes.count(option.readiness().noReadinessReason().isPresent() ? "no readiness" : "readiness");
        option.readiness().gaps().forEach(gap -> shapes.count(gap.category()));
        assertLossless(option, RoleOption.class);
        assertLossless(option.readiness(), Readiness.class);
      }
    });
    for (Object shape : new Object[] {"ready", "not ready", "readiness", GapCategory.MISSING, GapCategory.UNDER,
        GapCategory.MET, GapCategory.SURPLUS}) {
      shapes.assertCountAtLeast(shape, 15);
    }
  }

  @Property(examples = 300)
  void adviceOnGoalsSurvivesARoundTrip(Theory theory) {
    Coverage classes = new Coverage("alignment classes");
    theory.forAll(ResultGenerators.advice()).check(advice -> {
      for (GoalAdvice goal : advice) {
        classes.count(goal.alignment().alignmentClass());
        goal.suggestions().forEach(suggestion -> classes.count(suggestion.kind()));
        assertLossless(goal, GoalAdvice.class);
      }
    });
    for (Object shape : new Object[] {AlignmentClass.TANGENTIAL, AlignmentClass.WOVEN, AlignmentClass.CURRENT_ROLE,
        SuggestionKind.EXPECTATIONS, SuggestionKind.TWEAK, SuggestionKind.WEAVE}) {
      classes.assertCountAtLeast(shape, 15);
    }
  }

  @Property(examples = 200)
  void reviewDocumentsSurviveARoundTrip(Theory theory) {
    Coverage parts = new Coverage("review parts");
    theory.forAll(ResultGenerators.reviews()).check(review -> {
      parts.count(review.scorecards().isEmpty() ? "no scorecard" : "scorecards");
      parts.count(review.atRisk().isEmpty() ? "none at risk" : "at risk");
      parts.count(review.readiness().isEmpty() ? "no readiness" : "readiness");
      parts.count(review.advice().isEmpty() ? "no advice" : "advice");
      parts.count(review.report().waived().isEmpty() ? "none waived" : "waived");
      assertLossless(review, ReviewDocument.class);
      for (Scorecard scorecard : review.scorecards()) {
        assertLossless(scorecard, Scorecard.class);
      }
      for (AtRisk objective : review.atRisk()) {
        assertLossless(objective, AtRisk.class);
      }
    });
    for (String part : new String[] {"scorecards", "at risk", "readiness", "advice"}) {
      parts.assertCountAtLeast(part, 15);
    }
  }
}
