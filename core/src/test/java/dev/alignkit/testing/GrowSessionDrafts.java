package dev.alignkit.testing;

import static dev.alignkit.testing.Gens.combine;
import static dev.alignkit.testing.Gens.constant;
import static dev.alignkit.testing.Gens.decimals;
import static dev.alignkit.testing.Gens.frequency;
import static dev.alignkit.testing.Gens.lists;
import static dev.alignkit.testing.Gens.optional;
import static dev.alignkit.testing.Gens.weighted;
import static dev.alignkit.testing.SnapshotParts.MISSING_GOAL;
import static dev.alignkit.testing.SnapshotParts.optionalDouble;
import static dev.alignkit.testing.SnapshotParts.picks;

import dev.alignkit.common.Visibility;
import dev.alignkit.development.GrowOption;
import dev.alignkit.development.GrowSession;
import dev.alignkit.development.Horizon;
import dev.alignkit.development.WayForwardStep;
import dev.alignkit.testing.DevelopmentPlacement.Context;
import dev.alignkit.testing.DevelopmentPlacement.PersonRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;

/**
 * GROW sessions for {@link DevelopmentGenerators}: drafts of a complete session and what it leaves
 * out, materialized once the person and the goal and measure ids that steps may be tracked by are known.
 */
final class GrowSessionDrafts {
  private static final int MAX_OPTIONS = 3;
  private static final int MAX_STEPS = 4;

  /** Where {@code dev.grow.incomplete} draws the line between a likely and an unlikely step. */
  private static final double LIKELY = 0.5;

  private static final List<String> GROW_GOALS = List.of(
      "Be ready for a team-lead role", "Speak up in design reviews", "Own a customer segment");
  private static final List<String> REALITIES = List.of(
      "Leads stand-ups now and then", "Has run two workshops", "Half way there");
  private static final List<String> OPTIONS = List.of(
      "Take over the weekly demo", "Join the architecture guild", "Ask for a stretch project");
  private static final List<String> STEPS = List.of(
      "Book a slot with the mentor", "Prepare the demo", "Draft the proposal", "Run the retrospective");
  private static final List<String> CONTINGENCIES = List.of("Ask the manager for another slot", "Do it next sprint");

  private GrowSessionDrafts() {}

  /** What an incomplete GROW session leaves out, or the unlikely step without a contingency it adds. */
  enum Omission { GOAL, BLANK_GOAL, REALITY, OPTIONS, HORIZONS, STEPS, CONTINGENCY }

  enum Tracker { NONE, RESOLVING, DANGLING }

  /** A way-forward step before its tracker is resolved; in a complete session an unlikely step gets a contingency. */
  record StepDraft(String description, Optional<Horizon> horizon, Optional<Double> likelihood,
      Optional<String> contingency, Tracker tracker, int pick) {

    WayForwardStep materialize(List<String> trackers, boolean complete) {
      Optional<String> trackedBy;
      switch (tracker) {
        case RESOLVING:
          trackedBy = Optional.of(trackers.isEmpty() ? MISSING_GOAL : SnapshotParts.pick(trackers, pick));
          break;
        case DANGLING:
          trackedBy = Optional.of(MISSING_GOAL);
          break;
        default:
          trackedBy = Optional.empty();
      }
      boolean unlikely = likelihood.isPresent() && likelihood.get() < LIKELY;
      Optional<String> withFallback = complete && unlikely && contingency.isEmpty()
          ? Optional.of(CONTINGENCIES.get(0)) : contingency;
      return WayForwardStep.builder().description(description).horizon(horizon)
          .likelihood(optionalDouble(likelihood)).contingency(withFallback).trackedBy(trackedBy).build();
    }
  }

  /**
   * Steps of any horizon or none, tracked by a goal or measure, by {@code g-999} or by nothing;
   * likelihoods of 0 to 1 with the line at 0.5 and the step below it among the edge values.
   */
  private static Gen<StepDraft> stepDrafts() {
    Gen<Tracker> trackers = frequency(
        weighted(3, constant(Tracker.RESOLVING)),
        weighted(1, constant(Tracker.DANGLING)),
        weighted(2, constant(Tracker.NONE)));
    Gen<Double> likelihoods = Gens.withEdgeCases(decimals(0, 1, 2), 5, List.of(LIKELY, LIKELY - 0.01));
    return Gens.combine(
        Gens.of(STEPS),
        optional(Gens.of(Horizon.class), 0.85),
        optional(likelihoods, 0.7),
        optional(Gens.of(CONTINGENCIES), 0.4),
        trackers,
        picks(),
        StepDraft::new);
  }

  /** The parts of a complete session: a goal, a reality, options, steps (the first gets a horizon if it has none). */
  record SessionParts(PersonRef person, Optional<Integer> coachPick, Optional<LocalDate> date, String goal,
      List<Optional<String>> reality, List<GrowOption> options, List<StepDraft> steps, Horizon firstHorizon) {}

  /** A session before it is placed: its parts, its own visibility, and what it leaves out. */
  record SessionDraft(SessionParts parts, Optional<Visibility> visibility, Set<Omission> omissions,
      double unlikely) {

    GrowSession materialize(String id, Context context, List<String> trackers) {
      GrowSession.Builder session = GrowSession.builder().id(id).personId(context.person(parts.person()))
          .coachId(parts.coachPick().map(context::anyone)).date(parts.date()).visibility(visibility);
      if (omissions.contains(Omission.BLANK_GOAL)) {
        session.goal(" ");
      } else if (!omissions.contains(Omission.GOAL)) {
        session.goal(parts.goal());
      }
      if (!omissions.contains(Omission.REALITY)) {
        List<Optional<String>> reality = parts.reality();
        boolean any = reality.get(0).isPresent() || reality.get(1).isPresent() || reality.get(2).isPresent();
        session.whereNow(any ? reality.get(0) : Optional.of(REALITIES.get(0)))
            .doneSoFar(reality.get(1)).distance(reality.get(2));
      }
      if (!omissions.contains(Omission.OPTIONS)) {
        session.options(parts.options());
      }
      if (!omissions.contains(Omission.STEPS)) {
        boolean horizons = !omissions.contains(Omission.HORIZONS);
        boolean complete = !omissions.contains(Omission.CONTINGENCY);
        List<StepDraft> steps = parts.steps();
        for (int i = 0; i < steps.size(); i++) {
          WayForwardStep step = steps.get(i).materialize(trackers, complete);
          if (!horizons) {
            step = WayForwardStep.builder().from(step).horizon(Optional.empty()).build();
          } else if (i == 0 && step.horizon().isEmpty()) {
            step = WayForwardStep.builder().from(step).horizon(parts.firstHorizon()).build();
          }
          session.addStep(step);
        }
        if (!complete) {
          session.addStep(WayForwardStep.builder().description(STEPS.get(0)).horizon(Horizon.THIS_WEEK)
              .likelihood(unlikely).build());
        }
      }
      return session.build();
    }
  }

  /** Sessions of {@code people}: three in five complete, the others leaving out one to three parts. */
  static Gen<SessionDraft> sessionDrafts(Gen<PersonRef> people) {
    Gen<GrowOption> options = combine(
        Gens.of(OPTIONS), optional(Gens.of("Visibility", "Practice"), 0.5),
        optional(Gens.of("Time", "Needs a sponsor"), 0.5),
        (description, benefits, challenges) -> GrowOption.builder()
            .description(description).benefits(benefits).challenges(challenges).build());
    Gen<SessionParts> parts = Gens.combine(
        people,
        optional(picks(), 0.7),
        optional(OkrGenerators.dates(), 0.8),
        Gens.of(GROW_GOALS),
        lists(optional(Gens.of(REALITIES), 0.6), 3, 3),
        lists(options, 1, MAX_OPTIONS),
        lists(stepDrafts(), 1, MAX_STEPS),
        Gens.of(Horizon.class),
        SessionParts::new);
    Gen<Set<Omission>> omissions = frequency(
        weighted(3, constant(Set.<Omission>of())),
        weighted(2, Gens.subsets(List.of(Omission.values()), 1, 3)));
    return combine(
        parts, optional(Gens.of(Visibility.class), 0.15), omissions, decimals(0, 0.49, 2), SessionDraft::new);
  }
}
