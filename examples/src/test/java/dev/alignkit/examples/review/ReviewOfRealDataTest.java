package dev.alignkit.examples.review;

import static dev.alignkit.examples.review.InMemoryReview.between;
import static dev.alignkit.examples.review.InMemoryReview.review;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alignkit.jackson.ResultJson;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import dev.alignkit.progress.KeyResultRollup;
import dev.alignkit.progress.ObjectiveRollup;
import dev.alignkit.progress.PaceStatus;
import dev.alignkit.review.ReviewDocument;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The review of what real OKR tools export: descriptions, key results owned by someone other than
 * their objective's owner (one of them on another person's objective), and a backlog of drafts.
 */
class ReviewOfRealDataTest {
  private static final LocalDate AUG_1 = LocalDate.of(2026, 8, 1);

  private static KeyResult owned(KeyResult keyResult, String ownerId, String description) {
    return KeyResult.builder().from(keyResult).ownerId(ownerId).description(description).build();
  }

  /**
   * Support's objective has a key result owned by Leo and one owned by Maya; Maya's own objective
   * has a key result owned by Leo; Maya's backlog draft has one owned by Leo too.
   */
  static OrganizationSnapshot organization() {
    Objective team = Objective.builder().id("o-team").title("Answer every customer within a day")
        .description("Customers wait two days for a first reply.\n\nThe wiki has the numbers.")
        .owner(Owner.team("support")).cycleId("2026-Q3")
        .addKeyResult(owned(KeyResult.decrease("kr-reply", "Cut first-reply time from 12 h to 4 h", 12, 4, "hours")
            .withCheckIn(CheckIn.of(AUG_1, 8, 0.8)), "leo", "Median over all channels"))
        .addKeyResult(KeyResult.builder().from(KeyResult.increase("kr-calls", "Hold 10 customer calls a week", 0, 10,
            "calls").withCheckIn(CheckIn.of(AUG_1, 5, 0.7))).ownerId("maya").build())
        .build();
    Objective maya = Objective.builder().id("o-maya").title("Make escalations painless")
        .owner(Owner.person("maya")).cycleId("2026-Q3").addAlignment(Alignment.contributes("o-team", 1))
        .addKeyResult(KeyResult.increase("kr-playbook", "Publish 3 escalation playbooks", 0, 3, "playbooks")
            .withCheckIn(CheckIn.of(AUG_1, 1, 0.6)))
        .addKeyResult(owned(KeyResult.increase("kr-guild", "Attend 4 escalation reviews", 0, 4, "reviews")
            .withCheckIn(CheckIn.of(AUG_1, 2, 0.9)), "leo", "One per month"))
        .addInitiative(Initiative.builder().id("i-template").title("Draft the playbook template")
            .description("A one-page template.").keyResultId("kr-playbook").done(true).build())
        .build();
    Objective draft = Objective.builder().id("o-forum").title("Explore a community forum")
        .description("Customers could answer each other.").owner(Owner.person("maya")).status(OkrStatus.DRAFT)
        .addKeyResult(owned(KeyResult.achieve("kr-forum", "Pick a forum tool"), "leo", "Compare three tools"))
        .build();
    return OrganizationSnapshot.builder()
        .addTeam(Team.builder().id("support").name("Customer support")
            .description("Answers customers by mail and chat.\n\nOn call at weekends.").build())
        .addPerson(Person.builder().id("maya").name("Maya Lee").teamId("support").build())
        .addPerson(Person.builder().id("leo").name("Leo Park").teamId("support").managerId("maya").build())
        .addCycle(Cycle.of("2026-Q3", "2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)))
        .addObjective(team).addObjective(maya).addObjective(draft)
        .build();
  }

  @Test
  void markdownShowsEachDescriptionUnderItsItem() {
    String out = review(organization(), "--format", "markdown");
    assertEquals("""
        ### Answer every customer within a day

        Customer support · 2026-Q3 · 47% · ON_TRACK

        > Customers wait two days for a first reply. …

        - Cut first-reply time from 12 h to 4 h: 50% · ON_TRACK · owner: Leo Park
          > Median over all channels
        - Hold 10 customer calls a week: 50% · ON_TRACK · owner: Maya Lee

        """, between(out, "### Answer every customer", "### Make escalations"));
    assertEquals("""
        ### Make escalations painless

        Maya Lee · 2026-Q3 · 42% · ON_TRACK

        Aligned to Answer every customer within a day (contributes, weight 1).

        - Publish 3 escalation playbooks: 33% · BEHIND
        - Attend 4 escalation reviews: 50% · ON_TRACK · owner: Leo Park
          > One per month
        - Initiative: Draft the playbook template · for `kr-playbook` · done
          > A one-page template.
        """, between(out, "### Make escalations painless", "\n## Backlog"));
    assertTrue(out.endsWith("""
        ## Teams

        - **Customer support** `support`
          > Answers customers by mail and chat. …
        """), out);
  }

  @Test
  void keyResultFindingsAreListedUnderTheKeyResultsOwner() {
    String out = review(organization());
    assertEquals("""
        Findings: 0 errors, 4 warnings, 0 infos
          Maya Lee
            WARNING Objective "Make escalations painless" does not reach an organization objective: no chain of its parents leads to one (the first ends at o-team).
                    -> Align it, or the top of one of its chains, to an organization objective it serves.
            WARNING Key result "Hold 10 customer calls a week" describes an activity ("hold"), not a result.
                    -> "hold" is a meeting to hold or attend: make it an initiative, and as the key result measure what the meetings should bring, such as decisions made, deals won or the rating of those who took part.
          Leo Park
            WARNING Key result "Attend 4 escalation reviews" describes an activity ("attend"), not a result.
                    -> "attend" is a meeting to hold or attend: make it an initiative, and as the key result measure what the meetings should bring, such as decisions made, deals won or the rating of those who took part.
          Organization
        """, between(out, "Findings:", "    WARNING Objective \"Answer every customer"));
  }

  @Test
  void reviewForAPersonListsTheKeyResultsTheyOwnOnOthersObjectives() {
    String out = review(organization(), "--person", "leo");
    assertEquals("""
        Progress
        Cut first-reply time from 12 h to 4 h     50%  ON_TRACK   owner of kr-reply on o-team (Customer support)
        Attend 4 escalation reviews               50%  ON_TRACK   owner of kr-guild on o-maya (Maya Lee)
        Objectives: none

        Backlog
          Pick a forum tool                                owner of kr-forum on o-forum (Maya Lee)

        """, between(out, "Progress", "Needs attention"));
    assertEquals("""
        Findings: 0 errors, 1 warnings, 0 infos
          Leo Park
            WARNING Key result "Attend 4 escalation reviews" describes an activity ("attend"), not a result.
                    -> "attend" is a meeting to hold or attend: make it an initiative, and as the key result measure what the meetings should bring, such as decisions made, deals won or the rating of those who took part.

        """, between(out, "Findings:", "Advice"));
  }

  @Test
  void reviewForAPersonShowsTheOwnerOfTheirKeyResultsWhenItIsSomeoneElse() {
    String out = review(organization(), "--person", "maya");
    assertEquals("""
        Progress
        Make escalations painless                 42%  ON_TRACK
          Publish 3 escalation playbooks          33%  BEHIND
          Attend 4 escalation reviews             50%  ON_TRACK   owner: Leo Park
        Hold 10 customer calls a week             50%  ON_TRACK   owner of kr-calls on o-team (Customer support)
        Objectives: 1 ON_TRACK; 1 in the backlog
        """, between(out, "Progress", "\nBacklog"));
  }

  @Test
  void markdownForAPersonListsTheKeyResultsTheyOwnOnOthersObjectives() {
    String out = review(organization(), "--format", "markdown", "--person", "leo");
    assertEquals("""
        ## Key results owned on other objectives

        - Cut first-reply time from 12 h to 4 h: 50% · ON_TRACK · owner of `kr-reply` on `o-team` \
        "Answer every customer within a day" (Customer support)
          > Median over all channels
        - Attend 4 escalation reviews: 50% · ON_TRACK · owner of `kr-guild` on `o-maya` "Make escalations painless" \
        (Maya Lee)
          > One per month

        ## Backlog

        Drafts without a cycle, not part of the progress above.

        - Pick a forum tool · owner of `kr-forum` on `o-forum` "Explore a community forum" (Maya Lee)
          > Compare three tools

        """, between(out, "## Key results owned", "## Needs attention"));
  }

  @Test
  void backlogIsListedApartFromTheCyclesProgressAndCountedApart() {
    String text = review(organization());
    assertTrue(text.startsWith("Alignkit review of 2 people and 2 objectives (1 more in the backlog), as of 2026-08-15\n"),
        text);
    assertEquals("""
        Progress
        Answer every customer within a day       [#####.....]  47%  ON_TRACK   Customer support
          Make escalations painless              [####......]  42%  ON_TRACK   Maya Lee
        Objectives: 2 ON_TRACK; 1 in the backlog

        Backlog
          Explore a community forum              DRAFT     Maya Lee

        """, between(text, "Progress", "Needs attention"));
    String markdown = review(organization(), "--format", "markdown");
    assertEquals("""
        | Objective | Owner | Progress | Status | At risk below |
        |---|---|---:|---|---:|
        | Answer every customer within a day | Customer support | 47% | ON_TRACK | 0 |
        | ↳ Make escalations painless | Maya Lee | 42% | ON_TRACK | 0 |

        Objectives: 2 ON_TRACK; 1 in the backlog.
        """, between(markdown, "| Objective |", "\n## Objectives"));
    assertEquals("""
        ## Backlog

        Drafts without a cycle, not part of the progress above.

        ### Explore a community forum

        Maya Lee · DRAFT

        > Customers could answer each other.

        - Pick a forum tool · owner: Leo Park
          > Compare three tools

        """, between(markdown, "## Backlog", "## Needs attention"));
    String mermaid = review(organization(), "--format", "mermaid");
    assertEquals(2, mermaid.lines().filter(l -> l.matches("  n\\d+\\[.*")).count(), mermaid);
    assertFalse(mermaid.contains("community forum"), mermaid);
  }

  @Test
  void jsonHoldsTheRollupsOfTheCycleAndLeavesTheBacklogUnmeasured() throws IOException {
    String out = review(organization(), "--format", "json");
    ReviewDocument document = ResultJson.fromJson(out, ReviewDocument.class);
    assertEquals(List.of("o-team", "o-maya"), document.objectives().stream().map(ObjectiveRollup::objectiveId).toList());
    assertEquals(List.of("kr-reply", "kr-calls", "kr-playbook", "kr-guild"),
        document.keyResults().stream().map(KeyResultRollup::keyResultId).toList(), "no roll-up of the backlog's kr-forum");
    assertEquals(OptionalDouble.of(0.5), document.keyResults().get(0).progress().progress());
    assertEquals(2, document.statusCounts().get(PaceStatus.ON_TRACK));
    assertEquals(Optional.empty(), document.personId());
    JsonNode json = new ObjectMapper().readTree(out);
    assertFalse(json.has("backlog") || json.has("teams"), "titles, teams and the backlog are the organization's");
  }

  @Test
  void jsonForAPersonHoldsTheRollupsOfTheKeyResultsTheyOwnOnOthersObjectives() throws IOException {
    ReviewDocument document = ResultJson.fromJson(review(organization(), "--format", "json", "--person", "leo"),
        ReviewDocument.class);
    assertEquals(Optional.of("leo"), document.personId());
    assertEquals(List.of(), document.objectives());
    assertEquals(List.of("kr-reply", "kr-guild"), document.keyResults().stream().map(KeyResultRollup::keyResultId)
        .toList(), "kr-forum, in the backlog, has no roll-up");
    assertEquals(1, document.report().findings().size());
    assertEquals("kr-guild", document.report().findings().get(0).subjectId());
  }

  @Test
  void anObjectiveWithoutACycleThatIsNoDraftCountsInItsParentAsInTheCoreRollup() {
    Objective parent = Objective.builder().id("o-parent").title("Parent").owner(Owner.organization())
        .cycleId("2026-Q3")
        .addKeyResult(KeyResult.increase("kr-parent", "Grow from 0 to 10", 0, 10, "things")
            .withCheckIn(CheckIn.of(AUG_1, 5, 0.8)))
        .build();
    Objective child = Objective.builder().id("o-child").title("Child without a cycle").owner(Owner.person("maya"))
        .addAlignment(Alignment.contributes("o-parent", 1))
        .addKeyResult(KeyResult.increase("kr-child", "Grow from 0 to 4", 0, 4, "things")
            .withCheckIn(CheckIn.of(AUG_1, 4, 0.8)))
        .build();
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder().from(organization())
        .objectives(List.of(parent, child)).build();
    assertEquals(0.75, dev.alignkit.progress.Rollup.of(snapshot, LocalDate.of(2026, 8, 15))
        .objective("o-parent").orElseThrow().progress().getAsDouble(), 1e-9, "the whole snapshot counts the child");
    String markdown = review(snapshot, "--format", "markdown");
    assertTrue(markdown.contains("| Parent | Organization | 75% |"), markdown);
    assertTrue(markdown.contains("\n### Child without a cycle\n\nMaya Lee · no cycle · 100% · "), markdown);
    assertFalse(markdown.contains("## Backlog"), markdown);
  }
}
