package dev.alignkit.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.testing.CareerGenerators;
import dev.alignkit.testing.DevelopmentGenerators;
import dev.alignkit.testing.Gens;
import dev.alignkit.testing.OrgGenerators;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.io.UncheckedIOException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two bindings write one format: any generated organization (OKRs, careers, development) is
 * written by Jackson 3 to exactly the text Jackson 2 writes, and Jackson 3 reads that text back to
 * an equal snapshot.
 */
class SameTextAsJackson2Properties {
  private static final JsonMapper JACKSON3 = JsonMapper.builder().findAndAddModules().build();
  private static final ObjectMapper JACKSON2 = dev.alignkit.jackson.AlignkitJson.newObjectMapper();

  @Property(examples = 300)
  void anOrganizationIsWrittenAsJackson2WritesItAndReadsBack(Theory theory) {
    theory.forAll(Gens.oneOf(OrgGenerators.anySnapshot(), CareerGenerators.careerSnapshots(),
        DevelopmentGenerators.anyDevelopmentSnapshot())).check(snapshot -> {
          String json = JACKSON3.writeValueAsString(snapshot);
          assertEquals(jackson2(snapshot), json);
          assertEquals(snapshot, JACKSON3.readValue(json, OrganizationSnapshot.class));
        });
  }

  private static String jackson2(OrganizationSnapshot snapshot) {
    try {
      return JACKSON2.writeValueAsString(snapshot);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
