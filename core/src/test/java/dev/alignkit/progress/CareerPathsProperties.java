package dev.alignkit.progress;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.career.RoleRef;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.policy.Policy;
import dev.alignkit.rules.Validator;
import dev.alignkit.testing.CareerArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Properties of {@link CareerPaths} over generated career snapshots, valid and adversarial: it
 * never throws for anyone, and its best next roles exclude the current role, list each role once
 * and rank by readiness. Also that the built-in rules never throw on such snapshots (DOMAIN
 * section 5).
 */
class CareerPathsProperties {
  private static final int TRIES = 200;
  private static final double TOLERANCE = 1e-9;
  private static final LocalDate AS_OF = CareerArbitraries.AS_OF;
  /** Someone the snapshots never hold. */
  private static final String STRANGER = "p-999";

  @Provide
  Arbitrary<OrganizationSnapshot> careerSnapshot() {
    return CareerArbitraries.careerSnapshots();
  }

  @Provide
  Arbitrary<OrganizationSnapshot> adversarialCareerSnapshot() {
    return CareerArbitraries.adversarialCareerSnapshots();
  }

  @Provide
  Arbitrary<OrganizationSnapshot> anyCareerSnapshot() {
    return Arbitraries.oneOf(CareerArbitraries.careerSnapshots(), CareerArbitraries.adversarialCareerSnapshots());
  }

  /** Mostly the day the generators date around; sometimes before most assessments, or long after all. */
  @Provide
  Arbitrary<LocalDate> asOf() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.just(AS_OF)),
        Tuple.of(1, Arbitraries.of(AS_OF.minusYears(1), AS_OF.plusYears(2))));
  }

  @Property(tries = TRIES)
  void careerPathsNeverThrowOnCareerSnapshots(@ForAll("careerSnapshot") OrganizationSnapshot snapshot,
      @ForAll("asOf") LocalDate asOf) {
    assertNeverThrowsForAnyone(snapshot, asOf);
  }

  @Property(tries = TRIES)
  void careerPathsNeverThrowOnAdversarialCareerSnapshots(
      @ForAll("adversarialCareerSnapshot") OrganizationSnapshot snapshot, @ForAll("asOf") LocalDate asOf) {
    assertNeverThrowsForAnyone(snapshot, asOf);
  }

  @Property(tries = TRIES)
  void bestNextRolesNeverContainTheCurrentRole(@ForAll("anyCareerSnapshot") OrganizationSnapshot snapshot) {
    CareerPaths paths = CareerPaths.of(snapshot, AS_OF, Policy.defaults());
    for (Person person : snapshot.people()) {
      Optional<RoleRef> current = person.role();
      if (current.isEmpty()) {
        continue;
      }
      for (RoleOption option : paths.bestNextRoles(person.id())) {
        assertFalse(option.role().equals(current.get()), "current role " + current.get() + " of " + person.id());
      }
    }
  }

  @Property(tries = TRIES)
  void bestNextRolesListEachRoleOnce(@ForAll("anyCareerSnapshot") OrganizationSnapshot snapshot) {
    CareerPaths paths = CareerPaths.of(snapshot, AS_OF, Policy.defaults());
    for (String personId : everyone(snapshot)) {
      Set<RoleRef> seen = new HashSet<>();
      for (RoleOption option : paths.bestNextRoles(personId)) {
        assertTrue(seen.add(option.role()), option.role() + " listed twice for " + personId);
      }
    }
  }

  @Property(tries = TRIES)
  void bestNextRolesAreSortedByReadinessDescending(@ForAll("anyCareerSnapshot") OrganizationSnapshot snapshot) {
    CareerPaths paths = CareerPaths.of(snapshot, AS_OF, Policy.defaults());
    for (String personId : everyone(snapshot)) {
      List<RoleOption> options = paths.bestNextRoles(personId);
      for (int i = 0; i + 1 < options.size(); i++) {
        double first = readinessOf(options.get(i));
        double second = readinessOf(options.get(i + 1));
        assertTrue(first >= second - TOLERANCE, "options " + i + " (" + first + ") and " + (i + 1) + " ("
            + second + ") out of order for " + personId + ": " + options);
      }
    }
  }

  @Property(tries = TRIES)
  void validatingACareerSnapshotNeverThrows(@ForAll("anyCareerSnapshot") OrganizationSnapshot snapshot,
      @ForAll("asOf") LocalDate asOf) {
    assertDoesNotThrow(() -> Validator.defaults().validate(snapshot, asOf));
  }

  // ---------------------------------------------------------------------------------------------

  private static void assertNeverThrowsForAnyone(OrganizationSnapshot snapshot, LocalDate asOf) {
    CareerPaths paths = CareerPaths.of(snapshot, asOf, Policy.defaults());
    for (String personId : everyone(snapshot)) {
      assertDoesNotThrow(() -> paths.currentRole(personId), "currentRole of " + personId);
      assertDoesNotThrow(() -> paths.nextLevel(personId), "nextLevel of " + personId);
      assertDoesNotThrow(() -> paths.lateralMoves(personId), "lateralMoves of " + personId);
      assertDoesNotThrow(() -> paths.bestNextRoles(personId), "bestNextRoles of " + personId);
    }
  }

  /** The people of the snapshot, the owners of its profiles (some unknown) and a stranger. */
  private static List<String> everyone(OrganizationSnapshot snapshot) {
    List<String> ids = new ArrayList<>();
    for (Person person : snapshot.people()) {
      ids.add(person.id());
    }
    snapshot.profiles().forEach(profile -> {
      if (snapshot.person(profile.personId()).isEmpty()) {
        ids.add(profile.personId());
      }
    });
    ids.add(STRANGER);
    return ids;
  }

  /** A role without readiness (it expects nothing) ranks below every role with one. */
  private static double readinessOf(RoleOption option) {
    return option.readiness().readiness().orElse(Double.NEGATIVE_INFINITY);
  }
}
