package dev.alignkit.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module plugs into Jackson the usual ways and reads and writes every model type. */
class AlignkitModuleTest {
  @Test
  void serviceLoaderFindsTheModule() {
    List<String> modules = ServiceLoader.load(Module.class).stream()
        .map(provider -> provider.type().getName()).collect(Collectors.toList());
    assertTrue(modules.contains(AlignkitModule.class.getName()), modules.toString());
  }

  @Test
  void findAndRegisterModulesReadsADocument() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertTrue(mapper.getRegisteredModuleIds().contains(AlignkitModule.class.getName()));
    OrganizationSnapshot snapshot = mapper.readValue(ReadErrorsTest.BASE, OrganizationSnapshot.class);
    assertEquals(AlignkitJson.fromJson(ReadErrorsTest.BASE), snapshot);
  }

  @Test
  void versionIsThatOfTheArtifact() {
    Version version = new AlignkitModule().version();
    assertEquals("dev.alignkit", version.getGroupId());
    assertEquals("alignkit-jackson", version.getArtifactId());
    assertEquals(System.getProperty("alignkit.version"), version.toString());
    assertEquals("alignkit", new AlignkitModule().getModuleName());
  }

  @Test
  void testsRunOnTheJacksonTheBuildNames() {
    // .ci/run runs the module's tests on the oldest Jackson 2 we support and on the newest; this
    // fails if a pass silently ran on another one.
    String named = System.getProperty("jackson2.version");
    assertEquals(named, com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString());
    assertEquals(named, com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
  }

  @Test
  void aPlainMapperWritesWhatTheFacadeWritesWithoutIndentation() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new AlignkitModule());
    OrganizationSnapshot snapshot = AlignkitJson.fromJson(ReadErrorsTest.BASE);
    String compact = mapper.writeValueAsString(snapshot);
    assertTrue(compact.startsWith("{\"formatVersion\":3,\"people\":[{\"id\":\"maya\",\"name\":\"Maya Chen\""), compact);
    assertEquals(snapshot, mapper.readValue(compact, OrganizationSnapshot.class));
  }

  @Test
  void singleModelValuesReadAndWriteOnTheirOwn() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new AlignkitModule());
    KeyResult keyResult = KeyResult.increase("kr-1", "Raise NPS", 32, 45, "points")
        .withCheckIn(CheckIn.of(LocalDate.of(2026, 8, 10), 38, 0.8));
    String json = mapper.writeValueAsString(keyResult);
    assertEquals("{\"id\":\"kr-1\",\"title\":\"Raise NPS\",\"kind\":\"INCREASE\",\"start\":32.0,\"target\":45.0,"
        + "\"unit\":\"points\",\"weight\":1.0,\"checkIns\":[{\"date\":\"2026-08-10\",\"value\":38.0,\"confidence\":0.8}],"
        + "\"status\":\"ACTIVE\"}", json);
    assertEquals(keyResult, mapper.readValue(json, KeyResult.class));
    assertEquals(Person.of("p-1", "Ada"), mapper.readValue("{\"id\":\"p-1\",\"name\":\"Ada\"}", Person.class));
  }

  @Test
  void errorsOfASingleValueCarryItsPointer() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new AlignkitModule());
    AlignkitJsonException e = assertThrows(AlignkitJsonException.class,
        () -> mapper.readValue("{\"id\":\"p-1\"}", Person.class));
    assertEquals("missing required field name (line 1, column 1)", e.getMessage());
  }

  @Test
  void jacksonWrapsWriteErrorsOfAPlainMapperWhichTheFacadeUnwraps() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new AlignkitModule());
    Person person = Person.builder().id("p-1").name("Ada").putAttribute("name", "1").build();
    JsonMappingException wrapped = assertThrows(JsonMappingException.class, () -> mapper.writeValueAsString(person));
    assertTrue(wrapped.getCause() instanceof AlignkitJsonException, String.valueOf(wrapped.getCause()));
    OrganizationSnapshot snapshot = OrganizationSnapshot.builder().addPerson(person).build();
    assertThrows(AlignkitJsonException.class, () -> AlignkitJson.toJson(snapshot));
  }
}
