package dev.alignkit.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.org.OrganizationSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Polymorphic-gadget payloads never load the class they name. The document is the 40-person
 * sample, which holds every kind of object the format has; the gadget is {@link GadgetProbe},
 * whose static initializer sets {@link GadgetFlags#probeLoaded}. In every position where the
 * model takes an object, a type id in each form Jackson's default typing uses ({@code "@class"}
 * property, {@code ["class", {...}]} wrapper array) is either kept as attribute text or refused
 * with an {@link AlignkitJsonException}, by the facade and by a mapper that turns default typing on;
 * by default the {@code "@class"} and {@code "@c"} properties are refused, and a reader that keeps
 * them keeps them as text.
 */
class GadgetTest {
  private static final Binding BINDING = Binding.current();
  private static final String GADGET = "dev.alignkit.jackson.GadgetProbe";
  private static final ObjectMapper TREES = new ObjectMapper();
  private static final JsonNode SAMPLE = sample();

  /** The 40-person sample as the writer writes it, so in the current version whatever the file's. */
  private static JsonNode sample() {
    try {
      return TREES.readTree(BINDING.toJson(BINDING.read(Path.of("..", "examples", "data",
          "organization-40.json"))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterEach
  void theGadgetWasNeverLoaded() {
    assertFalse(GadgetFlags.probeLoaded, GADGET + " was initialized");
  }

  /**
   * The pointers of the objects in {@code node}, the root first: of each kind of position
   * ({@code /objectives/N/keyResults/N}, ...) the first, which keeps the test fast.
   */
  private static List<JsonPointer> objectPointers(JsonNode node, JsonPointer at, List<JsonPointer> into) {
    objectPointers(node, at, into, new java.util.HashSet<>());
    return into;
  }

  private static void objectPointers(JsonNode node, JsonPointer at, List<JsonPointer> into,
      java.util.Set<String> kinds) {
    if (node.isObject()) {
      if (kinds.add(at.toString().replaceAll("/[0-9]+", "/N"))) {
        into.add(at);
      }
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        objectPointers(field.getValue(), at.appendProperty(field.getKey()), into, kinds);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        objectPointers(node.get(i), at.appendIndex(i), into, kinds);
      }
    }
  }

  /** A copy of the sample with the object at {@code pointer} replaced by {@code change} of it. */
  private static String replaced(JsonPointer pointer, Function<ObjectNode, JsonNode> change) {
    JsonNode copy = SAMPLE.deepCopy();
    try {
      if (pointer.matches()) {
        return TREES.writeValueAsString(change.apply((ObjectNode) copy));
      }
      ContainerNode<?> parent = (ContainerNode<?>) copy.at(pointer.head());
      JsonNode changed = change.apply((ObjectNode) copy.at(pointer));
      if (parent.isObject()) {
        ((ObjectNode) parent).set(pointer.last().getMatchingProperty(), changed);
      } else {
        ((ArrayNode) parent).set(pointer.last().getMatchingIndex(), changed);
      }
      return TREES.writeValueAsString(copy);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode withClassProperty(ObjectNode object) {
    return withProperty(object, "@class");
  }

  /** {@code object} with {@code name} first, holding the gadget's class name, as default typing writes a type id. */
  private static ObjectNode withProperty(ObjectNode object, String name) {
    ObjectNode typed = JsonNodeFactory.instance.objectNode();
    typed.put(name, GADGET);
    typed.setAll(object);
    return typed;
  }

  private static ArrayNode wrapped(ObjectNode object) {
    ArrayNode wrapper = JsonNodeFactory.instance.arrayNode();
    wrapper.add(GADGET);
    wrapper.add(object);
    return wrapper;
  }

  private interface Read {
    OrganizationSnapshot read(String json) throws IOException;
  }

  /** Reads {@code json}: kept (the gadget's name comes back as text) or refused by the module. */
  private static boolean keptOrRefused(String json, Read read) {
    OrganizationSnapshot snapshot;
    try {
      snapshot = read.read(json);
    } catch (AlignkitJsonException refused) {
      assertTrue(refused.pointer().isEmpty() || refused.pointer().startsWith("/"), refused.getMessage());
      return false;
    } catch (IOException e) {
      return fail("neither kept nor refused by the module: " + e, e);
    }
    assertTrue(BINDING.toJson(snapshot).contains("\"" + GADGET + "\""), "the type id is kept as text");
    return true;
  }

  @Test
  void theSampleHasAnObjectOfEveryKind() {
    List<String> kinds = new ArrayList<>();
    for (JsonPointer pointer : objectPointers(SAMPLE, JsonPointer.empty(), new ArrayList<>())) {
      kinds.add(pointer.toString().replaceAll("/[0-9]+", "/N"));
    }
    for (String kind : List.of("", "/people/N", "/people/N/role", "/teams/N", "/cycles/N", "/objectives/N",
        "/objectives/N/owner", "/objectives/N/alignments/N", "/objectives/N/keyResults/N",
        "/objectives/N/keyResults/N/checkIns/N", "/objectives/N/initiatives/N", "/waivers/N", "/skillCatalog",
        "/skillCatalog/scale", "/skillCatalog/skills/N", "/ladders/N", "/ladders/N/levels/N",
        "/ladders/N/levels/N/expectations/N", "/lateralMoves/N", "/lateralMoves/N/from", "/lateralMoves/N/to",
        "/openings/N", "/openings/N/role", "/profiles/N", "/profiles/N/assessments/N", "/plans/N", "/plans/N/targetRole",
        "/plans/N/goals/N", "/plans/N/goals/N/targetSkills/N", "/plans/N/goals/N/measures/N",
        "/plans/N/goals/N/supportActivities/N", "/plans/N/coachingCheckIns/N", "/visions/N", "/growSessions/N",
        "/growSessions/N/options/N", "/growSessions/N/steps/N")) {
      assertTrue(kinds.contains(kind), kind + " in " + kinds);
    }
  }

  @Test
  void anAtClassOrAtCPropertyOnAnyObjectIsRefusedAtItByDefaultAndLoadsNothing() {
    List<JsonPointer> pointers = objectPointers(SAMPLE, JsonPointer.empty(), new ArrayList<>());
    for (String name : List.of("@class", "@c")) {
      for (JsonPointer pointer : pointers) {
        AlignkitJsonException refused = assertThrows(AlignkitJsonException.class,
            () -> BINDING.fromJson(replaced(pointer, object -> withProperty(object, name))));
        assertEquals(pointer + "/" + name, refused.pointer(), refused.getMessage());
        assertTrue(refused.line() >= 1 && refused.column() >= 1, refused.getMessage());
        assertTrue(refused.problem().startsWith("field \"" + name + "\" is refused"), refused.problem());
      }
    }
  }

  @Test
  void anAtClassPropertyOnAnyObjectIsKeptAsAnAttributeByTheReaderThatKeepsThemAndLoadsNothing() {
    Binding.Reader keeping = BINDING.reader().keepingTypeIdAttributes();
    List<JsonPointer> pointers = objectPointers(SAMPLE, JsonPointer.empty(), new ArrayList<>());
    int kept = 0;
    for (JsonPointer pointer : pointers) {
      if (keptOrRefused(replaced(pointer, GadgetTest::withClassProperty), keeping::fromJson)) {
        kept++;
      }
    }
    // Every object of the model keeps unknown fields; only the zone texts of an ordinal key result
    // (a map keyed by zone names, none in this sample) would refuse one.
    assertEquals(pointers.size(), kept);
  }

  @Test
  void aWrapperArrayInPlaceOfAModelObjectIsRefusedAndLoadsNothing() {
    List<JsonPointer> pointers = objectPointers(SAMPLE, JsonPointer.empty(), new ArrayList<>());
    int refused = 0;
    for (JsonPointer pointer : pointers) {
      if (!keptOrRefused(replaced(pointer, GadgetTest::wrapped), BINDING::fromJson)) {
        refused++;
      }
    }
    // The sample's vendor attributes are all scalars, so every object here is one of the model's.
    assertEquals(pointers.size(), refused);
    AlignkitJsonException root = assertThrows(AlignkitJsonException.class,
        () -> BINDING.fromJson(replaced(JsonPointer.empty(), GadgetTest::wrapped)));
    assertEquals("", root.pointer());
    assertEquals("expected an object (organization snapshot), got an array", root.problem());
    AlignkitJsonException person = assertThrows(AlignkitJsonException.class,
        () -> BINDING.fromJson(replaced(JsonPointer.compile("/people/3"), GadgetTest::wrapped)));
    assertEquals("/people/3", person.pointer());
    assertEquals("expected an object (person), got an array", person.problem());
  }

  @Test
  void aMapperWithDefaultTypingTurnedOnStillTakesNoTypeIdFromTheDocument() {
    List<JsonPointer> pointers = objectPointers(SAMPLE, JsonPointer.empty(), new ArrayList<>());
    for (JsonPointer pointer : pointers) {
      keptOrRefused(replaced(pointer, GadgetTest::wrapped), json -> BINDING.readWithDefaultTyping(json, true));
      keptOrRefused(replaced(pointer, GadgetTest::withClassProperty), json -> BINDING.readWithDefaultTyping(json, false));
    }
  }

  @Test
  void theFacadesMapperHasNoDefaultTyping() {
    assertTrue(BINDING.facadeMapperHasNoDefaultTyping());
  }

  @Test
  void controlAMapperWithDefaultTypingOnPlainObjectsWouldInitializeANamedClass() throws IOException {
    // Shows that the probe's flag does report loading: the same payload, read as a plain Object
    // by a mapper with permissive default typing, initializes the class it names.
    ObjectMapper unsafe = new ObjectMapper();
    unsafe.activateDefaultTyping(LaissezFaireSubTypeValidator.instance, ObjectMapper.DefaultTyping.NON_FINAL,
        JsonTypeInfo.As.WRAPPER_ARRAY);
    Object read = unsafe.readValue("[\"dev.alignkit.jackson.GadgetControlProbe\", {}]", Object.class);
    assertTrue(GadgetFlags.controlLoaded);
    assertEquals("dev.alignkit.jackson.GadgetControlProbe", read.getClass().getName());
  }
}
