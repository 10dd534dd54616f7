package dev.alignkit.examples.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
