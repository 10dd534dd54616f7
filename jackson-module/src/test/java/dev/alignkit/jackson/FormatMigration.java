package dev.alignkit.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * The migration of an older document to the current format version as docs/json-format.md
 * ("Versions") states it, done on a JSON tree: what the writer writes of what the reader makes of
 * an older document. Version 1 to 2: an initiative without {@code done} gets {@code "done": false}
 * (written since it has a default). Version 2 to 3: an objective's {@code alignment} becomes the
 * first element of {@code alignments}, followed by what a promoted {@code alignments} attribute
 * held; each link gets {@code parentKind} (its promoted attribute, else {@code OBJECTIVE}). A
 * document of the current version comes back unchanged. Trees compare without field order, so
 * where a field lands does not matter.
 */
final class FormatMigration {
  static final int CURRENT = 3;
  private static final ObjectMapper TREES = new ObjectMapper();

  private FormatMigration() {}

  static JsonNode tree(String json) {
    try {
      return TREES.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code formatVersion} of a document's text. */
  static int versionOf(String json) {
    return tree(json).get("formatVersion").asInt();
  }

  /** {@code document} (a whole document's tree, not changed) migrated to the current version. */
  static JsonNode toCurrent(JsonNode document) {
    ObjectNode migrated = document.deepCopy();
    int version = migrated.get("formatVersion").asInt();
    JsonNode objectives = migrated.path("objectives");
    for (JsonNode objective : objectives) {
      if (version < 2) {
        for (JsonNode initiative : objective.path("initiatives")) {
          if (!initiative.has("done")) {
            ((ObjectNode) initiative).put("done", false);
          }
        }
      }
      if (version < 3) {
        linksAsAlignments((ObjectNode) objective);
      }
    }
    migrated.put("formatVersion", CURRENT);
    return migrated;
  }

  private static void linksAsAlignments(ObjectNode objective) {
    ArrayNode links = TREES.createArrayNode();
    JsonNode single = objective.remove("alignment");
    if (single != null && !single.isNull()) {
      links.add(withParentKind(single));
    }
    JsonNode several = objective.remove("alignments");
    if (several != null && !several.isNull()) {
      several.forEach(link -> links.add(withParentKind(link)));
    }
    if (!links.isEmpty()) {
      objective.set("alignments", links);
    }
  }

  private static ObjectNode withParentKind(JsonNode link) {
    ObjectNode migrated = TREES.createObjectNode();
    for (Iterator<Map.Entry<String, JsonNode>> fields = link.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      migrated.set(field.getKey(), field.getValue());
    }
    if (!migrated.hasNonNull("parentKind")) {
      migrated.put("parentKind", "OBJECTIVE");
    }
    return migrated;
  }
}
