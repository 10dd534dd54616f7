package dev.alignkit.examples.review;

import static dev.alignkit.examples.review.InMemoryReview.reviewAsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.jackson.ResultJson;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import dev.alignkit.review.ReviewDocument;
import dev.alignkit.testing.Coverage;
import dev.alignkit.testing.Gens;
import dev.alignkit.testing.OrgGenerators;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quicktheories.core.Gen;

/**
 * Whatever the titles, names, team and cycle names, descriptions and retrospectives of an
 * organization hold (terminal escapes, line breaks, other control characters, the syntax of
 * Markdown, HTML and Mermaid), no review format lets them act on the terminal or change the
 * document's structure: compared with the same organization with plain words, the text and the
 * Markdown have the same lines, the Markdown tables the same columns, the Mermaid graph the
 * same nodes and edges, and the HTML page the same elements with the same attributes.
 *
 * <p>The organizations are the core's valid snapshots reviewed 1 to 20 days after their first
 * cycle ended, so that each review has a scorecard and, with a second cycle, a running cycle.
 */
class HostileTextProperties {
  private static final int EXAMPLES = 150;
  private static final Pattern REVIEW_COLOURS = Pattern.compile("\u001B\\[(?:0|1|31|32|33)m");
  private static final Pattern LABEL = Pattern.compile("(\\[\"|\\|\")([^\"\\n]*)(\"\\]|\"\\|)");
  private static final Pattern ENTITY = Pattern.compile("#(?:quot|amp|lt|gt|\\d+);");
  /** A tag of the page: its name and its attributes, each value quoted and without a quote or an angle bracket. */
  private static final Pattern TAG = Pattern.compile(
      "<(!DOCTYPE html|/?[a-z][a-z0-9]*)((?:\\s+[a-zA-Z][a-zA-Z0-9-]*(?:=\"[^\"<>]*\")?)*)\\s*/?>");
  private static final Pattern ATTRIBUTE = Pattern.compile("\\s+([a-zA-Z][a-zA-Z0-9-]*)(?:=\"([^\"<>]*)\")?");
  private static final Pattern REFERENCE = Pattern.compile("&(?:amp|lt|gt|quot|#39);");

  /** Pieces of hostile text: escapes of terminals, line breaks, controls, and the markup of every format. */
  private static final List<String> PIECES = List.of(
      "\u001B[31m", "\u001B[2J", "\u001B]0;title\u0007", "\u001B]8;;https://x.example\u001B\\", "\u001BP1$r\u001B\\",
      "\u009B31m", "\u0085", "\r", "\n", "\r\n", "\n\n", "\t", "\u000B", "\f", "\u0000", "\u0007", "\b", "\u007F",
      "\u2028", "\u2029", "\u202E", "\u2066", "\u200B", "\u00A0", "`", "```", "|", "||", "<script>alert(1)</script>",
      "<br/>", "&amp;", "#quot;", "#", "# ", "- ", "1. ", "> ", "===", "*", "_", "~", "\\", "[x](javascript:y)",
      "\"", "\"]", "[\"", "(", ")", "{", "}", ";", "%%", "%%{init: {\"securityLevel\": \"loose\"}}%%", "-->", "-.->",
      "n0 --> n1", "end", "click n0 call alert()", ":::at_risk", "AT_RISK", "Ünïcødé", "北京", "👩\u200D💻");

  /** A word, and the same word among hostile pieces. */
  record Text(String plain, String hostile) {}

  /**
   * A noun among zero to six pieces, so that no text is blank. Nouns, because a key result whose
   * title starts with a verb such as "Learn" is reported ({@code okr.key-result.activity}), and a
   * piece before it would change the findings.
   */
  static Gen<Text> texts() {
    return Gens.combine(Gens.lists(Gens.of(PIECES), 0, 6), Gens.of("Revenue", "Uptime", "Quality", "Trust"),
        Gens.ints(0, 6), (pieces, word, at) -> {
          List<String> all = new ArrayList<>(pieces);
          all.add(Math.min(at, all.size()), word);
          return new Text(word, String.join("", all));
        });
  }

  /** An organization with plain words, the same with hostile text, and the day of the review. */
  record Case(OrganizationSnapshot plain, OrganizationSnapshot hostile, LocalDate asOf) {
    String review(OrganizationSnapshot snapshot, String... options) {
      return reviewAsOf(asOf, snapshot, options);
    }
  }

  static Gen<Case> cases() {
    return Gens.combine(OrgGenerators.validSnapshots(), Gens.lists(texts(), 1, 12), Gens.ints(1, 20),
        (snapshot, texts, days) -> new Case(withTexts(snapshot, texts.stream().map(Text::plain).toList()),
            withTexts(snapshot, texts.stream().map(Text::hostile).toList()),
            snapshot.cycles().get(0).endInclusive().plusDays(days)));
  }

  /**
   * The snapshot with each title, name, description and retrospective replaced by the next of
   * {@code texts}, in turn; a description or retrospective that is absent or blank stays so.
   */
  static OrganizationSnapshot withTexts(OrganizationSnapshot snapshot, List<String> texts) {
    Function<String, String> next = new Function<>() {
      private int used;

      @Override
      public String apply(String plain) {
        return plain.isBlank() ? plain : texts.get(used++ % texts.size());
      }
    };
    List<Objective> objectives = new ArrayList<>();
    for (Objective objective : snapshot.objectives()) {
      List<KeyResult> keyResults = new ArrayList<>();
      for (KeyResult keyResult : objective.keyResults()) {
        keyResults.add(KeyResult.builder().from(keyResult).title(next.apply(keyResult.title()))
            .description(keyResult.description().map(next)).build());
      }
      List<Initiative> initiatives = new ArrayList<>();
      for (Initiative initiative : objective.initiatives()) {
        initiatives.add(Initiative.builder().from(initiative).title(next.apply(initiative.title()))
            .description(initiative.description().map(next)).build());
      }
      objectives.add(Objective.builder().from(objective).title(next.apply(objective.title()))
          .description(objective.description().map(next)).retrospective(objective.retrospective().map(next))
          .keyResults(keyResults).initiatives(initiatives).build());
    }
    return OrganizationSnapshot.builder().from(snapshot)
        .cycles(snapshot.cycles().stream().map(c -> Cycle.builder().from(c).name(next.apply(c.name())).build()).toList())
        .teams(snapshot.teams().stream().map(t -> Team.builder().from(t).name(next.apply(t.name()))
            .description(t.description().map(next)).build()).toList())
        .people(snapshot.people().stream().map(p -> Person.builder().from(p).name(next.apply(p.name())).build()).toList())
        .objectives(objectives)
        .build();
  }

  @Property(examples = EXAMPLES)
  void textHoldsNoControlCharacterButLineBreaksAndKeepsItsLines(Theory theory) {
    Coverage shape = new Coverage("review with a scorecard and a running cycle");
    theory.forAll(cases()).check(c -> {
      String hostile = c.review(c.hostile());
      assertNoControlCharacter(hostile);
      String plain = c.review(c.plain());
      assertEquals(plain.lines().count(), hostile.lines().count(), hostile);
      shape.count(plain.contains("\nScorecard of ") && plain.contains("\nProgress of "));
    });
    shape.assertPercentAtLeast(true, 30);
  }

  @Property(examples = EXAMPLES)
  void textForOnePersonHoldsNoControlCharacterButLineBreaksAndKeepsItsLines(Theory theory) {
    theory.forAll(cases(), Gens.ints(0, 29)).check((c, pick) -> {
      String person = c.plain().people().get(pick % c.plain().people().size()).id();
      String hostile = c.review(c.hostile(), "--person", person);
      assertNoControlCharacter(hostile);
      assertEquals(c.review(c.plain(), "--person", person).lines().count(), hostile.lines().count(), hostile);
    });
  }

  @Property(examples = EXAMPLES)
  void colouredTextHoldsNoEscapeButTheReviewsOwnColours(Theory theory) {
    theory.forAll(cases()).check(c -> assertNoControlCharacter(
        REVIEW_COLOURS.matcher(c.review(c.hostile(), "--color")).replaceAll("")));
  }

  @Property(examples = EXAMPLES)
  void markdownHoldsNoControlCharacterAndKeepsItsStructureAndTheColumnsOfEveryTable(Theory theory) {
    theory.forAll(cases()).check(c -> {
      String hostile = c.review(c.hostile(), "--format", "markdown");
      assertNoControlCharacter(hostile);
      assertEquals(structure(c.review(c.plain(), "--format", "markdown")), structure(hostile), hostile);
      assertTablesKeepTheirColumns(hostile);
    });
  }

  @Property(examples = EXAMPLES)
  void mermaidHoldsNoControlCharacterAndKeepsItsNodesAndEdges(Theory theory) {
    theory.forAll(cases()).check(c -> {
      String hostile = c.review(c.hostile(), "--format", "mermaid");
      assertNoControlCharacter(hostile);
      assertEquals(skeleton(c.review(c.plain(), "--format", "mermaid")), skeleton(hostile), hostile);
      Matcher labels = LABEL.matcher(hostile);
      while (labels.find()) {
        // A node's label is the title, then the review's own "<br/>45% ON_TRACK".
        String text = labels.group(2).replaceFirst("<br/>(\\d+%|no data) [A-Z_]+$", "");
        assertTrue(ENTITY.matcher(text).replaceAll("").matches("[^\"#;<>&`|\\[\\](){}%]*"), text);
      }
    });
  }

  @Property(examples = EXAMPLES)
  void htmlHoldsNoControlCharacterNoScriptAndKeepsItsElementsAndAttributes(Theory theory) {
    theory.forAll(cases()).check(c -> {
      String hostile = c.review(c.hostile(), "--format", "html");
      assertNoControlCharacter(hostile);
      List<String> markup = markup(hostile);
      assertSameMarkup(markup(c.review(c.plain(), "--format", "html")), markup, hostile);
      assertTrue(markup.stream().noneMatch(tag -> tag.startsWith("script") || tag.matches(".* on[a-z]+( .*)?")), hostile);
    });
  }

  @Property(examples = EXAMPLES)
  void htmlForAViewerHoldsNoControlCharacterAndKeepsItsElements(Theory theory) {
    theory.forAll(cases(), Gens.ints(0, 29)).check((c, pick) -> {
      String viewer = c.plain().people().get(pick % c.plain().people().size()).id();
      String hostile = c.review(c.hostile(), "--format", "html", "--viewer", viewer);
      assertNoControlCharacter(hostile);
      assertSameMarkup(markup(c.review(c.plain(), "--format", "html", "--viewer", viewer)), markup(hostile), hostile);
    });
  }

  @Property(examples = EXAMPLES)
  void jsonIsTheReviewDocumentWithEveryArgumentAsItIs(Theory theory) {
    theory.forAll(cases()).check(c -> {
      String json = c.review(c.hostile(), "--format", "json");
      assertTrue(json.chars().noneMatch(ch -> ch < 0x20 && ch != '\n'), json);
      assertEquals(Review.of(c.hostile(), Optional.of(c.asOf()), Optional.empty()).document(),
          ResultJson.fromJson(json, ReviewDocument.class));
    });
  }

  /**
   * No C0 control but the line break, no DEL, no C1 control, no line or paragraph separator and no
   * bidirectional control.
   */
  private static void assertNoControlCharacter(String out) {
    for (int i = 0; i < out.length(); i++) {
      char c = out.charAt(i);
      boolean control = (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
          || c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
          || (c >= '\u2066' && c <= '\u2069');
      if (control) {
        throw new AssertionError(String.format("U+%04X at %d in%n%s", (int) c, i, out));
      }
    }
  }

  /**
   * What each line of a Markdown document is: blank, a heading of its level, a table row with its
   * number of cells, a list item, a quote or a paragraph line.
   */
  private static List<String> structure(String markdown) {
    List<String> kinds = new ArrayList<>();
    for (String line : markdown.split("\n", -1)) {
      if (line.isEmpty()) {
        kinds.add("blank");
      } else if (line.matches("#{1,6} .*")) {
        kinds.add("h" + line.indexOf(' '));
      } else if (line.startsWith("|")) {
        kinds.add("row of " + cells(line));
      } else if (line.matches(" {0,3}([-+*]|\\d{1,9}[.)]) .*")) {
        kinds.add("item");
      } else if (line.matches(" {0,3}>.*")) {
        kinds.add("quote");
      } else {
        kinds.add("paragraph");
      }
    }
    return kinds;
  }

  /** The cells of a table row: the pipes that no backslash escapes, less one. */
  private static int cells(String row) {
    int pipes = 0;
    boolean escaped = false;
    for (int i = 0; i < row.length(); i++) {
      char c = row.charAt(i);
      if (c == '|' && !escaped) {
        pipes++;
      }
      escaped = c == '\\' && !escaped;
    }
    return pipes - 1;
  }

  /** Every row of every table has as many cells as its header. */
  private static void assertTablesKeepTheirColumns(String markdown) {
    int columns = -1;
    for (String line : markdown.split("\n", -1)) {
      if (!line.startsWith("|")) {
        columns = -1;
      } else if (columns < 0) {
        columns = cells(line);
      } else {
        assertEquals(columns, cells(line), line);
      }
    }
  }

  /** The same elements, or a failure that names the first that differs. */
  private static void assertSameMarkup(List<String> plain, List<String> hostile, String page) {
    for (int i = 0; i < Math.min(plain.size(), hostile.size()); i++) {
      assertEquals(plain.get(i), hostile.get(i), () -> "an element differs in\n" + page);
    }
    assertEquals(plain.size(), hostile.size(), page);
  }

  /**
   * The page's elements in order, each as its tag name and attribute names ("td class"), its own
   * style sheet left out; fails where a {@code <} starts no well-formed tag, where text or an
   * attribute value holds a {@code >} or an {@code &} that starts no character reference, so the
   * data can have added no element, attribute or reference.
   */
  private static List<String> markup(String html) {
    String page = html.replaceFirst("(?s)<style>\n.*?</style>", "<style></style>");
    List<String> tags = new ArrayList<>();
    Matcher tag = TAG.matcher(page);
    int at = 0;
    while (at < page.length()) {
      int open = page.indexOf('<', at);
      String text = page.substring(at, open < 0 ? page.length() : open);
      assertTrue(text.indexOf('>') < 0 && REFERENCE.matcher(text).replaceAll("").indexOf('&') < 0, text);
      if (open < 0) {
        break;
      }
      assertTrue(tag.find(open) && tag.start() == open, page.substring(open, Math.min(page.length(), open + 80)));
      StringBuilder shape = new StringBuilder(tag.group(1));
      Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
      while (attribute.find()) {
        shape.append(' ').append(attribute.group(1));
        String value = attribute.group(2) == null ? "" : attribute.group(2);
        assertTrue(REFERENCE.matcher(value).replaceAll("").indexOf('&') < 0, value);
      }
      tags.add(shape.toString());
      at = tag.end();
    }
    return tags;
  }

  /** The graph with every label's text left out: its nodes, edges and styles. */
  private static String skeleton(String mermaid) {
    return LABEL.matcher(mermaid).replaceAll("$1…$3");
  }
}
