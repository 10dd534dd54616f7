package dev.alignkit.examples.review;

import static dev.alignkit.examples.review.InMemoryReview.review;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.common.Visibility;
import dev.alignkit.development.DevelopmentGoal;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.examples.ReviewSample;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code --viewer} in every format shows what the viewer may see through the privacy API
 * ({@code docs/privacy.md}): the sample with two engineers of one team, Eli and his peer Ivy, each
 * with a PRIVATE objective and a private development goal that is tangential (so the review quotes
 * it), their texts and ids marked with a token each. Eli's review holds his own tokens (the
 * positive control: the texts are there to be found) and none of Ivy's; the review for everyone
 * holds both (the organization control).
 */
class ReviewForAViewerTest {
  static final String OWN = "zqownzq";
  static final String PEER = "zqpeerzq";
  static final List<String> FORMATS = List.of("text", "json", "markdown", "mermaid", "html");

  /** The sample, with the PRIVATE objectives and tangential private goals of Eli ({@link #OWN}) and Ivy ({@link #PEER}). */
  static OrganizationSnapshot organization() {
    OrganizationSnapshot sample = ReviewSample.build();
    List<DevelopmentPlan> plans = new ArrayList<>();
    for (DevelopmentPlan plan : sample.plans()) {
      if (plan.personId().equals("eli")) {
        plans.add(DevelopmentPlan.builder().from(plan).goals(List.of(privateGoal(plan.goals().get(0), "eli", OWN))).build());
      } else if (plan.personId().equals("ivy")) {
        DevelopmentGoal rust = sample.plansOf("eli").get(0).goals().get(0);
        plans.add(DevelopmentPlan.builder().from(plan).addGoal(privateGoal(rust, "ivy", PEER)).build());
      } else {
        plans.add(plan);
      }
    }
    return OrganizationSnapshot.builder().from(sample).plans(plans)
        .addObjective(privateObjective("eli", OWN)).addObjective(privateObjective("ivy", PEER)).build();
  }

  /** A copy of a tangential goal (Eli's "Learn Rust"), PRIVATE, with the token in its id, statement and measure. */
  private static DevelopmentGoal privateGoal(DevelopmentGoal tangential, String person, String token) {
    List<KeyResult> measures = tangential.measures().stream()
        .map(m -> KeyResult.builder().from(m).id("m-" + person + "-" + token).title("Lessons " + token).build()).toList();
    return DevelopmentGoal.builder().from(tangential).id("g-" + person + "-" + token).statement("Learn Rust " + token)
        .measures(measures).visibility(Visibility.PRIVATE).build();
  }

  private static Objective privateObjective(String person, String token) {
    return Objective.builder().id("o-" + person + "-" + token).title("Ship the " + token + " side project")
        .description("Notes " + token).owner(Owner.person(person)).cycleId("2026-Q3").visibility(Visibility.PRIVATE)
        .addKeyResult(KeyResult.increase("kr-" + person + "-" + token, "Grow " + token + " users from 0 to 10", 0, 10, "users")
            .withCheckIn(CheckIn.of(LocalDate.of(2026, 8, 1), 4, 0.8)))
        .build();
  }

  @Test
  void withoutAsOfAViewersReviewIsDatedByTheCheckInsTheyMaySee() {
    OrganizationSnapshot organization = organization();
    LocalDate seen = Review.dataDate(organization);
    LocalDate hidden = seen.plusDays(9);
    List<Objective> objectives = organization.objectives().stream()
        .map(o -> !o.id().equals("o-ivy-" + PEER) ? o : Objective.builder().from(o)
            .keyResults(List.of(o.keyResults().get(0).withCheckIn(CheckIn.of(hidden, 6, 0.8)))).build())
        .toList();
    OrganizationSnapshot later = OrganizationSnapshot.builder().from(organization).objectives(objectives).build();
    assertEquals(hidden, Review.of(later, java.util.Optional.empty(), java.util.Optional.empty()).asOf);
    assertEquals(hidden, Review.of(later, java.util.Optional.empty(), java.util.Optional.empty(),
        java.util.Optional.of("ivy")).asOf);
    assertEquals(seen, Review.of(later, java.util.Optional.empty(), java.util.Optional.empty(),
        java.util.Optional.of("eli")).asOf);
  }

  @Test
  void eachFormatForAnEngineerHoldsTheirOwnPrivateGoalAndObjectiveAndNoneOfTheirPeers() {
    OrganizationSnapshot organization = organization();
    for (String format : FORMATS) {
      String everyone = review(organization, "--format", format);
      assertTrue(everyone.contains(OWN) && everyone.contains(PEER), format + ": the organization holds both");
      String eli = review(organization, "--format", format, "--viewer", "eli");
      assertTrue(eli.contains("Ship the " + OWN + " side project") || eli.contains("o-eli-" + OWN), format + ":\n" + eli);
      assertFalse(eli.contains(PEER), format + ":\n" + eli);
    }
  }

  @Test
  void eachFormatForAnEngineerQuotesTheirOwnTangentialGoal() {
    for (String format : List.of("text", "json", "markdown", "html")) {
      assertTrue(review(organization(), "--format", format, "--viewer", "eli").contains("Learn Rust " + OWN), format);
    }
  }

  @Test
  void theirManagerSeesBoth() {
    for (String format : FORMATS) {
      String manager = review(organization(), "--format", format, "--viewer", "mo");
      assertTrue(manager.contains(OWN) && manager.contains(PEER), format);
    }
  }

  @Test
  void aPeerSeesNeitherTheirReadinessNorTheirAdviceButTheirOwn() {
    String everyone = review(organization(), "--format", "html");
    String ivy = review(organization(), "--format", "html", "--viewer", "ivy");
    for (String eli : List.of("<tr><th scope=\"row\">Eli Brandt ", "<article class=\"card\"><h3>Eli Brandt: ")) {
      assertTrue(everyone.contains(eli), eli);
      assertFalse(ivy.contains(eli), eli);
    }
    assertTrue(ivy.contains("<tr><th scope=\"row\">Ivy "), ivy);
    assertTrue(ivy.contains("<article class=\"card\"><h3>Ivy "), ivy);
    assertTrue(ivy.contains("; as Ivy "), "the page says whose view it shows");
  }

  @Test
  void anUnknownViewerExitsWithTwo() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new ReviewCommand(path -> organization()).run(List.of("in.json", "--viewer", "nobody"),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Terminal.piped());
    assertEquals(2, code);
    assertEquals("review: no person 'nobody' in the organization\n", err.toString(StandardCharsets.UTF_8));
  }
}
