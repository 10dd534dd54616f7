package dev.alignkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.common.MessageSource;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sources added first are asked first, the built-in ones last; a key no source knows shows itself. */
class TemplateChainTest {
  private final TemplateChain builtIn = TemplateChain.of(Messages.nextTo(TemplateChainTest.class, "greetings"));
  private final MessageSource friendly = (key, locale) -> key.equals("greeting") ? Optional.of("Hey {name}!")
      : Optional.empty();
  private final MessageSource formal = (key, locale) -> Optional.of("Dear {name}");

  @Test
  void theFirstSourceWithATemplateWinsAndTheBuiltInOnesComeLast() {
    TemplateChain chain = builtIn.withFirst(friendly, formal);
    assertEquals(Optional.of("Hey {name}!"), chain.template("greeting", Locale.ROOT));
    assertEquals(Optional.of("Dear {name}"), chain.template("farewell", Locale.ROOT));
    assertEquals(Optional.of("Hallo {name}"), builtIn.template("greeting", Locale.GERMAN));
    assertEquals(Optional.of("Dear {name}"),
        builtIn.withFirst(friendly).withFirst(formal).template("greeting", Locale.ROOT), "added later, asked first");
  }

  @Test
  void renderingFillsTheArgumentsAndAKeyWithoutTemplateShowsItselfWithItsArguments() {
    assertEquals(Optional.of("Hello Maya"), builtIn.render("greeting", Map.of("name", "Maya"), Locale.ROOT));
    assertEquals(Optional.empty(), builtIn.render("apology", Map.of("name", "Maya"), Locale.ROOT));
    assertEquals("apology {name=Maya}", builtIn.renderOrKey("apology", Map.of("name", "Maya"), Locale.ROOT));
  }
}
