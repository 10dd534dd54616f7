package dev.alignkit.testing;

import static dev.alignkit.testing.Gens.combine;
import static dev.alignkit.testing.Gens.constant;
import static dev.alignkit.testing.Gens.frequency;
import static dev.alignkit.testing.Gens.lists;
import static dev.alignkit.testing.Gens.oneIn;
import static dev.alignkit.testing.Gens.optional;
import static dev.alignkit.testing.Gens.weighted;
import static dev.alignkit.testing.SnapshotParts.PLACEHOLDER_ID;
import static dev.alignkit.testing.SnapshotParts.pick;
import static dev.alignkit.testing.SnapshotParts.picks;
import static dev.alignkit.testing.SnapshotParts.role;
import static dev.alignkit.testing.SnapshotParts.skillId;

import dev.alignkit.career.Assessment;
import dev.alignkit.career.AssessmentSource;
import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.Expectation;
import dev.alignkit.career.Importance;
import dev.alignkit.career.LateralMove;
import dev.alignkit.career.Opening;
import dev.alignkit.career.ProficiencyScale;
import dev.alignkit.career.RoleRef;
import dev.alignkit.career.SkillCatalog;
import dev.alignkit.career.SkillProfile;
import dev.alignkit.career.TrackKind;
import dev.alignkit.common.Visibility;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import dev.alignkit.testing.CareerLadders.ExpectationDraft;
import dev.alignkit.testing.CareerLadders.LevelDraft;
import dev.alignkit.testing.SnapshotParts.RoleDraft;
import dev.alignkit.testing.SnapshotParts.Seat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;

/**
 * Generators of the career model (scales, skill catalogs, ladders, skill profiles) and of
 * snapshots built around it, shared with the other modules through the core test-jar; start from
 * {@link #careerSnapshots()} or {@link #adversarialCareerSnapshots()}.
 *
 * <p>Every generator is built by combining valid parts; none filters. Requirements and
 * assessments always lie on the catalog's scale, since a snapshot cannot be built otherwise.
 * Snapshot ids are unique per kind and numbered: skills {@code s-1}, ladders {@code ld-1}, levels
 * {@code l-1} (within a ladder, in rank order), people {@code p-1}, teams {@code t-1}, lateral
 * moves {@code lm-1}, openings {@code op-1}; ids that must not resolve end in 999 ({@code s-999},
 * {@code ld-999}, {@code l-999}); items that breakages add are numbered from 100 ({@code ld-100},
 * {@code lm-100}, {@code op-100}, and {@code p-100} for a profile of an unknown person).
 *
 * <ul>
 *   <li><b>Ladders</b> have 1 to 6 levels, given in rank order or rotated; ranks rise by 1 to 10
 *       and a level shares the previous rank once in 20. Each level declares 0 to 4 expectations,
 *       mostly of the first three skills so that levels re-declare them, 1 in 4 OPTIONAL, 1 in 4
 *       marked {@code relax}; a re-declaration keeps or raises what the levels below declared,
 *       except 1 in 3, which may lower it (a regression, or a relaxation when marked).
 *   <li><b>Profiles</b> hold 0 to 8 assessments from any source, often of the same skill again,
 *       dated within two years before {@link #AS_OF} (the day properties judge them on), so some
 *       are stale; the staleness boundary (365 and 366 days) and shared dates come in one draw of
 *       five, and 1 in 5 profiles re-assesses a skill on the same day.
 *   <li><b>Career snapshots</b> hold a catalog, 1 to 4 ladders, 1 to 3 teams and 1 to 12 people
 *       reporting in one tree under {@code p-1}: most with a role on a ladder level, some with
 *       none, some with a role that does not resolve (unknown level or ladder). Most people have a
 *       profile. Up to 6 lateral moves, often from someone's role, some of whose ends do not
 *       resolve; up to 4 openings, some for roles that do not resolve.
 *   <li><b>Adversarial career snapshots</b> are the empty snapshot, or career snapshots with one to
 *       four breakages ({@link CareerBreakages}): an expectation of an unknown skill, two levels
 *       sharing a rank, an empty ladder (added, or an existing one emptied), a level without
 *       expectations, a profile of an unknown person, an assessment of an unknown skill or dated
 *       after {@link #AS_OF}, a catalog without skills, a requirement relaxed to the bottom of the
 *       scale, a lateral move from a role to itself, an opening for someone's current role, whole
 *       kinds of items removed (ladders, lateral moves, openings, profiles, people).
 * </ul>
 *
 * <p>Sizes stay small so that a property of a few hundred examples runs in about a second. The
 * number and list generators of {@link Gens} spend 5 % of draws on their edges (bounds, smallest
 * size); the domain's own edges (the staleness boundary, the scale's ends) are drawn on purpose.
 */
public final class CareerGenerators {
  /** The day properties judge readiness on; assessments of valid snapshots are dated on or before it. */
  public static final LocalDate AS_OF = SnapshotParts.AS_OF;

  /** The earliest day {@link #profiles(String, SkillCatalog)} dates an assessment: two years before {@link #AS_OF}. */
  public static final LocalDate OLDEST_ASSESSMENT = AS_OF.minusYears(2);

  private static final int MAX_SKILLS = 10;
  private static final int MAX_LEVELS = 6;
  private static final int MAX_EXPECTATIONS = 4;
  private static final int MAX_ASSESSMENTS = 8;
  private static final int MAX_LADDERS = 4;
  private static final int MAX_TEAMS = 3;
  private static final int MAX_PEOPLE = 12;
  private static final int MAX_MOVES = 6;
  private static final int MAX_OPENINGS = 4;
  /** Skill picks often fall on the first few skills, so that levels re-declare them and profiles repeat them. */
  private static final int FAVOURITE_SKILLS = 3;

  private static final List<String> OPENING_TITLES = List.of(
      "Sales development representative", "Support lead", "Staff engineer");

  private CareerGenerators() {}

  // ---------------------------------------------------------------------------------------------
  // Catalogs, ladders, profiles

  /** A proficiency scale: mostly the default 1..5, sometimes 0..4 with names or 1..10 without. */
  public static Gen<ProficiencyScale> scales() {
    return frequency(
        weighted(6, constant(ProficiencyScale.defaultScale())),
        weighted(1, constant(ProficiencyScale.of(0, 4, List.of("None", "Aware", "Working", "Strong", "Leading")))),
        weighted(1, constant(ProficiencyScale.of(1, 10, List.of()))));
  }

  /** A proficiency on {@code scale}, both ends included: mostly quarter points, sometimes any decimal. */
  public static Gen<Double> proficiencies(ProficiencyScale scale) {
    int quarters = 4 * (scale.max() - scale.min());
    return frequency(
        weighted(4, Gens.ints(0, quarters).map(q -> scale.min() + q / 4.0)),
        weighted(1, Gens.decimals(scale.min(), scale.max(), 3)));
  }

  /** A catalog of 1 to 10 skills {@code s-1} ... on a scale of {@link #scales()}. */
  public static Gen<SkillCatalog> catalogs() {
    Gen<Integer> templates = Gens.ints(0, CareerLadders.TEMPLATE_COUNT - 1);
    return combine(scales(), lists(templates, 1, MAX_SKILLS), CareerLadders::catalog);
  }

  /** A ladder {@code ld-1} of 1 to 6 levels expecting skills of {@code catalog}; see the class comment. */
  public static Gen<CareerLadder> ladders(SkillCatalog catalog) {
    Gen<Expectation> expectations = combine(
        skillPicks(),
        proficiencies(catalog.scale()),
        oneIn(4).map(optional -> optional ? Importance.OPTIONAL : Importance.ESSENTIAL),
        oneIn(4),
        optional(Gens.of(CareerLadders.BEHAVIOURS), 0.5),
        (pick, required, importance, relax, behaviour) -> Expectation.builder()
            .skillId(skillId(catalog, pick)).required(required).importance(importance).relax(relax)
            .behaviour(behaviour).build());
    Gen<ExpectationDraft> declarations = combine(expectations, oneIn(3), ExpectationDraft::new);
    int maxExpectations = catalog.skills().isEmpty() ? 0 : MAX_EXPECTATIONS;
    Gen<LevelDraft> levels = combine(
        lists(declarations, maxExpectations), Gens.ints(1, 10), oneIn(20), LevelDraft::new);
    return combine(
        Gens.ints(0, CareerLadders.LADDER_NAMES.size() - 1),
        Gens.of(TrackKind.class),
        lists(levels, 1, MAX_LEVELS),
        frequency(weighted(3, constant(0)), weighted(1, picks())),
        (namePick, track, drafts, rotation) -> CareerLadders.ladder("ld-1", namePick, track, drafts, rotation));
  }

  /** The profile of {@code personId}: 0 to 8 assessments of skills of {@code catalog}; see the class comment. */
  public static Gen<SkillProfile> profiles(String personId, SkillCatalog catalog) {
    Gen<Assessment> assessments = combine(
        skillPicks(),
        proficiencies(catalog.scale()),
        assessmentDates(),
        Gens.of(AssessmentSource.class),
        optional(Gens.of(Visibility.class), 0.2),
        (pick, proficiency, date, source, visibility) -> Assessment.builder()
            .skillId(skillId(catalog, pick)).proficiency(proficiency).date(date).source(source)
            .visibility(visibility).build());
    int maxAssessments = catalog.skills().isEmpty() ? 0 : MAX_ASSESSMENTS;
    Gen<List<Assessment>> plain = lists(assessments, maxAssessments);
    if (maxAssessments == 0) {
      return plain.map(list -> SkillProfile.of(personId, list));
    }
    Gen<List<Assessment>> reassessed = combine(
        lists(assessments, 1, maxAssessments - 1),
        picks(),
        proficiencies(catalog.scale()),
        Gens.of(AssessmentSource.class),
        (list, pick, proficiency, source) -> {
          List<Assessment> withRepeat = new ArrayList<>(list);
          Assessment repeated = pick(list, pick);
          withRepeat.add(Assessment.builder().from(repeated).proficiency(proficiency).source(source).build());
          return withRepeat;
        });
    return frequency(weighted(4, plain), weighted(1, reassessed))
        .map(list -> SkillProfile.of(personId, list));
  }

  // ---------------------------------------------------------------------------------------------
  // Snapshots

  /** A snapshot of a catalog, ladders, people with roles, profiles, moves and openings; see the class comment. */
  public static Gen<OrganizationSnapshot> careerSnapshots() {
    return catalogs().flatMap(catalog -> Gens.combine(
        lists(ladders(catalog), 1, MAX_LADDERS),
        Gens.ints(1, MAX_TEAMS),
        lists(personDrafts(), 1, MAX_PEOPLE),
        lists(optional(profiles(PLACEHOLDER_ID, catalog), 0.75), MAX_PEOPLE),
        lists(SnapshotParts.moveDrafts(), MAX_MOVES),
        lists(SnapshotParts.openingDrafts(OPENING_TITLES), MAX_OPENINGS),
        (ladders, teamCount, people, profiles, moves, openings) ->
            careerSnapshot(catalog, ladders, teamCount, people, profiles, moves, openings)));
  }

  /** Valid and adversarial career snapshots, half and half. */
  public static Gen<OrganizationSnapshot> anyCareerSnapshot() {
    return Gens.oneOf(careerSnapshots(), adversarialCareerSnapshots());
  }

  /** Mostly {@link #AS_OF}, the day assessments are dated around; sometimes before most of them, or long after all. */
  public static Gen<LocalDate> asOfDays() {
    return frequency(
        weighted(4, constant(AS_OF)),
        weighted(1, Gens.of(AS_OF.minusYears(1), AS_OF.plusYears(2))));
  }

  /** The empty snapshot, or a career snapshot with one to four breakages; see the class comment. */
  public static Gen<OrganizationSnapshot> adversarialCareerSnapshots() {
    Gen<OrganizationSnapshot> broken = combine(
        careerSnapshots(), lists(CareerBreakages.breakages(), 1, 4), SnapshotEdit::breakAll);
    return frequency(
        weighted(1, constant(OrganizationSnapshot.empty())),
        weighted(9, broken));
  }

  // ---------------------------------------------------------------------------------------------
  // Valid snapshots

  /** A person before numbering: where they sit in the reporting tree, and their role if any. */
  private record PersonDraft(Seat seat, Optional<RoleDraft> role) {}

  /** A lateral move that starts from the role of the picked person when it has one, else from {@code from}. */


  private static Gen<PersonDraft> personDrafts() {
    return combine(SnapshotParts.seats(), optional(SnapshotParts.roleDrafts(), 0.8), PersonDraft::new);
  }

  private static OrganizationSnapshot careerSnapshot(SkillCatalog catalog, List<CareerLadder> ladderDrafts,
      int teamCount, List<PersonDraft> personDrafts, List<Optional<SkillProfile>> profileDrafts,
      List<SnapshotParts.MoveDraft> moveDrafts, List<SnapshotParts.OpeningDraft> openingDrafts) {
    List<CareerLadder> ladders = SnapshotParts.numbered(ladderDrafts, "ld",
        (ladder, id) -> CareerLadder.builder().from(ladder).id(id).build());
    List<Team> teams = SnapshotParts.teams(teamCount);
    List<Person> people = new ArrayList<>(personDrafts.size());
    for (int i = 0; i < personDrafts.size(); i++) {
      PersonDraft draft = personDrafts.get(i);
      people.add(SnapshotParts.seated(i, draft.seat(), teams)
          .role(draft.role().map(role -> role(role, ladders)))
          .build());
    }
    List<SkillProfile> profiles = new ArrayList<>();
    for (int i = 0; i < Math.min(people.size(), profileDrafts.size()); i++) {
      String personId = people.get(i).id();
      profileDrafts.get(i).ifPresent(p -> profiles.add(SkillProfile.builder().from(p).personId(personId).build()));
    }
    return OrganizationSnapshot.builder()
        .skillCatalog(catalog).ladders(ladders).teams(teams).people(people).profiles(profiles)
        .lateralMoves(SnapshotParts.moves(moveDrafts, people, ladders))
        .openings(SnapshotParts.openings(openingDrafts, teams, ladders))
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Small parts

  /** Picks that often fall on the first few skills. */
  private static Gen<Integer> skillPicks() {
    return frequency(weighted(2, Gens.ints(0, FAVOURITE_SKILLS - 1)), weighted(1, picks()));
  }

  /**
   * Days within two years before {@link #AS_OF}; one draw in five is a domain edge: the as-of day,
   * a day shared with other profiles, either side of the staleness boundary (365 and 366 days), or
   * the oldest day.
   */
  private static Gen<LocalDate> assessmentDates() {
    return frequency(
        weighted(4, Gens.days(OLDEST_ASSESSMENT, AS_OF)),
        weighted(1, Gens.of(AS_OF, AS_OF.minusDays(30), AS_OF.minusDays(365), AS_OF.minusDays(366),
            OLDEST_ASSESSMENT)));
  }
}
