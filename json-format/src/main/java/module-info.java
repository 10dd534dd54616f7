/**
 * The one definition of Alignkit's JSON formats: the field tables of every model and result type
 * and the generic reader and writer that walk them, through {@link dev.alignkit.json.format.TokenReader}
 * and {@link dev.alignkit.json.format.TokenWriter}. Internal to the Jackson bindings, to which
 * alone its package is exported.
 */
module dev.alignkit.json.format {
  requires transitive dev.alignkit.core;
  requires static org.jspecify;

  exports dev.alignkit.json.format to dev.alignkit.jackson, dev.alignkit.jackson3;
}
