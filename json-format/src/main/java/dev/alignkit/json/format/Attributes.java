package dev.alignkit.json.format;

/**
 * Vendor fields as raw JSON text in compact form: the value's tokens copied as they are, without
 * the whitespace between them. Numbers keep their source text ({@code -0} stays {@code -0},
 * {@code 1e2} stays {@code 1e2}, {@code 1.50} stays {@code 1.50}, big integers stay whole), since
 * they are copied as text and never converted, so that a round trip changes nothing but whitespace
 * (see {@code docs/concepts.md}, "JSON"). A name repeated in one object is refused, and so are
 * the names that Jackson's default typing reads as class names ({@link #isTypeIdName}) unless the
 * document is read keeping them.
 */
public final class Attributes {
  private Attributes() {}

  /**
   * Whether {@code name} is one that Jackson's default typing reads as the name of a class to load:
   * {@code @class} ({@code JsonTypeInfo.Id.CLASS}) or {@code @c} ({@code JsonTypeInfo.Id.MINIMAL_CLASS}),
   * in any letter case, since a mapper may match property names ignoring case.
   */
  static boolean isTypeIdName(String name) {
    return name.length() <= 6 && name.startsWith("@")
        && (name.equalsIgnoreCase("@class") || name.equalsIgnoreCase("@c"));
  }

  /**
   * Refuses {@code name}, a {@link #isTypeIdName type-id name} on which the reader stands, unless
   * the document is read keeping such names.
   */
  static void checkName(JsonIn in, String name) {
    if (isTypeIdName(name) && !in.context().keepsTypeIdAttributes()) {
      throw in.error("field " + Strings.quote(name) + " is refused: Jackson's default typing reads it as the name of a"
          + " class to load, so it is not kept as an attribute; a reader made with keepingTypeIdAttributes()"
          + " keeps it");
    }
  }

  /** Reads the value at the reader's current token and returns it as compact JSON text. */
  static String read(JsonIn in) {
    return in.reader().rawValue(new TokenReader.Names() {
      @Override
      public void check(String name) {
        checkName(in, name);
      }

      @Override
      public RuntimeException repeated(String name) {
        return in.duplicateField(name);
      }
    });
  }
}
