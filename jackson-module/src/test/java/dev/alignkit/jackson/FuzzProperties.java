package dev.alignkit.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.json.ErrorMode;
import dev.alignkit.json.JsonLimits;
import dev.alignkit.json.JsonLinesResult;
import dev.alignkit.json.ProblemDetails;
import dev.alignkit.testing.Coverage;
import dev.alignkit.testing.Gens;
import dev.alignkit.testing.IdGenerators;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;

/**
 * Mutated documents never escape as anything but an {@link AlignkitJsonException} with a pointer:
 * valid documents with a field deleted, a field repeated, a value of another type, the text cut
 * short, or a value nested deeper either read or fail with the module's exception, of a kind whose
 * {@link ProblemDetails} is the sender's to fix (400, 413 or 422); a repeated field and a text cut
 * short are malformed JSON. Hostile shapes
 * fail where they stand: a document that is no object ({@code null} among them) at its root, an id
 * with a control or format character or of spaces only at that id (ids of any script read), a field
 * {@code @class} or {@code @c} on any object at that field (other {@code @} names are kept).
 * Together the properties run 14,000 examples.
 *
 * <p>The valid documents are the samples, the test document and snapshots from the core
 * generators drawn once through a theory of their own, whose seed derives from its name, so a
 * failing try is reproduced by the failing property's seed alone.
 */
class FuzzProperties {
  private static final Binding BINDING = Binding.current();
  private static final ObjectMapper TREES = new ObjectMapper();
  private static final List<String> DOCUMENTS = documents();
  private static final List<JsonNode> TREES_OF_DOCUMENTS = trees();
  private static final List<List<String>> FIELDS = new ArrayList<>();
  private static final List<List<String>> VALUE_POINTERS = new ArrayList<>();
  private static final List<List<String>> LINES = new ArrayList<>();

  static {
    for (int i = 0; i < DOCUMENTS.size(); i++) {
      FIELDS.add(pointers(TREES_OF_DOCUMENTS.get(i), "", true, new ArrayList<>()));
      VALUE_POINTERS.add(pointers(TREES_OF_DOCUMENTS.get(i), "", false, new ArrayList<>()));
      LINES.add(new String(JsonLinesTest.write(BINDING.fromJson(DOCUMENTS.get(i))), StandardCharsets.UTF_8)
          .lines().collect(java.util.stream.Collectors.toList()));
    }
  }

  /** Values of every JSON type, some at the edges of what the format reads. */
  private static final List<String> VALUES = List.of("\"38\"", "38", "-1", "0", "1.5", "1e400", "-0.0",
      "123456789012345678901234567890", "true", "false", "null", "{}", "[]", "\"\"", "\" \"", "\"2026-02-30\"",
      "\"ACTIVE\"", "\"PERSON\"", "{\"kind\": \"TEAM\"}", "[null]", "[{}]", "{\"@class\": \"java.lang.Runtime\"}",
      "[\"java.lang.ProcessBuilder\", {}]", "2147483648", "1.0E-400", "\"\\u0000\"", "\"" + "x".repeat(300) + "\"",
      "\"\\u200B\"", "\"\\u00A0\"", "\"a\\u001B[2Jb\"", "\"a\\u202Eb\"", "\"\\uD800\"", "-0", "1e2",
      "{\"@c\": \"x.Y\"}", "{\"@odata.etag\": \"W/1\"}");

  private static List<String> documents() {
    List<String> documents = new ArrayList<>();
    try {
      documents.add(Files.readString(Path.of("..", "examples", "data", "small.json"), StandardCharsets.UTF_8));
      documents.add(Files.readString(Path.of("..", "examples", "data", "organization-40.json"), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    documents.add(ReadErrorsTest.BASE);
    // Eight documents drawn from the generators, each of at most 20,000 characters: small ones keep
    // the tries fast. A theory of its own draws them, so they are the same in every run.
    List<String> drawn = new ArrayList<>();
    Theory.named(FuzzProperties.class.getName() + "#documents", 100)
        .forAll(DocumentGenerators.anyDecoratedSnapshot())
        .check(snapshot -> {
          String json = BINDING.toJson(snapshot);
          if (drawn.size() < 8 && json.length() <= 20_000) {
            drawn.add(json);
          }
        });
    if (drawn.size() < 8) {
      throw new IllegalStateException("only " + drawn.size() + " of 100 generated documents are small enough");
    }
    documents.addAll(drawn);
    return documents;
  }

  private static List<JsonNode> trees() {
    List<JsonNode> trees = new ArrayList<>();
    for (String document : DOCUMENTS) {
      try {
        trees.add(TREES.readTree(document));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
    return trees;
  }

  /** Every value's pointer below the root, in document order; {@code fieldsOnly} keeps the values of object fields. */
  private static List<String> pointers(JsonNode node, String at, boolean fieldsOnly, List<String> into) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String child = at + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
        into.add(child);
        pointers(field.getValue(), child, fieldsOnly, into);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        if (!fieldsOnly) {
          into.add(at + "/" + i);
        }
        pointers(node.get(i), at + "/" + i, fieldsOnly, into);
      }
    }
    return into;
  }

  /** What to do at one pointer while writing a document back. */
  private static final class Change {
    final String pointer;
    final String kind;
    final String text;

    Change(String pointer, String kind, String text) {
      this.pointer = pointer;
      this.kind = kind;
      this.text = text;
    }
  }

  /** Writes {@code node} as compact JSON, applying {@code change} at its pointer. */
  private static void write(JsonNode node, String at, Change change, JsonGenerator out) throws IOException {
    if (at.equals(change.pointer) && change.kind.equals("replace")) {
      out.writeRawValue(change.text);
      return;
    }
    if (at.equals(change.pointer) && change.kind.equals("nest")) {
      int depth = Integer.parseInt(change.text);
      out.writeRawValue("[".repeat(depth) + TREES.writeValueAsString(node) + "]".repeat(depth));
      return;
    }
    if (node.isObject()) {
      out.writeStartObject();
      if (at.equals(change.pointer) && change.kind.equals("field")) {
        out.writeFieldName(change.text);
        out.writeString("x.Y");
      }
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String child = at + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
        int times = !child.equals(change.pointer) ? 1 : change.kind.equals("delete") ? 0
            : change.kind.equals("duplicate") ? 2 : 1;
        for (int i = 0; i < times; i++) {
          out.writeFieldName(field.getKey());
          write(field.getValue(), child, change, out);
        }
      }
      out.writeEndObject();
    } else if (node.isArray()) {
      out.writeStartArray();
      for (int i = 0; i < node.size(); i++) {
        write(node.get(i), at + "/" + i, change, out);
      }
      out.writeEndArray();
    } else {
      out.writeTree(node);
    }
  }

  private static String mutated(JsonNode tree, Change change) {
    StringWriter out = new StringWriter();
    // Repeated names are what one mutation is about: the generator must not refuse them.
    try (JsonGenerator generator = TREES.getFactory().createGenerator(out)
        .disable(JsonGenerator.Feature.STRICT_DUPLICATE_DETECTION)) {
      write(tree, "", change, generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String mutated(int document, Change change) {
    return mutated(TREES_OF_DOCUMENTS.get(document), change);
  }

  private static String pick(List<String> pointers, int seed) {
    return pointers.get(Math.floorMod(seed, pointers.size()));
  }

  /** Reads {@code json}: it either reads a snapshot or fails with the module's exception, naming a pointer. */
  static void readsOrFailsWithAPointer(String json) {
    try {
      assertTrue(BINDING.fromJson(json) != null, "read as null");
    } catch (AlignkitJsonException e) {
      assertPointerAndPlace(e);
    } catch (RuntimeException | StackOverflowError e) {
      fail("not an AlignkitJsonException: " + e, e);
    }
  }

  private static void assertPointerAndPlace(AlignkitJsonException e) {
    assertTrue(e.pointer().isEmpty() || e.pointer().startsWith("/"), e.getMessage());
    assertFalse(e.problem().isBlank(), e.getMessage());
    assertTrue(e.line() == -1 || e.line() >= 1 && e.column() >= 1, e.getMessage());
    // Text read from memory cannot fail as input or output: what does not read is the sender's to fix.
    int status = ProblemDetails.of(e).status();
    assertTrue(status == 400 || status == 413 || status == 422, e.kind() + " " + e.getMessage());
  }

  /** One of the eleven documents. */
  private static Gen<Integer> documentIndexes() {
    return Gens.ints(0, 10);
  }

  /** Any int, to pick a pointer or a place in a document. */
  private static Gen<Integer> seeds() {
    return Gens.ints(Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  /** One of the {@link #VALUES}. */
  private static Gen<Integer> valueIndexes() {
    return Gens.ints(0, VALUES.size() - 1);
  }

  @Property(examples = 2200)
  void deletingAFieldReadsOrFailsWithAPointer(Theory theory) {
    theory.forAll(documentIndexes(), seeds()).check((document, seed) ->
        readsOrFailsWithAPointer(mutated(document, new Change(pick(FIELDS.get(document), seed), "delete", ""))));
  }

  @Property(examples = 2200)
  void repeatingAFieldFailsWithAPointer(Theory theory) {
    theory.forAll(documentIndexes(), seeds()).check((document, seed) -> {
      String pointer = pick(FIELDS.get(document), seed);
      String json = mutated(document, new Change(pointer, "duplicate", ""));
      AlignkitJsonException e = null;
      try {
        BINDING.fromJson(json);
      } catch (AlignkitJsonException failure) {
        e = failure;
      }
      assertTrue(e != null, "a repeated field is always refused: " + pointer);
      assertPointerAndPlace(e);
      assertEquals(AlignkitJsonException.Kind.MALFORMED_JSON, e.kind(), e.getMessage());
    });
  }

  @Property(examples = 2200)
  void aValueOfAnotherTypeReadsOrFailsWithAPointer(Theory theory) {
    theory.forAll(documentIndexes(), seeds(), valueIndexes()).check((document, seed, value) ->
        readsOrFailsWithAPointer(mutated(document, new Change(pick(VALUE_POINTERS.get(document), seed), "replace",
            VALUES.get(value)))));
  }

  @Property(examples = 2200)
  void aTruncatedDocumentFailsWithAPointer(Theory theory) {
    Coverage cut = new Coverage("cut before the trailing whitespace");
    theory.forAll(documentIndexes(), seeds()).check((document, seed) -> {
      String json = DOCUMENTS.get(document);
      int end = Math.floorMod(seed, json.length() - 1);
      // A document cut inside its trailing whitespace is still whole; otherwise it cannot read.
      boolean truncated = !json.substring(end).isBlank();
      cut.count(truncated);
      if (!truncated) {
        return;
      }
      AlignkitJsonException e = null;
      try {
        BINDING.fromJson(json.substring(0, end));
      } catch (AlignkitJsonException failure) {
        e = failure;
      }
      assertTrue(e != null, "a truncated document is always refused");
      assertPointerAndPlace(e);
      assertEquals(AlignkitJsonException.Kind.MALFORMED_JSON, e.kind(), e.getMessage());
    });
    cut.assertPercentAtLeast(true, 95);
  }

  @Property(examples = 2200)
  void aValueNestedDeeperReadsOrFailsWithAPointer(Theory theory) {
    theory.forAll(documentIndexes(), seeds(), Gens.ints(1, 120)).check((document, seed, depth) -> {
      String pointer = pick(VALUE_POINTERS.get(document), seed);
      String json = mutated(document, new Change(pointer, "nest", Integer.toString(depth)));
      readsOrFailsWithAPointer(json);
      if (depth >= JsonLimits.defaults().maxNestingDepth()) {
        // Past the limit nothing reads: not in a model field (wrong type), not in an attribute (the limit).
        try {
          BINDING.fromJson(json);
          fail("a value nested " + depth + " arrays deep reads at " + pointer);
        } catch (AlignkitJsonException expected) {
          assertPointerAndPlace(expected);
        }
      }
    });
  }

  /** {@code text} as a JSON string with every character outside printable ASCII escaped, unpaired surrogates too. */
  private static String jsonString(String text) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
        json.append(c);
      } else {
        json.append(String.format("\\u%04X", (int) c));
      }
    }
    return json.append('"').toString();
  }

  /** The pointers of the ids of the items in a document: every value of a field named {@code id}. */
  private static List<String> idPointers(int document) {
    List<String> ids = new ArrayList<>();
    for (String pointer : FIELDS.get(document)) {
      if (pointer.endsWith("/id")) {
        ids.add(pointer);
      }
    }
    return ids;
  }

  @Property(examples = 500)
  void aDocumentThatIsNoObjectFailsAtItsRootWithAPlace(Theory theory) {
    theory.forAll(valueIndexes(), Gens.strings(" \n", 0, 3)).check((value, space) -> {
      String json = space + VALUES.get(value);
      if (json.trim().startsWith("{")) {
        readsOrFailsWithAPointer(json);
        return;
      }
      try {
        BINDING.fromJson(json);
        fail("a document that is no object reads: " + json);
      } catch (AlignkitJsonException e) {
        assertEquals("", e.pointer(), e.getMessage());
        assertPointerAndPlace(e);
        assertTrue(e.line() >= 1, e.getMessage());
      }
    });
  }

  @Property(examples = 1000)
  void aRefusedIdFailsAtThatId(Theory theory) {
    theory.forAll(documentIndexes(), seeds(), IdGenerators.refusedIds()).check((document, seed, id) -> {
      String pointer = pick(idPointers(document), seed);
      try {
        BINDING.fromJson(mutated(document, new Change(pointer, "replace", jsonString(id))));
        fail("the id " + jsonString(id) + " reads at " + pointer);
      } catch (AlignkitJsonException e) {
        assertEquals(pointer, e.pointer(), e.getMessage());
        assertTrue(e.problem().contains(" must not "), e.getMessage());
        assertPointerAndPlace(e);
      }
    });
  }

  @Property(examples = 500)
  void anIdOfAnyScriptReadsAndComesBack(Theory theory) {
    theory.forAll(documentIndexes(), seeds(), IdGenerators.ids()).check((document, seed, id) -> {
      String pointer = pick(idPointers(document), seed);
      String json = mutated(document, new Change(pointer, "replace", jsonString(id)));
      // The new id may repeat another of its kind, or a reference may now dangle: neither is about the id rule.
      try {
        String written = BINDING.toJson(BINDING.fromJson(json));
        assertEquals(id, TREES.readTree(written).at(pointer).asText());
      } catch (AlignkitJsonException e) {
        assertTrue(e.problem().startsWith("duplicate "), e.getMessage());
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Property(examples = 500)
  void aTypeIdFieldOnAnyObjectIsRefusedAtItAndOtherAtNamesAreKept(Theory theory) {
    Gen<String> names = Gens.of("@class", "@c", "@CLASS", "@C", "@odata.etag", "@id", "@type", "@classes");
    theory.forAll(documentIndexes(), seeds(), names).check((document, seed, name) -> {
      String pointer = pick(objectPointers(TREES_OF_DOCUMENTS.get(document)), seed);
      String json = mutated(document, new Change(pointer, "field", name));
      boolean typeId = name.equalsIgnoreCase("@class") || name.equalsIgnoreCase("@c");
      // The zone texts of an ordinal key result, keyed by zone names, refuse any other key; and the
      // generated attributes may hold the name already, which then repeats.
      boolean refusedAnyway = pointer.endsWith("/zoneTexts") || TREES_OF_DOCUMENTS.get(document).at(pointer).has(name);
      try {
        BINDING.fromJson(json);
        assertFalse(typeId || refusedAnyway, name + " read at " + pointer);
      } catch (AlignkitJsonException e) {
        assertTrue(typeId || refusedAnyway, e.getMessage());
        assertEquals(pointer + "/" + name, e.pointer(), e.getMessage());
        assertPointerAndPlace(e);
      }
      if (!refusedAnyway) {
        String kept = BINDING.toJson(BINDING.reader().keepingTypeIdAttributes().fromJson(json));
        assertTrue(kept.contains("\"" + name + "\": \"x.Y\"") || kept.contains("\"" + name + "\":\"x.Y\""), kept);
      }
    });
  }

  /** The pointers of the objects in {@code root}, itself first, those inside attribute values included. */
  private static List<String> objectPointers(JsonNode root) {
    List<String> objects = new ArrayList<>(List.of(""));
    for (String pointer : pointers(root, "", false, new ArrayList<>())) {
      if (root.at(pointer).isObject()) {
        objects.add(pointer);
      }
    }
    return objects;
  }

  @Property(examples = 500)
  void aMutatedPersonLineIsSkippedWithItsLineOrRead(Theory theory) {
    Coverage mutated = new Coverage("a team or person line mutated");
    theory.forAll(documentIndexes(), seeds(), valueIndexes()).check((document, seed, value) -> {
      List<String> lines = new ArrayList<>(LINES.get(document));
      int number = 1 + Math.floorMod(seed, lines.size() - 1 > 0 ? lines.size() - 1 : 1);
      mutated.count(number < lines.size());
      if (number >= lines.size()) {
        return;
      }
      String line = lines.get(number);
      try {
        JsonNode tree = TREES.readTree(line);
        List<String> values = pointers(tree, "", false, new ArrayList<>());
        lines.set(number, mutated(tree, new Change(pick(values, seed / 7), "replace", VALUES.get(value))));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
      byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
      JsonLinesResult result;
      try {
        result = BINDING.readLines(new ByteArrayInputStream(bytes), JsonLimits.defaults(),
            ErrorMode.COLLECT_AND_CONTINUE);
      } catch (RuntimeException e) {
        fail("a bad team or person line must be skipped, not thrown: " + e, e);
        return;
      }
      for (AlignkitJsonException e : result.errors()) {
        assertEquals(number + 1, e.line(), e.getMessage());
        assertPointerAndPlace(e);
      }
    });
    mutated.assertPercentAtLeast(true, 60);
  }
}
