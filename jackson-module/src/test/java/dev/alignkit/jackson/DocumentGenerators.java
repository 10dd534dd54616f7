package dev.alignkit.jackson;

import dev.alignkit.okr.Initiative;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.testing.CareerGenerators;
import dev.alignkit.testing.DevelopmentGenerators;
import dev.alignkit.testing.Gens;
import dev.alignkit.testing.OrgGenerators;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quicktheories.core.Gen;

/**
 * Snapshots as this module's properties read and write them: any snapshot of the core generators,
 * with vendor attributes spread over its objects by {@link AttributeDecorator}.
 */
final class DocumentGenerators {
  /**
   * Attribute names: some no model object uses for a field, some needing JSON Pointer or string
   * escapes, and some that are fields of other objects only (new in format version 2 or 3, or the
   * objective's {@code alignment} of versions 1 and 2), which {@link AttributeDecorator} gives only
   * to the objects that do not have such a field.
   */
  private static final List<String> NAMES = List.of(
      "x-jira", "x-score", "vendorId", "x-ä", "a/b~c", "with \"quote\"", "x-empty", "$schema", "@odata.etag", "@id",
      "description", "ownerId", "otherTeamIds", "zone", "at", "keyResultId", "done", "cycleId", "commit", "stretch",
      "alignments", "alignment", "parentKind", "outcome", "retrospective", "grantedOn");

  /** Attribute values in the compact form the reader produces, numbers as written: {@code -0} and {@code 1e2} too. */
  private static final List<String> VALUES = List.of(
      "\"text\"", "42", "{\"a\":[1,null]}", "null", "-1.50", "[]", "{}", "true",
      "12345678901234567890123", "\"é \\\"quoted\\\"\\n\"", "1E+2", "0.1", "[{\"deep\":{\"er\":[false]}}]",
      "-0", "1e2", "[-0.0,1.50e+07,0E-7]", "{\"@id\":\"urn:x\",\"n\":-0}");

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

  /** The fields new in format version 2, as {@link #newFieldsOf} names them. */
  static final List<String> NEW_FIELDS = List.of("zone", "otherTeamIds", "Team.description",
      "Objective.description", "backlog", "KeyResult.description", "ownerId", "at", "Initiative.description",
      "keyResultId", "done", "commit", "stretch");

  /** Which fields new in format version 2 {@code snapshot} uses, named as in {@link #NEW_FIELDS}. */
  static Set<String> newFieldsOf(OrganizationSnapshot snapshot) {
    Set<String> used = new HashSet<>();
    if (!snapshot.zone().equals(ZoneOffset.UTC)) {
      used.add("zone");
    }
    snapshot.people().forEach(p -> used.add(p.otherTeamIds().isEmpty() ? "" : "otherTeamIds"));
    snapshot.teams().forEach(t -> used.add(t.description().isPresent() ? "Team.description" : ""));
    for (Objective objective : snapshot.objectives()) {
      used.add(objective.description().isPresent() ? "Objective.description" : "");
      used.add(objective.cycleId().isEmpty() ? "backlog" : "");
      for (KeyResult keyResult : objective.keyResults()) {
        used.add(keyResult.description().isPresent() ? "KeyResult.description" : "");
        used.add(keyResult.ownerId().isPresent() ? "ownerId" : "");
        used.add(keyResult.commit().isPresent() ? "commit" : "");
        used.add(keyResult.stretch().isPresent() ? "stretch" : "");
        keyResult.checkIns().forEach(c -> used.add(c.at().isPresent() ? "at" : ""));
      }
      for (Initiative initiative : objective.initiatives()) {
        used.add(initiative.description().isPresent() ? "Initiative.description" : "");
        used.add(initiative.keyResultId().isPresent() ? "keyResultId" : "");
        used.add(initiative.done() ? "done" : "");
      }
    }
    used.remove("");
    return used;
  }

  /** What format version 3 adds, as {@link #versionThreeShapesOf} names it. */
  static final List<String> VERSION_THREE_SHAPES = List.of("several links", "link to a key result", "ROLLUP",
      "outcome", "retrospective", "grantedOn");

  /** Which shapes new in format version 3 {@code snapshot} uses, named as in {@link #VERSION_THREE_SHAPES}. */
  static Set<String> versionThreeShapesOf(OrganizationSnapshot snapshot) {
    Set<String> used = new HashSet<>();
    for (Objective objective : snapshot.objectives()) {
      used.add(objective.alignments().size() > 1 ? "several links" : "");
      objective.alignments().forEach(link -> used.add(link.isToKeyResult() ? "link to a key result" : ""));
      objective.keyResults().forEach(keyResult -> used.add(keyResult.isRollup() ? "ROLLUP" : ""));
      used.add(objective.outcome().isPresent() ? "outcome" : "");
      used.add(objective.retrospective().isPresent() ? "retrospective" : "");
    }
    snapshot.waivers().forEach(waiver -> used.add(waiver.grantedOn().isPresent() ? "grantedOn" : ""));
    used.remove("");
    return used;
  }

  /** Any snapshot of the OKR, career and development generators, decorated with 1 to 5 attribute maps. */
  static Gen<OrganizationSnapshot> anyDecoratedSnapshot() {
    return decorated(Gens.oneOf(OrgGenerators.anySnapshot(), CareerGenerators.careerSnapshots(),
        CareerGenerators.adversarialCareerSnapshots(), DevelopmentGenerators.anyDevelopmentSnapshot()), 5);
  }
}
