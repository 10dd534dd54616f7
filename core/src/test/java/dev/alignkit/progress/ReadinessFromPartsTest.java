package dev.alignkit.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.alignkit.career.Importance;
import dev.alignkit.career.RoleRef;
import dev.alignkit.org.Person;
import dev.alignkit.policy.Policy;
import dev.alignkit.testing.CareerGenerators;
import dev.alignkit.testing.OkrGenerators;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Readiness, gap entries and role options built from their parts, as a client that reads them back builds them. */
class ReadinessFromPartsTest {
  @Property(examples = 200)
  void everyRoleOptionRebuildsEqualFromItsParts(Theory theory) {
    theory.forAll(CareerGenerators.careerSnapshots(), OkrGenerators.dates()).check((snapshot, asOf) -> {
      CareerPaths paths = CareerPaths.of(snapshot, asOf, Policy.defaults());
      for (Person person : snapshot.people()) {
        for (RoleOption option : paths.bestNextRoles(person.id())) {
          Readiness readiness = option.readiness();
          Readiness.Builder rebuilt = Readiness.builder().readiness(readiness.readiness()).ready(readiness.ready())
              .noReadinessReason(readiness.noReadinessReason());
          readiness.gaps().forEach(gap -> rebuilt.addGap(GapEntry.builder().from(gap).build()));
          assertEquals(option, RoleOption.builder().role(option.role()).kinds(option.kinds())
              .openingIds(option.openingIds()).readiness(rebuilt.build()).build());
        }
      }
    });
  }

  @Test
  void aReadinessHasAValueOrAReasonAndIsReadyOnlyWithAValue() {
    assertEquals(OptionalDouble.of(0.9), Readiness.builder().readiness(0.9).ready(true).build().readiness());
    assertEquals("a readiness has either a value or a reason there is none: readiness OptionalDouble[0.5],"
        + " noReadinessReason Optional[the role has no expectations]", assertThrows(IllegalArgumentException.class,
            () -> Readiness.builder().readiness(0.5).ready(false).noReadinessReason("the role has no expectations")
                .build()).getMessage());
    assertEquals("a person without a readiness is not ready: the role has no expectations",
        assertThrows(IllegalArgumentException.class, () -> Readiness.builder().ready(true)
            .noReadinessReason("the role has no expectations").build()).getMessage());
    assertEquals("readiness must be within [0, 1]: 1.5", assertThrows(IllegalArgumentException.class,
        () -> Readiness.builder().readiness(1.5).ready(true).build()).getMessage());
  }

  @Test
  void aGapEntryRefusesANegativeShortfall() {
    GapEntry.Builder under = GapEntry.builder().category(GapCategory.UNDER).skillId("sql").required(3.8).assessed(3)
        .importance(Importance.ESSENTIAL).stale(false);
    assertEquals(0.8, under.shortfall(0.8).build().shortfall());
    assertEquals("gap shortfall must not be negative: -0.8", assertThrows(IllegalArgumentException.class,
        () -> under.shortfall(-0.8).build()).getMessage());
    assertEquals("gap assessed must be a finite number: NaN", assertThrows(IllegalArgumentException.class,
        () -> under.shortfall(0.8).assessed(Double.NaN).build()).getMessage());
  }

  @Test
  void aRoleOptionNeedsItsRoleAndReadiness() {
    assertThrows(IllegalStateException.class, () -> RoleOption.builder().role(RoleRef.of("eng", "E4")).build());
  }
}
