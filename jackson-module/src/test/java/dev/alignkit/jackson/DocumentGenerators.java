package dev.alignkit.jackson;

import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.testing.CareerGenerators;
import dev.alignkit.testing.DevelopmentGenerators;
import dev.alignkit.testing.Gens;
import dev.alignkit.testing.OrgGenerators;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;

/**
 * Snapshots as this module's properties read and write them: any snapshot of the core generators,
 * with vendor attributes spread over its objects by {@link AttributeDecorator}.
 */
final class DocumentGenerators {
  /** Names no model object uses for a field, some needing JSON Pointer or string escapes. */
  private static final List<String> NAMES = List.of(
      "x-jira", "x-score", "vendorId", "x-ä", "a/b~c", "with \"quote\"", "x-empty", "$schema");

  /** Attribute values in the compact form the reader produces. */
  private static final List<String> VALUES = List.of(
      "\"text\"", "42", "{\"a\":[1,null]}", "null", "-1.50", "[]", "{}", "true",
      "12345678901234567890123", "\"é \\\"quoted\\\"\\n\"", "1E+2", "0.1", "[{\"deep\":{\"er\":[false]}}]");

  private DocumentGenerators() {}

  /** Maps of up to three attributes, in the order drawn; a name drawn twice keeps its last value. */
  static Gen<Map<String, String>> attributeMaps() {
    Gen<Map.Entry<String, String>> entries = Gens.combine(Gens.of(NAMES), Gens.of(VALUES), Map::entry);
    return Gens.lists(entries, 3).map(list -> {
      Map<String, String> map = new LinkedHashMap<>();
      list.forEach(entry -> map.put(entry.getKey(), entry.getValue()));
      return map;
    });
  }

  /** Snapshots of {@code snapshots} decorated with 1 to {@code maxMaps} attribute maps, used in turn. */
  static Gen<OrganizationSnapshot> decorated(Gen<OrganizationSnapshot> snapshots, int maxMaps) {
    return Gens.combine(snapshots, Gens.lists(attributeMaps(), 1, maxMaps), AttributeDecorator::decorate);
  }

  /** Any snapshot of the OKR, career and development generators, decorated with 1 to 5 attribute maps. */
  static Gen<OrganizationSnapshot> anyDecoratedSnapshot() {
    return decorated(Gens.oneOf(OrgGenerators.anySnapshot(), CareerGenerators.careerSnapshots(),
        CareerGenerators.adversarialCareerSnapshots(), DevelopmentGenerators.anyDevelopmentSnapshot()), 5);
  }
}
