package dev.alignkit.jackson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.testing.CareerArbitraries;
import dev.alignkit.testing.DevelopmentArbitraries;
import dev.alignkit.testing.OrgArbitraries;
import java.io.ByteArrayInputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any snapshot survives JSON Lines: reading back what the writer wrote gives the snapshot in line
 * order ({@link LineOrder}), and writing that again gives the same bytes.
 */
class JsonLinesProperties {
  @Provide
  Arbitrary<OrganizationSnapshot> snapshots() {
    Arbitrary<OrganizationSnapshot> any = Arbitraries.oneOf(OrgArbitraries.anySnapshot(),
        CareerArbitraries.careerSnapshots(), CareerArbitraries.adversarialCareerSnapshots(),
        DevelopmentArbitraries.anyDevelopmentSnapshot());
    return Combinators.combine(any, RoundTripProperties.attributeMaps().list().ofMinSize(1).ofMaxSize(5))
        .as(AttributeDecorator::decorate)
        .withoutEdgeCases();
  }

  @Property(tries = 150)
  void aSnapshotComesBackInLineOrderAndWritesTheSameBytes(@ForAll("snapshots") OrganizationSnapshot snapshot) {
    byte[] written = JsonLinesTest.write(snapshot);
    JsonLinesResult result = JsonLinesReader.readSnapshot(new ByteArrayInputStream(written), JsonLimits.defaults(),
        ErrorMode.STOP_AT_FIRST);
    assertTrue(result.isComplete());
    assertEquals(LineOrder.of(snapshot), result.snapshot());
    assertArrayEquals(written, JsonLinesTest.write(result.snapshot()));
  }

  @Property(tries = 50)
  void aSnapshotInLineOrderComesBackEqualToItself(@ForAll("snapshots") OrganizationSnapshot snapshot) {
    OrganizationSnapshot ordered = LineOrder.of(snapshot);
    assertEquals(ordered, JsonLinesReader.readSnapshot(new ByteArrayInputStream(JsonLinesTest.write(ordered)),
        JsonLimits.defaults(), ErrorMode.STOP_AT_FIRST).snapshot());
  }
}
