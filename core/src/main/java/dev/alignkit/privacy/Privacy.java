package dev.alignkit.privacy;

import static java.util.Objects.requireNonNull;

import dev.alignkit.advice.GoalAdvice;
import dev.alignkit.progress.Readiness;
import dev.alignkit.career.RoleRef;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.policy.Policy;
import dev.alignkit.rules.Report;
import dev.alignkit.rules.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a viewer may be shown of a snapshot, and erasure of a person's personal data. Who sees
 * which item is decided by {@link Access} (visibility PUBLIC, TEAM, PRIVATE, manager chains, HR
 * administrators and grants); this class applies it to every output. Nothing reads the clock.
 *
 * <p>For one viewer and several outputs, take a {@link View} with {@link #view} and ask it; the
 * static methods here are shortcuts that build a view for one answer. The guarantees below are
 * restated for readers who are not Java developers in the document {@code docs/concepts.md},
 * "Privacy", points to.
 *
 * <p>Common to every output: an item the viewer may not see is <em>hidden</em>. No output for a
 * viewer contains a hidden item's id, its texts (titles, statements, notes, descriptions, an
 * objective's retrospective) or its vendor attributes, except what each method below lists as
 * inferable. A viewer who is not a
 * person of the snapshot sees an empty snapshot and an empty report.
 *
 * <p>"Not visible" has one answer whatever the reason: a person or plan that does not exist, a
 * person whose plans or readiness the viewer may not see (whether or not there is any), and a
 * hidden plan are all refused alike by {@link View#showsDevelopmentOf}, {@link View#showsReadinessOf}
 * and {@link View#showsPlan}, which depend on nothing hidden from the viewer. Ask them before
 * answering a request, and answer every refusal the same way.
 */
public final class Privacy {
  private Privacy() {}

  /**
   * One viewer's view on a snapshot as of a date: the entry point of a request handler.
   *
   * @param snapshot the whole snapshot; not null
   * @param viewer not null
   * @param asOf the date grants, progress, advice and readiness are judged on; not null
   * @param policy default visibilities, and the policy of progress, advice and readiness; not null
   */
  public static View view(OrganizationSnapshot snapshot, Viewer viewer, LocalDate asOf, Policy policy) {
    return View.of(snapshot, viewer, asOf, policy);
  }

  /**
   * The snapshot the viewer may see.
   *
   * <p><b>Kept as is</b>: people (with their attributes), teams, cycles, the skill catalog,
   * ladders, lateral moves, openings, and the snapshot's attributes: organization data, which
   * every person of the organization sees. Visible objectives, plans, goals, visions, GROW
   * sessions and assessments, with what they hold. An objective the viewer sees only as the owner
   * of one of its key results ({@link Access#seesAsKeyResultOwner}) is shown as any visible
   * objective is: whole, with all its key results, initiatives and check-ins as stored, since the
   * owner is accountable for one of its results and needs its context.
   *
   * <p><b>Removed</b>: hidden objectives with their key results, initiatives and check-ins;
   * hidden plans with their goals; hidden goals of visible plans; hidden visions, GROW sessions
   * and assessments (a profile with no visible assessment is removed; a visible profile loses its
   * attributes unless the viewer sees the person's assessments at the policy's default
   * visibility); waivers whose subject is hidden, and waivers of {@code dev.plan.underperformer}
   * or {@code career.assessment.stale} about data the viewer may not see.
   *
   * <p><b>Cleared</b>: the standing of a visible plan when the viewer may not see it; references
   * from visible items to hidden ones: an initiative's {@code wovenGoalId}, a goal's
   * {@code wovenInto}, a GROW step's {@code trackedBy}. A visible objective's link to a hidden
   * parent (a hidden objective, a key result of one, or any id of a hidden item) keeps its kind,
   * parent kind and weight, but the parent id becomes a fresh placeholder id ({@code hidden-N})
   * that names nothing; each such link gets its own, so the snapshot does not show two links to
   * one hidden parent as one (the report's {@code okr.alignment.duplicate} does; see
   * {@link #report}). Links to visible parents are kept as they are.
   *
   * <p><b>Placeholders</b>: the hidden children counted in a visible parent (not DRAFT or
   * CANCELLED, with a CONTRIBUTES link) are replaced by placeholder objectives, owned by the
   * organization, in the parent's cycle, with an id {@code hidden-N} that no item the viewer is
   * shown uses (ids only hidden items use are not skipped, which would betray them) and the
   * attribute {@code alignkit.placeholder}. Where a child counts follows docs/concepts.md,
   * "Several parents": in each parent it contributes to, with that link's weight (the first link
   * to a parent counts, a later duplicate does not); through a link to a ROLLUP key result in that
   * key result only, not also in its objective directly. So a visible parent gets one placeholder
   * for the hidden children counted in it directly, CONTRIBUTES to it, and one for each of its
   * ROLLUP key results with hidden contributors, CONTRIBUTES to that key result (which keeps the
   * key result's progress as the parent's is kept); a hidden child counted in several parents or
   * key results is in the placeholder of each. Each placeholder is:
   * <ul>
   *   <li>with 3 or more such children, an <em>aggregate</em> ({@code "aggregate"}) titled
   *       "N hidden objectives", CONTRIBUTES to the parent (or key result) with the summed weight
   *       of the children's links that count in its mean (those with progress and a weight above
   *       0; when none has progress, the sum of the weights above 0), and one INCREASE key result
   *       from 0 to 1 whose {@code current} is their weighted progress as of the date, computed by
   *       {@code Rollup} on the whole snapshot (no {@code current} when none has progress). The
   *       parent's (or key result's) progress in the redacted snapshot therefore equals its
   *       progress in the whole snapshot, up to rounding (and a summed weight capped at
   *       {@code Double.MAX_VALUE}); its raw progress, pace, forecast, at-risk counts and partial
   *       flag may differ. The aggregate is
   *       ASPIRATIONAL when the hidden children's weighted expectation is the policy's aspirational
   *       one, else COMMITTED, so the parent's expectation and {@code met} stay too, unless the
   *       hidden children mix expectations or some have no data;
   *   <li>with 1 or 2, a <em>mark</em> ({@code "partial"}) titled "Hidden objectives" with weight 1
   *       and a key result without data, so that the parent shows as partial; the hidden children's
   *       progress is left out of the parent's (or key result's).
   * </ul>
   * Hidden children that do not count, SUPPORTS links, and CONTRIBUTES links to key results that
   * are not ROLLUP (which count as SUPPORTS) leave no trace.
   *
   * <p><b>What can be inferred</b> from the result, and nothing more: under a visible parent or
   * ROLLUP key result, that 1 or 2 hidden counted contributing children exist (not which); from 3
   * on, their number, summed weight and aggregate progress; that a visible objective links to some
   * hidden objective or key result (with its own link's kind, parent kind and weight). Nothing
   * else about hidden items: not their ids, texts, attributes, owners, count below 3, whether the
   * hidden children of two parents are the same, or whether a cleared field was set.
   *
   * @param snapshot the whole snapshot; not null
   * @param viewer not null
   * @param asOf the date grants and progress are judged on; not null
   * @param policy default visibilities and the roll-up's policy; not null
   * @return an empty snapshot when the viewer is not a person of {@code snapshot}
   */
  public static OrganizationSnapshot redact(OrganizationSnapshot snapshot, Viewer viewer, LocalDate asOf,
      Policy policy) {
    return view(snapshot, viewer, asOf, policy).snapshot();
  }

  /**
   * The report the viewer may see: {@code validator} validates the <em>whole</em> snapshot, so
   * that a visible item is judged as it stands, then the findings are filtered and rewritten.
   *
   * <p><b>Dropped</b>, open and waived alike: findings whose subject id, or an id between brackets
   * of whose path, is a hidden item's id; findings whose {@link dev.alignkit.rules.Finding#subjectVisibility()}
   * the viewer may not see for the subject's owner (the owner of the objective its subject is or
   * lies in, when the finding names no person or the person the subject belongs to, its person
   * owner or a key result's accountable person; else the finding's person, else the team it names,
   * else the organization), such as {@code dev.plan.underperformer} (always PRIVATE) or
   * {@code career.assessment.stale} (the assessment's visibility). The owner of a key result of an
   * objective sees the findings about that objective and its items that have the objective's
   * visibility, as they see the objective.
   *
   * <p><b>Rewritten</b>: an argument whose value, or a part of a {@code " -> "} chain or
   * {@code ", "} list in it, is a hidden item's id, becomes {@code (hidden)}, as in the chains of
   * {@code okr.alignment.cycle} and the root of {@code okr.alignment.unaligned}. Advice carried by a
   * finding ({@code dev.goal.tangential}) is filtered as {@link #advice} filters it.
   *
   * <p><b>What can be inferred</b>: findings about visible items are computed with hidden items
   * in view, so their outcome and counts may reflect them: {@code okr.objective.count} counts an
   * owner's hidden objectives, {@code okr.objective.no-key-results} counts hidden contributing
   * children, {@code dev.goal.too-many} and {@code dev.goal.none} count hidden goals of the
   * person, {@code dev.grow.steps-untracked} counts a step tracked by a hidden goal as tracked,
   * {@code okr.alignment.cycle} shows how many objectives lie on a cycle. Findings about a visible
   * objective's links may tell something of a hidden parent without naming it: that two links
   * reach the same one ({@code okr.alignment.duplicate}, although the redacted snapshot gives
   * them different ids), that it is a key result its contributors do not measure
   * ({@code okr.alignment.contributes-to-measured}), or that it lies in another cycle
   * ({@code okr.alignment.time-frame}). A {@code (hidden)} argument says that a hidden item is
   * involved. No finding names a hidden item or repeats its
   * text. An application rule that writes hidden ids into free text, or hidden texts into its
   * arguments, is not covered: keep such arguments to ids and the subject's own texts.
   *
   * @param validator the rules and their policy; its policy also decides visibility; not null
   * @param snapshot the whole snapshot; not null
   * @param viewer not null
   * @param asOf the date of the validation and of grants; not null
   * @return an empty report when the viewer is not a person of {@code snapshot}
   */
  public static Report report(Validator validator, OrganizationSnapshot snapshot, Viewer viewer, LocalDate asOf) {
    return view(snapshot, viewer, asOf, requireNonNull(validator, "validator").policy()).report(validator);
  }

  /**
   * The advice on each open goal of a plan that the viewer may see, computed by the
   * {@link dev.alignkit.advice.Advisor} on the whole snapshot and then filtered; suggestions keep
   * their order and are ranked again from 1.
   *
   * <p><b>Dropped</b>: goals the viewer may not see (all of them when the plan is hidden);
   * suggestions that name a hidden objective or initiative (WEAVE into hidden work, TWEAK whose
   * sources include hidden work); CHANGE_ROLE suggestions unless the viewer may be shown the
   * person's readiness ({@link Access#seesReadinessOf}), since they cite and rank by it;
   * EXPECTATIONS on a goal that is not TANGENTIAL when the viewer may not see the plan's standing,
   * since only a BELOW standing gives it. <b>Stripped</b>: the current-role gaps of EXPECTATIONS
   * ({@code gaps}, and the sentence becomes {@code advice.expectations}) unless the viewer may be
   * shown the person's readiness; the objective or initiative that made a goal WOVEN, when hidden
   * (the alignment says only that the work is not shown).
   *
   * <p><b>What can be inferred</b>: that a goal is WOVEN into some hidden work; that suggestions
   * were left out, from gaps in what one would expect (for example no new-initiative WEAVE
   * although nothing visible matches).
   *
   * @param snapshot the whole snapshot; not null
   * @param viewer not null
   * @param asOf the date readiness is judged on; not null
   * @param policy default visibilities and the advisor's policy; not null
   * @param planId the plan's id; not null
   * @return the advice in plan order; empty when the plan is hidden or does not exist (alike:
   *     {@link View#showsPlan} tells these from a visible plan without open goals)
   */
  public static List<GoalAdvice> advice(OrganizationSnapshot snapshot, Viewer viewer, LocalDate asOf, Policy policy,
      String planId) {
    return view(snapshot, viewer, asOf, policy).advice(planId);
  }

  /**
   * A person's readiness for a role, when the viewer may be shown it: they see every assessment
   * the person has or could have, whatever its own visibility (the person, their manager chain, HR
   * administrators, holders of a grant for them: {@link Access#seesReadinessOf}); otherwise empty,
   * never a readiness computed from part of the assessments. The answer depends on who the viewer
   * is to the person only, not on what the profile holds, so an empty answer tells nothing about
   * it: it is the same for a person who does not exist. Ladders and expectations are organization
   * data.
   *
   * @param snapshot the whole snapshot; not null
   * @param viewer not null
   * @param asOf the date assessments are judged on; not null
   * @param policy default visibilities, the threshold and the staleness limit; not null
   * @param personId the person's id; not null
   * @param role the role; not null
   * @return empty when the role does not resolve or the viewer may not be shown the person's readiness
   */
  public static Optional<Readiness> readiness(OrganizationSnapshot snapshot, Viewer viewer, LocalDate asOf,
      Policy policy, String personId, RoleRef role) {
    return view(snapshot, viewer, asOf, policy).readiness(personId, role);
  }

  /**
   * Erases a person's personal data from a snapshot, as a data-protection request asks, keeping
   * the organization's business data consistent. The person is replaced by a pseudonym, an id
   * {@code erased-N} that no item of the snapshot uses.
   *
   * <p><b>Removed</b>: the person's development plans (with their goals, measures, standing and
   * coaching check-ins), career visions, GROW sessions and skill profile; waivers about any of
   * those; the note, author and attributes of every check-in they authored (key results and
   * measures of others; the date, value and confidence stay, as they are the key result's data);
   * the note and attributes of coaching check-ins they held; references to their removed goals
   * and measures (an initiative's {@code wovenGoalId}, a GROW step's {@code trackedBy}).
   *
   * <p><b>Pseudonymised</b>: the person record keeps its team, other teams and manager, so that the
   * organization's structure and others' manager chains hold, but its id and name become the
   * pseudonym and its role, HR-administrator flag and attributes go. Their objectives stay with the
   * pseudonym as owner, and so do the key results (and measures of others' goals) whose
   * {@code ownerId} names them: an objective's title, description, outcome, retrospective, key
   * results and initiatives are the organization's business data and are kept word for word. Every reference by others becomes the
   * pseudonym: a manager id, a goal's {@code proposedBy} and {@code agreedBy}, a support activity's
   * provider, a GROW session's or coaching check-in's coach, a waiver's {@code grantedBy} and a
   * waiver's subject.
   *
   * <p><b>Not covered</b>: free texts written by others or about the organization's work (objective
   * titles, descriptions and retrospectives, waiver reasons, notes of others, vendor attributes of
   * other items) are kept even if they mention the person by name; review them separately. A person id that is not in the
   * snapshot still has its data removed and its references pseudonymised.
   *
   * @param snapshot not null
   * @param personId the person's id; not null
   * @return the snapshot without the person's personal data
   */
  public static OrganizationSnapshot erase(OrganizationSnapshot snapshot, String personId) {
    return Erasure.of(requireNonNull(snapshot, "snapshot"), requireNonNull(personId, "personId"));
  }
}
