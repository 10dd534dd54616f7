package dev.alignkit.jackson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.json.ErrorMode;
import dev.alignkit.json.JsonLimits;
import dev.alignkit.json.JsonLinesResult;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.io.ByteArrayInputStream;

/**
 * Any snapshot survives JSON Lines: reading back what the writer wrote gives the snapshot in line
 * order ({@link LineOrder}), and writing that again gives the same bytes.
 */
class JsonLinesProperties {
  private static final Binding BINDING = Binding.current();

  @Property(examples = 150)
  void aSnapshotComesBackInLineOrderAndWritesTheSameBytes(Theory theory) {
    theory.forAll(DocumentGenerators.anyDecoratedSnapshot()).check(snapshot -> {
      byte[] written = JsonLinesTest.write(snapshot);
      JsonLinesResult result = BINDING.readLines(new ByteArrayInputStream(written), JsonLimits.defaults(),
          ErrorMode.STOP_AT_FIRST);
      assertTrue(result.isComplete());
      assertEquals(LineOrder.of(snapshot), result.snapshot());
      assertArrayEquals(written, JsonLinesTest.write(result.snapshot()));
    });
  }

  @Property(examples = 50)
  void aSnapshotInLineOrderComesBackEqualToItself(Theory theory) {
    theory.forAll(DocumentGenerators.anyDecoratedSnapshot()).check(snapshot -> {
      OrganizationSnapshot ordered = LineOrder.of(snapshot);
      assertEquals(ordered, BINDING.readLines(new ByteArrayInputStream(JsonLinesTest.write(ordered)),
          JsonLimits.defaults(), ErrorMode.STOP_AT_FIRST).snapshot());
    });
  }
}
