package dev.alignkit.json.format;

import dev.alignkit.json.format.FormatException.Kind;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The reading side of one document: a {@link TokenReader} plus what the codecs remember while
 * descending, namely where each object and field started and which array index holds which id,
 * so that an error raised when a whole snapshot is built can still name the exact place.
 *
 * <p>Every parser failure leaves here as an {@link FormatException}; other I/O failures as
 * an {@link UncheckedIOException}.
 */
public final class JsonIn {
  private final TokenReader reader;
  /** The shared instances of repeated references and dates. */
  private final Canonical canonical;
  /** What is known of the document as a whole: its version and zone. */
  private final ReadContext context;
  /** Where every object and field value read so far started. */
  private final Places places = new Places();
  /** The entry of the field value being read: the parent of its array's elements, or the object itself. */
  private int container = -1;
  /** The nesting depth of the parser's context inside {@link #container}'s value. */
  private int containerDepth = -1;
  /** The string made of the current token's text, once one was; null until then, and after every move. */
  private @Nullable String text;

  /** Reads from {@code reader}, which must stand on the first token of the value to read. */
  public JsonIn(TokenReader reader) {
    this(reader, new Canonical());
  }

  /** Reads from {@code reader}, sharing repeated references and dates through {@code canonical}. */
  public JsonIn(TokenReader reader, Canonical canonical) {
    this(reader, canonical, new ReadContext());
  }

  /** Reads a part of a document whose version and zone {@code context} knows, such as a JSON Lines line. */
  public JsonIn(TokenReader reader, Canonical canonical, ReadContext context) {
    this.reader = reader;
    this.canonical = canonical;
    this.context = context;
  }

  /** The current token; null before the first and after the last. */
  public @Nullable Token token() {
    return reader.token();
  }

  /** Moves to the next token, and returns it; null at the end of the input. */
  public @Nullable Token next() {
    text = null;
    return reader.next();
  }

  /** The name of the current field; call on a {@link Token#FIELD_NAME}. */
  public String fieldName() {
    return reader.fieldName();
  }

  /** The text of the current string token; asked again for the same token, the same string. */
  public String text() {
    String made = text;
    if (made == null) {
      made = reader.text();
      text = made;
    }
    return made;
  }

  /**
   * The text of the current string token as the one instance {@link #canonical} shares: looked up
   * by the parser's characters, so that a repeated value makes no string.
   */
  String sharedText() {
    String shared;
    if (text != null) {
      shared = canonical.string(text);
    } else {
      char[] chars = reader.textCharacters();
      shared = canonical.string(chars, reader.textOffset(), reader.textLength());
    }
    text = shared;
    return shared;
  }

  /**
   * The date of the current string token when it is a plain {@code yyyy-MM-dd} of a real day,
   * shared through {@link #canonical} and read from the parser's characters; null otherwise.
   */
  @Nullable LocalDate plainDate() {
    if (text != null) {
      return canonical.date(text);
    }
    char[] chars = reader.textCharacters();
    return canonical.date(chars, reader.textOffset(), reader.textLength());
  }

  /** The index of the current string token's text among {@code candidates}, or -1; makes no string. */
  int indexOfText(String[] candidates) {
    if (text != null) {
      return Arrays.asList(candidates).indexOf(text);
    }
    char[] chars = reader.textCharacters();
    int offset = reader.textOffset();
    int length = reader.textLength();
    for (int i = 0; i < candidates.length; i++) {
      if (Canonical.equal(candidates[i], chars, offset, length)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The value of the current number token with a fraction or an exponent, the same double as
   * {@link Double#parseDouble} of its text: infinite when it is too large for a double.
   */
  public double doubleValue() {
    return reader.doubleValue();
  }

  /** Whether the current whole-number token fits an int. */
  boolean fitsInt() {
    return reader.fitsInt();
  }

  /** The value of the current whole-number token, which must fit an int. */
  public int intValue() {
    return reader.intValue();
  }

  /** Skips the current value, with all it holds; the reader is left on its last token. */
  void skip() {
    text = null;
    reader.skip();
  }

  /** Whether the object whose {@link Token#START_OBJECT} is current is the whole document. */
  boolean atRootObject() {
    return reader.depth() == 1;
  }

  /** The canonical table of this reader, for references and dates. */
  Canonical canonical() {
    return canonical;
  }

  /** What is known of the document as a whole. */
  ReadContext context() {
    return context;
  }

  /** The token reader itself, for copying a subtree. */
  TokenReader reader() {
    text = null;
    return reader;
  }

  /** The JSON Pointer of the current value. */
  public String pointer() {
    return reader.pointer();
  }

  /** Where the current token starts, packed by {@link #pack}. */
  public long location() {
    return reader.location();
  }

  /**
   * Records the object whose {@link Token#START_OBJECT} is current and that started at
   * {@code location}, and returns its entry for {@link #field}, {@link #key} and {@link #pointerOf}.
   * An object that is the value of the field just recorded shares that field's entry.
   */
  public int enterObject(long location) {
    int depth = reader.depth();
    if (container >= 0 && depth > 0) {
      int index = reader.elementIndex();
      if (index >= 0 && depth - 1 == containerDepth) {
        return places.element(container, index, location);
      }
      if (depth == containerDepth && places.location(container) == location) {
        return container;
      }
    }
    // Not below a recorded field (the document's root, or a value the codecs did not descend
    // into): its place is the parser's, built once.
    return places.base(pointer(), location);
  }

  /**
   * Records the value of field {@code name} of {@code object}, on which the parser stands and which
   * started at {@code location}, and makes it the container of what is read next.
   */
  public void field(int object, String name, long location) {
    container = places.field(object, name, location);
    Token token = reader.token();
    containerDepth = token == Token.START_ARRAY || token == Token.START_OBJECT ? reader.depth() : -1;
  }

  /** The current container, to hand back to {@link #leave} once an object's fields are read. */
  long mark() {
    return ((long) container << 32) | (containerDepth & 0xffffffffL);
  }

  /** Makes the container of {@code mark}, from {@link #mark()}, current again. */
  void leave(long mark) {
    container = (int) (mark >> 32);
    containerDepth = (int) mark;
  }

  /** Names the array element recorded as {@code entry} by {@code key}, for places such as {@code objectives[o-1]}. */
  void key(int entry, String key) {
    places.key(entry, key);
  }

  /** The JSON Pointer of the value recorded as {@code entry}. */
  String pointerOf(int entry) {
    return places.pointer(entry);
  }

  /** The fields of the object recorded as {@code entry}, in document order, with where their values started. */
  Map<String, Long> fieldsOf(int entry) {
    return places.fieldsOf(entry);
  }

  /** Where the value at {@code pointer} started, if it was read. */
  public @Nullable Long locationOf(String pointer) {
    return places.locationOf(pointer);
  }

  /** The index of the first item with {@code key} in the array at {@code arrayPointer}. */
  @Nullable Integer indexOfKey(String arrayPointer, String key) {
    return places.indexOfKey(arrayPointer, key);
  }

  /** An error about the current token, an {@link Kind#INVALID_VALUE invalid value}. */
  public FormatException error(String problem) {
    return error(Kind.INVALID_VALUE, problem);
  }

  /** An error of {@code kind} about the current token. */
  public FormatException error(Kind kind, String problem) {
    long location = location();
    return new FormatException(kind, pointer(), line(location), column(location), problem, null);
  }

  /**
   * The error for a field name repeated in one object, on which the parser stands: malformed, as
   * Jackson's own duplicate detection would say, so that the kind does not depend on the mapper.
   */
  public FormatException duplicateField(String name) {
    return error(Kind.MALFORMED_JSON, "duplicate field " + Strings.quote(name));
  }

  /** An {@link Kind#INVALID_VALUE invalid value} at {@code pointer} that started at {@code location}. */
  public static FormatException error(String pointer, long location, String problem, @Nullable Throwable cause) {
    return new FormatException(Kind.INVALID_VALUE, pointer, line(location), column(location), problem, cause);
  }

  /** The type error for the current token, such as {@code expected a string, got a number 42}. */
  public FormatException expected(String what) {
    return error("expected " + what + ", got " + describeToken());
  }

  /** The current token in words, such as {@code a number 42} or {@code an object}. */
  String describeToken() {
    Token token = token();
    if (token == null) {
      return "the end of the document";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string " + Strings.quote(text());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number " + text();
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      default:
        return reader.otherToken();
    }
  }

  /** Packs a line and a column into one long. */
  public static long pack(int line, int column) {
    return ((long) line << 32) | (column & 0xffffffffL);
  }

  static int line(long location) {
    return (int) (location >> 32);
  }

  static int column(long location) {
    return (int) location;
  }
}
