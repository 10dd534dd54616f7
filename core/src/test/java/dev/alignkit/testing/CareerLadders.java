package dev.alignkit.testing;

import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.Expectation;
import dev.alignkit.career.Level;
import dev.alignkit.career.ProficiencyScale;
import dev.alignkit.career.Skill;
import dev.alignkit.career.SkillCatalog;
import dev.alignkit.career.TrackKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How {@link CareerGenerators} puts a skill catalog and a ladder together from drawn parts: the
 * names an HR catalog and ladder use, and the rule that keeps most ladders rising.
 */
final class CareerLadders {
  /** A skill's name and family, as an HR catalog lists them. */
  private record SkillTemplate(String name, String family) {}

  private static final List<SkillTemplate> SKILL_TEMPLATES = List.of(
      new SkillTemplate("Stakeholder influence", "influence"),
      new SkillTemplate("Negotiation", "influence"),
      new SkillTemplate("System design", "technical-expertise"),
      new SkillTemplate("Code review", "technical-expertise"),
      new SkillTemplate("Hiring", "people-management"),
      new SkillTemplate("Coaching", "people-management"),
      new SkillTemplate("Presenting to executives", "visibility"),
      new SkillTemplate("Release process", "process"),
      new SkillTemplate("Incident handling", "process"),
      new SkillTemplate("Product domain", "product-knowledge"));

  /** How many skill templates there are; a catalog picks among them by index. */
  static final int TEMPLATE_COUNT = SKILL_TEMPLATES.size();

  static final List<String> LADDER_NAMES = List.of(
      "Engineering (IC)", "Engineering management", "Customer service", "Sales", "Data science");
  static final List<String> BEHAVIOURS = List.of(
      "Leads design reviews for the team", "Resolves escalations without help", "Presents quarterly results");
  private static final List<String> LEVEL_NAMES = List.of(
      "Associate", "Intermediate", "Senior", "Staff", "Principal", "Distinguished");

  private CareerLadders() {}

  /**
   * A declaration before it is placed: unless {@code mayLower}, a requirement below the one the
   * lower levels declared is raised to it, so that most ladders rise and only some lower.
   */
  record ExpectationDraft(Expectation expectation, boolean mayLower) {}

  /** A level before numbering: what it declares, how far its rank rises, or whether it shares the previous rank. */
  record LevelDraft(List<ExpectationDraft> declarations, int rankStep, boolean sharesRank) {}

  /** A catalog on {@code scale} of skills {@code s-1} ... made from the picked templates, repeats allowed. */
  static SkillCatalog catalog(ProficiencyScale scale, List<Integer> templatePicks) {
    List<Skill> skills = new ArrayList<>(templatePicks.size());
    for (int i = 0; i < templatePicks.size(); i++) {
      SkillTemplate template = SKILL_TEMPLATES.get(templatePicks.get(i));
      skills.add(Skill.of("s-" + (i + 1), template.name(), template.family()));
    }
    return SkillCatalog.builder().scale(scale).skills(skills).build();
  }

  /**
   * Ladder {@code id} with levels {@code l-1} ... numbered in rank order from {@code drafts}, then
   * given rotated by {@code rotation}, so that some ladders list their levels out of rank order.
   */
  static CareerLadder ladder(String id, int namePick, TrackKind track, List<LevelDraft> drafts, int rotation) {
    List<Level> byRank = new ArrayList<>(drafts.size());
    Map<String, Double> declaredBelow = new HashMap<>();
    int rank = 0;
    for (int i = 0; i < drafts.size(); i++) {
      LevelDraft draft = drafts.get(i);
      if (i == 0 || !draft.sharesRank()) {
        rank += draft.rankStep();
      }
      List<Expectation> expectations = new ArrayList<>(draft.declarations().size());
      for (ExpectationDraft declaration : draft.declarations()) {
        Expectation expectation = declaration.expectation();
        Double below = declaredBelow.get(expectation.skillId());
        if (!declaration.mayLower() && below != null && expectation.required() < below) {
          expectation = Expectation.builder().from(expectation).required(below).build();
        }
        declaredBelow.put(expectation.skillId(), expectation.required());
        expectations.add(expectation);
      }
      byRank.add(Level.builder().id("l-" + (i + 1)).name(LEVEL_NAMES.get(i % LEVEL_NAMES.size())).rank(rank)
          .expectations(expectations).build());
    }
    List<Level> given = new ArrayList<>(byRank);
    Collections.rotate(given, rotation % given.size());
    CareerLadder.Builder ladder = CareerLadder.builder().id(id).name(LADDER_NAMES.get(namePick)).track(track)
        .levels(given);
    if (track == TrackKind.OTHER) {
      ladder.trackName("Specialist");
    }
    return ladder.build();
  }
}
