package dev.alignkit.json.format;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Copies a JSON value token by token from a {@link TokenReader} to a {@link TokenWriter}: how every
 * binding keeps a vendor attribute as compact text ({@link TokenReader#rawValue}) and checks the
 * text of an attribute given in the model ({@link TokenWriter#normalize}).
 */
public final class RawValues {
  private static final String INVALID_JSON = "invalid JSON: ";
  /** Every name allowed; a name repeated in one object refused. */
  private static final TokenReader.Names ANY_NAMES = new TokenReader.Names() {
    @Override
    public void check(String name) {}

    @Override
    public RuntimeException repeated(String name) {
      return new IllegalArgumentException("duplicate field " + Strings.quote(name));
    }
  };

  private RawValues() {}

  /**
   * Copies the value whose first token is {@code in}'s current one to {@code out}, numbers as
   * their source text, and leaves {@code in} on the value's last token.
   */
  public static void copy(TokenReader in, TokenWriter out, TokenReader.Names names) {
    // Names seen in each object open around the current token, innermost first; scalars need none.
    Deque<Set<String>> seen = new ArrayDeque<>();
    int depth = 0;
    do {
      Token token = in.token();
      if (token == null) {
        throw new IllegalStateException("no token to copy");
      }
      switch (token) {
        case START_OBJECT:
          seen.push(new HashSet<>());
          out.startObject();
          depth++;
          break;
        case END_OBJECT:
          seen.pop();
          out.endObject();
          depth--;
          break;
        case START_ARRAY:
          out.startArray();
          depth++;
          break;
        case END_ARRAY:
          out.endArray();
          depth--;
          break;
        case FIELD_NAME:
          String name = in.fieldName();
          names.check(name);
          if (!seen.peek().add(name)) {
            throw names.repeated(name);
          }
          out.name(name);
          break;
        case VALUE_STRING:
          out.string(in.text());
          break;
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          out.raw(in.text());
          break;
        case VALUE_TRUE:
        case VALUE_FALSE:
          out.bool(token == Token.VALUE_TRUE);
          break;
        case VALUE_NULL:
          out.nullValue();
          break;
        default:
          throw new IllegalStateException("unexpected token " + in.otherToken());
      }
    } while (depth > 0 && in.next() != null);
  }

  /**
   * Copies the one JSON value that {@code in} holds, standing before its first token, to
   * {@code out}: what {@link TokenWriter#normalize} gives, over a reader of {@code json}.
   *
   * @throws IllegalArgumentException if {@code json} is not one JSON value, saying why
   */
  public static void normalize(TokenReader in, TokenWriter out, String json) {
    try {
      if (in.next() == null) {
        throw new IllegalArgumentException("no JSON value in " + Strings.quote(json));
      }
      copy(in, out, ANY_NAMES);
      if (in.next() != null) {
        throw new IllegalArgumentException("content after the value in " + Strings.quote(json));
      }
    } catch (FormatException e) {
      String problem = e.problem();
      throw new IllegalArgumentException(problem.startsWith(INVALID_JSON) ? problem.substring(INVALID_JSON.length())
          : problem, e);
    }
  }
}
