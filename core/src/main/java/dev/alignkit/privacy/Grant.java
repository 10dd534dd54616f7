package dev.alignkit.privacy;

import dev.alignkit.internal.Checks;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A delegation that lets a viewer see, up to and including a date, what a manager sees: every
 * item of one person ({@link GrantScope#PERSON}), or every item of one team and of each person
 * whose primary team it is ({@link GrantScope#TEAM}), whatever their visibility. It covers exactly
 * those owners: not the reports of a named person, nor other teams, nor people who belong to the
 * team only through their {@link dev.alignkit.org.Person#otherTeamIds() otherTeamIds}. It never
 * carries the right of a key-result owner to see the key result's objective. An expired grant
 * grants nothing. Immutable and thread-safe.
 *
 * <p>The embedding application decides who may delegate; Alignkit only applies grants.
 *
 * <p><b>Create</b> one with {@link #person(String, LocalDate)} or {@link #team(String, LocalDate)}
 * and give it to a {@link Viewer}:
 * <pre>{@code
 * Grant support = Grant.team("support", LocalDate.of(2026, 8, 31));
 * Viewer deputy = Viewer.builder().personId("maya").addGrant(support).build();
 * }</pre>
 *
 * <p><b>Invariants.</b> Building fails with an {@link IllegalArgumentException} when the id is
 * blank ({@code grant id must not be blank: ' '}). An id that names no person or team, and a grant
 * that has expired, are not errors: they cover nothing.
 *
 * <p><b>Equality:</b> two grants are equal when scope, id and end date are equal.
 */
@Value.Immutable
public abstract class Grant {
  Grant() {}

  /** Whether the grant names a person or a team. */
  public abstract GrantScope scope();

  /** The id of the person or team; it need not resolve (then it covers nothing that exists). */
  public abstract String id();

  /** The last day the grant is in force. */
  public abstract LocalDate untilInclusive();

  /**
   * A grant to see the items of a person.
   *
   * @param personId the person's id; not null or blank
   * @param untilInclusive the last day in force; not null
   * @throws IllegalArgumentException if {@code personId} is blank
   * @throws NullPointerException if an argument is null
   */
  public static Grant person(String personId, LocalDate untilInclusive) {
    return builder().scope(GrantScope.PERSON).id(personId).untilInclusive(untilInclusive).build();
  }

  /**
   * A grant to see the items of a team and of the people whose primary team it is.
   *
   * @param teamId the team's id; not null or blank
   * @param untilInclusive the last day in force; not null
   * @throws IllegalArgumentException if {@code teamId} is blank
   * @throws NullPointerException if an argument is null
   */
  public static Grant team(String teamId, LocalDate untilInclusive) {
    return builder().scope(GrantScope.TEAM).id(teamId).untilInclusive(untilInclusive).build();
  }

  /** Returns a builder; scope, id and the end date are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether the grant is in force on {@code date}: it ends on or after it. */
  public final boolean isInForceOn(LocalDate date) {
    return !untilInclusive().isBefore(date);
  }

  @Value.Check
  final void check() {
    Checks.requireId(id(), "grant id");
  }

  /** Builds a {@link Grant}. */
  public static final class Builder extends ImmutableGrant.Builder {
    Builder() {}
  }
}
