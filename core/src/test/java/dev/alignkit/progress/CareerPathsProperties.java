package dev.alignkit.progress;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.career.RoleRef;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.policy.Policy;
import dev.alignkit.rules.Validator;
import dev.alignkit.testing.CareerGenerators;
import dev.alignkit.testing.Coverage;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;

/**
 * Properties of {@link CareerPaths} over generated career snapshots, valid and adversarial: it
 * never throws for anyone, and its best next roles exclude the current role, list each role once
 * and rank by readiness. Also that the built-in rules never throw on such snapshots (DOMAIN
 * section 5). The properties about best next roles also count whether someone had several, so
 * that they fail if the generators drift to snapshots with nothing to rank.
 */
class CareerPathsProperties {
  private static final int TRIES = 200;
  private static final double TOLERANCE = 1e-9;
  private static final LocalDate AS_OF = CareerGenerators.AS_OF;
  /** Someone the snapshots never hold. */
  private static final String STRANGER = "p-999";

  /**
   * The least share of examples in which someone has best next roles to check (about 90 % at 200
   * examples); the empty snapshot and breakages that remove ladders or people leave none.
   */
  private static final int OPTIONS_PERCENT = 50;

  private static Gen<OrganizationSnapshot> anyCareerSnapshot() {
    return CareerGenerators.anyCareerSnapshot();
  }

  /** Mostly the day the generators date around; sometimes before most assessments, or long after all. */
  private static Gen<LocalDate> asOf() {
    return CareerGenerators.asOfDays();
  }

  @Property(examples = TRIES)
  void careerPathsNeverThrowOnCareerSnapshots(Theory theory) {
    theory.forAll(CareerGenerators.careerSnapshots(), asOf()).check(CareerPathsProperties::assertNeverThrowsForAnyone);
  }

  @Property(examples = TRIES)
  void careerPathsNeverThrowOnAdversarialCareerSnapshots(Theory theory) {
    theory.forAll(CareerGenerators.adversarialCareerSnapshots(), asOf())
        .check(CareerPathsProperties::assertNeverThrowsForAnyone);
  }

  @Property(examples = TRIES)
  void bestNextRolesNeverContainTheCurrentRole(Theory theory) {
    Coverage options = new Coverage("someone with a role has a best next role");
    theory.forAll(anyCareerSnapshot()).check(snapshot -> {
      CareerPaths paths = CareerPaths.of(snapshot, AS_OF, Policy.defaults());
      boolean anyOption = false;
      for (Person person : snapshot.people()) {
        Optional<RoleRef> current = person.role();
        if (current.isEmpty()) {
          continue;
        }
        for (RoleOption option : paths.bestNextRoles(person.id())) {
          anyOption = true;
          assertFalse(option.role().equals(current.get()),
              () -> "current role " + current.get() + " of " + person.id());
        }
      }
      options.count(anyOption);
    });
    options.assertPercentAtLeast(true, OPTIONS_PERCENT);
  }

  @Property(examples = TRIES)
  void bestNextRolesListEachRoleOnce(Theory theory) {
    Coverage several = new Coverage("someone has several best next roles");
    theory.forAll(anyCareerSnapshot()).check(snapshot -> {
      CareerPaths paths = CareerPaths.of(snapshot, AS_OF, Policy.defaults());
      boolean anySeveral = false;
      for (String personId : everyone(snapshot)) {
        Set<RoleRef> seen = new HashSet<>();
        for (RoleOption option : paths.bestNextRoles(personId)) {
          assertTrue(seen.add(option.role()), () -> option.role() + " listed twice for " + personId);
        }
        anySeveral |= seen.size() > 1;
      }
      several.count(anySeveral);
    });
    several.assertPercentAtLeast(true, OPTIONS_PERCENT);
  }

  @Property(examples = TRIES)
  void bestNextRolesAreSortedByReadinessDescending(Theory theory) {
    Coverage several = new Coverage("someone has several best next roles");
    theory.forAll(anyCareerSnapshot()).check(snapshot -> {
      CareerPaths paths = CareerPaths.of(snapshot, AS_OF, Policy.defaults());
      boolean anySeveral = false;
      for (String personId : everyone(snapshot)) {
        List<RoleOption> options = paths.bestNextRoles(personId);
        anySeveral |= options.size() > 1;
        for (int i = 0; i + 1 < options.size(); i++) {
          int index = i;
          double first = readinessOf(options.get(i));
          double second = readinessOf(options.get(i + 1));
          assertTrue(first >= second - TOLERANCE, () -> "options " + index + " (" + first + ") and " + (index + 1)
              + " (" + second + ") out of order for " + personId + ": " + options);
        }
      }
      several.count(anySeveral);
    });
    several.assertPercentAtLeast(true, OPTIONS_PERCENT);
  }

  @Property(examples = TRIES)
  void validatingACareerSnapshotNeverThrows(Theory theory) {
    theory.forAll(anyCareerSnapshot(), asOf())
        .check((snapshot, asOf) -> assertDoesNotThrow(() -> Validator.defaults().validate(snapshot, asOf)));
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
