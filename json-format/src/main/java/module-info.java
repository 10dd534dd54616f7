/**
 * The one definition of Alignkit's JSON formats: the field tables of every model and result type
 * and the generic reader and writer that walk them, through {@link dev.alignkit.json.format.TokenReader}
 * and {@link dev.alignkit.json.format.TokenWriter}, internal to the Jackson bindings and the Spring
 * Boot starter (which renders results' texts in a request's locale), to which alone that package is
 * exported; and {@link dev.alignkit.json}, the types both bindings share in their
 * public API: {@link dev.alignkit.json.AlignkitJsonException}, {@link dev.alignkit.json.JsonLimits},
 * {@link dev.alignkit.json.ProblemDetails} and the JSON Lines values.
 */
module dev.alignkit.json.format {
  requires transitive dev.alignkit.core;
  requires static org.jspecify;

  exports dev.alignkit.json;
  exports dev.alignkit.json.format to dev.alignkit.jackson, dev.alignkit.jackson3, dev.alignkit.spring.boot;
}
