package dev.alignkit.jackson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.testing.CareerGenerators;
import dev.alignkit.testing.Coverage;
import dev.alignkit.testing.DevelopmentGenerators;
import dev.alignkit.testing.Gens;
import dev.alignkit.testing.OrgGenerators;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.quicktheories.core.Gen;

/**
 * Writing and reading back loses nothing, and writing is a fixed point: the second write gives the
 * same bytes. The OKR snapshots use every field new in format version 2 and every shape new in
 * version 3: objectives with several parents, links to key results, ROLLUP key results, outcomes
 * and retrospectives, and waivers with the day they were granted.
 */
class RoundTripProperties {
  private static final Binding BINDING = Binding.current();

  private static Gen<OrganizationSnapshot> okrSnapshots() {
    return DocumentGenerators.decorated(OrgGenerators.anySnapshot(), 7);
  }

  private static Gen<OrganizationSnapshot> careerSnapshots() {
    return DocumentGenerators.decorated(
        Gens.oneOf(CareerGenerators.careerSnapshots(), CareerGenerators.adversarialCareerSnapshots()), 7);
  }

  private static Gen<OrganizationSnapshot> developmentSnapshots() {
    return DocumentGenerators.decorated(DevelopmentGenerators.anyDevelopmentSnapshot(), 7);
  }

  private static void assertLossless(OrganizationSnapshot snapshot) {
    String json = BINDING.toJson(snapshot);
    OrganizationSnapshot read = BINDING.fromJson(json);
    assertEquals(snapshot, read);
    assertEquals(json, BINDING.toJson(read));
  }

  @Property(examples = 300)
  void okrSnapshotsSurviveARoundTripWithTheirAttributes(Theory theory) {
    Coverage fields = new Coverage("fields new in format version 2");
    Coverage shapes = new Coverage("shapes new in format version 3");
    theory.forAll(okrSnapshots()).check(snapshot -> {
      DocumentGenerators.newFieldsOf(snapshot).forEach(fields::count);
      DocumentGenerators.versionThreeShapesOf(snapshot).forEach(shapes::count);
      assertLossless(snapshot);
    });
    for (String field : DocumentGenerators.NEW_FIELDS) {
      fields.assertCountAtLeast(field, 30);
    }
    for (String shape : DocumentGenerators.VERSION_THREE_SHAPES) {
      shapes.assertCountAtLeast(shape, 30);
    }
  }

  @Property(examples = 200)
  void careerSnapshotsSurviveARoundTripWithTheirAttributes(Theory theory) {
    theory.forAll(careerSnapshots()).check(RoundTripProperties::assertLossless);
  }

  @Property(examples = 200)
  void developmentSnapshotsSurviveARoundTripWithTheirAttributes(Theory theory) {
    theory.forAll(developmentSnapshots()).check(RoundTripProperties::assertLossless);
  }

  @Property(examples = 100)
  void writingTwiceThroughStreamsGivesTheSameBytes(Theory theory) {
    theory.forAll(developmentSnapshots()).check(snapshot -> {
      ByteArrayOutputStream first = new ByteArrayOutputStream();
      BINDING.write(snapshot, first);
      OrganizationSnapshot read = BINDING.read(new ByteArrayInputStream(first.toByteArray()));
      ByteArrayOutputStream second = new ByteArrayOutputStream();
      BINDING.write(read, second);
      assertEquals(snapshot, read);
      assertArrayEquals(first.toByteArray(), second.toByteArray());
    });
  }

  @Property(examples = 100)
  void ownersAndRolesKeepTheirAttributesThoughTheyAreLeftOutOfEquality(Theory theory) {
    theory.forAll(okrSnapshots()).check(snapshot -> {
      OrganizationSnapshot read = BINDING.fromJson(BINDING.toJson(snapshot));
      for (int i = 0; i < snapshot.objectives().size(); i++) {
        assertEquals(snapshot.objectives().get(i).owner().attributes(), read.objectives().get(i).owner().attributes());
      }
      for (int i = 0; i < snapshot.people().size(); i++) {
        assertEquals(snapshot.people().get(i).role().map(r -> r.attributes()),
            read.people().get(i).role().map(r -> r.attributes()));
      }
    });
  }
}
