package dev.alignkit.examples.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** User text in the Markdown review reads as the words it is, whatever it holds. */
class MarkdownTest {
  @Test
  void pipeDoesNotEndATableCell() {
    assertEquals("Sales \\| Support", Markdown.text("Sales | Support"));
  }

  @Test
  void htmlLinksEmphasisAndEntitiesAreEscaped() {
    assertEquals("\\<script\\>alert(1)\\</script\\> \\[x\\](javascript:y) \\*a\\* \\_b\\_ \\`c\\` \\~d\\~ R\\&amp;D",
        Markdown.text("<script>alert(1)</script> [x](javascript:y) *a* _b_ `c` ~d~ R&amp;D"));
  }

  @Test
  void lineBreaksBecomeOneSpace() {
    assertEquals("one two three four", Markdown.text(" one\r\n\r\ntwo\u2028three\t\nfour "));
  }

  @Test
  void leadingBlockMarkersAreEscaped() {
    assertEquals("\\# Heading", Markdown.text("# Heading"));
    assertEquals("\\> quote", Markdown.text("> quote"));
    assertEquals("\\- item", Markdown.text("- item"));
    assertEquals("\\+ item", Markdown.text("+ item"));
    assertEquals("\\===", Markdown.text("==="));
    assertEquals("12\\. item", Markdown.text("12. item"));
    assertEquals("3\\) item", Markdown.text("3) item"));
    assertEquals("\\`\\`\\`java", Markdown.text("```java"));
    assertEquals("Q3. plan - 2 items", Markdown.text("Q3. plan - 2 items"), "only a leading marker is escaped");
  }

  @Test
  void controlCharactersShowAsTheirPictures() {
    assertEquals("red ␛\\[31mtext␛\\[0m␇ ␡ �", Markdown.text("red \u001B[31mtext\u001B[0m\u0007 \u007F \u009B"));
    assertEquals("invoice �fdp.exe", Markdown.text("invoice \u202Efdp.exe"));
  }

  @Test
  void codeSpanShowsControlCharactersAsTheirPictures() {
    assertEquals("`kr␛[2J-1`", Markdown.code("kr\u001B[2J-1"));
    assertEquals("`a b`", Markdown.code("a\r\nb"));
  }

  @Test
  void descriptionShowsItsFirstParagraphWithAnEllipsisOnlyWhenMoreFollows() {
    assertEquals("Customers could answer each other.", Markdown.firstParagraph("Customers could answer each other.\n\n \n"));
    assertEquals("Line one line two …", Markdown.firstParagraph("Line one\r\nline two\r\n \r\nMore."));
    assertEquals("Only one", Markdown.firstParagraph("\n\nOnly one\n"), "leading blank lines are no paragraph");
  }

  @Test
  void trailingBackslashIsEscaped() {
    assertEquals("path C:\\\\", Markdown.text("path C:\\"));
  }

  @Test
  void codeSpanFenceOutgrowsBackticks() {
    assertEquals("`kr-1`", Markdown.code("kr-1"));
    assertEquals("``a`b``", Markdown.code("a`b"));
    assertEquals("`` `x ``", Markdown.code("`x"));
  }

  @Test
  void hostileTextKeepsTheReviewsLayout() {
    Objective objective = Objective.builder().id("o-1")
        .title("Pipes | and <b>bold</b>\n# not a heading")
        .description("# Heading?\n- a list?\n1. numbered?\n\n> second paragraph <!-- hidden")
        .owner(Owner.team("ops")).cycleId("2026-Q3")
        .addKeyResult(KeyResult.builder().from(KeyResult.increase("kr-1", "1. Grow | from 0 to 10", 0, 10, "things")
            .withCheckIn(CheckIn.of(LocalDate.of(2026, 8, 1), 5, 0.8)))
            .ownerId("eve").description("```\ncode fence?\n```").build())
        .addInitiative(Initiative.builder().id("i-1").title("[link](http://x)").description("- done?").build())
        .build();
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder()
        .addTeam(Team.builder().id("ops").name("*Ops* & <i>more</i>").description("> not a quote\n\nmore").build())
        .addPerson(Person.builder().id("eve").name("<img src=x onerror=alert(1)>").teamId("ops").build())
        .addCycle(Cycle.of("2026-Q3", "2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)))
        .addObjective(objective)
        .build();
    String out = MarkdownReview.render(Review.of(snapshot, Optional.of(LocalDate.of(2026, 8, 15)), Optional.empty()),
        java.util.Locale.ENGLISH);
    assertTrue(out.contains("\n| Pipes \\| and \\<b\\>bold\\</b\\> \\# not a heading | \\*Ops\\* \\& \\<i\\>more\\</i\\> | 50% | ON_TRACK | 0 |\n"),
        out);
    assertEquals("""
        ### Pipes \\| and \\<b\\>bold\\</b\\> \\# not a heading

        \\*Ops\\* \\& \\<i\\>more\\</i\\> · 2026-Q3 · 50% · ON_TRACK

        > \\# Heading? - a list? 1. numbered? …

        - 1\\. Grow \\| from 0 to 10: 50% · ON_TRACK · owner: \\<img src=x onerror=alert(1)\\>
          > \\`\\`\\` code fence? \\`\\`\\`
        - Initiative: \\[link\\](http://x)
          > \\- done?
        """, out.substring(out.indexOf("### Pipes"), out.indexOf("\n## Needs attention")));
    assertTrue(out.contains("- **\\*Ops\\* \\& \\<i\\>more\\</i\\>** `ops`\n  > \\> not a quote …\n"), out);
    assertFalse(Pattern.compile("(?<!\\\\)<").matcher(out).find(), "every < is escaped:\n" + out);
    assertFalse(out.contains("hidden"), "the second paragraph is left out");
  }
}
