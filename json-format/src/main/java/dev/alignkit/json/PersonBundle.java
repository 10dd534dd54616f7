package dev.alignkit.json;

import static java.util.Objects.requireNonNull;

import dev.alignkit.career.SkillProfile;
import dev.alignkit.development.CareerVision;
import dev.alignkit.development.DevelopmentPlan;
import dev.alignkit.development.GrowSession;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.okr.OwnerKind;
import dev.alignkit.org.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One person and what is theirs, the content of one person line of a JSON Lines export: the
 * person, the objectives they own, their skill profile, development plans, career visions and GROW
 * sessions. Immutable and thread-safe.
 *
 * <p><b>Create</b> one with {@link #of(Person)} for a person alone, or with
 * {@link #builder(Person)}, and write it with {@code JsonLinesWriter.writePerson} of either binding;
 * read ones come from {@code JsonLinesReader.people()}:
 * <pre>{@code
 * Objective mine = Objective.builder().id("o-1").title("Cut first-reply time").owner(Owner.person("maya"))
 *     .cycleId("2026-Q3").build();
 * PersonBundle bundle = PersonBundle.builder(Person.of("maya", "Maya")).addObjective(mine).build();
 * }</pre>
 *
 * <p><b>Invariants.</b> Everything in a bundle belongs to its person: each objective has the owner
 * {@code Owner.person(person.id())}, and each profile, plan, vision and session has the person's
 * id as its {@code personId}. Anything else fails with an {@link IllegalArgumentException} naming
 * the item ({@code objective o-2 is owned by team:support, not by the bundle's person maya},
 * {@code development plan plan-ana is of person ana, not of the bundle's person maya}). Ids are not
 * checked against other bundles; a snapshot does that.
 *
 * <p><b>Equality:</b> two bundles are equal when person, objectives, profile, plans, visions and
 * GROW sessions (lists in order) are equal.
 */
public final class PersonBundle {
  private final Person person;
  private final List<Objective> objectives;
  private final @Nullable SkillProfile profile;
  private final List<DevelopmentPlan> plans;
  private final List<CareerVision> visions;
  private final List<GrowSession> growSessions;

  private PersonBundle(Builder builder) {
    this.person = builder.person;
    this.objectives = List.copyOf(builder.objectives);
    this.profile = builder.profile;
    this.plans = List.copyOf(builder.plans);
    this.visions = List.copyOf(builder.visions);
    this.growSessions = List.copyOf(builder.growSessions);
    String id = person.id();
    for (Objective objective : objectives) {
      Owner owner = objective.owner();
      if (owner.kind() != OwnerKind.PERSON || !owner.id().orElse("").equals(id)) {
        throw new IllegalArgumentException("objective " + objective.id() + " is owned by " + owner
            + ", not by the bundle's person " + id);
      }
    }
    if (profile != null) {
      requireOwn("skill profile", profile.personId(), profile.personId());
    }
    for (DevelopmentPlan plan : plans) {
      requireOwn("development plan", plan.id(), plan.personId());
    }
    for (CareerVision vision : visions) {
      requireOwn("career vision", vision.id(), vision.personId());
    }
    for (GrowSession session : growSessions) {
      requireOwn("GROW session", session.id(), session.personId());
    }
  }

  private void requireOwn(String kind, String itemId, String personId) {
    if (!personId.equals(person.id())) {
      throw new IllegalArgumentException(kind + " " + itemId + " is of person " + personId
          + ", not of the bundle's person " + person.id());
    }
  }

  /**
   * A bundle of {@code person} alone.
   *
   * @param person not null
   * @throws NullPointerException if {@code person} is null
   */
  public static PersonBundle of(Person person) {
    return builder(person).build();
  }

  /**
   * Starts a bundle of {@code person}.
   *
   * @param person not null
   * @throws NullPointerException if {@code person} is null
   */
  public static Builder builder(Person person) {
    return new Builder(requireNonNull(person, "person"));
  }

  /** The person. */
  public Person person() {
    return person;
  }

  /** The objectives the person owns, in the order given. */
  public List<Objective> objectives() {
    return objectives;
  }

  /** The person's skill profile, if they have one. */
  public Optional<SkillProfile> profile() {
    return Optional.ofNullable(profile);
  }

  /** The person's development plans, in the order given. */
  public List<DevelopmentPlan> plans() {
    return plans;
  }

  /** The person's career visions, in the order given. */
  public List<CareerVision> visions() {
    return visions;
  }

  /** The GROW sessions in which the person was coached, in the order given. */
  public List<GrowSession> growSessions() {
    return growSessions;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof PersonBundle)) {
      return false;
    }
    PersonBundle that = (PersonBundle) other;
    return person.equals(that.person) && objectives.equals(that.objectives) && Objects.equals(profile, that.profile)
        && plans.equals(that.plans) && visions.equals(that.visions) && growSessions.equals(that.growSessions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(person, objectives, profile, plans, visions, growSessions);
  }

  @Override
  public String toString() {
    return "PersonBundle{person=" + person.id() + ", objectives=" + objectives.size() + ", profile="
        + (profile != null) + ", plans=" + plans.size() + ", visions=" + visions.size() + ", growSessions="
        + growSessions.size() + "}";
  }

  /** Collects what belongs to one person. Not thread-safe; {@link #build()} checks ownership. */
  public static final class Builder {
    private final Person person;
    private final List<Objective> objectives = new ArrayList<>();
    private @Nullable SkillProfile profile;
    private final List<DevelopmentPlan> plans = new ArrayList<>();
    private final List<CareerVision> visions = new ArrayList<>();
    private final List<GrowSession> growSessions = new ArrayList<>();

    private Builder(Person person) {
      this.person = person;
    }

    /** Adds an objective the person owns; not null. */
    public Builder addObjective(Objective objective) {
      objectives.add(requireNonNull(objective, "objective"));
      return this;
    }

    /** Sets the person's skill profile; not null. */
    public Builder profile(SkillProfile profile) {
      this.profile = requireNonNull(profile, "profile");
      return this;
    }

    /** Adds one of the person's development plans; not null. */
    public Builder addPlan(DevelopmentPlan plan) {
      plans.add(requireNonNull(plan, "plan"));
      return this;
    }

    /** Adds one of the person's career visions; not null. */
    public Builder addVision(CareerVision vision) {
      visions.add(requireNonNull(vision, "vision"));
      return this;
    }

    /** Adds a GROW session in which the person was coached; not null. */
    public Builder addGrowSession(GrowSession session) {
      growSessions.add(requireNonNull(session, "session"));
      return this;
    }

    /**
     * The bundle.
     *
     * @throws IllegalArgumentException if an item belongs to someone else, naming the item
     */
    public PersonBundle build() {
      return new PersonBundle(this);
    }
  }
}
