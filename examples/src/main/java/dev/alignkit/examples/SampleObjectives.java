package dev.alignkit.examples;

import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.ObjectiveOutcome;
import dev.alignkit.okr.ObjectiveType;
import dev.alignkit.okr.OkrStatus;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.OrganizationSnapshot;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The OKRs of {@link ReviewSample}: company, team and personal objectives in the middle of
 * 2026-Q3, with key results owned by people other than their objective's owner, three-level
 * targets, a ROLLUP key result measured by the two team objectives that contribute to it, a team
 * objective with two parents, initiatives on key results, descriptions, a check-in recorded at an
 * instant, and a backlog of drafts without a cycle; and the ended quarter before it, 2026-Q2,
 * closed with outcomes and retrospectives but for one objective ({@code docs/concepts.md},
 * "Closing a cycle").
 */
final class SampleObjectives {
  /** The organization's time zone: check-ins recorded at an instant are dated in Berlin. */
  static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
  private static final Quarter Q2 = new Quarter("2026-Q2", LocalDate.of(2026, 4, 1));
  private static final Quarter Q3 = new Quarter("2026-Q3", LocalDate.of(2026, 7, 1));

  private SampleObjectives() {}

  /** A quarter of the sample: its cycle's id and first day, from which check-ins are dated. */
  private record Quarter(String id, LocalDate start) {
    /** The day {@code days} after the quarter's first day. */
    LocalDate day(long days) {
      return start.plusDays(days);
    }

    KeyResult increase(String id, String title, double start, double target, String unit, double... datedValues) {
      return checkedIn(KeyResult.increase(id, title, start, target, unit), datedValues);
    }

    KeyResult decrease(String id, String title, double start, double target, String unit, double... datedValues) {
      return checkedIn(KeyResult.decrease(id, title, start, target, unit), datedValues);
    }

    /** {@code kr} with a check-in, at confidence 0.7, per pair of days into the quarter and value. */
    KeyResult checkedIn(KeyResult kr, double... datedValues) {
      KeyResult checkedIn = kr;
      for (int i = 0; i + 1 < datedValues.length; i += 2) {
        checkedIn = checkedIn.withCheckIn(CheckIn.of(day((long) datedValues[i]), datedValues[i + 1], 0.7));
      }
      return checkedIn;
    }

    /** An objective of the quarter, contributing with weight 1 to {@code parent} when there is one. */
    Objective.Builder objective(String id, String title, Owner owner, String parent) {
      Objective.Builder objective = Objective.builder().id(id).title(title).owner(owner).cycleId(this.id);
      if (parent != null) {
        objective.addAlignment(Alignment.contributes(parent, 1));
      }
      return objective;
    }
  }

  static void add(OrganizationSnapshot.Builder org) {
    currentQuarter(org);
    previousQuarter(org);
    backlog(org);
  }

  /** 2026-Q3, in progress on the review's date. */
  private static void currentQuarter(OrganizationSnapshot.Builder org) {
    org.addObjective(Q3.objective("o-retention", "Customers stay and grow with us", Owner.organization(), null)
        .description("Keeping a customer costs a fifth of winning one. This quarter we measure both what"
            + " customers spend with us and how they feel about us.")
        .addKeyResult(KeyResult.builder().from(Q3.increase("kr-nrr", "Raise net revenue retention from 104% to 112%",
                104, 112, "%", 14, 105, 42, 108))
            .description("From the billing system: revenue this month from customers older than a year, against the"
                + " same customers a year ago.")
            .build())
        // The survey tool records each result at local midnight, stored in UTC: 10 August in Berlin.
        .addKeyResult(KeyResult.stayAtLeast("kr-csat", "Keep CSAT at 90% or more", 90, "%")
            .withCheckIn(CheckIn.builder().from(CheckIn.of(OffsetDateTime.parse("2026-08-09T22:00:00Z"), ZONE, 92))
                .confidence(0.9).build()))
        .build());
    org.addObjective(Q3.objective("o-growth", "Win the mid-market", Owner.organization(), null)
        .type(ObjectiveType.ASPIRATIONAL)
        // Three-level targets: 1.5M is the commitment, 3.0M the target, 4.0M the stretch.
        .addKeyResult(levels(1.5, 4.0, Q3.increase("kr-arr", "Grow new ARR from 0 to 3.0M", 0, 3.0, "M EUR",
            14, 0.4, 42, 0.9)))
        // Measured by the team objectives that contribute to it, not by a number of its own.
        .addKeyResult(KeyResult.builder().from(KeyResult.rollup("kr-mm-ready",
                "Get sales and product ready for mid-market buyers"))
            .description("Rolls up the sales motion and the product work for the mid-market.").build())
        .build());
    org.addObjective(Q3.objective("o-partners", "Launch the partner program", Owner.organization(), null)
        .addTag("cross-functional").addTag("executive-sponsored")
        .addKeyResult(Q3.increase("kr-partners", "Sign 10 partners", 0, 10, "partners", 20, 2, 44, 4))
        .addInitiative(Initiative.builder().id("i-partner-playbook").title("Write the partner playbook")
            .description("How we find, sign and onboard a partner, for sales and support alike.")
            .keyResultId("kr-partners").done(true).addTag("process").build())
        .build());
    // Support: on track on replies, at risk on backlog.
    org.addObjective(Q3.objective("o-support", "Answer every customer within a working day", Owner.team("support"),
        "o-retention")
        .description("Customers who wait more than a day are three times as likely to leave.")
        .addSkill("troubleshooting")
        .addKeyResult(owned("isla", Q3.decrease("kr-reply", "Cut first-reply time from 12 h to 4 h", 12, 4, "hours",
            14, 10, 42, 8)))
        .addKeyResult(owned("finn", Q3.decrease("kr-backlog", "Cut the ticket backlog from 400 to 100", 400, 100,
            "tickets", 14, 390, 40, 380)))
        .build());
    // Sales: slow trend behind an on-pace number; one of the two contributors of kr-mm-ready.
    org.addObjective(Q3.objective("o-sales", "Build a repeatable mid-market motion", Owner.team("sales"), null)
        .addAlignment(Alignment.contributesToKeyResult("kr-mm-ready", 1))
        .addSkill("negotiation")
        .addKeyResult(Q3.increase("kr-pipeline", "Grow qualified pipeline from 2M to 6M", 2, 6, "M EUR",
            1, 3.6, 44, 3.9))
        .build());
    // Platform: behind; one key result has had no check-in this quarter (stale).
    org.addObjective(Q3.objective("o-platform", "A platform teams build on without help", Owner.team("platform"),
        "o-retention")
        .addSkill("go").addSkill("java")
        .addKeyResult(Q3.increase("kr-deploys", "Raise self-served deploys from 40% to 80%", 40, 80, "%",
            14, 45, 42, 52))
        .addKeyResult(owned("val", KeyResult.increase("kr-latency",
            "Raise p95 latency budget compliance from 70% to 95%", 70, 95, "%")))
        .addInitiative(Initiative.builder().id("i-go-migration").title("Move the deploy service to Go")
            .keyResultId("kr-deploys").addSkill("go").build())
        .build());
    // Product: the other contributor of kr-mm-ready, and what customers ask for keeps them too: two parents.
    org.addObjective(Q3.objective("o-product", "Ship what mid-market customers ask for", Owner.team("product"), null)
        .addAlignment(Alignment.contributesToKeyResult("kr-mm-ready", 1))
        .addAlignment(Alignment.contributes("o-retention", 1))
        .addSkill("discovery")
        .addKeyResult(Q3.increase("kr-interviews", "Hold 40 customer discovery interviews", 0, 40, "interviews",
            14, 8, 42, 19))
        .build());
    // Personal objectives.
    org.addObjective(Q3.objective("o-lara-esc", "Make escalations painless", Owner.person("lara"), "o-support")
        .addKeyResult(KeyResult.achieve("kr-playbook", "Publish the escalation playbook")
            .withCheckIn(CheckIn.of(Q3.day(40), 0, 0.2)))
        .build());
    org.addObjective(Q3.objective("o-tia-deals", "Close the first five mid-market deals", Owner.person("tia"),
        "o-sales")
        .addKeyResult(levels(3, 7, Q3.increase("kr-deals", "Close 5 mid-market deals", 0, 5, "deals", 20, 1, 44, 3)))
        .build());
    org.addObjective(Q3.objective("o-raj-perf", "Make the platform fast by default", Owner.person("raj"), "o-platform")
        .addKeyResult(Q3.increase("kr-cache", "Attend the performance guild and raise cache hits from 60% to 90%",
            60, 90, "%", 30, 70))
        .build());
    org.addObjective(Objective.builder().id("o-ty-side").title("Explore a community forum").owner(Owner.person("ty"))
        .cycleId(Q3.id())
        .addKeyResult(Q3.increase("kr-forum", "Grow forum members from 0 to 200", 0, 200, "members", 30, 60))
        .build());
  }

  /**
   * 2026-Q2, ended: scored by its owners with an outcome and a retrospective, one outcome differing
   * from the grade (reliability is GREEN but judged PARTIAL), and one personal objective never
   * closed, which {@code okr.cycle.unscored} reports once the final-scoring window has passed.
   */
  private static void previousQuarter(OrganizationSnapshot.Builder org) {
    org.addObjective(Q2.objective("q2-o-reliability", "Customers can count on us", Owner.organization(), null)
        .description("Two long outages in March cost us three renewals. This quarter we earn that trust back:"
            + " fewer outages, and shorter ones.")
        .addKeyResult(Q2.checkedIn(KeyResult.stayAtLeast("kr-q2-uptime", "Keep monthly uptime at 99.9% or more",
            99.9, "%"), 29, 99.95, 60, 99.93, 90, 99.94))
        .addKeyResult(Q2.decrease("kr-q2-restore", "Cut mean time to restore from 90 to 30 minutes", 90, 30,
            "minutes", 20, 80, 55, 52, 90, 35))
        .status(OkrStatus.CLOSED).outcome(ObjectiveOutcome.PARTIAL)
        .retrospective("Green on paper, but the longest outage of the quarter hit billing, which none of these key"
            + " results measured, and two customers still asked for credits.")
        .build());
    org.addObjective(Q2.objective("q2-o-onboarding", "New customers get value in their first month",
            Owner.organization(), null)
        .description("Most customers who leave in their first year never got going. We want every new account live"
            + " and answered within a month.")
        .addKeyResult(KeyResult.builder().from(Q2.increase("kr-q2-activation",
                "Raise first-month activation from 55% to 75%", 55, 75, "%", 20, 57, 55, 64, 96, 71))
            .description("Activated: a new account with two integrations and a first answered ticket within 30 days"
                + " of signing. June's numbers came in on 6 July.")
            .build())
        .addKeyResult(Q2.decrease("kr-q2-time-to-value", "Cut time to first value from 14 to 7 days", 14, 7, "days",
            20, 13, 55, 11, 90, 10))
        .status(OkrStatus.CLOSED).outcome(ObjectiveOutcome.PARTIAL)
        .retrospective("Activation rose 16 points; the guided setup that should have halved the time to value came"
            + " too late in the quarter to do it.")
        .build());
    // Support: the articles got written, deflection followed only late.
    org.addObjective(Q2.objective("q2-o-self-service", "Customers find answers without opening a ticket",
            Owner.team("support"), "q2-o-onboarding")
        .addKeyResult(Q2.increase("kr-q2-deflection", "Raise help-center deflection from 20% to 35%", 20, 35, "%",
            20, 22, 55, 25, 90, 27))
        .addKeyResult(owned("lara", levels(40, 80, Q2.increase("kr-q2-articles", "Publish 60 help-center articles",
            0, 60, "articles", 20, 15, 55, 38, 90, 52))))
        .addInitiative(Initiative.builder().id("i-q2-ticket-form").title("Suggest articles on the ticket form")
            .keyResultId("kr-q2-deflection").done(true).build())
        .status(OkrStatus.CLOSED).outcome(ObjectiveOutcome.PARTIAL)
        .retrospective("The articles are written, but deflection barely moved until the ticket form started"
            + " suggesting them in June.")
        .build());
    // Platform: met.
    org.addObjective(Q2.objective("q2-o-on-call", "Incidents end in minutes, not hours", Owner.team("platform"),
            "q2-o-reliability")
        .addKeyResult(Q2.checkedIn(
            KeyResult.achieve("kr-q2-runbooks", "Publish runbooks for the ten most-paged alerts"), 20, 0, 62, 1))
        .addKeyResult(owned("eli", Q2.decrease("kr-q2-pages", "Cut after-hours pages from 40 to 10 a month", 40, 10,
            "pages", 29, 34, 60, 21, 90, 10)))
        .status(OkrStatus.CLOSED).outcome(ObjectiveOutcome.ACHIEVED)
        .retrospective("Runbooks were done by June and pages fell to ten a month; on-call is a normal week again.")
        .build());
    // Product: clearly missed.
    org.addObjective(Q2.objective("q2-o-guided-setup", "New accounts set themselves up in an afternoon",
            Owner.team("product"), "q2-o-onboarding")
        .addKeyResult(Q2.increase("kr-q2-guided", "Bring 40% of new accounts through the guided setup", 0, 40, "%",
            30, 0, 75, 0, 90, 6))
        .status(OkrStatus.CLOSED).outcome(ObjectiveOutcome.MISSED)
        .retrospective("The guided setup shipped on 22 June instead of 15 May, after the integrations API changed"
            + " under it; it carries into the mid-market work of Q3.")
        .build());
    org.addObjective(Q2.objective("q2-o-isla-macros", "Our best replies are one click away", Owner.person("isla"),
            "q2-o-self-service")
        .addKeyResult(Q2.increase("kr-q2-macros", "Grow shared reply macros from 30 to 120", 30, 120, "macros",
            20, 52, 55, 96, 80, 126))
        .status(OkrStatus.CLOSED).outcome(ObjectiveOutcome.ACHIEVED)
        .retrospective("Done in week twelve; a third of all replies now start from a macro.")
        .build());
    // Research that informs the guided setup without counting in it. Rex moved on to Q3's interviews and
    // never closed it.
    org.addObjective(Q2.objective("q2-o-rex-blockers", "Know why trial teams stall in setup", Owner.person("rex"),
            null)
        .addAlignment(Alignment.supports("q2-o-guided-setup"))
        .addKeyResult(Q2.increase("kr-q2-blockers", "Confirm the setup blockers of 15 trial teams", 0, 15, "teams",
            20, 3, 55, 8, 85, 11))
        .build());
  }

  /** The backlog: drafts without a cycle, waiting for a quarter. */
  private static void backlog(OrganizationSnapshot.Builder org) {
    org.addObjective(Objective.builder().id("o-trial").title("Let small teams try us without a sales call")
        .owner(Owner.team("product")).status(OkrStatus.DRAFT)
        .description("An idea from the mid-market interviews; to be sized for 2027.")
        .addKeyResult(KeyResult.increase("kr-trial", "Convert 200 trial teams to paid plans", 0, 200, "teams"))
        .build());
    org.addObjective(Objective.builder().id("o-raj-handbook").title("A handbook for the platform's architecture")
        .owner(Owner.person("raj")).status(OkrStatus.DRAFT)
        .addKeyResult(KeyResult.achieve("kr-handbook", "Publish the architecture handbook"))
        .build());
  }

  /** {@code keyResult} with a commit and a stretch beside its target. */
  private static KeyResult levels(double commit, double stretch, KeyResult keyResult) {
    return KeyResult.builder().from(keyResult).commit(commit).stretch(stretch).build();
  }

  /** {@code keyResult} with {@code personId} accountable for it. */
  private static KeyResult owned(String personId, KeyResult keyResult) {
    return KeyResult.builder().from(keyResult).ownerId(personId).build();
  }
}
