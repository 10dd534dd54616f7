package dev.alignkit.json.format;

import dev.alignkit.json.AlignkitJsonException;

/** The format's failures as the bindings' one public exception, at a binding's boundary. */
public final class Errors {
  private Errors() {}

  /** {@code e} as an {@link AlignkitJsonException} with the same kind, pointer, line, column, problem and cause. */
  public static AlignkitJsonException of(FormatException e) {
    AlignkitJsonException translated = new AlignkitJsonException(AlignkitJsonException.Kind.valueOf(e.kind().name()),
        e.pointer(), e.line(), e.column(), e.problem(), e.getCause());
    translated.setStackTrace(e.getStackTrace());
    return translated;
  }
}
