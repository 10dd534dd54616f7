package dev.alignkit.privacy;

import dev.alignkit.advice.AlignmentClass;
import dev.alignkit.advice.GoalAdvice;
import dev.alignkit.advice.GoalAlignment;
import dev.alignkit.advice.Suggestion;
import dev.alignkit.advice.SuggestionKind;
import dev.alignkit.common.Visibility;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.okr.OwnerKind;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.policy.VisibleKind;
import dev.alignkit.rules.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rewrites findings and advice, computed on the whole snapshot, into what one viewer may see;
 * see {@link Privacy#report} and {@link Privacy#advice} for the rules.
 */
final class Sanitizer {
  /** What a hidden id in an argument is replaced by. */
  static final String HIDDEN = "(hidden)";
  private static final String CHAIN = " -> ";
  private static final String LIST = ", ";
  private static final Pattern CHAIN_PARTS = Pattern.compile(Pattern.quote(CHAIN));
  private static final Pattern LIST_PARTS = Pattern.compile(Pattern.quote(LIST));

  private final Access access;
  private final OrganizationSnapshot snapshot;

  Sanitizer(Access access) {
    this.access = access;
    this.snapshot = access.snapshot();
  }

  /** The finding as the viewer may see it, or empty when they may not see its subject. */
  Optional<Finding> finding(Finding finding) {
    if (!access.knowsViewer() || access.isHidden(finding.subjectId())) {
      return Optional.empty();
    }
    for (String id : finding.path().ids()) {
      if (access.isHidden(id)) {
        return Optional.empty();
      }
    }
    if (!seesSubject(finding)) {
      return Optional.empty();
    }
    Map<String, String> arguments = new LinkedHashMap<>();
    boolean changed = false;
    for (Map.Entry<String, String> argument : finding.arguments().entrySet()) {
      String value = argumentValue(argument.getValue());
      changed |= !value.equals(argument.getValue());
      arguments.put(argument.getKey(), value);
    }
    List<Suggestion> advice = finding.advice();
    if (!advice.isEmpty()) {
      // The advice a finding carries is for a TANGENTIAL goal, where EXPECTATIONS does not depend
      // on the standing; it still cites gaps and readiness, which come from assessments.
      advice = suggestions(finding.personId(), advice, false);
      changed |= !advice.equals(finding.advice());
    }
    if (!changed) {
      return Optional.of(finding);
    }
    return Optional.of(Finding.builder().from(finding).arguments(arguments).advice(advice).build());
  }

  /**
   * Whether the viewer sees the finding's subject at its {@link Finding#subjectVisibility()}. A
   * subject that is or lies in an objective, whose finding names no person or the objective's own
   * person or (for a key result) its accountable person, belongs to the objective's owner; the
   * owner of one of the objective's key results sees it too at the objective's visibility. Any
   * other subject belongs to the person the finding names, else to the team it is, else to the
   * organization.
   */
  private boolean seesSubject(Finding finding) {
    Optional<String> person = finding.personId();
    if (person.isPresent() && person.get().isBlank()) {
      // No one owns it: only what everyone may see, and HR administrators, who see everything.
      return finding.subjectVisibility() == Visibility.PUBLIC || access.isHrAdministrator();
    }
    String subject = finding.subjectId();
    Optional<Objective> objective = snapshot.objective(subject)
        .or(() -> snapshot.objectiveOfKeyResult(subject))
        .or(() -> snapshot.objectiveOfInitiative(subject));
    if (objective.isPresent() && (person.isEmpty() || belongsTo(objective.get(), subject, person.get()))) {
      Visibility visibility = finding.subjectVisibility();
      return access.sees(objective.get().owner(), visibility)
          || (access.seesAsKeyResultOwner(objective.get())
              && visibility == access.policy().visibilityOf(VisibleKind.OBJECTIVE, objective.get().visibility()));
    }
    Owner owner = person.isPresent() ? Owner.person(person.get())
        : snapshot.team(subject).isPresent() ? Owner.team(subject) : Owner.organization();
    return access.sees(owner, finding.subjectVisibility());
  }

  /**
   * Whether {@code personId} is whom the subject belongs to as the rules say: the objective's
   * person owner, or a key result's accountable person ({@link Objective#ownerIdOf}).
   */
  private boolean belongsTo(Objective objective, String subject, String personId) {
    if (objective.owner().kind() == OwnerKind.PERSON && objective.owner().id().filter(personId::equals).isPresent()) {
      return true;
    }
    for (KeyResult keyResult : objective.keyResults()) {
      if (keyResult.id().equals(subject)) {
        return objective.ownerIdOf(keyResult).filter(personId::equals).isPresent();
      }
    }
    return false;
  }

  /** An argument with hidden ids replaced: the whole value, or parts of a chain or list. */
  private String argumentValue(String value) {
    if (access.isHidden(value)) {
      return HIDDEN;
    }
    if (value.contains(CHAIN)) {
      return replaceParts(value, CHAIN_PARTS, CHAIN);
    }
    if (value.contains(LIST)) {
      return replaceParts(value, LIST_PARTS, LIST);
    }
    return value;
  }

  private String replaceParts(String value, Pattern splitter, String separator) {
    String[] parts = splitter.split(value, -1);
    for (int i = 0; i < parts.length; i++) {
      if (access.isHidden(parts[i])) {
        parts[i] = HIDDEN;
      }
    }
    return String.join(separator, parts);
  }

  /** The advice on a goal of {@code plan} as the viewer may see it; the viewer sees the goal. */
  GoalAdvice advice(DevelopmentPlan plan, GoalAdvice advice) {
    GoalAlignment alignment = advice.alignment();
    if (alignment.objectiveId().filter(access::isHidden).isPresent()
        || alignment.initiativeId().filter(access::isHidden).isPresent()) {
      alignment = alignment.withoutWork();
    }
    // A goal that is not TANGENTIAL gets EXPECTATIONS only because the person performs BELOW.
    boolean revealsStanding = alignment.alignmentClass() != AlignmentClass.TANGENTIAL && !access.seesStanding(plan);
    List<Suggestion> suggestions = suggestions(Optional.of(plan.personId()), advice.suggestions(), revealsStanding);
    GoalAdvice out = advice;
    if (!alignment.equals(advice.alignment())) {
      out = out.withAlignment(alignment);
    }
    if (!suggestions.equals(advice.suggestions())) {
      out = out.withSuggestions(suggestions);
    }
    return out;
  }

  /**
   * The suggestions the viewer may see, ranked again from 1: those naming a hidden objective or
   * initiative are left out; unless the viewer may be shown the person's readiness
   * ({@link Access#seesReadinessOf}), CHANGE_ROLE (which cites and ranks by readiness) is left out
   * and EXPECTATIONS loses the gaps, whether or not the person has assessments;
   * EXPECTATIONS is left out when it would reveal the standing.
   */
  private List<Suggestion> suggestions(Optional<String> personId, List<Suggestion> suggestions,
      boolean expectationsRevealStanding) {
    boolean assessments = personId.map(access::seesReadinessOf).orElse(false);
    List<Suggestion> out = new ArrayList<>(suggestions.size());
    for (Suggestion suggestion : suggestions) {
      if (namesHidden(suggestion.objectives()) || namesHidden(suggestion.initiatives())) {
        continue;
      }
      if (suggestion.kind() == SuggestionKind.CHANGE_ROLE && !assessments) {
        continue;
      }
      if (suggestion.kind() == SuggestionKind.EXPECTATIONS && expectationsRevealStanding) {
        continue;
      }
      Suggestion shown = assessments ? suggestion : suggestion.withoutGaps();
      int rank = out.size() + 1;
      out.add(shown.rank() == rank ? shown : shown.withRank(rank));
    }
    return out;
  }

  private boolean namesHidden(List<String> ids) {
    for (String id : ids) {
      if (access.isHidden(id)) {
        return true;
      }
    }
    return false;
  }
}
