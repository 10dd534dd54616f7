package dev.alignkit.testing;

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
import dev.alignkit.common.Visibility;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of the career model (scales, skill catalogs, ladders, skill profiles) and of
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
 *       are stale; the staleness boundary (365 and 366 days) and shared dates come often, and 1 in
 *       5 profiles re-assesses a skill on the same day.
 *   <li><b>Career snapshots</b> hold a catalog, 1 to 4 ladders, 1 to 3 teams and 1 to 12 people
 *       reporting in one tree under {@code p-1}: most with a role on a ladder level, some with
 *       none, some with a role that does not resolve (unknown level or ladder). Most people have a
 *       profile. Up to 6 lateral moves, often from someone's role, some of whose ends do not
 *       resolve; up to 4 openings, some for roles that do not resolve.
 *   <li><b>Adversarial career snapshots</b> are the empty snapshot, or career snapshots with one to
 *       four breakages: an expectation of an unknown skill, two levels sharing a rank, an empty
 *       ladder (added, or an existing one emptied), a level without expectations, a profile of an
 *       unknown person, an assessment of an unknown skill or dated after {@link #AS_OF}, a catalog
 *       without skills, a requirement relaxed to the bottom of the scale, a lateral move from a
 *       role to itself, an opening for someone's current role, whole kinds of items removed
 *       (ladders, lateral moves, openings, profiles, people).
 * </ul>
 *
 * <p>Sizes stay small so that a property of a few hundred tries runs in about a second. The
 * snapshot generators have no edge cases: those of their parts (empty lists, first picks) would
 * crowd out ordinary snapshots.
 */
public final class CareerArbitraries {
  /** The day properties judge readiness on; assessments of valid snapshots are dated on or before it. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 8, 15);

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
  /** A pick is reduced modulo the number of candidates; small picks shrink towards the first one. */
  private static final int MAX_PICK = 999;
  /** Items that breakages add are numbered from here, above anything a valid snapshot numbers. */
  private static final int ADDED_ID_BASE = 100;

  private static final String PLACEHOLDER_ID = "x";
  private static final String MISSING_SKILL = "s-999";
  private static final String MISSING_LADDER = "ld-999";
  private static final String MISSING_LEVEL = "l-999";

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
  private static final List<String> LADDER_NAMES = List.of(
      "Engineering (IC)", "Engineering management", "Customer service", "Sales", "Data science");
  private static final List<String> LEVEL_NAMES = List.of(
      "Associate", "Intermediate", "Senior", "Staff", "Principal", "Distinguished");
  private static final List<String> BEHAVIOURS = List.of(
      "Leads design reviews for the team", "Resolves escalations without help", "Presents quarterly results");
  private static final List<String> PERSON_NAMES = List.of(
      "Ada", "Grace", "Linus", "Barbara", "Ken", "Margaret", "Dennis", "Frances", "Alan", "Radia");
  private static final List<String> TEAM_NAMES = List.of("Platform", "Support", "Sales");
  private static final List<String> OPENING_TITLES = List.of(
      "Sales development representative", "Support lead", "Staff engineer");

  private CareerArbitraries() {}

  // ---------------------------------------------------------------------------------------------
  // Catalogs, ladders, profiles

  /** A proficiency scale: mostly the default 1..5, sometimes 0..4 with names or 1..10 without. */
  public static Arbitrary<ProficiencyScale> scales() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just(ProficiencyScale.defaultScale())),
        Tuple.of(1, Arbitraries.just(ProficiencyScale.of(0, 4,
            List.of("None", "Aware", "Working", "Strong", "Leading")))),
        Tuple.of(1, Arbitraries.just(ProficiencyScale.of(1, 10, List.of()))));
  }

  /** A proficiency on {@code scale}, both ends included: mostly quarter points, sometimes any decimal. */
  public static Arbitrary<Double> proficiencies(ProficiencyScale scale) {
    int quarters = 4 * (scale.max() - scale.min());
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.integers().between(0, quarters).map(q -> scale.min() + q / 4.0)),
        Tuple.of(1, Arbitraries.doubles().between(scale.min(), scale.max()).ofScale(3)));
  }

  /** A catalog of 1 to 10 skills {@code s-1} ... on a scale of {@link #scales()}. */
  public static Arbitrary<SkillCatalog> catalogs() {
    Arbitrary<Integer> templates = Arbitraries.integers().between(0, SKILL_TEMPLATES.size() - 1);
    return Combinators.combine(scales(), templates.list().ofMinSize(1).ofMaxSize(MAX_SKILLS))
        .as(CareerArbitraries::catalog);
  }

  /** A ladder {@code ld-1} of 1 to 6 levels expecting skills of {@code catalog}; see the class comment. */
  public static Arbitrary<CareerLadder> ladders(SkillCatalog catalog) {
    Arbitrary<Expectation> expectations = Combinators.combine(
            skillPicks(),
            proficiencies(catalog.scale()),
            oneIn(4).map(optional -> optional ? Importance.OPTIONAL : Importance.ESSENTIAL),
            oneIn(4),
            Arbitraries.of(BEHAVIOURS).optional(0.5))
        .as((pick, required, importance, relax, behaviour) -> Expectation.builder()
            .skillId(skillId(catalog, pick)).required(required).importance(importance).relax(relax)
            .behaviour(behaviour).build());
    Arbitrary<ExpectationDraft> declarations = Combinators.combine(expectations, oneIn(3)).as(ExpectationDraft::new);
    int maxExpectations = catalog.skills().isEmpty() ? 0 : MAX_EXPECTATIONS;
    Arbitrary<LevelDraft> levels = Combinators.combine(
            declarations.list().ofMaxSize(maxExpectations),
            Arbitraries.integers().between(1, 10),
            oneIn(20))
        .as(LevelDraft::new);
    return Combinators.combine(
            Arbitraries.integers().between(0, LADDER_NAMES.size() - 1),
            Arbitraries.of(TrackKind.class),
            levels.list().ofMinSize(1).ofMaxSize(MAX_LEVELS),
            Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(0)), Tuple.of(1, picks())))
        .as((namePick, track, drafts, rotation) -> ladder("ld-1", namePick, track, drafts, rotation));
  }

  /** The profile of {@code personId}: 0 to 8 assessments of skills of {@code catalog}; see the class comment. */
  public static Arbitrary<SkillProfile> profiles(String personId, SkillCatalog catalog) {
    Arbitrary<Assessment> assessments = Combinators.combine(
            skillPicks(),
            proficiencies(catalog.scale()),
            assessmentDates(),
            Arbitraries.of(AssessmentSource.class),
            Arbitraries.of(Visibility.class).optional(0.2))
        .as((pick, proficiency, date, source, visibility) -> Assessment.builder()
            .skillId(skillId(catalog, pick)).proficiency(proficiency).date(date).source(source)
            .visibility(visibility).build());
    int maxAssessments = catalog.skills().isEmpty() ? 0 : MAX_ASSESSMENTS;
    Arbitrary<List<Assessment>> plain = assessments.list().ofMaxSize(maxAssessments);
    if (maxAssessments == 0) {
      return plain.map(list -> SkillProfile.of(personId, list));
    }
    Arbitrary<List<Assessment>> reassessed = Combinators.combine(
            assessments.list().ofMinSize(1).ofMaxSize(maxAssessments - 1),
            picks(),
            proficiencies(catalog.scale()),
            Arbitraries.of(AssessmentSource.class))
        .as((list, pick, proficiency, source) -> {
          List<Assessment> withRepeat = new ArrayList<>(list);
          Assessment repeated = list.get(pick % list.size());
          withRepeat.add(Assessment.builder().from(repeated).proficiency(proficiency).source(source).build());
          return withRepeat;
        });
    return Arbitraries.frequencyOf(Tuple.of(4, plain), Tuple.of(1, reassessed))
        .map(list -> SkillProfile.of(personId, list));
  }

  // ---------------------------------------------------------------------------------------------
  // Snapshots

  /** A snapshot of a catalog, ladders, people with roles, profiles, moves and openings; see the class comment. */
  public static Arbitrary<OrganizationSnapshot> careerSnapshots() {
    return catalogs().flatMap(catalog -> Combinators.combine(
            ladders(catalog).list().ofMinSize(1).ofMaxSize(MAX_LADDERS),
            Arbitraries.integers().between(1, MAX_TEAMS),
            personDrafts().list().ofMinSize(1).ofMaxSize(MAX_PEOPLE),
            profiles(PLACEHOLDER_ID, catalog).optional(0.75).list().ofMaxSize(MAX_PEOPLE),
            moveDrafts().list().ofMaxSize(MAX_MOVES),
            openingDrafts().list().ofMaxSize(MAX_OPENINGS))
        .as((ladders, teamCount, people, profiles, moves, openings) ->
            careerSnapshot(catalog, ladders, teamCount, people, profiles, moves, openings)))
        // The edge cases of the parts (empty lists, first picks) would crowd out ordinary snapshots.
        .withoutEdgeCases();
  }

  /** The empty snapshot, or a career snapshot with one to four breakages; see the class comment. */
  public static Arbitrary<OrganizationSnapshot> adversarialCareerSnapshots() {
    Arbitrary<OrganizationSnapshot> broken = Combinators.combine(
            careerSnapshots(), breakages().list().ofMinSize(1).ofMaxSize(4))
        .as(CareerArbitraries::breakAll);
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(OrganizationSnapshot.empty())),
        Tuple.of(9, broken))
        .withoutEdgeCases();
  }

  // ---------------------------------------------------------------------------------------------
  // Building valid parts

  /**
   * A declaration before it is placed: unless {@code mayLower}, a requirement below the one the
   * lower levels declared is raised to it, so that most ladders rise and only some lower.
   */
  private record ExpectationDraft(Expectation expectation, boolean mayLower) {}

  /** A level before numbering: what it declares, how far its rank rises, or whether it shares the previous rank. */
  private record LevelDraft(List<ExpectationDraft> declarations, int rankStep, boolean sharesRank) {}

  private enum RoleShape { RESOLVING, UNKNOWN_LEVEL, UNKNOWN_LADDER }

  /** A role before the ladders are numbered: picks are reduced modulo the ladders and their levels. */
  private record RoleDraft(RoleShape shape, int ladderPick, int levelPick) {}

  private record PersonDraft(int managerPick, int teamPick, Optional<RoleDraft> role, boolean hrAdministrator) {}

  /** A lateral move that starts from the role of the picked person when it has one, else from {@code from}. */
  private record MoveDraft(Optional<Integer> fromPersonPick, RoleDraft from, RoleDraft to) {}

  private record OpeningDraft(RoleDraft role, Optional<Integer> teamPick, Optional<String> title) {}

  private static SkillCatalog catalog(ProficiencyScale scale, List<Integer> templatePicks) {
    List<Skill> skills = new ArrayList<>(templatePicks.size());
    for (int i = 0; i < templatePicks.size(); i++) {
      SkillTemplate template = SKILL_TEMPLATES.get(templatePicks.get(i));
      skills.add(Skill.of("s-" + (i + 1), template.name(), template.family()));
    }
    return SkillCatalog.builder().scale(scale).skills(skills).build();
  }

  private static CareerLadder ladder(String id, int namePick, TrackKind track, List<LevelDraft> drafts, int rotation) {
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

  private static Arbitrary<RoleDraft> roleDrafts() {
    return Combinators.combine(
            Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(RoleShape.RESOLVING)),
                Tuple.of(1, Arbitraries.just(RoleShape.UNKNOWN_LEVEL)),
                Tuple.of(1, Arbitraries.just(RoleShape.UNKNOWN_LADDER))),
            picks(), picks())
        .as(RoleDraft::new);
  }

  private static Arbitrary<PersonDraft> personDrafts() {
    return Combinators.combine(
            picks(), picks(), roleDrafts().optional(0.8), oneIn(10))
        .as(PersonDraft::new);
  }

  private static Arbitrary<MoveDraft> moveDrafts() {
    return Combinators.combine(picks().optional(0.6), roleDrafts(), roleDrafts()).as(MoveDraft::new);
  }

  private static Arbitrary<OpeningDraft> openingDrafts() {
    return Combinators.combine(roleDrafts(), picks().optional(0.8), Arbitraries.of(OPENING_TITLES).optional(0.7))
        .as(OpeningDraft::new);
  }

  private static OrganizationSnapshot careerSnapshot(SkillCatalog catalog, List<CareerLadder> ladderDrafts,
      int teamCount, List<PersonDraft> personDrafts, List<Optional<SkillProfile>> profileDrafts,
      List<MoveDraft> moveDrafts, List<OpeningDraft> openingDrafts) {
    List<CareerLadder> ladders = new ArrayList<>(ladderDrafts.size());
    for (int i = 0; i < ladderDrafts.size(); i++) {
      ladders.add(CareerLadder.builder().from(ladderDrafts.get(i)).id("ld-" + (i + 1)).build());
    }
    List<Team> teams = new ArrayList<>(teamCount);
    for (int i = 0; i < teamCount; i++) {
      teams.add(Team.of("t-" + (i + 1), TEAM_NAMES.get(i % TEAM_NAMES.size())));
    }
    List<Person> people = new ArrayList<>(personDrafts.size());
    for (int i = 0; i < personDrafts.size(); i++) {
      PersonDraft draft = personDrafts.get(i);
      Person.Builder person = Person.builder()
          .id("p-" + (i + 1))
          .name(PERSON_NAMES.get(i % PERSON_NAMES.size()))
          .teamId(teams.get(draft.teamPick() % teams.size()).id())
          .role(draft.role().map(role -> role(role, ladders)))
          .hrAdministrator(draft.hrAdministrator());
      if (i > 0) {
        person.managerId("p-" + (draft.managerPick() % i + 1));
      }
      people.add(person.build());
    }
    List<SkillProfile> profiles = new ArrayList<>();
    for (int i = 0; i < Math.min(people.size(), profileDrafts.size()); i++) {
      String personId = people.get(i).id();
      profileDrafts.get(i).ifPresent(p -> profiles.add(SkillProfile.builder().from(p).personId(personId).build()));
    }
    List<LateralMove> moves = new ArrayList<>(moveDrafts.size());
    for (int i = 0; i < moveDrafts.size(); i++) {
      MoveDraft draft = moveDrafts.get(i);
      RoleRef from = draft.fromPersonPick()
          .flatMap(pick -> people.get(pick % people.size()).role())
          .orElseGet(() -> role(draft.from(), ladders));
      moves.add(LateralMove.of("lm-" + (i + 1), from, role(draft.to(), ladders)));
    }
    List<Opening> openings = new ArrayList<>(openingDrafts.size());
    for (int i = 0; i < openingDrafts.size(); i++) {
      OpeningDraft draft = openingDrafts.get(i);
      openings.add(Opening.builder().id("op-" + (i + 1)).role(role(draft.role(), ladders))
          .teamId(draft.teamPick().map(pick -> teams.get(pick % teams.size()).id())).title(draft.title()).build());
    }
    return OrganizationSnapshot.builder()
        .skillCatalog(catalog).ladders(ladders).teams(teams).people(people).profiles(profiles)
        .lateralMoves(moves).openings(openings)
        .build();
  }

  /** The role a draft names among {@code ladders}; a resolving draft on a ladder without levels does not resolve. */
  private static RoleRef role(RoleDraft draft, List<CareerLadder> ladders) {
    if (draft.shape() == RoleShape.UNKNOWN_LADDER || ladders.isEmpty()) {
      return RoleRef.of(MISSING_LADDER, "l-1");
    }
    CareerLadder ladder = ladders.get(draft.ladderPick() % ladders.size());
    if (draft.shape() == RoleShape.UNKNOWN_LEVEL || ladder.levels().isEmpty()) {
      return RoleRef.of(ladder.id(), MISSING_LEVEL);
    }
    return RoleRef.of(ladder.id(), ladder.levels().get(draft.levelPick() % ladder.levels().size()).id());
  }

  // ---------------------------------------------------------------------------------------------
  // Adversarial snapshots

  /** A change that breaks a snapshot in career terms but never makes two ids of one kind equal. */
  @FunctionalInterface
  private interface Breakage {
    void applyTo(Parts parts);
  }

  private static OrganizationSnapshot breakAll(OrganizationSnapshot snapshot, List<Breakage> breakages) {
    Parts parts = new Parts(snapshot);
    for (Breakage breakage : breakages) {
      breakage.applyTo(parts);
    }
    return parts.build();
  }

  private static Arbitrary<Breakage> breakages() {
    Arbitrary<Integer> pick = picks();
    Arbitrary<Integer> percent = Arbitraries.integers().between(0, 100);
    // Removing whole kinds erases what the other breakages break, so it comes less often.
    return Arbitraries.frequencyOf(
        Tuple.of(2, Combinators.combine(pick, pick, percent).as(CareerArbitraries::unknownSkill)),
        Tuple.of(2, Combinators.combine(pick, pick, pick).as(CareerArbitraries::duplicateRank)),
        Tuple.of(2, Combinators.combine(Arbitraries.of(false, true), pick).as(CareerArbitraries::emptyLadder)),
        Tuple.of(2, Combinators.combine(pick, pick).as(CareerArbitraries::levelWithoutExpectations)),
        Tuple.of(2, Combinators.combine(pick, percent).as(CareerArbitraries::profileOfUnknownPerson)),
        Tuple.of(2, Combinators.combine(pick, percent).as(CareerArbitraries::assessmentOfUnknownSkill)),
        Tuple.of(2, Combinators.combine(pick, pick, Arbitraries.integers().between(1, 400))
            .as(CareerArbitraries::futureAssessment)),
        Tuple.of(2, Arbitraries.just(CareerArbitraries.emptyCatalog())),
        Tuple.of(2, Combinators.combine(pick, pick, pick).as(CareerArbitraries::relaxedToScaleMin)),
        Tuple.of(2, pick.map(CareerArbitraries::moveToOwnRole)),
        Tuple.of(2, pick.map(CareerArbitraries::openingForOwnRole)),
        Tuple.of(1, Arbitraries.integers().between(1, 31).map(CareerArbitraries::removeKinds)));
  }

  private static Breakage unknownSkill(int ladderPick, int levelPick, int percent) {
    return parts -> parts.updateLevel(ladderPick, levelPick, level -> Level.builder().from(level)
        .addExpectation(Expectation.essential(MISSING_SKILL, parts.onScale(percent))).build());
  }

  private static Breakage duplicateRank(int ladderPick, int levelPick, int otherPick) {
    return parts -> {
      Optional<CareerLadder> ladder = parts.ladder(ladderPick);
      if (ladder.isEmpty() || ladder.get().levels().isEmpty()) {
        return;
      }
      List<Level> levels = ladder.get().levels();
      int rank = levels.get(otherPick % levels.size()).rank();
      parts.updateLevel(ladderPick, levelPick, level -> Level.builder().from(level).rank(rank).build());
    };
  }

  private static Breakage emptyLadder(boolean addNew, int ladderPick) {
    return parts -> {
      if (addNew || parts.ladders.isEmpty()) {
        parts.ladders.add(CareerLadder.builder().id("ld-" + parts.nextAddedId()).name("Empty track")
            .track(TrackKind.OTHER).trackName("Unstaffed").build());
      } else {
        int index = ladderPick % parts.ladders.size();
        parts.ladders.set(index, CareerLadder.builder().from(parts.ladders.get(index)).levels(List.of()).build());
      }
    };
  }

  private static Breakage levelWithoutExpectations(int ladderPick, int levelPick) {
    return parts -> parts.updateLevel(ladderPick, levelPick,
        level -> Level.builder().from(level).expectations(List.of()).build());
  }

  private static Breakage profileOfUnknownPerson(int profilePick, int percent) {
    return parts -> {
      List<Assessment> assessments = new ArrayList<>();
      if (!parts.profiles.isEmpty()) {
        assessments.addAll(parts.profiles.get(profilePick % parts.profiles.size()).assessments());
      }
      assessments.add(Assessment.of("s-1", parts.onScale(percent), AS_OF.minusDays(30), AssessmentSource.PEER));
      parts.profiles.add(SkillProfile.of("p-" + parts.nextAddedId(), assessments));
    };
  }

  private static Breakage assessmentOfUnknownSkill(int personPick, int percent) {
    return parts -> parts.updateProfile(personPick, profile -> SkillProfile.builder().from(profile)
        .addAssessment(Assessment.of(MISSING_SKILL, parts.onScale(percent), AS_OF, AssessmentSource.MANAGER))
        .build());
  }

  private static Breakage futureAssessment(int personPick, int skillPick, int daysAfter) {
    return parts -> parts.updateProfile(personPick, profile -> SkillProfile.builder().from(profile)
        .addAssessment(Assessment.of(skillId(parts.catalog, skillPick), parts.catalog.scale().max(),
            AS_OF.plusDays(daysAfter), AssessmentSource.MANAGER))
        .build());
  }

  private static Breakage emptyCatalog() {
    return parts -> parts.catalog = SkillCatalog.builder().scale(parts.catalog.scale()).build();
  }

  private static Breakage relaxedToScaleMin(int ladderPick, int levelPick, int skillPick) {
    return parts -> parts.updateLevel(ladderPick, levelPick, level -> Level.builder().from(level)
        .addExpectation(Expectation.builder().skillId(skillId(parts.catalog, skillPick))
            .required(parts.catalog.scale().min()).relax(true).build())
        .build());
  }

  private static Breakage moveToOwnRole(int personPick) {
    return parts -> parts.person(personPick).flatMap(Person::role).ifPresent(role ->
        parts.moves.add(LateralMove.of("lm-" + parts.nextAddedId(), role, role)));
  }

  private static Breakage openingForOwnRole(int personPick) {
    return parts -> parts.person(personPick).flatMap(Person::role).ifPresent(role ->
        parts.openings.add(Opening.builder().id("op-" + parts.nextAddedId()).role(role).build()));
  }

  /** Removes whole kinds: bit 1 ladders, 2 lateral moves, 4 openings, 8 profiles, 16 people. */
  private static Breakage removeKinds(int mask) {
    return parts -> {
      if ((mask & 1) != 0) {
        parts.ladders.clear();
      }
      if ((mask & 2) != 0) {
        parts.moves.clear();
      }
      if ((mask & 4) != 0) {
        parts.openings.clear();
      }
      if ((mask & 8) != 0) {
        parts.profiles.clear();
      }
      if ((mask & 16) != 0) {
        parts.people.clear();
      }
    };
  }

  /** The items of a snapshot, open to change. */
  private static final class Parts {
    private final List<Team> teams;
    private final List<Person> people;
    private final List<CareerLadder> ladders;
    private final List<SkillProfile> profiles;
    private final List<LateralMove> moves;
    private final List<Opening> openings;
    private SkillCatalog catalog;
    private int addedIds;

    Parts(OrganizationSnapshot snapshot) {
      catalog = snapshot.skillCatalog();
      teams = new ArrayList<>(snapshot.teams());
      people = new ArrayList<>(snapshot.people());
      ladders = new ArrayList<>(snapshot.ladders());
      profiles = new ArrayList<>(snapshot.profiles());
      moves = new ArrayList<>(snapshot.lateralMoves());
      openings = new ArrayList<>(snapshot.openings());
    }

    OrganizationSnapshot build() {
      return OrganizationSnapshot.builder()
          .skillCatalog(catalog).teams(teams).people(people).ladders(ladders).profiles(profiles)
          .lateralMoves(moves).openings(openings)
          .build();
    }

    /** A number for an added item, above anything the valid snapshot numbers, never used twice. */
    int nextAddedId() {
      return ADDED_ID_BASE + addedIds++;
    }

    /** {@code percent} of the way up the scale. */
    double onScale(int percent) {
      ProficiencyScale scale = catalog.scale();
      return scale.min() + (scale.max() - scale.min()) * (percent / 100.0);
    }

    Optional<CareerLadder> ladder(int pick) {
      return ladders.isEmpty() ? Optional.empty() : Optional.of(ladders.get(pick % ladders.size()));
    }

    Optional<Person> person(int pick) {
      return people.isEmpty() ? Optional.empty() : Optional.of(people.get(pick % people.size()));
    }

    void updateLevel(int ladderPick, int levelPick, UnaryOperator<Level> change) {
      if (ladders.isEmpty()) {
        return;
      }
      int ladderIndex = ladderPick % ladders.size();
      CareerLadder ladder = ladders.get(ladderIndex);
      if (ladder.levels().isEmpty()) {
        return;
      }
      List<Level> levels = new ArrayList<>(ladder.levels());
      int levelIndex = levelPick % levels.size();
      levels.set(levelIndex, change.apply(levels.get(levelIndex)));
      ladders.set(ladderIndex, CareerLadder.builder().from(ladder).levels(levels).build());
    }

    /** Changes the picked person's profile, giving them an empty one first if they have none. */
    void updateProfile(int personPick, UnaryOperator<SkillProfile> change) {
      Optional<Person> person = person(personPick);
      if (person.isEmpty()) {
        return;
      }
      String personId = person.get().id();
      for (int i = 0; i < profiles.size(); i++) {
        if (profiles.get(i).personId().equals(personId)) {
          profiles.set(i, change.apply(profiles.get(i)));
          return;
        }
      }
      profiles.add(change.apply(SkillProfile.of(personId, List.of())));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Small parts

  /** Picks that often fall on the first few skills. */
  private static Arbitrary<Integer> skillPicks() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.integers().between(0, FAVOURITE_SKILLS - 1)),
        Tuple.of(1, picks()));
  }

  /** The id of the picked catalog skill; {@code s-999} when the catalog has none. */
  private static String skillId(SkillCatalog catalog, int pick) {
    List<Skill> skills = catalog.skills();
    return skills.isEmpty() ? MISSING_SKILL : skills.get(pick % skills.size()).id();
  }

  /** Days within two years before {@link #AS_OF}, often the staleness boundary (365 and 366 days) or a shared day. */
  private static Arbitrary<LocalDate> assessmentDates() {
    int span = (int) ChronoUnit.DAYS.between(OLDEST_ASSESSMENT, AS_OF);
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.integers().between(0, span).map(OLDEST_ASSESSMENT::plusDays)),
        Tuple.of(1, Arbitraries.of(AS_OF, AS_OF.minusDays(30), AS_OF.minusDays(365), AS_OF.minusDays(366),
            OLDEST_ASSESSMENT)));
  }

  /** True once in {@code n} draws. */
  private static Arbitrary<Boolean> oneIn(int n) {
    return Arbitraries.frequencyOf(Tuple.of(n - 1, Arbitraries.just(false)), Tuple.of(1, Arbitraries.just(true)));
  }

  private static Arbitrary<Integer> picks() {
    return Arbitraries.integers().between(0, MAX_PICK);
  }
}
