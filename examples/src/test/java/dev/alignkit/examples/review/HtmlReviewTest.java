package dev.alignkit.examples.review;

import static dev.alignkit.examples.review.InMemoryReview.between;
import static dev.alignkit.examples.review.InMemoryReview.review;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alignkit.examples.ReviewSample;
import dev.alignkit.org.OrganizationSnapshot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review as one HTML page ({@code --format html}) of the 40-person sample as of 2026-08-15:
 * self-contained and script-free, with as many objective rows, key-result charts and heat-map
 * cells as the JSON review has objectives, key results and skills in its readiness lines.
 */
class HtmlReviewTest {
  private static final OrganizationSnapshot SAMPLE = ReviewSample.build();

  @TempDir
  Path dir;

  static int count(String text, String needle) {
    int count = 0;
    for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
      count++;
    }
    return count;
  }

  /**
   * The JSON review's objectives, key results, and the skills each readiness line's role expects
   * (the JSON leaves out a list that is empty).
   */
  static List<Integer> jsonCounts(String json) throws IOException {
    JsonNode review = new ObjectMapper().readTree(json);
    int skills = 0;
    for (JsonNode line : review.path("readiness")) {
      for (JsonNode gap : line.get("option").get("readiness").get("gaps")) {
        skills += gap.get("category").asText().equals("SURPLUS") ? 0 : 1;
      }
    }
    return List.of(review.path("objectives").size(), review.path("keyResults").size(), skills);
  }

  @Test
  void pageCountsTheSameObjectivesKeyResultsAndSkillsAsTheJsonReview() throws IOException {
    String html = review(SAMPLE, "--format", "html");
    List<Integer> counts = List.of(count(html, "<summary class=\"objective\">"), count(html, "<svg class=\"chart\""),
        count(html, "<td class=\"cell "));
    assertEquals(List.of(18, 26, 37), counts);
    assertEquals(jsonCounts(review(SAMPLE, "--format", "json")), counts);
  }

  @Test
  void onePersonsPageCountsTheSameAsTheirJsonReview() throws IOException {
    for (String person : List.of("tia", "lara", "eli", "isla")) {
      String html = review(SAMPLE, "--format", "html", "--person", person);
      assertEquals(jsonCounts(review(SAMPLE, "--format", "json", "--person", person)),
          List.of(count(html, "<summary class=\"objective\">"), count(html, "<svg class=\"chart\""),
              count(html, "<td class=\"cell ")), person);
    }
  }

  @Test
  void pageHoldsNoScriptAndForbidsEverythingButItsOwnStylesAndDataImages() {
    String html = review(SAMPLE, "--format", "html");
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';"
        + " img-src data:\">\n"), html.substring(0, 300));
    assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<script"));
    assertFalse(Pattern.compile("<[^>]*\\son[a-z]+=").matcher(html).find(), "no event handler attribute such as onclick");
    assertFalse(Pattern.compile("(?:src|href)=\"(?!#)").matcher(html).find(), "no link but to the page itself");
    assertFalse(html.contains("url("), "no resource from the style sheet");
  }

  @Test
  void pageOfTheSampleIsUnder300Kilobytes() {
    int bytes = review(SAMPLE, "--format", "html").getBytes(StandardCharsets.UTF_8).length;
    assertTrue(bytes < 300 * 1024, bytes + " bytes");
  }

  @Test
  void treeShowsProgressPaceZonesPartialDataAndAtRiskCounts() {
    String html = review(SAMPLE, "--format", "html");
    String support = between(html, "<summary class=\"objective\"><span class=\"title\">Answer every customer", "</summary>");
    assertTrue(support.contains("<span class=\"bar\" aria-hidden=\"true\"><span class=\"f-at_risk\" style=\"width:19%\">"
        + "</span></span> <span class=\"pct\">19%</span> <span class=\"badge s-at_risk\">AT_RISK</span>"), support);
    assertTrue(support.contains("<span class=\"badge s-at_risk\">1 at risk below</span>"), support);
    assertTrue(between(html, "A platform teams build on", "</summary>").contains("partial data"));
    assertTrue(html.contains("<span class=\"kr-title\">Close 5 mid-market deals <span class=\"owner\">zone COMMIT</span>"
        + "</span> <span class=\"pct\">30%</span> <span class=\"badge s-on_track\">ON_TRACK</span>"), html);
  }

  @Test
  void nodesNestInTheAlignmentHierarchyAndAllStartOpen() {
    String html = review(SAMPLE, "--format", "html");
    assertEquals(count(html, "<details class=\"node\" open id=\"n"), count(html, "</details>"));
    assertEquals(18, count(html, "<details class=\"node\" open"));
    String retention = between(html, "Customers stay and grow with us", "Win the mid-market");
    assertTrue(retention.contains("Answer every customer within a working day"), "a child inside its parent's node");
    assertTrue(retention.contains("Make escalations painless"), "a grandchild too");
  }

  @Test
  void scorecardColoursByGradeAndEndsWithItsLine() {
    String html = review(SAMPLE, "--format", "html");
    String scorecard = between(html, "<h2 id=\"h-scorecard-0\">Scorecard of 2026-Q2 (2026-04-01 to 2026-06-30)</h2>",
        "</section>");
    assertTrue(scorecard.contains("Customers can count on us <span class=\"owner\">Organization</span></span>"
        + " <span class=\"bar\" aria-hidden=\"true\"><span class=\"f-green\" style=\"width:97%\"></span></span>"
        + " <span class=\"pct\">97%</span> <span class=\"badge g-green\">GREEN</span> <span class=\"met\">not met</span>"
        + " <span class=\"outcome\">outcome PARTIAL</span></summary>"), scorecard);
    assertTrue(scorecard.contains("<p class=\"scorecard-line\"><strong>2026-Q2:</strong> 2 of 7 met; 4 GREEN, 2 YELLOW,"
        + " 1 RED; outcomes 2 ACHIEVED, 3 PARTIAL, 1 MISSED, 1 not recorded.</p>"), scorecard);
    assertEquals(7, count(scorecard, "<summary class=\"objective\">"));
  }

  @Test
  void everyNeedsAttentionItemLinksToItsObjectivesNode() {
    String html = review(SAMPLE, "--format", "html");
    String attention = between(html, "<h2 id=\"h-attention\">", "</section>");
    Matcher links = Pattern.compile("<a href=\"#(n\\d+)\">([^<]*)</a>").matcher(attention);
    List<String> titles = new ArrayList<>();
    while (links.find()) {
      String node = between(html, "<details class=\"node\" open id=\"" + links.group(1) + "\">", "</summary>");
      assertTrue(node.contains("<span class=\"title\">" + links.group(2) + " "), node);
      titles.add(links.group(2));
    }
    assertEquals(count(attention, "<li>"), titles.size());
    assertTrue(titles.contains("Build a repeatable mid-market motion"), titles.toString());
  }

  @Test
  void chartDrawsCheckInsExpectedLineAndForecastAndSaysSoInItsName() {
    String html = review(SAMPLE, "--format", "html");
    String chart = between(html, "<svg class=\"chart\" role=\"img\" width=\"200\" height=\"48\" viewBox=\"0 0 200 48\""
        + " aria-label=\"Check-ins of Grow qualified pipeline", "</svg>");
    assertTrue(chart.contains("aria-label=\"Check-ins of Grow qualified pipeline from 2M to 6M: 2 check-ins, latest 48% on"
        + " 2026-08-14; expected 100% by 2026-09-30; forecast 56% at the end\"><title>"), chart);
    assertEquals(1, count(chart, "<polyline "));
    assertEquals(2, count(chart, "<circle "));
    assertEquals(3, count(chart, "<line "), "expected, today and forecast");
  }

  @Test
  void heatMapCellsNameTheSkillAndTheGap() {
    String html = review(SAMPLE, "--format", "html");
    String eli = between(html, "<tr><th scope=\"row\">Eli Brandt", "</tr>");
    assertTrue(eli.contains("<td class=\"cell h-2\"><span class=\"sr\">Go: gap 1, assessed 2, required 3</span>"
        + "<span aria-hidden=\"true\">−1</span></td>"), eli);
    assertTrue(eli.contains("<span class=\"sr\">System design: gap 2, not assessed, required 3</span>"), eli);
    assertTrue(eli.contains("<span class=\"sr\">Code review: no gap, assessed 3, required 3</span>"), eli);
    assertEquals(4, count(eli, "<td class=\"cell "));
  }

  @Test
  void findingsAndAdviceComeFromTheBundlesOfTheLocale() {
    String html = review(SAMPLE, "--format", "html", "--locale", "de");
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"de\">"));
    assertTrue(html.contains("Das Entwicklungsziel „Learn Rust“ (Rust) dient weder der jetzigen Rolle"), html);
    assertTrue(html.contains("<article class=\"card\"><h3>Eli Brandt: “Learn Rust”</h3>"), html);
    assertTrue(html.contains("Fangen wir damit an, was deine Rolle"), html);
  }

  @Test
  void outWritesTheReviewToAFileAndNothingToStandardOutput() throws IOException {
    Path page = dir.resolve("review.html");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new ReviewCommand(path -> SAMPLE).run(List.of("in.json", "--as-of", "2026-08-15", "--format", "html",
        "--out", page.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Terminal.piped());
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    assertEquals(0, out.size());
    assertEquals(review(SAMPLE, "--format", "html"), Files.readString(page, StandardCharsets.UTF_8));
  }

  @Test
  void outIntoAMissingDirectoryExitsWithTwoAndOneLine() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Path page = dir.resolve("missing").resolve("review.html");
    int code = new ReviewCommand(path -> SAMPLE).run(List.of("in.json", "--format", "html", "--out", page.toString()),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Terminal.piped());
    assertEquals(2, code);
    assertEquals("review: cannot write " + page + ": no such directory\n", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void textOfTheDataIsEscaped() {
    assertEquals("&lt;b onclick=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s ␛[31m", HtmlReview.text("<b onclick=\"x\">Tom & Jerry's \u001B[31m"));
    assertEquals("a b", HtmlReview.text("a\nb"));
  }
}
