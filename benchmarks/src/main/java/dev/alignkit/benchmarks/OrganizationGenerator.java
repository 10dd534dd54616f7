package dev.alignkit.benchmarks;

import dev.alignkit.okr.Cycle;
import dev.alignkit.org.OrganizationSnapshot;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Builds deterministic organizations of any size for the benchmarks: the same size and seed give
 * the same snapshot, item for item.
 *
 * <p>Shape, per size: teams of 8 (a lead and seven members) arranged in a tree of four levels
 * whose branching grows with the size, so that the alignment trees are 7 deep at every size:
 * organization objective, four levels of team objectives, personal objectives, and personal
 * objectives aligned to their lead's. Every person has 3 to 5 objectives with 1 to 3 key results
 * (0 to 2 check-ins each), a development plan with 1 to 3 goals (each with a measure and a support
 * activity), a role on one of two ladders and a skill profile. A few percent of the items carry
 * what a real organization carries and the rules report: unaligned objectives, stale check-ins,
 * activity verbs, tangential goals, missing coaching, stale assessments, too many goals.
 *
 * <p>Everything is built with the model's builders, straight into lists, so that a million people
 * take seconds rather than minutes.
 *
 * <p>The team tree, the OKRs, the development plans and the careers are made by package-private
 * classes beside this one that share one {@link SplittableRandom}; the recorded numbers
 * (docs/concepts.md, "Performance") were measured on what they draw in their present order, so a
 * change that adds, removes or reorders a draw changes every organization and needs the numbers
 * measured again.
 */
public final class OrganizationGenerator {
  /** The date every benchmark validates and rolls up as of. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 8, 15);
  /** The one cycle of the generated organizations. */
  public static final String CYCLE_ID = "2026-Q3";
  /** The seed the benchmarks use. */
  public static final long SEED = 20260815L;

  static final LocalDate CYCLE_START = LocalDate.of(2026, 7, 1);
  private static final LocalDate CYCLE_END = LocalDate.of(2026, 9, 30);

  private OrganizationGenerator() {}

  /**
   * A whole organization.
   *
   * @param people how many people; at least 1
   * @param seed the seed; the same seed gives the same organization
   */
  public static OrganizationSnapshot organization(int people, long seed) {
    return new TeamTree(new SplittableRandom(seed)).build(people);
  }

  /**
   * The one-person fixture of target P1: a person with 5 objectives of 4 key results each, a plan
   * with 3 goals and a role whose level expects 12 skills, with their manager, the cycle, the
   * organization objective they align to, the skill catalog and the ladder.
   */
  public static OrganizationSnapshot onePerson() {
    // The fixture draws nothing; the catalog and the ladders it takes from draw nothing either.
    return OnePersonFixture.build(new CareerGenerator(new SplittableRandom(SEED)));
  }

  /** The one cycle, {@value #CYCLE_ID}. */
  static Cycle cycle() {
    return Cycle.of(CYCLE_ID, CYCLE_ID, CYCLE_START, CYCLE_END);
  }
}
