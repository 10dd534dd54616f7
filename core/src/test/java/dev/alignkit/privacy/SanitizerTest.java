package dev.alignkit.privacy;

import static dev.alignkit.privacy.PrivacyFixtures.AS_OF;
import static dev.alignkit.privacy.PrivacyFixtures.objective;
import static dev.alignkit.privacy.PrivacyFixtures.organization;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.common.Visibility;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.policy.Severity;
import dev.alignkit.rules.Finding;
import dev.alignkit.rules.Findings;
import dev.alignkit.rules.ItemPath;
import dev.alignkit.rules.RuleContext;
import dev.alignkit.rules.RuleDescriptor;
import dev.alignkit.rules.SnapshotRule;
import dev.alignkit.rules.Subject;
import dev.alignkit.rules.Validator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The report a viewer is shown, for findings of an application rule whose path, subject, person,
 * visibility and arguments each case sets: which findings are dropped and which arguments are
 * rewritten. In the fixtures Omar (support) sees o-company and o-support, not o-sales, o-sales[eu]
 * or Maya's plan and goal; Lena, Maya's manager, sees those of Maya.
 */
class SanitizerTest {
  private static final String CODE = "acme.note";
  private static final OrganizationSnapshot SNAPSHOT = organization()
      .objectives(List.of(
          objective("o-company", "Customers recommend us", Owner.organization(), 5).build(),
          objective("o-support", "Answer within a day", Owner.team("support"), 8).visibility(Visibility.TEAM)
              .addAlignment(Alignment.contributes("o-company", 1))
              .addInitiative(Initiative.builder().id("i-rota").title("Support rotation").build()).build(),
          objective("o-sales", "Win the north region", Owner.team("sales"), 2).visibility(Visibility.TEAM)
              .addAlignment(Alignment.contributes("o-company", 2)).build(),
          objective("o-sales[eu]", "Win Europe", Owner.team("sales"), 2).visibility(Visibility.TEAM).build()))
      .build();

  /** A validator whose one application rule reports what {@code report} writes. */
  private static Validator reporting(Consumer<Findings> report) {
    return Validator.builder().addRule(new SnapshotRule() {
      @Override
      public RuleDescriptor descriptor() {
        return RuleDescriptor.of(CODE, Severity.WARNING, "items", "count");
      }

      @Override
      public void checkSnapshot(RuleContext context, Findings findings) {
        report.accept(findings);
      }
    }).build();
  }

  /** The application rule's findings that {@code viewer} is shown. */
  private static List<Finding> shown(String viewer, Consumer<Findings> report) {
    return Privacy.report(reporting(report), SNAPSHOT, Viewer.of(viewer), AS_OF).ofCode(CODE);
  }

  /** Whether {@code viewer} is shown a PUBLIC finding about o-company, which everyone sees, at {@code path}. */
  private static boolean shownAt(String viewer, String path) {
    return !shown(viewer, findings -> findings.at(ItemPath.parse(path), Subject.of("o-company")).report()).isEmpty();
  }

  /** Whether {@code viewer} is shown a finding about {@code subject}, naming no person, at this visibility. */
  private static boolean shownAbout(String viewer, String subject, Visibility visibility) {
    return !shown(viewer, findings -> findings.at(ItemPath.root("notes"), Subject.of(subject).visibleAs(visibility)).report())
        .isEmpty();
  }

  /** Whether {@code viewer} is shown a finding about {@code subject} that belongs to {@code person}. */
  private static boolean shownAbout(String viewer, String subject, String person, Visibility visibility) {
    return !shown(viewer, findings -> findings.at(ItemPath.root("notes"),
        Subject.of(subject).ownedBy(person).visibleAs(visibility)).report()).isEmpty();
  }

  @Test
  void aFindingIsDroppedWhenAnIdBetweenTheBracketsOfItsPathIsHidden() {
    assertTrue(shownAt("lena", "objectives[o-company].plans[plan-maya].goals"));
    assertFalse(shownAt("omar", "objectives[o-company].plans[plan-maya].goals"));
    assertFalse(shownAt("omar", "objectives[o-company].plans[plan-maya]"), "at the end of the path");
    assertFalse(shownAt("omar", "objectives[o-company].plans[plan-maya].steps[0]"), "followed by an item");
    assertFalse(shownAt("omar", "goals[g-maya].measures"), "at the start of the path");
    assertFalse(shownAt("omar", "plans[plan-maya].note[unclosed]"), "before another id");
    assertTrue(shownAt("omar", "objectives[o-company].keyResults[kr-o-company]"));
  }

  @Test
  void anIdWithBracketsInsideIsReadWholeFromAPath() {
    assertFalse(shownAt("omar", "objectives[o-company].links[o-sales\\[eu\\]].weight"));
    assertFalse(shownAt("omar", "objectives[o-company].links[o-sales\\[eu\\]]"));
    assertTrue(shownAt("sam", "objectives[o-company].links[o-sales\\[eu\\]]"), "Sam works in sales");
  }

  @Test
  void aPathWithAnEmptyIdIsReadWithoutFailing() {
    // A malformed path cannot be built any more (ItemPathTest); an empty id can, and hides nothing.
    assertTrue(shownAt("omar", "objectives[o-company].note[unclosed]"));
    assertTrue(shownAt("omar", "objectives[o-company].tags[].name"));
    assertTrue(shownAt("omar", "objectives[o-company].tags[]"));
  }

  @Test
  void aFindingAboutAHiddenItemIsDroppedWhateverItsPathAndVisibility() {
    assertFalse(shownAbout("omar", "plan-maya", Visibility.PUBLIC));
    assertFalse(shownAbout("omar", "o-sales", "", Visibility.PUBLIC));
    assertTrue(shownAbout("lena", "plan-maya", Visibility.PUBLIC));
  }

  @Test
  void aFindingThatNoOneOwnsIsShownToEveryPersonWhenPublicAndOtherwiseOnlyToHrAdministrators() {
    // An application rule says "no one" with a blank person; the subject, team it, would otherwise own it.
    assertTrue(shownAbout("omar", "it", "", Visibility.PUBLIC));
    assertFalse(shownAbout("stranger", "it", "", Visibility.PUBLIC), "not a person of the organization");
    assertTrue(shownAbout("hanna", "it", "", Visibility.TEAM));
    assertFalse(shownAbout("ivan", "it", "", Visibility.TEAM), "a member of team it");
    assertFalse(shownAbout("carla", "it", "", Visibility.PRIVATE), "the top of the organization");
  }

  @Test
  void aFindingIsShownAtItsOwnVisibilityToThoseWhoSeeItsSubjectsOwnersItems() {
    // Omar is a member of support, which owns o-support; PRIVATE items of a team are its people's.
    for (String supportsItem : List.of("o-support", "kr-o-support", "i-rota", "support")) {
      assertTrue(shownAbout("omar", supportsItem, Visibility.PRIVATE), supportsItem);
      assertTrue(shownAbout("carla", supportsItem, Visibility.PRIVATE), supportsItem);
    }
    assertFalse(shownAbout("sam", "support", Visibility.PRIVATE));
    assertTrue(shownAbout("sam", "support", Visibility.PUBLIC));
    // Anything else belongs to the organization, whose PRIVATE items are for its top and HR.
    assertFalse(shownAbout("omar", "2026-Q3", Visibility.PRIVATE));
    assertTrue(shownAbout("carla", "2026-Q3", Visibility.PRIVATE));
    // The finding's person owns it before its subject's owner does.
    assertFalse(shownAbout("omar", "support", "maya", Visibility.PRIVATE));
    assertTrue(shownAbout("lena", "support", "maya", Visibility.PRIVATE));
  }

  @Test
  void eachHiddenIdInAListArgumentBecomesHiddenAndTheRestStays() {
    Consumer<Findings> listing = findings -> findings.at(ItemPath.root("organization"), Subject.of("o-company"))
        .argument("items", "o-support, o-sales, o-company").argument("count", 3).report();
    assertEquals(Map.of("items", "o-support, (hidden), o-company", "count", "3"),
        shown("omar", listing).get(0).arguments());
    assertEquals(Map.of("items", "o-support, o-sales, o-company", "count", "3"),
        shown("carla", listing).get(0).arguments());
  }
}
