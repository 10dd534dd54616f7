package dev.alignkit.testing;

import static dev.alignkit.testing.Gens.combine;
import static dev.alignkit.testing.Gens.lists;

import dev.alignkit.career.CareerLadder;
import dev.alignkit.career.SkillCatalog;
import dev.alignkit.okr.Cycle;
import dev.alignkit.okr.CycleStatus;
import dev.alignkit.okr.Objective;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.org.Team;
import java.time.LocalDate;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Generators of snapshots rich enough for the advisor (DOMAIN sections 2 and 3): start from
 * {@link #adviceSnapshots()} and advise on every goal of its plans as of {@link #AS_OF}.
 *
 * <p>Every generator is built by combining valid parts; none filters and none uses
 * {@code flatMap}: skills, ladders, levels, people, teams, objectives and initiatives are picks
 * ({@link SnapshotParts}), reduced modulo the candidates when the snapshot is assembled, so
 * failures shrink well. Ids are numbered per kind: skills {@code s-1}, ladders {@code ld-1}, levels
 * {@code l-1} (within a ladder, in rank order), teams {@code t-1}, people {@code p-1}, cycles
 * {@code c-1}, objectives {@code o-1}, key results {@code kr-1}, initiatives {@code i-1}, lateral
 * moves {@code lm-1}, openings {@code op-1}, plans {@code dp-1}, goals {@code g-1} (unique across
 * plans) and their measures {@code g-1-m-1}. Ids that must not resolve end in 999
 * ({@code s-999}, {@code ld-999}, {@code l-999}, {@code p-999}, {@code o-999}, {@code i-999}).
 *
 * <ul>
 *   <li><b>Catalog</b>: one skill of each of the families influence, people-management,
 *       visibility, process, technical-expertise and product-knowledge, in a random order, then 0
 *       to 10 more of those families (so a family often holds several skills) or of analytics
 *       (outside the weave map), on the default scale most often, else on 0 to 4 or 1 to 10.
 *   <li><b>Ladders</b>: 1 to 3, each of 1 to 4 levels with rising ranks (a level shares the
 *       previous rank once in 10), each level expecting 0 to 3 catalog skills at any quarter point
 *       of the scale (so some levels lower an inherited requirement), 1 in 4 OPTIONAL, 1 in 6
 *       {@code relax}.
 *   <li><b>People</b>: 1 to 8 in one reporting tree under {@code p-1}, 9 in 10 in a team, one in
 *       two also in one or two other teams ({@code otherTeamIds}, now and then the primary
 *       again); 9 in 10 with a role, most of those on a ladder level and the others
 *       ({@link SnapshotParts#roleDrafts()}) naming a level or ladder that does not resolve; 4 in 5
 *       with a profile of 0 to 5 assessments dated up to two years before {@link #AS_OF}.
 *   <li><b>Career moves</b>: up to 5 lateral moves, often from someone's role, some of whose ends
 *       do not resolve; up to 4 openings, some for roles that do not resolve.
 *   <li><b>Work</b>: two cycles ({@code c-1} ACTIVE around {@link #AS_OF}, {@code c-2} DRAFT after
 *       it); 0 to 10 objectives of the organization, a team or a person, ACTIVE most often, else
 *       DRAFT or CANCELLED, tagged with up to three of the {@link #WEAVE_TAGS}, exercising up to
 *       three catalog skills, with 0 to 2 initiatives tagged and skilled alike, 0 to 3 links to
 *       objectives or (once in three) to ROLLUP key results, which one objective in four has:
 *       several parents, duplicates and cycles, which advice does not read.
 *   <li><b>Plans</b>: 1 to 5, of a person of the snapshot (once in 10 of {@code p-999}), any
 *       standing or none, a third of them a target role (resolving or not); 1 to 3 goals each of
 *       any status, {@code ownTime} once in three, a planned share sometimes, support activities
 *       with and without planned hours, 0 to 3 target skills (once in 8 the unknown
 *       {@code s-999}), a quarter of them a target role, and woven into nothing (mostly), an
 *       objective, an initiative, or the dangling {@code o-999} or {@code i-999}.
 * </ul>
 *
 * <p>The career half is drafted and assembled in {@link AdviceCareerDrafts}, the work and plans
 * in {@link AdviceWorkDrafts}. Sizes stay small so that a property of a few hundred examples runs
 * in a second or two.
 */
public final class AdviceGenerators {
  /** The day the advisor is asked on: inside the ACTIVE cycle {@code c-1}, after every assessment. */
  public static final LocalDate AS_OF = SnapshotParts.AS_OF;

  /** The tags objectives and initiatives carry: those of the default weave map. */
  public static final List<String> WEAVE_TAGS = List.of(
      "cross-functional", "vendors", "interns", "executive-sponsored", "process");

  private static final int MAX_LADDERS = 3;
  private static final int MAX_TEAMS = 3;
  private static final int MAX_PEOPLE = 8;
  private static final int MAX_MOVES = 5;
  private static final int MAX_OPENINGS = 4;
  private static final int MAX_OBJECTIVES = 10;
  private static final int MAX_PLANS = 5;
  private static final List<String> OPENING_TITLES = List.of("Support lead", "Staff engineer", "Account manager");

  private static final Cycle CURRENT_CYCLE = Cycle.builder().id("c-1").name("2026-Q3")
      .startInclusive(LocalDate.of(2026, 7, 1)).endInclusive(LocalDate.of(2026, 9, 30))
      .status(CycleStatus.ACTIVE).build();
  private static final Cycle NEXT_CYCLE = Cycle.builder().id("c-2").name("2026-Q4")
      .startInclusive(LocalDate.of(2026, 10, 1)).endInclusive(LocalDate.of(2026, 12, 31))
      .status(CycleStatus.DRAFT).build();
  private static final List<Cycle> CYCLES = List.of(CURRENT_CYCLE, NEXT_CYCLE);

  private AdviceGenerators() {}

  /** A catalog of one skill of each special family in a random order, then 0 to 10 more; see the class comment. */
  public static Gen<SkillCatalog> catalogs() {
    return AdviceCareerDrafts.catalogs();
  }

  /** A snapshot of a catalog, ladders, people, profiles, moves, openings, work and plans; see the class comment. */
  public static Gen<OrganizationSnapshot> adviceSnapshots() {
    Gen<CareerDrafts> career = Gens.combine(
        catalogs(),
        lists(AdviceCareerDrafts.ladderDrafts(), 1, MAX_LADDERS),
        Gens.ints(1, MAX_TEAMS),
        lists(AdviceCareerDrafts.personDrafts(), 1, MAX_PEOPLE),
        lists(SnapshotParts.moveDrafts(), MAX_MOVES),
        lists(SnapshotParts.openingDrafts(OPENING_TITLES), MAX_OPENINGS),
        CareerDrafts::new);
    return combine(
        career,
        lists(AdviceWorkDrafts.objectiveDrafts(), MAX_OBJECTIVES),
        lists(AdviceWorkDrafts.planDrafts(), 1, MAX_PLANS),
        AdviceGenerators::snapshot);
  }

  /** The career half of a snapshot, before the work and the plans are placed. */
  private record CareerDrafts(SkillCatalog catalog, List<AdviceCareerDrafts.LadderDraft> ladders, int teamCount,
      List<AdviceCareerDrafts.PersonDraft> people, List<SnapshotParts.MoveDraft> moves,
      List<SnapshotParts.OpeningDraft> openings) {}

  private static OrganizationSnapshot snapshot(CareerDrafts career,
      List<AdviceWorkDrafts.ObjectiveDraft> objectiveDrafts, List<AdviceWorkDrafts.PlanDraft> planDrafts) {
    SkillCatalog catalog = career.catalog();
    List<CareerLadder> ladders = AdviceCareerDrafts.ladders(career.ladders(), catalog);
    List<Team> teams = SnapshotParts.teams(career.teamCount());
    List<Person> people = AdviceCareerDrafts.people(career.people(), teams, ladders);
    List<Objective> objectives = AdviceWorkDrafts.objectives(objectiveDrafts, catalog, teams, people, CYCLES);
    return OrganizationSnapshot.builder()
        .skillCatalog(catalog).ladders(ladders).teams(teams).people(people)
        .profiles(AdviceCareerDrafts.profiles(career.people(), people, catalog))
        .lateralMoves(SnapshotParts.moves(career.moves(), people, ladders))
        .openings(SnapshotParts.openings(career.openings(), teams, ladders))
        .cycles(CYCLES).objectives(objectives)
        .plans(AdviceWorkDrafts.plans(planDrafts, catalog, ladders, people, CYCLES, objectives))
        .build();
  }
}
