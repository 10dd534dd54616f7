package dev.alignkit.examples.review;

import static dev.alignkit.examples.review.InMemoryReview.between;
import static dev.alignkit.examples.review.InMemoryReview.review;
import static dev.alignkit.examples.review.ReviewOfAnEndedCycleTest.percent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.jackson.ResultJson;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.ObjectiveOutcome;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import dev.alignkit.review.ReviewDocument;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Titles, names, cycle names and retrospectives that hold terminal escapes, line breaks and the
 * syntax of Markdown and Mermaid change neither the terminal nor the document's structure: the
 * text shows control characters as their pictures ({@code ␛}), the Markdown escapes them and its
 * markup, and Mermaid labels encode their syntax; the JSON carries them as they are.
 */
class ReviewOfHostileTextTest {
  private static final LocalDate END_OF_JUNE = LocalDate.of(2026, 6, 20);
  private static final Pattern ESCAPE = Pattern.compile("\u001B\\[[0-9;]*m");

  /**
   * 2026-Q2, ended: the support team's objective, CLOSED as MISSED with a retrospective, and
   * Sam's, still ACTIVE, so that {@code okr.cycle.unscored} quotes its title. 2026-Q3, running:
   * Sam's objective contributing to the support team's.
   */
  static OrganizationSnapshot hostile() {
    return OrganizationSnapshot.builder()
        .addCycle(Cycle.of("2026-Q2", "Q2\u001B[2J", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)))
        .addCycle(Cycle.of("2026-Q3", "Q3\r\n| x |", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)))
        .addTeam(Team.of("support", "Support\u001B]0;pwned\u0007"))
        .addPerson(Person.builder().id("sam").name("Sam\b\b\bEve\u202E").teamId("support").build())
        .addObjective(Objective.builder().id("o-q2").title("Answer\u001B[31m fast\u001B[0m")
            .owner(Owner.team("support")).cycleId("2026-Q2").status(OkrStatus.CLOSED)
            .outcome(ObjectiveOutcome.MISSED).retrospective("Hired late\r\n\r\n# and \u001B[5mblinking")
            .addKeyResult(percent("kr-q2", "Tickets\tanswered", 22, END_OF_JUNE))
            .build())
        .addObjective(Objective.builder().id("o-q2-sam").title("Write\u001B[8m the playbook")
            .owner(Owner.person("sam")).cycleId("2026-Q2")
            .addKeyResult(percent("kr-q2-sam", "Chapters", 50, END_OF_JUNE))
            .build())
        .addObjective(Objective.builder().id("o-q3").title("Answer within four hours").owner(Owner.team("support"))
            .cycleId("2026-Q3")
            .addKeyResult(percent("kr-q3", "Within four hours", 30, LocalDate.of(2026, 8, 10)))
            .build())
        .addObjective(Objective.builder().id("o-q3-sam").title("Triage `x` | <script>alert(1)</script>\nnext")
            .owner(Owner.person("sam")).cycleId("2026-Q3").addAlignment(Alignment.contributes("o-q3", 1))
            .addKeyResult(percent("kr-q3-sam", "Triaged\u0085[within] \"an\" hour; #1 {100%}", 60,
                LocalDate.of(2026, 8, 10)))
            .build())
        .build();
  }

  @Test
  void textShowsControlCharactersAsPicturesAndKeepsEachItemOnItsLine() {
    String out = review(hostile());
    assertEquals("""
        Progress of Q3 | x |
        Answer within four hours                 [#####.....]  45%  ON_TRACK   Support␛]0;pwned␇
          Triage `x` | <script>alert(1)</scri... [######....]  60%  ON_TRACK   Sam␈␈␈Eve�
        Objectives: 2 ON_TRACK

        Scorecard of Q2␛[2J (2026-04-01 to 2026-06-30)
                                                 Done  Grade   Met      Outcome   Owner
        Answer␛[31m fast␛[0m                      22%  RED     not met  MISSED    Support␛]0;pwned␇
          > Hired late # and ␛[5mblinking
        Write␛[8m the playbook                    50%  YELLOW  not met  --        Sam␈␈␈Eve�
        Q2␛[2J: 0 of 2 met; 1 YELLOW, 1 RED; outcomes 1 MISSED, 1 not recorded

        """, between(out, "Progress", "Needs attention"));
    assertTrue(out.contains("\n  Sam␈␈␈Eve�\n    WARNING Objective \"Write␛[8m the playbook\" of cycle 2026-Q2,"), out);
    assertEquals(-1, out.indexOf('\u001B'), out);
  }

  @Test
  void textForOnePersonShowsTheirTitlesAndNameAsPictures() {
    String out = review(hostile(), "--person", "sam");
    assertTrue(out.startsWith("Alignkit review of 1 people and 4 objectives, as of 2026-08-15, for Sam␈␈␈Eve�\n"), out);
    assertTrue(out.contains("\nTriage `x` | <script>alert(1)</script...  60%  ON_TRACK\n"
        + "  Triaged [within] \"an\" hour; #1 {100%}   60%  ON_TRACK\n"), out);
    assertEquals(-1, out.indexOf('\u001B'), out);
  }

  @Test
  void colourComesOnlyFromTheReviewItself() {
    String out = review(hostile(), "--color");
    Matcher codes = ESCAPE.matcher(out);
    assertTrue(codes.find(), "the review colours its statuses");
    String withoutTheReviewsCodes = codes.replaceAll("");
    assertEquals(-1, withoutTheReviewsCodes.indexOf('\u001B'), withoutTheReviewsCodes);
    assertTrue(out.contains("Answer␛[31m fast␛[0m"), out);
  }

  @Test
  void markdownEscapesControlCharactersAndMarkupInEveryTable() {
    String out = review(hostile(), "--format", "markdown");
    assertEquals("""
        ## Progress of Q3 \\| x \\|

        | Objective | Owner | Progress | Status | At risk below |
        |---|---|---:|---|---:|
        | Answer within four hours | Support␛\\]0;pwned␇ | 45% | ON_TRACK | 0 |
        | ↳ Triage \\`x\\` \\| \\<script\\>alert(1)\\</script\\> next | Sam␈␈␈Eve� | 60% | ON_TRACK | 0 |

        Objectives: 2 ON_TRACK.

        ## Scorecard of Q2␛\\[2J (2026-04-01 to 2026-06-30)

        | Objective | Owner | Progress | Grade | Met | Outcome | Retrospective |
        |---|---|---:|---|---|---|---|
        | Answer␛\\[31m fast␛\\[0m | Support␛\\]0;pwned␇ | 22% | RED | not met | MISSED | Hired late … |
        | Write␛\\[8m the playbook | Sam␈␈␈Eve� | 50% | YELLOW | not met | — | — |

        Q2␛\\[2J: 0 of 2 met; 1 YELLOW, 1 RED; outcomes 1 MISSED, 1 not recorded.

        """, between(out, "## Progress", "## Objectives"));
    assertTrue(out.contains("\n- **Support␛\\]0;pwned␇** `support`\n"), out);
    assertEquals(-1, out.indexOf('\u001B'), out);
  }

  @Test
  void mermaidLabelsEncodeTheirSyntaxSoTheGraphKeepsItsNodesAndEdges() {
    String out = review(hostile(), "--format", "mermaid");
    assertEquals("""
        flowchart BT
          n0["Answer␛#91;31m fast␛#91;0m<br/>22% ENDED"]:::ended
          n1["Write␛#91;8m the playbook<br/>50% ENDED"]:::ended
          n2["Answer within four hours<br/>45% ON_TRACK"]:::on_track
          n3["Triage #96;x#96; #124; #lt;script#gt;alert#40;1#41;#lt;/script#gt; next<br/>60% ON_TRACK"]:::on_track
          n3 --> n2
        """, out.substring(0, out.indexOf("  classDef")));
  }

  @Test
  void mermaidEdgeLabelsEncodeTheirSyntaxToo() {
    assertEquals("kr#91;1#93; #quot;a#quot; #35;2#59; #123;x#125; #37;#37; #amp;", MermaidReview.label(
        "kr[1] \"a\" #2; {x} %% &"));
  }

  @Test
  void jsonCarriesTheTextAsItIsWithControlCharactersEscapedByJackson() throws IOException {
    String out = review(hostile(), "--format", "json");
    assertFalse(out.contains("\u001B"), "Jackson writes ESC as \\u001B");
    ReviewDocument document = ResultJson.fromJson(out, ReviewDocument.class);
    assertEquals(Review.of(hostile(), Optional.of(LocalDate.of(2026, 8, 15)), Optional.empty()).document(), document);
    assertTrue(document.report().findings().stream().anyMatch(f -> f.arguments().values().stream()
        .anyMatch(text -> text.contains("\u001B"))), "some finding quotes hostile text: " + out);
  }
}
