package dev.alignkit.jackson3.internal;

import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.json.format.FormatException;

/** The format's failures as this module's public exception, at the module's boundary. */
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
