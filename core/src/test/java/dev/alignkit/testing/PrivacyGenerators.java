package dev.alignkit.testing;

import static dev.alignkit.testing.Gens.combine;
import static dev.alignkit.testing.Gens.constant;
import static dev.alignkit.testing.Gens.frequency;
import static dev.alignkit.testing.Gens.lists;
import static dev.alignkit.testing.Gens.weighted;
import static dev.alignkit.testing.SnapshotParts.picks;

import dev.alignkit.common.Visibility;
import dev.alignkit.development.GoalStatus;
import dev.alignkit.development.PerformanceStanding;
import dev.alignkit.okr.OwnerKind;
import dev.alignkit.org.OrganizationSnapshot;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;

/**
 * Generators for privacy properties: small organizations in which the id and every text of each
 * item is a unique random token ({@code tok} and ten random characters, all of one length, so that
 * no token contains another), with a record of which item each token belongs to. A test can then
 * decide which items a viewer may not see and look for their tokens in anything shown to that
 * viewer; start from {@link #organizations()}.
 *
 * <p>Built by combining valid parts: the structure (owners, teams, other teams, managers, links,
 * visibility, key-result and measure owners, grants) comes from drafts that pick among the items by
 * index, so reporting cycles, alignment cycles, several parents (some hidden, some visible), links
 * to key results (ROLLUP ones that several children contribute to, and measured ones), duplicate
 * links, references to hidden items, widened visibilities,
 * key results owned by someone who may not otherwise see their objective (and whose managers may
 * not either), and members of a team through their other teams all occur. People are not seated in
 * {@link SnapshotParts#reportingTree} on purpose: one in eight may manage any other, themselves
 * included; the others report to someone earlier in the same of two divisions (even and odd
 * places in the list), so that chains that run into no cycle, and managers of one person who
 * manage no other, are common too. Objectives are owned by a person twice as often as by a team or
 * the organization, and two in three key results have an owner of their own. So that a visible
 * parent or ROLLUP key result with three or more hidden contributors, which redaction aggregates,
 * is common, objectives set TEAM or PRIVATE more often than other items, and one organization in
 * three is a <em>hub</em>, in which every objective also contributes to the first ROLLUP key
 * result. The tokens come from
 * a {@link java.util.Random} seeded with a long drawn from the theory, so the theory's seed
 * reproduces them. Sizes stay small (at most 8 people, 12 objectives,
 * 6 plans) so that a property can look at every person as a viewer. The assembly is in
 * {@link PrivacyAssembly}.
 */
public final class PrivacyGenerators {
  /** The day every organization is judged on: {@link SnapshotParts#AS_OF}. */
  public static final LocalDate AS_OF = SnapshotParts.AS_OF;
  /** The one cycle, in which every objective and plan lies. */
  public static final String CYCLE = "2026-Q3";
  /** The ladder every role is on. */
  public static final String LADDER = "eng";
  /** The codes waivers are drawn from. */
  public static final List<String> WAIVER_CODES = List.of(
      "okr.weight", "dev.goal.none", "dev.plan.underperformer", "dev.grow.incomplete", "career.assessment.stale");

  /** The skills goals target and assessments rate, in the order drafts pick them by index. */
  static final List<String> SKILLS = List.of("s-influence", "s-process", "s-tech");
  /** The levels of {@link #LADDER}, in the order person drafts pick them by index. */
  static final List<String> LEVELS = List.of("e1", "e2");
  /** The teams every organization has; person drafts pick them by index. */
  static final int TEAM_COUNT = 3;

  private static final int MAX_PEOPLE = 8;
  private static final int MAX_OBJECTIVES = 12;
  private static final int MAX_PLANS = 6;
  private static final int MAX_GOALS_PER_PLAN = 3;

  private PrivacyGenerators() {}

  /** Where a token was written: the kind of item and its id (for an assessment, person id and index). */
  public enum TokenKind {
    /**
     * An objective's id or text (title, description, retrospective, attribute), or that of one of
     * its key results, initiatives or check-ins.
     */
    OBJECTIVE,
    /** A plan's id, attributes or coaching note. */
    PLAN,
    /** A goal's id or statement, or a measure's id or title; the item is the goal id. */
    GOAL,
    /** A career vision's id or text. */
    VISION,
    /** A GROW session's id or text. */
    SESSION,
    /** An assessment's attribute; the item is {@code personId#index}. */
    ASSESSMENT,
    /** A profile's own attribute; the item is the person id. */
    PROFILE,
    /** A waiver's reason; the item is the waiver's index in the snapshot. */
    WAIVER,
    /** A person's id or name, a team's id or name: organization data. */
    ORGANIZATION
  }

  /** Where one token was written. */
  public record Source(TokenKind kind, String item) {}

  /** A generated organization, the tokens in it, and the grants a viewer may hold. */
  public record TokenOrganization(OrganizationSnapshot snapshot, Map<String, Source> tokens,
      List<GrantDraft> grants) {
    @Override
    public String toString() {
      return snapshot.toString() + " grants " + grants;
    }
  }

  /**
   * A grant a viewer holds, to a person or team picked by index (a pick of {@link SnapshotParts#picks()}),
   * ending some days from the as-of date.
   */
  public record GrantDraft(boolean team, int pick, int untilOffset) {}

  /**
   * A person: team index or -1, manager pick or -1 (any person, themselves included, or when
   * {@code above} someone earlier in the same division, even or odd places; the first two then
   * have none), level index or -1, other teams as a bit mask over the team indexes (the primary team
   * may be among them).
   */
  record PersonDraft(int team, int manager, boolean above, boolean hr, int level, int otherTeams) {}

  /**
   * An objective: the owner picked among the teams or people, its links (none to three, to any
   * objective, itself included, or to a key result; sometimes the same parent twice), whether it
   * has a ROLLUP key result of its own, a key result per value (a negative value has no check-in
   * by the as-of date) owned by the person picked at the same index of {@code keyResultOwners}
   * (-1 or no entry: no owner of its own), the goal its initiative is woven into picked among the
   * goals or -1.
   */
  record ObjectiveDraft(OwnerKind owner, int ownerPick, @Nullable Visibility visibility, boolean draft,
      List<LinkDraft> links, boolean rollup, List<Integer> values, int wovenGoal, boolean crossFunctional,
      List<Integer> keyResultOwners) {
    static ObjectiveDraft unwoven(OwnerKind owner, int ownerPick, @Nullable Visibility visibility, boolean draft,
        List<LinkDraft> links, boolean rollup, List<Integer> values) {
      return new ObjectiveDraft(owner, ownerPick, visibility, draft, links, rollup, values, -1, false, List.of());
    }

    ObjectiveDraft woven(int goal, boolean tagged, List<Integer> keyResultOwners) {
      return new ObjectiveDraft(owner, ownerPick, visibility, draft, links, rollup, values, goal, tagged,
          keyResultOwners);
    }
  }

  /**
   * A link of an objective: to the objective picked by index, or, {@code toKeyResult}, to a key
   * result: the ROLLUP key result of the first objective that has one (so that several children
   * meet in one), else the first key result of the objective picked (a measured one, which a
   * contributing link only supports), else that objective itself. Two links of one objective often
   * pick the same parent: a duplicate.
   */
  record LinkDraft(int parent, boolean toKeyResult, boolean contributes, int weight) {}

  /**
   * A goal: woven into an objective or initiative picked among them, or -1; skill indexes
   * {@link #SKILLS}; the owner of its measure picked among the people, or -1.
   */
  record GoalDraft(@Nullable Visibility visibility, int wovenInto, int skill, GoalStatus status, int measureOwner) {}

  record PlanDraft(int person, @Nullable Visibility visibility, @Nullable PerformanceStanding standing,
      List<GoalDraft> goals) {}

  /** A vision or GROW session of the picked person; {@code other} picks the coach and the tracked goal. */
  record PersonalDraft(int person, @Nullable Visibility visibility, int other) {}

  record AssessmentDraft(int person, int skill, @Nullable Visibility visibility, int proficiency) {}

  record WaiverDraft(int code, int subject) {}

  /** Everything an organization is assembled from but its grants; the seed makes its tokens. */
  record Drafts(long seed, List<PersonDraft> people, List<ObjectiveDraft> objectives, List<PlanDraft> plans,
      List<PersonalDraft> visions, List<PersonalDraft> sessions, List<AssessmentDraft> assessments,
      List<WaiverDraft> waivers) {}

  /**
   * Organizations of 1 to 8 people, half of them also in other teams, with every kind of item, each
   * with its own visibility or none; two in three key results and measures with an owner of their own.
   */
  public static Gen<TokenOrganization> organizations() {
    Gen<List<PersonDraft>> people = lists(
        combine(Gens.ints(-1, TEAM_COUNT - 1), Gens.ints(-1, MAX_PEOPLE - 1),
            frequency(weighted(7, constant(true)), weighted(1, constant(false))), Gens.oneIn(8),
            Gens.ints(-1, LEVELS.size() - 1),
            frequency(weighted(1, constant(0)), weighted(1, Gens.ints(1, (1 << TEAM_COUNT) - 1))),
            PersonDraft::new),
        1, MAX_PEOPLE);
    Gen<Integer> someoneOrNoOne = frequency(weighted(1, constant(-1)), weighted(2, Gens.ints(0, MAX_PEOPLE - 1)));
    Gen<LinkDraft> link = combine(Gens.ints(0, MAX_OBJECTIVES - 1), Gens.booleans(),
        frequency(weighted(3, constant(true)), weighted(1, constant(false))), Gens.ints(0, 3), LinkDraft::new);
    Gen<List<LinkDraft>> links = frequency(weighted(1, constant(List.of())), weighted(2, lists(link, 1, 1)),
        weighted(2, lists(link, 2, 2)), weighted(1, lists(link, 3, 3)));
    Gen<ObjectiveDraft> unwoven = Gens.combine(
        Gens.of(OwnerKind.ORGANIZATION, OwnerKind.TEAM, OwnerKind.PERSON, OwnerKind.PERSON), picks(),
        objectiveVisibilities(), Gens.oneIn(4), links, Gens.oneIn(4), lists(Gens.ints(-1, 10), 2),
        ObjectiveDraft::unwoven);
    Gen<List<ObjectiveDraft>> objectives = lists(
        combine(unwoven, Gens.ints(-1, 5), Gens.booleans(), lists(someoneOrNoOne, 2, 2), ObjectiveDraft::woven),
        MAX_OBJECTIVES);
    Gen<GoalDraft> goal = combine(visibilities(), Gens.ints(-1, 11), Gens.ints(0, SKILLS.size() - 1),
        Gens.of(GoalStatus.PROPOSED, GoalStatus.AGREED, GoalStatus.ACTIVE, GoalStatus.DONE), someoneOrNoOne,
        GoalDraft::new);
    Gen<List<PlanDraft>> plans = lists(
        combine(picks(), visibilities(), Gens.orNull(Gens.of(PerformanceStanding.class), 0.3),
            lists(goal, MAX_GOALS_PER_PLAN), PlanDraft::new),
        MAX_PLANS);
    Gen<List<PersonalDraft>> visions = lists(combine(picks(), visibilities(), picks(), PersonalDraft::new), 4);
    Gen<List<PersonalDraft>> sessions = lists(combine(picks(), visibilities(), picks(), PersonalDraft::new), 4);
    Gen<List<AssessmentDraft>> assessments = lists(
        combine(picks(), Gens.ints(0, SKILLS.size() - 1), visibilities(), Gens.ints(1, 5), AssessmentDraft::new),
        8);
    Gen<List<WaiverDraft>> waivers = lists(
        combine(Gens.ints(0, WAIVER_CODES.size() - 1), picks(), WaiverDraft::new), 4);
    Gen<List<GrantDraft>> grants = lists(
        combine(Gens.booleans(), picks(), Gens.ints(-1, 1), GrantDraft::new), 2);
    // The seed is drawn like any other part, so the theory's seed replays the tokens too.
    Gen<Drafts> drafts = Gens.combine(
        Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE), people, objectives, plans, visions, sessions, assessments,
        waivers, Drafts::new);
    // One organization in three is a hub: every objective also contributes to the first ROLLUP key
    // result, so that one key result with several hidden contributors, which redaction aggregates, is common.
    return combine(drafts, grants, Gens.oneIn(3), PrivacyAssembly::assemble);
  }

  /**
   * An objective's own visibility, or none (the policy's default, PUBLIC): hidden from someone
   * more often than other items, so that several hidden children of one parent or key result,
   * whom redaction aggregates, are common.
   */
  private static Gen<@Nullable Visibility> objectiveVisibilities() {
    return Gens.orNull(frequency(weighted(1, constant(Visibility.PUBLIC)), weighted(2, constant(Visibility.TEAM)),
        weighted(2, constant(Visibility.PRIVATE))), 0.25);
  }

  /** An own visibility, or none (null: the policy's default). */
  private static Gen<@Nullable Visibility> visibilities() {
    return Gens.orNull(Gens.of(Visibility.class), 0.4);
  }
}
