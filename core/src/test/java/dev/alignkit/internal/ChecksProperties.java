package dev.alignkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.okr.Objective;
import dev.alignkit.okr.Owner;
import dev.alignkit.org.Person;
import dev.alignkit.testing.IdGenerators;
import dev.alignkit.testing.Property;
import dev.alignkit.testing.Theory;

/**
 * The id rule over generated ids: every id of {@link IdGenerators#ids()} (any script, digits,
 * e-mail addresses, punctuation, spaces inside) is accepted as it is, and every one of
 * {@link IdGenerators#refusedIds()} is refused naming the field, with no raw control, format or
 * separator character in the message.
 */
class ChecksProperties {
  /** Whether {@code text} holds a character that the id rule refuses, or any other space than U+0020. */
  private static boolean hasRawInvisibleCharacter(String text) {
    return text.codePoints().anyMatch(c -> {
      int type = Character.getType(c);
      return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE
          || type == Character.SPACE_SEPARATOR && c != ' ';
    });
  }

  @Property(examples = 1000)
  void idsOfAnyScriptAreAcceptedAsTheyAre(Theory theory) {
    theory.forAll(IdGenerators.ids()).check(id -> {
      assertEquals(id, Checks.requireId(id, "person id"));
      assertEquals(id, Person.of(id, "Ada").id());
      assertEquals(id, Objective.builder().id("o-1").title("t").owner(Owner.person(id)).cycleId(id).build()
          .cycleId().orElseThrow());
    });
  }

  @Property(examples = 1000)
  void refusedIdsFailNamingTheFieldAndShowingTheValueEscaped(Theory theory) {
    theory.forAll(IdGenerators.refusedIds()).check(id -> {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Checks.requireId(id, "person id"));
      assertTrue(e.getMessage().startsWith("person id must not "), e.getMessage());
      assertTrue(!hasRawInvisibleCharacter(e.getMessage()), e.getMessage());
      IllegalArgumentException inModel = assertThrows(IllegalArgumentException.class,
          () -> Objective.builder().id("o-1").title("t").owner(Owner.organization()).cycleId(id).build());
      assertTrue(inModel.getMessage().startsWith("objective 'o-1': cycleId must not "), inModel.getMessage());
    });
  }
}
