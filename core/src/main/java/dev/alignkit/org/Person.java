package dev.alignkit.org;

import dev.alignkit.career.RoleRef;
import dev.alignkit.common.HasAttributes;
import dev.alignkit.internal.Checks;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A person in the organization. Immutable and thread-safe.
 *
 * <p><b>Create</b> one with {@link #of(String, String)}, or with {@link #builder()} for a team, a
 * manager or a role:
 * <pre>{@code
 * Person maya = Person.builder().id("maya").name("Maya").teamId("support").managerId("mo")
 *     .addOtherTeamId("onboarding-guild").role(RoleRef.of("cs", "L3")).build();
 * }</pre>
 *
 * <p><b>Invariants.</b> Building fails with an {@link IllegalArgumentException} naming the field
 * and the value when the id is blank ({@code person id must not be blank: ' '}) or an attribute name
 * is blank. Two people with one id fail when the snapshot is built
 * ({@link dev.alignkit.common.DuplicateIdException}). Team, manager and role are named by ids that
 * may not resolve; the rules report a role that names no ladder level
 * ({@code org.person.unknown-role}), a manager that names no person
 * ({@code org.person.unknown-manager}) and manager links that come back to the person
 * ({@code org.reporting.cycle}).
 *
 * <p><b>Equality:</b> two people are equal when all their fields are equal, attributes included.
 */
@Value.Immutable
public abstract class Person implements HasAttributes {
  Person() {}

  /** The person's id; unique among the people of a snapshot. */
  public abstract String id();

  /** The person's display name. */
  public abstract String name();

  /**
   * The id of the person's primary team, if any: the one manager chains, team grants and team
   * summaries use.
   */
  public abstract Optional<String> teamId();

  /**
   * The ids of further teams the person belongs to, in the order given. They count wherever team
   * membership decides what a person sees or works on (TEAM visibility, team objectives); manager
   * chains, team grants and team summaries use the primary {@link #teamId()} only. An id equal to
   * the primary team is allowed and changes nothing.
   */
  public abstract Set<String> otherTeamIds();

  /**
   * Whether the person belongs to {@code teamId}, as primary team or as one of the
   * {@link #otherTeamIds()}.
   */
  public final boolean isMemberOf(String teamId) {
    return teamId().map(teamId::equals).orElse(false) || otherTeamIds().contains(teamId);
  }

  /** The id of the person's manager; empty for the top of the organization. */
  public abstract Optional<String> managerId();

  /** The person's current role, if the organization uses career ladders. */
  public abstract Optional<RoleRef> role();

  /** Whether the person is an HR administrator; false unless set. */
  @Value.Default
  public boolean hrAdministrator() {
    return false;
  }

  /**
   * A person with an id and a name only.
   *
   * @param id the person's id; not null or blank
   * @param name the display name; not null
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws NullPointerException if an argument is null
   */
  public static Person of(String id, String name) {
    return builder().id(id).name(name).build();
  }

  /** Returns a builder; {@code id} and {@code name} are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.requireId(id(), "person id");
    for (String teamId : otherTeamIds()) {
      Checks.requireId(teamId, "person '%s': otherTeamIds", id());
    }
    Checks.requireAttributeNames(attributes(), "person '%s'", id());
  }

  /** Builds a {@link Person}. */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }
}
