package dev.alignkit.testing;

import static dev.alignkit.testing.Gens.combine;
import static dev.alignkit.testing.Gens.lists;
import static dev.alignkit.testing.Gens.oneIn;
import static dev.alignkit.testing.Gens.optional;
import static dev.alignkit.testing.SnapshotParts.AS_OF;
import static dev.alignkit.testing.SnapshotParts.pick;
import static dev.alignkit.testing.SnapshotParts.picks;
import static dev.alignkit.testing.SnapshotParts.role;
import static dev.alignkit.testing.SnapshotParts.roleDrafts;
import static dev.alignkit.testing.SnapshotParts.skillId;

import dev.alignkit.career.Assessment;
import dev.alignkit.career.AssessmentSource;
import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.Expectation;
import dev.alignkit.career.Importance;
import dev.alignkit.career.LateralMove;
import dev.alignkit.career.Level;
import dev.alignkit.career.Opening;
import dev.alignkit.career.ProficiencyScale;
import dev.alignkit.career.RoleRef;
import dev.alignkit.career.Skill;
import dev.alignkit.career.SkillCatalog;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.career.TrackKind;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;

/**
 * The career half of {@link AdviceGenerators}' snapshots: catalogs, ladders, people with their
 * roles and profiles, lateral moves and openings, drafted by pick and assembled once the catalog,
 * the ladders and the people are numbered.
 */
final class AdviceCareerDrafts {
  private static final int MAX_EXTRA_SKILLS = 10;
  private static final int MAX_EXPECTATIONS = 3;
  private static final int MAX_LEVELS = 4;
  private static final int MAX_ASSESSMENTS = 5;
  private static final int MAX_ASSESSMENT_AGE_DAYS = 730;

  /** A skill's name and family, as an HR catalog lists them. */
  private record SkillTemplate(String name, String family) {}

  /** One skill of each family the advisor treats specially, and product knowledge, which it does not. */
  private static final List<SkillTemplate> FAMILY_SKILLS = List.of(
      new SkillTemplate("Stakeholder influence", "influence"),
      new SkillTemplate("Hiring", "people-management"),
      new SkillTemplate("Presenting to executives", "visibility"),
      new SkillTemplate("Release process", "process"),
      new SkillTemplate("System design", "technical-expertise"),
      new SkillTemplate("Product domain", "product-knowledge"));
  private static final List<SkillTemplate> EXTRA_SKILLS = List.of(
      new SkillTemplate("Negotiation", "influence"),
      new SkillTemplate("Coaching", "people-management"),
      new SkillTemplate("Writing for leadership", "visibility"),
      new SkillTemplate("Incident handling", "process"),
      new SkillTemplate("Code review", "technical-expertise"),
      new SkillTemplate("Rust", "technical-expertise"),
      new SkillTemplate("Data analysis", "analytics"));
  private static final List<String> LADDER_NAMES = List.of(
      "Engineering (IC)", "Engineering management", "Customer service", "Sales", "Data science");
  private static final List<String> LEVEL_NAMES = List.of("Associate", "Intermediate", "Senior", "Staff");

  private AdviceCareerDrafts() {}

  // ---------------------------------------------------------------------------------------------
  // Drafts: what a part holds before the snapshot's ids are known

  /** A declaration: a skill picked modulo the catalog, a requirement {@code percent} of the way up the scale. */
  record ExpectationDraft(int skillPick, int percent, boolean optional, boolean relax) {}

  record LevelDraft(List<ExpectationDraft> expectations, int rankStep, boolean sharesRank) {}

  record LadderDraft(String name, TrackKind track, List<LevelDraft> levels) {}

  record AssessmentDraft(int skillPick, int percent, int daysBefore, AssessmentSource source) {}

  /**
   * A person's seat in the reporting tree, role, profile (absent: no profile at all) and other
   * teams, picked modulo the teams.
   */
  record PersonDraft(SnapshotParts.Seat seat, Optional<SnapshotParts.RoleDraft> role,
      Optional<List<AssessmentDraft>> profile, List<Integer> otherTeams) {}

  /** A lateral move from the picked person's role when that person has one, else from {@code from}. */


  /** The default scale most often, else a scale from 0 and one of ten steps without names. */

  /** One skill of each special family in a random order, then up to 10 more of the extra skills. */
  static Gen<SkillCatalog> catalogs() {
    return combine(
        CareerGenerators.scales(), Gens.shuffled(FAMILY_SKILLS), lists(Gens.of(EXTRA_SKILLS), MAX_EXTRA_SKILLS),
        AdviceCareerDrafts::catalog);
  }

  static Gen<LadderDraft> ladderDrafts() {
    Gen<ExpectationDraft> expectations = combine(picks(), percents(), oneIn(4), oneIn(6), ExpectationDraft::new);
    Gen<LevelDraft> levels = combine(
        lists(expectations, MAX_EXPECTATIONS), Gens.ints(1, 3), oneIn(10), LevelDraft::new);
    return combine(
        Gens.of(LADDER_NAMES),
        Gens.of(TrackKind.INDIVIDUAL_CONTRIBUTOR, TrackKind.MANAGEMENT),
        lists(levels, 1, MAX_LEVELS),
        LadderDraft::new);
  }

  /**
   * Mostly in a team, mostly with a role, mostly with a profile of assessments dated up to two
   * years back; one in two also in one or two other teams (which may repeat the primary team).
   */
  static Gen<PersonDraft> personDrafts() {
    Gen<SnapshotParts.Seat> seats = combine(
        picks(), optional(picks(), 0.9), (manager, team) -> new SnapshotParts.Seat(manager, team, false));
    Gen<AssessmentDraft> assessments = combine(
        picks(), percents(), Gens.ints(0, MAX_ASSESSMENT_AGE_DAYS), Gens.of(AssessmentSource.class),
        AssessmentDraft::new);
    Gen<List<Integer>> otherTeams = Gens.frequency(
        Gens.weighted(1, Gens.constant(List.of())), Gens.weighted(1, lists(picks(), 1, 2)));
    return combine(
        seats, optional(roleDrafts(), 0.9), optional(lists(assessments, MAX_ASSESSMENTS), 0.8), otherTeams,
        PersonDraft::new);
  }


  private static Gen<Integer> percents() {
    return Gens.ints(0, 100);
  }

  // ---------------------------------------------------------------------------------------------
  // Assembly

  private static SkillCatalog catalog(ProficiencyScale scale, List<SkillTemplate> families,
      List<SkillTemplate> extras) {
    List<SkillTemplate> templates = new ArrayList<>(families);
    templates.addAll(extras);
    List<Skill> skills = new ArrayList<>(templates.size());
    for (int i = 0; i < templates.size(); i++) {
      skills.add(Skill.of("s-" + (i + 1), templates.get(i).name(), templates.get(i).family()));
    }
    return SkillCatalog.builder().scale(scale).skills(skills).build();
  }

  /** Ladders {@code ld-1} ... with levels {@code l-1} ... in rank order, expecting skills of {@code catalog}. */
  static List<CareerLadder> ladders(List<LadderDraft> drafts, SkillCatalog catalog) {
    List<CareerLadder> ladders = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      ladders.add(ladder("ld-" + (i + 1), drafts.get(i), catalog));
    }
    return ladders;
  }

  private static CareerLadder ladder(String id, LadderDraft draft, SkillCatalog catalog) {
    List<Level> levels = new ArrayList<>(draft.levels().size());
    int rank = 0;
    for (int i = 0; i < draft.levels().size(); i++) {
      LevelDraft level = draft.levels().get(i);
      if (i == 0 || !level.sharesRank()) {
        rank += level.rankStep();
      }
      List<Expectation> expectations = new ArrayList<>(level.expectations().size());
      for (ExpectationDraft expectation : level.expectations()) {
        expectations.add(Expectation.builder().skillId(skillId(catalog, expectation.skillPick()))
            .required(proficiency(catalog, expectation.percent()))
            .importance(expectation.optional() ? Importance.OPTIONAL : Importance.ESSENTIAL)
            .relax(expectation.relax()).build());
      }
      levels.add(Level.builder().id("l-" + (i + 1)).name(LEVEL_NAMES.get(i % LEVEL_NAMES.size())).rank(rank)
          .expectations(expectations).build());
    }
    return CareerLadder.builder().id(id).name(draft.name()).track(draft.track()).levels(levels).build();
  }

  /** People {@code p-1} ... in one reporting tree under {@code p-1}, with their roles among {@code ladders}. */
  static List<Person> people(List<PersonDraft> drafts, List<Team> teams, List<CareerLadder> ladders) {
    List<Person> people = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      PersonDraft draft = drafts.get(i);
      Person.Builder person = SnapshotParts.seated(i, draft.seat(), teams)
          .role(draft.role().map(role -> role(role, ladders)));
      if (!teams.isEmpty()) {
        for (Integer team : draft.otherTeams()) {
          person.addOtherTeamId(pick(teams, team).id());
        }
      }
      people.add(person.build());
    }
    return people;
  }

  /** The profiles of the people who have one, in the order of the people. */
  static List<SkillProfile> profiles(List<PersonDraft> drafts, List<Person> people, SkillCatalog catalog) {
    List<SkillProfile> profiles = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      Optional<List<AssessmentDraft>> profile = drafts.get(i).profile();
      if (profile.isPresent()) {
        List<Assessment> assessments = new ArrayList<>(profile.get().size());
        for (AssessmentDraft draft : profile.get()) {
          assessments.add(Assessment.of(skillId(catalog, draft.skillPick()), proficiency(catalog, draft.percent()),
              AS_OF.minusDays(draft.daysBefore()), draft.source()));
        }
        profiles.add(SkillProfile.of(people.get(i).id(), assessments));
      }
    }
    return profiles;
  }

  /**
   * {@code percent} of the way up the catalog's scale, on a quarter point: as HR forms record
   * proficiency, and so that a requirement and an assessment often meet exactly, the edge of a gap.
   */
  static double proficiency(SkillCatalog catalog, int percent) {
    // The scale's ends are whole numbers, so a quarter point nearest a value on the scale stays on it.
    return Math.round(SnapshotParts.onScale(catalog.scale(), percent) * 4) / 4.0;
  }
}
